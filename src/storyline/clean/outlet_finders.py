"""The outlet that published the page, each finder with the evidence it came from.

The outlet is the one that published the page: the name the container or the page's markup gives
for its site (og:site_name, the JSON-LD publisher), the outlet registry's entry for the page's
domain, the site named after the headline in its <title>, the copyright holder; then the outlet a
byline credits ("Jane Doe, CNN"), a wire dateline's agency ("WASHINGTON (Reuters) -"), the newsroom
naming itself ("Ledger reporter … contributed"), a wire sign-off. An outlet the article only cites
or quotes ("told CNN", "according to Reuters") is never its outlet. `clean.metadata` reads the byline
and calls `find_outlet`.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from storyline.clean.byline import folded, given_first
from storyline.clean.copyright_line import company_prefix_printed, copyright_line
from storyline.clean.credited_outlet import credited_outlet
from storyline.clean.desk_credit import desk_initials_outlet
from storyline.clean.outlet import (
    domain_of,
    fold_name,
    is_legal_entity,
    is_media_group,
    outlet_name,
    registry_brand,
    registry_outlet,
    site_before_headline,
    site_from_title,
    without_market,
    without_site_suffix,
)
from storyline.clean.outlet_forms import BARE_DOMAIN, declared_form_of, host_spellings, registry_line
from storyline.clean.outlet_notes import (
    named_as_published,
    named_by_newsroom,
    named_in_stamp,
    originally_published,
    promo_outlet,
    promoted_own,
)
from storyline.clean.site_links import from_site_links, initials_beside, page_texts
from storyline.clean.site_logo import logo_opening_menu, logo_over_menu
from storyline.clean.station_outlet import (
    above_headline,
    station_credited,
    station_name,
    titles_of,
    top_call_sign,
)
from storyline.clean.title_lines import LOGO_NAME, section_labels
from storyline.clean.wire_carried import credit_agency, wire_sign_off
from storyline.clean.wire_credit import agency_credit, opening_credit
from storyline.extract.outlet_names import station_key, station_prefix
from storyline.model import Article
from storyline.rules import rule_file, word_sequence, words


def _patterns(table: str) -> tuple[str, ...]:
    return tuple(rule_file("credits")[table]["patterns"])


def _display_name(name: str) -> str:
    """'NORA GÁMEZ TORRES' → 'Nora Gámez Torres'; mixed case is left as written, and so are initials alone
    ('CNX', 'NWS': a broadcaster's or agency's logo; lead38)."""
    name = " ".join(name.split())
    initials = name.isalpha() and len(name) <= 5
    return name.title() if name.isupper() and not initials else name


def _copyright_holder(article: Article) -> str | None:
    """The holder a copyright line names, unless it is a company (a masthead's parent group, a
    photo agency: other evidence names the outlet better; see `_copyright_company`)."""
    holder, line = copyright_line(article)
    if holder and not is_legal_entity(holder) and not is_media_group(holder) and not _writers_own(article, holder):
        brand = registry_brand(holder)
        if brand is not None:
            article.evidence["outlet"] = f"copyright line, the registry's brand of its company: {line}"
            return brand.name
        logo = _logo_sharing_brand(article, holder)
        if logo:
            article.evidence["outlet"] = f"the site's logo over its menu, the brand of its copyright line: {logo} ({line})"
            return logo
        printed = _masthead_of_domain(article, holder)
        article.evidence["outlet"] = f"copyright line: {line}" + (f", the name the page prints: {printed}" if printed else "")
        return printed or outlet_name(holder)
    return None


# a country's second-level web suffix ('GhanaPulse.com.gh', 'HockeyAotearoa.co.nz': ccTLD registries such as .nz, .pk,
# .za, .au sell names under com/co/org/net); fold_name strips one generic suffix only, so a name such as
# 'news.com.au' keeps its country there and is no everyday word (branch probe38)
_COUNTRY_SUFFIX = re.compile(r"\.(?:com|co|org|net)\.[a-z]{2}$", re.I)


def _masthead_of_domain(article: Article, holder: str) -> str | None:
    """'GhanaPulse' for a notice's 'GhanaPulse.com' when the page prints its name so on a line of its own (the
    logo's text): a site's name is its masthead, the domain its address (fold_name compares them without the web
    suffix; branch probe36). A text scrape only; None when the holder has no web suffix."""
    if article.kind != "text" or domain_of(holder) is None:
        return None
    key = fold_name(_COUNTRY_SUFFIX.sub("", holder))
    body = set(article.paragraphs())
    marks = word_sequence("credits", "copyright_marks")
    for line in page_texts(article):
        if line in body or domain_of(line) is not None or any(m in line.casefold() for m in marks):
            continue  # the notice itself is no masthead ('© CricketPakistan.com.pk' folds as its holder; probe38)
        name = _less_desk_credit(line)
        if len(name.split()) <= MASTHEAD_WORDS and fold_name(name) == key:
            return name
    return None


def _less_desk_credit(line: str) -> str:
    """'Ledger Online Staff Report' → 'Ledger Online': an unsigned story's credit names the site spaced as its
    masthead, before a staff or desk word (rules/credits.toml [desk_credit_heads]; Pakistani and Indian sites
    sign so, 'Staff Report', 'News Desk'; probe38)."""
    heads = words("credits", "desk_credit_heads")
    parts = line.split()
    while len(parts) > 1 and parts[-1] in heads:
        parts.pop()
    return " ".join(parts)


def _writers_own(article: Article, holder: str) -> bool:
    """'© 2026 Jane Roe' under a post bylined Jane Roe: a newsletter or blog platform's footer names the writer
    who holds the copyright (Substack's '© YEAR AUTHOR'), not the site, which the page names elsewhere ('Thanks
    for reading NAME!'). Such a holder is the outlet only when no other finder names one (`_writer_copyright`;
    branch probe34). A person's name only, opened by a listed given name: a site crediting itself as the byline
    ('Die Tagespresse' over '© 2023 Die Tagespresse', the one dates-dev text dev page whose holder is its byline)
    is the site."""
    return bool(article.byline) and folded(holder) == folded(article.byline or "") and given_first(holder)


def _writer_copyright(article: Article) -> str | None:
    holder, line = copyright_line(article)
    if holder and _writers_own(article, holder) and not is_legal_entity(holder):
        article.evidence["outlet"] = f"copyright line naming the writer, no other site name: {line}"
        return outlet_name(holder)
    return None


def _logo_sharing_brand(article: Article, holder: str) -> str | None:
    """'TTV6 News' as the logo over the menu, '© 2024 TTV6 Trinidad and Tobago' in the footer: a holder
    that opens with the logo's first word and goes on otherwise names the brand in its licensee's or
    country's form; the logo is the name the page gives itself, the one other outlets cite (lead30:
    'TTV6 News reported')."""
    if article.kind != "text":
        return None
    logo = logo_over_menu(article, titles_of(article))
    if not logo or fold_name(logo) == fold_name(holder) or len(logo.split()) < 2:
        return None
    first = logo.split()[0]
    return logo if holder.split()[0] == first and not fold_name(holder).startswith(fold_name(logo)) else None


def _copyright_company(article: Article) -> str | None:
    holder, line = copyright_line(article)
    if not holder or _writers_own(article, holder):
        return None
    masthead = _masthead_of_company(article, holder)
    if masthead:
        article.evidence["outlet"] = f"the site's name on its own line, opening its company's name: {masthead} ({line})"
        return masthead
    article.evidence["outlet"] = f"copyright line (a company): {line}"
    return _less_group_head(outlet_name(holder) or holder)


def _less_group_head(name: str) -> str:
    """'Fenwick Register Media' → 'Fenwick Register': a publisher company named as its masthead and a
    group word (rules/credits.toml [group_heads]) is the masthead's, when two words or more remain; a
    two-word group ('Gray Media') is the owner's own name and stays."""
    if not is_media_group(name) or len(name.split()) < 3:
        return name
    return re.sub(r"\s+(?:&|and)$", "", name.rsplit(maxsplit=1)[0])


