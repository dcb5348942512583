"""A text scrape's own lines naming its site: the links a site prints to itself ('Über t-online',
'Follow VentureBeat') and the initials a logo line spells out ('GNS | Global Newswire Service').
Apart from clean.outlet_finders (the finders in order) because these read the page's furniture
lines by the acronym-definition match (Schwartz & Hearst 2003), one concern of their own."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from storyline.clean.byline import folded, given_first
from storyline.clean.outlet import outlet_name
from storyline.model import Article
from storyline.rules import rule_file, words


def page_texts(article: Article) -> list[str]:
    """A text scrape's lines, in order."""
    from storyline.clean.normalise import normalised_scrape

    return [line.strip() for line in normalised_scrape(article.raw).split("\n") if line.strip()]


# a logo line's parts: the initials and the name they stand for, apart by a bar or a dot
_LOGO_PARTS = re.compile(r"\s+[|·•]\s+")


def initials_beside(credit: str, lines: list[str]) -> str | None:
    """The name a logo line prints beside the credit's initials ('GNS | Global Newswire Service' above
    'WASHINGTON, March 15 (GNS) -'): the masthead the initials spell (spelled_out), as a wire's or a
    broadcaster's header prints both; None when no such line spells them."""
    for line in lines:
        parts = [p.strip() for p in _LOGO_PARTS.split(line)]
        if 2 <= len(parts) <= 3 and credit in parts:
            spelled = spelled_out(credit, [p for p in parts if p != credit])
            if spelled != credit:
                return spelled
    return None


# A site links to itself in its header and footer ('Über t-online', 'Motorsport-Total.com auf Twitter',
# 'Follow VentureBeat'; rules/credits.toml [site_links]). A name there is the site's when it is no
# person's (an author box also says 'About NAME': a listed given name or the byline's name) and the page prints it on another line too (a
# section or a partner is linked once). dates-dev and extraction-dev text dev halves: the rule's name
# was the gold outlet on 26 and part of it on 8 of the 38 such pages with a gold outlet (read alone).
SITE_LINK_WORDS = 5


@cache
def _site_links() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in rule_file("credits")["site_links"]["patterns"])


def _site_link_name(line: str) -> str | None:
    m = next((m for p in _site_links() if (m := p.match(line))), None)
    name = m["name"].strip(" :@|") if m else ""
    if not name or name.casefold() in words("credits", "not_site_names") or len(name.split()) > SITE_LINK_WORDS:
        return None
    if not (name[:1].isupper() or len(name.split()) == 1) or given_first(name):
        return None
    return name


def linked_names(article: Article) -> list[str]:
    """The names a text scrape's header and footer link to the site by, most linked first: no
    byline's name, each printed on two lines at least."""
    if article.kind != "text":
        return []
    body = set(article.paragraphs())
    lines = [line for line in page_texts(article) if line not in body]
    names = Counter(name for line in lines if (name := _site_link_name(line)))
    # an author box links 'About NAME' too: the byline's own name is no site's
    author = set(folded(article.byline or "").split())
    found = []
    for name, _count in names.most_common():
        if author & set(folded(name).split()):
            continue
        printed = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
        if sum(1 for line in lines if printed.search(line)) >= 2 or _followed(name, lines):
            found.append(spelled_out(name, lines))
    return found


def _followed(name: str, lines: list[str]) -> bool:
    """A footer's 'Follow NAME' of capitalised words alone names the site though printed once (rules/credits.toml
    [follow_lines]: 7 of 7 such lines on dates-dev's text dev half), a social platform aside."""
    from storyline.rules import rule_file, words

    platforms = {w.casefold() for w in words("citations", "platforms")}
    return name.casefold() not in platforms and any(
        (m := re.match(p, line.strip())) is not None and m["outlet"] == name
        for p in rule_file("credits")["follow_lines"]["patterns"] for line in lines)


def from_site_links(article: Article) -> str | None:
    found = linked_names(article)
    if not found:
        return None
    article.evidence["outlet"] = f"the site's link to itself: {found[0]}"
    return outlet_name(found[0])


# A link names the site by its initials as often as by its masthead ('LTO auf Twitter' for Legal Tribune
# Online, 'Über IZ' for Islamische Zeitung); the masthead is the run of capitalised words the page
# prints whose initials spell them (the acronym-definition pattern of Schwartz & Hearst 2003, "A simple
# algorithm for identifying abbreviation definitions in biomedical text", narrowed to initials).
_INITIALS = re.compile(r"[A-Z]{2,4}")


def spelled_out(name: str, lines: list[str]) -> str:
    if not _INITIALS.fullmatch(name):
        return name
    spelled = re.compile(r"(?<![\w-])" + r"[\s-]+".join(rf"{c}[^\W\d_]+" for c in name) + r"(?![\w-])")
    found = Counter(m.group(0) for line in lines for m in spelled.finditer(line))
    return found.most_common(1)[0][0] if found else name
