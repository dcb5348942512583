"""A news agency's story carried by a paper, read from a plain-text scrape: the agency is its outlet and the
paper that carried it its republisher.

Why plain text only: the two hand-labelled conventions differ by what the page declares. An HTML page
names its publisher in its markup (og:site_name, JSON-LD `publisher`), and dates-dev's publisher gold follows
the site that carries agency copy (its 7 dev pages with an agency credit all name the carrier). A scrape's
visible text declares only who filed the story: the seeds' answer key names Reuters for a Reuters story on a
Singapore paper's page, with the paper as `republished_by`, and five of the last six invented unseen stories
(probe33–probe38, gold written before any run in the seeds' shape) named the agency for AAP, IANS and Reuters
copy carried by a national paper. So a plain-text page whose body opens with an agency's wire dateline
('KARACHI (Reuters) -') or ends on its sign-off ('… REUTERS') is the agency's story; the page's own name
moves to `republished_by`. Only the agencies of rules/citations.toml [wire_services]: a paper's own credit
in the same place ('(Tri-County Herald) -') is the paper's own story.
"""
from __future__ import annotations

from storyline.clean.outlet import fold_name, registry_outlet
from storyline.clean.wire_credit import opening_credit
from storyline.model import Article
from storyline.rules import pattern, words


def filing_agency(article: Article) -> str | None:
    """The news agency a plain-text story's opening dateline or closing sign-off credits, as the registry
    names it (or as printed when the registry does not list it); None for HTML or no agency credit."""
    if article.kind != "text":
        return None
    paragraphs = article.paragraphs()
    if not paragraphs:
        return None
    credits = [opening_credit(paragraphs[0])]
    m = pattern("credits", "sign_off").search(paragraphs[-1])
    if m and m["wire"] not in words("credits", "not_wires"):
        credits.append(m["wire"])
    agencies = {fold_name(w): w for w in words("citations", "wire_services")}
    for credit in credits:
        if credit and (agency := _agency(credit, agencies)):
            return agency
    return None


def _agency(credit: str, agencies: dict[str, str]) -> str | None:
    known = registry_outlet(credit)
    if fold_name(credit) in agencies or (known and fold_name(known.name) in agencies):
        return known.name if known else agencies[fold_name(credit)]
    if known and any(fold_name(short) in agencies for short in known.short):
        return known.name
    return None


def credit_agency(article: Article, outlet: str | None) -> str | None:
    """The outlet after an agency's credit: the agency when the page that carries its story is another
    outlet (which becomes `republished_by`); `outlet` otherwise."""
    agency = filing_agency(article)
    if not agency or not outlet or fold_name(agency) == fold_name(outlet):
        return outlet
    article.metadata["republished_by"] = outlet
    article.evidence["outlet"] = f"a news agency's story carried by {outlet}: the agency's credit names {agency}"
    return agency


__all__ = ["credit_agency", "filing_agency"]
