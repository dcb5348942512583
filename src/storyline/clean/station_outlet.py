"""A broadcaster's page named by its station: the call sign heading the page above the headline, agreeing
with the dateline's credit, the copyright line or the sign-off under the story (split from outlet_finders)."""
from __future__ import annotations

import re

from storyline.clean.copyright_line import copyright_line
from storyline.clean.site_links import page_texts
from storyline.clean.title_lines import MENU_BARS
from storyline.extract.outlet_names import station_key
from storyline.model import Article
from storyline.rules import words

# The masthead is printed above the headline, in a scrape's first lines ('Skip to content' / 'THE LEDGER
# DAILY' / headline)
MASTHEAD_TOP = 3


def titles_of(article: Article) -> set[str]:
    return {d.text.strip() for d in article.dropped if d.reason == "title"} | {(article.title or "").strip()}


def above_headline(article: Article, titles: set[str]) -> list[str]:
    """The scrape's first lines above its headline (and above the body)."""
    body = set(article.paragraphs())
    top = []
    for text in page_texts(article)[:MASTHEAD_TOP]:
        if text in titles or text in body:  # the masthead is above the headline
            break
        top.append(text)
    return top


# The credit of a dateline, in parentheses before its dash ('HARLAN RIDGE, Pa. (WPRH) —'): AP style's
# dateline with the originating outlet's name or call sign
_DATELINE_CREDIT = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]+(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*\((?P<credit>[A-Z][A-Z-]{2,7})\)\s*[—–-]")


def top_call_sign(top: list[str], *, menus: bool = False) -> str | None:
    """The first station call sign heading one of the lines above the headline (with `menus`, or the
    first item of a menu line there, a header of one row 'KPNW 8 | News | Weather': only where a second mark
    of the station must agree)."""
    return next((sign for t in top if (sign := call_sign_head(t) or (
        menus and call_sign_head(MENU_BARS.split(t)[0])))), None)


def station_credited(article: Article) -> str | None:
    """A station's scrape: its call sign heads the page above the headline ('WPRH 7 ACTION NEWS') and the
    body's dateline credits the same call sign ('HARLAN RIDGE, Pa. (WPRH) —'), or its copyright line
    holds the call sign with a service suffix ('WPRH-TV'). Two marks of the station
    agree, so they name the outlet before a copyright line, which on a station's site names the group
    that owns it ('© 2024 [Group] Broadcasting'; FCC ownership reports list station groups as licensees)."""
    if article.kind != "text":
        return None
    first = next(iter(article.paragraphs()), "")
    credit = _DATELINE_CREDIT.match(first[:200])
    sign = top_call_sign(above_headline(article, titles_of(article)), menus=True)
    if not sign:
        return _station_in_sign_off(article, credit["credit"]) if credit else None
    letters = sign.split()[0].split("-")[0]
    if credit and credit["credit"].split("-")[0] == letters:
        article.evidence["outlet"] = f"the station's call sign above the headline and in the dateline: {sign}"
        return sign
    # or the copyright line holds the call sign itself with its service suffix ('Copyright 2024 WHRL-TV'):
    # the licensee's legal name, which the page's own masthead brands ('WHRL 12 News')
    holder, line = copyright_line(article)
    if holder and holder.split("-")[0] == letters and holder != letters:
        article.evidence["outlet"] = f"the station's call sign above the headline and in the copyright line: {sign} ({line})"
        return sign
    return None


def _station_in_sign_off(article: Article, credit: str) -> str | None:
    """'COLUMBUS, Ohio (WPXT) —' in the dateline and 'For the latest news, weather, sports, and streaming video,
    head to WPXT 12 News.' under the story: the station's call sign and channel, the two marks agreeing (the
    sign-off that a large US station group prints under every story on its sites)."""
    letters = credit.split("-")[0]
    if not re.fullmatch(r"[KW][A-Z]{2,3}", letters):
        return None
    named = re.compile(rf"\b(?P<sign>{letters}(?:-(?:TV|DT))?\s\d{{1,2}})(?:\s+News)?\b")
    for d in article.dropped:
        m = named.search(d.text)
        if m and d.text.strip() not in article.paragraphs():
            article.evidence["outlet"] = f"the station's call sign in the dateline and under the story: {m['sign']} ({d.text.strip()})"
            return m["sign"]
    return None


# a logo line opening with a call sign and its channel, suffix or 'News', then the station's city ('WHFR 12
# Harlow Falls', 'KQRT-TV Denver', 'KTVN News 4'): the call sign part is the station's name (FCC 47 CFR 73.3550)
_CALL_SIGN_HEAD = re.compile(r"(?P<sign>[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?(?:\sNews)?(?:\s\d{1,2})?(?:\sNews)?)"
                             r"(?:\s[A-Z][\w.'’-]*){0,3}")


def call_sign_head(text: str) -> str | None:
    m = _CALL_SIGN_HEAD.fullmatch(" ".join(text.split()))
    sign = m["sign"].casefold() if m else ""
    return m["sign"] if m and station_key(sign) not in (None, sign) else None


def station_name(text: str) -> bool:
    """A broadcaster's station named medium first, as its site prints it above the headline ('Radio
    Wealdshire', 'BBC Radio Kent', 'TV Globo'; rules/credits.toml [broadcast_leads]): the medium
    word opens the name or follows the network's initials, and capitalised words follow it. Only
    for the outlet: as a title test it would take headlines opening 'Radio Host …' for mastheads."""
    parts = text.split()
    at = 1 if len(parts) > 2 and parts[0].isupper() else 0
    return (at + 1 < len(parts) <= 4 and parts[at] in words("credits", "broadcast_leads")
            and all(w[:1].isupper() or w[:1].isdigit() for w in parts))