# A publisher's company is often the masthead and a company word ('The Fenwick Register' above the
# headline, '© 2024 Fenwick Register Media Inc.' in the footer): a line of the page that is the company
# name's first words (two or more, 'The' aside) is the masthead, the rest the company's form.
MASTHEAD_WORDS = 6


def _masthead_of_company(article: Article, holder: str) -> str | None:
    if article.kind != "text":
        return None
    company = _bare(holder).split()
    body = set(article.paragraphs())
    lines = [line for line in page_texts(article) if line not in body]
    for line in lines:
        name = _bare(line).split()
        if _fewest_words(line, lines) <= len(name) < len(company) and len(line.split()) <= MASTHEAD_WORDS \
                and company[:len(name)] == name and line[:1].isupper():
            return line
    return company_prefix_printed(holder, [line for line in lines if holder not in line])


def _fewest_words(line: str, lines: list[str]) -> int:
    # one word on the page's first line, the logo's text ('Forbes' over the menu, '© 2026 Forbes Media LLC'; probe29);
    # elsewhere a single word is as often a section or a button ('News', 'Business'). A navigation line before the
    # logo (rules/boilerplate.toml [navigation]: the skip link 'Skip to main content', a 'Menu' button) does not make
    # the logo second (branch probe36: 'Skip to main content' / 'Nation'; dates-dev text dev prints 95 skip lines on
    # 73 pages, most of them a page's first line)
    from storyline.clean.lines import explicit_reason

    first = next((other for other in lines if explicit_reason(other) != "navigation"), None)
    return 1 if first is line and len(line) >= 3 else 2


