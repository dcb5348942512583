"""The outlet a page's own notes name: the newsroom naming itself in a contributor line or a closing
tagline, a republisher's promotion of its channels, and a syndication note naming the story's
original publisher ('This story was originally published by X'). `clean.outlet_finders` asks these
after the page's masthead evidence.
"""
from __future__ import annotations

import re
from functools import cache

from storyline.clean.outlet import fold_name, registry_outlet
from storyline.extract.names import OUTLET_NAME
from storyline.model import Article
from storyline.rules import pattern, rule_file


def _patterns(table: str) -> tuple[str, ...]:
    return tuple(rule_file("credits")[table]["patterns"])


@cache
def _contributed() -> tuple[re.Pattern[str], ...]:
    """The newsroom names itself: "Ledger reporter Ana Ruiz contributed to this story", "This story was
    produced by Ledger Daily, …" (each pattern apart: each names its group `outlet`)."""
    return tuple(re.compile(p.replace("OUTLET", OUTLET_NAME)) for p in _patterns("contributor_line"))


def describes_own_newsroom(text: str) -> bool:
    """'Midwest Current is a nonprofit newsroom. Republish our stories …': the newsroom's self-description
    (rules/credits.toml [contributor_line], its first pattern) opens the text; it has a writer's tagline's
    shape ('NAME is a …') and names no writer (probe31: the page with no byline took its site for the author)."""
    m = _contributed()[0].match(text.strip())
    return m is not None


def named_by_newsroom(article: Article) -> str | None:
    # the cleaner sets a closing tagline apart as an author's bio ('NAME is a nonprofit newsroom …'), and a
    # newsletter's closing call to subscribe as a promo ('Thanks for reading NAME! Subscribe …'; probe17)
    texts = [article.body] + [d.text for d in article.dropped if d.reason in ("author_bio", "promo")]
    m = next((m for p in _contributed() for text in texts if (m := p.search(text))), None)
    if m:
        article.evidence["outlet"] = f"contributor line: {m.group(0)}"
        return re.sub(r"^[Tt]he\s+", "", m["outlet"]).strip()
    return None


def promo_outlet(article: Article) -> str | None:
    for line in (d.text for d in article.dropped if d.reason == "promo"):
        m = pattern("credits", "promo_outlet").search(line)
        if m:
            return m["name"]
    return None


@cache
def _syndicated() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _patterns("syndication_notes"))


def originally_published(article: Article) -> str | None:
    """The original publisher a republished story's note names ('This story was originally published
    by Allied Newswire.', rules/credits.toml [syndication_notes]), on a line set apart or in the body;
    `find_outlet` keeps it beside the page's own outlet and takes it only when the page names none."""
    texts = [d.text for d in article.dropped if d.reason not in ("title", "caption", "credit")] + article.paragraphs()
    m = next((m for text in texts for p in _syndicated() if (m := p.search(text))), None)
    if m:
        article.evidence["outlet"] = f"syndication note: {m.group(0)}"
        return m["outlet"].strip().rstrip(".")
    return None


def promoted_own(article: Article, promoted: str, outlet: str | None) -> str | None:
    """The registry outlet a page's own promo line names ('Get ST's newsletters', 'Join ST's WhatsApp Channel':
    rules/credits.toml [promo_outlet]) when no finder named the page's outlet, or when the one found is that
    outlet's publishing company (the notice's 'SPH Media Limited' for The Straits Times): the page calls itself
    so (branch probe36: a Straits Times page had no outlet, another its company's). Only a name the registry
    knows, so a channel's unknown name ('Join MT's Telegram channel') changes nothing."""
    known = registry_outlet(promoted)
    if known is None or (outlet and not (known.parent and fold_name(known.parent) == fold_name(outlet))):
        return None
    article.evidence["outlet"] = f"the page's own promo line names it: {promoted}"
    return known.name


__all__ = ["describes_own_newsroom", "named_as_published", "named_by_newsroom", "named_in_stamp", "originally_published", "promo_outlet", "promoted_own"]


@cache
def _publisher_lines() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _patterns("publisher_lines"))


def named_as_published(article: Article) -> str | None:
    """The masthead a footer names with its publisher ('Sports Integrity Monitor is published by
    Halvard Media Ltd.', 'The Vellin Herald is part of Calder Media'; rules/credits.toml
    [publisher_lines]), on a line the cleaning set apart: the site's name before its company's."""
    texts = [d.text for d in article.dropped if d.reason not in ("title", "caption_quote")]
    m = next((m for text in texts for p in _publisher_lines() if (m := p.search(text))), None)
    if m:
        article.evidence["outlet"] = f"publisher line: {m.group(0)}"
        return re.sub(r"^[Tt]he\s+", "", m["outlet"]).strip()
    return None


# The Times' stamp under its byline ('Tuesday March 05 2024, 6.15pm GMT, The Times'): the paper's name closes the
# date line after its clock time and zone, the page's own stamp, so no cited outlet (lead43)
_STAMPED_NAME = re.compile(r"\d(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|[A-Z]{2,4}T))+\s*,\s*(?P<outlet>(?:The\s+)?[A-Z][\w&'’.-]*"
                           r"(?:\s+[A-Z][\w&'’.-]*){0,3})\s*$")


def named_in_stamp(article: Article) -> str | None:
    """The outlet a dateline line names after its time ('…, 6.15pm GMT, The Daily Courant')."""
    for line in (d.text for d in article.dropped if d.reason == "dateline"):
        m = _STAMPED_NAME.search(line)
        if m:
            article.evidence["outlet"] = f"the outlet's name closing its date line: {line}"
            return m["outlet"]
    return None