def _wire_sign_off(article: Article) -> str | None:
    found = wire_sign_off(article)
    if not found:
        return None
    article.evidence["outlet"] = found.evidence
    return found.registered or _display_name(found.printed)


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


def _site_name(name: str | None) -> str | None:
    """'The Harbour Times – City council' (a feed or page title naming a section) → the outlet part."""
    return re.split(r"\s+[–—|:]\s+|\s+-\s+", name.strip())[0] if name and name.strip() else None


def _from_container(article: Article) -> str | None:
    """The outlet the container names (a JSONL field, a feed's channel): the caller's own word."""
    given = _site_name(article.metadata.get("outlet"))
    if given:
        article.evidence["outlet"] = "the document's own outlet field"
    return outlet_name(given) if given else None


def _from_site_name(article: Article) -> str | None:
    """The site name the page's markup gives (og:site_name, the JSON-LD publisher). It comes after
    the registry's entry for a known domain: markup names are often slogans ('Breaking Australian
    and World News Headlines') or the publisher's company. Taken as declared: cutting it at a dash
    cut real names on dates-dev's dev half ('LN - Lübecker Nachrichten' to 'LN'; 9 pages lenient
    or wrong, none better), whose gold keeps a declared og:site_name as written. A company form is
    kept too ('oe24 GmbH', 'Caktus Group'): the page gives that name for its site, where a copyright
    line's company is the publisher behind the masthead (dates-dev dev half: of 6 site names with a
    company form, stripping it made 2 right names lenient and none better; the other 4 have no gold)."""
    given = " ".join((article.metadata.get("site_name") or "").split())
    if not given:
        return None
    article.evidence["outlet"] = "the page's own site name field"
    known = registry_outlet(given)
    return known.name if known else (_spelled_domain(article, given) or given)


def _spelled_domain(article: Article, given: str) -> str | None:
    """The name the page spells its host name with, when its site name field holds only the host
    (trafilatura's fallback when no markup names the site): 'Ege Ekspres' in the title's
    site part for egeekspres.com.tr, 'Vltavské listy, a.s.' in the copyright line for
    vltavskelisty.cz. Only a name whose letters are the host's first label, accents and case aside:
    the domain's own spelling, not a guess."""
    domain = domain_of(given)
    if article.metadata.get("site_name_from") != "host" or domain is None:
        return None  # a site name the page declares as a domain ('24Horas.cl') is its own word for it
    label = re.sub(r"[\W_]+", "", domain.split(".")[0].casefold())
    evidence = article.evidence.get("outlet")
    for finder in (_from_title, _copyright_company):
        name = finder(article)
        if name and (label in host_spellings(name) or _unspellable_in_notice(article, name)
                     or (finder is _from_title and _title_site_in_notice(article, name))):
            return name
    article.evidence["outlet"] = evidence or "the page's own site name field"
    return None


def _unspellable_in_notice(article: Article, name: str) -> bool:
    """A name in a script without Latin letters ('경북뉴스', '湘江网', 'صوت البلد') that the page's copyright
    notice prints too: its host name can only romanise it, so the title's and the notice's agreement
    stands for the host's spelling (invented pages of Chinese, Japanese, Korean, Russian and Arabic
    sites, branch html35: the host name was given as the outlet on 5 of 5)."""
    if re.search("[A-Za-z]", name) or len(name) < 2:
        return False
    notices = article.metadata.get("page_notices", "").split("\n")
    notices += [d.text for d in article.dropped if d.reason == "copyright"]
    return any(name in line for line in notices)


def _title_site_in_notice(article: Article, name: str) -> bool:
    """A title's site part of two words or more that the page's copyright notice prints too ('… | Gazzetta
    del Sannio' and '© 2026 Gazzetta del Sannio'): two places where a page names itself agree, where its
    host shortens the name ('gazzettasannio': a host drops words as often as it spells them all; invented
    pages of branch html37, 4 of 92 given the host name). One word may be a section the notice mentions."""
    if len(name.split()) < 2:
        return False
    notices = article.metadata.get("page_notices", "").split("\n")
    notices += [d.text for d in article.dropped if d.reason == "copyright"]
    return any(fold_name(name) in fold_name(line) for line in notices if line)


def _from_domain(article: Article) -> str | None:
    known = registry_outlet(article.url or "")
    if known:
        declared = declared_form_of(article, known)
        if declared:
            article.evidence["outlet"] = f"the page's own site name, a form of the registry's outlet ({known.name})"
            return declared
        article.evidence["outlet"] = f"outlet registry, for the page's domain ({article.url})"
        return known.name
    return None


def _from_title(article: Article) -> str | None:
    """The site after the headline in the page's <title> line (the first line of an html-text scrape)."""
    titles = [d.text for d in article.dropped if d.reason == "title" and _may_be_page_title(article, d.text)]
    titles += [article.metadata.get("page_title") or "", article.title or ""]
    titles[-1] = titles[-1] if _may_be_page_title(article, titles[-1]) else ""
    if article.kind == "text":  # a browser's text of a page opens with its <title>
        titles.append(_first_line(article))
    for title in titles:
        site = site_from_title(title)
        if site:
            site = _part_the_footer_holds(article, title, site)
            article.evidence["outlet"] = f"site name in the page title: {title}"
            return outlet_name(site)
    headlines = [d.text for d in article.dropped if d.reason == "title"] + [article.title or ""]
    # a section's kicker ('Opinion | HEADLINE', the Washington Post's titles) is printed alone as the
    # page's section label; a part no line prints alone is taken as the site
    alone = {folded(d.text) for d in article.dropped}
    for title in titles:
        site = site_before_headline(title, headlines)
        if site and folded(site) not in alone:
            article.evidence["outlet"] = f"site name before the headline in the page title: {title}"
            return outlet_name(site)
    return None


def _part_the_footer_holds(article: Article, title: str, site: str) -> str:
    """Of a masthead line's two parts, the name and its tagline ('NEWSWIRE | Malaysian National News Agency':
    an agency's logo line, its name and what it is), the one the page's copyright line holds ('© 2024
    Newswire'): a tagline shaped like a masthead ('… News Agency') is no name the site signs with (branch
    probe26: the tagline was taken). A title whose other part is the headline is left as it was read."""
    holder, _line = copyright_line(article)
    parts = [p.strip() for p in re.split(r"\s+[-–—|·•]\s+", " ".join(title.split()))]
    if not holder or len(parts) != 2 or site not in parts:
        return site
    other = parts[1 - parts.index(site)]
    # as the notice writes it: a logo's capitals are its type, 'NEWSWIRE' is 'Newswire'
    return holder if fold_name(other) == fold_name(holder) != fold_name(site) else site


def _first_line(article: Article) -> str:
    return next((line.strip() for line in article.raw.split("\n") if line.strip()), "")


def _may_be_page_title(article: Article, headline: str) -> bool:
    """Whether a headline may be the page's <title>: an HTML page's, or a text scrape's first line. A text
    scrape's headline below its masthead and menu is the page's printed headline, whose part after a dash is
    its source ('Samples pass first potency test - FDA': Ghanaian and Nigerian dailies end a headline with
    who said it), not a site (branch probe25)."""
    if article.kind != "text":
        return True
    return _plain(_first_line(article)) == _plain(headline)


def _plain(text: str) -> str:
    """A line as cleaning prints it: one space between words, no soft hyphens or other format characters."""
    import unicodedata

    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


def _from_byline(article: Article) -> str | None:
    credited = article.metadata.get("byline_outlet")
    if credited:
        spelled = _masthead_spelled(article, credited)
        if spelled:
            article.evidence["outlet"] = f"the masthead the byline's credit abbreviates: {spelled} ({credited})"
            return spelled
        article.evidence["outlet"] = f"outlet the byline credits: {credited}"
        paper = without_site_suffix(credited)
        return paper.name if paper else credited
    paragraphs = article.paragraphs()
    agency = (agency_credit(paragraphs[0]) or _masthead_acronym(article, paragraphs[0])) if paragraphs else None
    if agency:
        # the agency's own page prints its name in full above the headline ('PTB News' over '(PTB)'; lead34)
        # or in capitals ('MEDWIRE DAILY' over '(Medwire)'; probe29)
        above = _masthead_above(article, lambda name: name.split()[0].casefold() == agency.casefold())
        named = (above and _display_name(above)) or initials_beside(agency, page_texts(article)) \
            or _spelled_in_full(article, agency)
        article.evidence["outlet"] = f"wire dateline's agency: {paragraphs[0][:60]}"
        return named or agency
    return agency


def _spelled_in_full(article: Article, agency: str) -> str | None:
    """The wire's full name the page prints elsewhere, its credit's word and an outlet's head word ('Allied' in
    'DENVER, Aug 17 (Allied) -', 'originally published by Allied Newswire'): a credit the registry does not know."""
    if " " in agency or registry_outlet(agency):
        return None
    fuller = re.compile(rf"\b{re.escape(agency)}\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?")
    return next((name for line in page_texts(article) for m in fuller.finditer(line)
                 if (name := credited_outlet(m.group(0))) and name != m.group(0).split()[0]), None)


def _masthead_spelled(article: Article, credited: str) -> str | None:
    """'By Marie Tremblay, CBN News' under the masthead 'Canadian Broadcast News': the credit abbreviates the
    name the page prints above its headline (its first word the masthead's initials), which names the outlet
    in full (lead33)."""
    from storyline.extract.names import initials_of_words

    first = credited.split()[0] if credited.split() else ""
    if not first.isupper() or len(first) < 3:
        return None
    return _masthead_above(article, lambda name: initials_of_words(name) == first)


def _masthead_above(article: Article, fits: Callable[[str], bool]) -> str | None:
    """The first line above the headline shaped as a logo's name (LOGO_NAME) that `fits`."""
    names = (" ".join(line.split()) for line in above_headline(article, titles_of(article)))
    return next((name for name in names if LOGO_NAME.fullmatch(name) and fits(name)), None)


# Indonesian news sites open the story with the city and their own name where a wire prints its credit
# ('JAKARTA, KOMPAS.com -', 'Liputan6.com, Jakarta -', 'TEMPO.CO, Jakarta -', 'Suara.com -'): the part
# before the first dash, one or two comma-separated parts, a site's domain or a name the page prints
# alone on a line of its own (its masthead), the other part a place.
_OPENER_HEAD = re.compile(r"^(?P<head>[^\W\d][^()\n]{1,70}?)\s+[-–—]{1,2}\s+\S")
_PLACE_PART = re.compile(r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}")


def _site_opening_the_story(article: Article) -> str | None:
    paragraphs = article.paragraphs()
    m = _OPENER_HEAD.match(paragraphs[0]) if paragraphs and article.kind == "text" else None
    parts = [p.strip() for p in m["head"].split(",")] if m else []
    if not 1 <= len(parts) <= 2 or not all(_PLACE_PART.fullmatch(p) or _BARE_DOMAIN.match(p) for p in parts):
        return None
    body = set(article.paragraphs())
    alone = {line for line in page_texts(article) if line not in body}
    site = next((p for p in parts if _BARE_DOMAIN.match(p) or (len(parts) == 2 and p in alone)), None)
    if site:
        article.evidence["outlet"] = f"the site's own name opening the story: {paragraphs[0][:60]}"
        return outlet_name(site)
    return None


# 'VNN', 'KVRN': a broadcaster's call letters or initials, as its own credit prints them
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _masthead_acronym(article: Article, paragraph: str) -> str | None:
    """The initials a story's opening credit prints ('(VNN) —') when the page also prints them alone
    on a line of its own (the logo): initials no registry knows name the site only with its masthead.
    A station's logo line may add its channel or 'News' to the call sign the credit prints ('KBHV 4'
    above '(KBHV) —', extract.outlet_names.station_key): that line is the name."""
    credit = opening_credit(paragraph)
    if not credit or not _ACRONYM.fullmatch(credit):
        return None
    lines = [d.text.strip() for d in article.dropped]
    if credit in lines:
        return credit
    spelled = initials_beside(credit, lines)
    if spelled:
        return spelled
    sign = credit.casefold()
    return next((outlet_name(line) for line in lines
                 if len(line.split()) <= 4 and station_key(line.casefold()) == sign), None)


_BARE_DOMAIN = BARE_DOMAIN


def _from_page_lines(article: Article) -> str | None:
    """A scrape's furniture naming its site: a logo or footer line that is exactly an outlet the
    registry knows, else the domain printed most often on its own line ('braunschweiger-zeitung.de')."""
    furniture = [d.text.strip() for d in article.dropped if d.reason not in ("title", "caption", "credit")]
    found = registry_line(article, furniture)
    if found:
        line, known = found
        article.evidence["outlet"] = f"outlet name on its own line: {line}"
        return known.name
    domains = Counter(line.lower().removeprefix("www.") for line in furniture if _BARE_DOMAIN.match(line))
    if domains and domains.most_common(1)[0][1] >= 2:  # printed once, a domain is as often a partner's
        domain, _count = domains.most_common(1)[0]
        article.evidence["outlet"] = f"the site's domain on its own line: {domain}"
        return outlet_name(domain)
    return _masthead_domain(article)


# A domain printed once is the site's own when it is the masthead: the logo's text right below the
# <title> line a browser's text of the page opens with ('correctiv.org').
MASTHEAD_LINES = 2


def _masthead_domain(article: Article) -> str | None:
    if article.kind != "text":
        return None
    top = page_texts(article)[1: 1 + MASTHEAD_LINES]
    domain = next((line for line in top if _BARE_DOMAIN.match(line)), None)
    if domain:
        article.evidence["outlet"] = f"the site's domain as its masthead: {domain}"
        return outlet_name(re.sub(r"^www\.", "", domain, flags=re.I))
    return None


# The masthead is printed above the headline, in a scrape's first lines (station_outlet.MASTHEAD_TOP: 'Skip to
# content' / 'THE LEDGER DAILY' / headline); a masthead set in capitals is read title-cased ('The Ledger Daily').


def _masthead_line(article: Article) -> str | None:
    """A scrape opening with its site's name above the headline ('The Northern Courier', then the
    headline): a few capitalised words ending in a word newspaper names end in (clean.text.is_masthead),
    not the headline itself. Weaker than a copyright line or a byline's credit, which name the
    publisher rather than a logo."""
    from storyline.clean.title_lines import is_masthead

    if article.kind != "text":
        return None
    titles = titles_of(article)
    top = above_headline(article, titles)
    sign = top_call_sign(top)
    if sign:  # capitals kept: a call sign is no masthead set in capitals
        article.evidence["outlet"] = f"the station's call sign above the headline: {sign}"
        return sign
    sections = section_labels(top) | _column_sections(top)
    line = next((t for t in top if (is_masthead(_display_name(t)) or station_name(t)) and t.strip() not in sections), None) \
        or logo_over_menu(article, titles) or logo_opening_menu(article, titles)
    if line:
        article.evidence["outlet"] = f"the site's name above the headline: {line}"
        # an agency's initials from its logo (title_lines.acronym_logo) keep their capitals, as a call sign does
        return outlet_name(_display_name(without_market(line)))
    return None


def _column_sections(top: list[str]) -> frozenset[str]:
    """The items after the first of a menu printed one link a line above the headline ('News' / 'Business News' /
    'India Business News': The Times of India's section trail, each item a line): sections, not the logo, though
    shaped as a newspaper's name ('News' ends it). The logo heads such a column (probe33's 'The Korea Herald' /
    'K-pop' / …) or stands apart from it; a navigation line ('Menu') is no item (branch probe36)."""
    from storyline.clean.lines import explicit_reason
    from storyline.clean.title_lines import VERTICAL_MENU_ITEMS, is_menu_item

    found: set[str] = set()
    run: list[str] = []
    for text in [*top, ""]:
        if text and is_menu_item(text) and explicit_reason(text) != "navigation":
            run.append(text.strip())
            continue
        if len(run) >= VERTICAL_MENU_ITEMS:
            found.update(run[1:])
        run = []
    return frozenset(found)


_OUTLET_FINDERS: tuple[Callable[[Article], str | None], ...] = (
    _from_container, _from_domain, _from_site_name, _from_title, named_in_stamp, station_credited, _copyright_holder,
    _from_page_lines,
    _from_byline, _site_opening_the_story, _masthead_line, from_site_links, named_as_published, _copyright_company,
    desk_initials_outlet,
    named_by_newsroom,
    _wire_sign_off, _writer_copyright)


def find_outlet(article: Article) -> str | None:
    """Who published it: the first finder with an answer (see the module docstring for the order)."""
    original = originally_published(article)
    outlet = next((found for finder in _OUTLET_FINDERS if (found := finder(article))), None)
    republisher = promo_outlet(article)
    if original and not outlet:
        outlet = original  # the note is all the page says of who published it
    elif original and outlet and fold_name(original) != fold_name(outlet):
        # the page that carries a republished story is its outlet, as both hand-labelled sets have it
        # (dates-dev's publisher gold; metadata_pages: 'VentureBeat carrying Reuters is VentureBeat');
        # the note's publisher is kept beside it
        article.metadata["originally_published_by"] = original
    if republisher and (own := promoted_own(article, republisher, outlet)):
        outlet, republisher = own, None
    if outlet and republisher and _bare(republisher) != _bare(outlet):
        article.metadata["republished_by"] = republisher
    outlet = credit_agency(article, outlet)
    if outlet and (station := station_prefix(outlet)):
        # a station's masthead brands its newscast after its name ('KBRM 8 News', 'WKVB 7 Action News'); the
        # station is its call sign and channel, as its copyright line and other outlets' citations name it
        # (station_key; lead19: 'KBRM 8 News' read where the story's own references say 'KBRM 8')
        outlet = station
    return outlet or article.outlet


__all__ = ["find_outlet", "page_texts"]
