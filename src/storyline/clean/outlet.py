"""Outlets: the registry (rules/outlets.toml) and the names a page gives for its own publisher.

    registry_outlet("edition.cnn.com")        # Outlet(name="CNN", …), by domain
    registry_outlet("Washington Post")        # by name or short name
    site_from_title("Kalifat-Rufe - Panorama - derStandard.at › Panorama")   # "derStandard.at"

A page names its publisher in its markup (og:site_name, the JSON-LD publisher), in its <title>
after the headline, in its copyright line and in its domain. The registry turns any of these into
the outlet's usual name; a name the registry does not know is kept as the page wrote it, minus a
company form ("… Verlags GmbH" is the publisher's legal entity, not its masthead).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from storyline.rules import entries, words


@dataclass(slots=True, frozen=True)
class Outlet:
    """One registry entry."""

    name: str
    short: tuple[str, ...]
    domains: tuple[str, ...]
    parent: str


def fold_name(text: str) -> str:
    """Comparison form of an outlet name: accents, case, punctuation, a leading 'the' and a web
    suffix ('.com', '.de') removed ('The Washington Post' = 'washingtonpost.com' = 'washingtonpost')."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()
    text = re.sub(r"^(?:the|www\.)\s*", "", text)
    text = re.sub(r"\.(?:com|co\.uk|org|net|de|at|ch|fr|it|es|ca|in|co|uk|news|online)\b", "", text)
    return re.sub(r"[\W_]+", "", text)


# The registry's files: the first holds the wires, networks and national papers and the tables the finders
# read; the others, by region, hold entries only (branch outlets31).
REGISTRY_FILES = ("outlets", "outlets_americas", "outlets_commonwealth", "outlets_languages")


@cache
def registered_outlets() -> tuple[Outlet, ...]:
    """Every entry of the outlet registry (rules/outlets*.toml), in file order."""
    return tuple(Outlet(e["name"], tuple(e.get("short", ())), tuple(e.get("domains", ())), e.get("parent", ""))
                 for file in REGISTRY_FILES for e in entries(file, "outlets"))


@cache
def common_word_names() -> frozenset[str]:
    """The folded registry names that are everyday words ('Stuff', 'Variety', 'The Age'): rules/outlets.toml
    [common_word_names]."""
    return frozenset(fold_name(w) for w in words("outlets", "common_word_names"))


@cache
def _registry() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    """Names and domains to entries; of two outlets with one name the first in file order keeps it (the
    main file's wires and nationals before the regional files). An everyday-word name two outlets share
    ('The Star' of Toronto, of Kuala Lumpur and of Nairobi) names neither: the page's own spelling is
    kept, and its domain still finds the entry."""
    by_name: dict[str, Outlet] = {}
    shared: set[str] = set()
    by_domain: dict[str, Outlet] = {}
    for outlet in registered_outlets():
        for name in (outlet.name, *outlet.short):
            key = fold_name(name)
            if by_name.setdefault(key, outlet) != outlet and key in common_word_names():
                shared.add(key)
        for domain in outlet.domains:
            by_domain[domain.lower()] = outlet
    return {k: v for k, v in by_name.items() if k not in shared}, by_domain


def registry_outlet(name_or_domain: str | None) -> Outlet | None:
    """The registry entry for a name, short name, domain or URL, if the registry knows it. A name that
    is an everyday word is read only as a domain, or with the article its masthead prints ('The Age',
    never 'Age' alone: a section label or a word of the text)."""
    if not name_or_domain or not name_or_domain.strip():
        return None
    by_name, by_domain = _registry()
    host = domain_of(name_or_domain)
    while host and "." in host:
        if host in by_domain:
            return by_domain[host]
        host = host.split(".", 1)[1]
    key = fold_name(name_or_domain)
    if key in common_word_names() and not name_or_domain.strip().casefold().startswith("the "):
        return None
    return by_name.get(key)


def domain_of(text: str) -> str | None:
    """The host of a URL or a bare domain ('www.cnn.com/x' -> 'cnn.com'), or None for a plain name.
    An archived page's URL (web.archive.org/web/…/http://site/…) gives the archived site's host."""
    text = text.strip()
    archived = re.search(r"/web/\d+\w*/(https?://.+)$", text)
    if archived:
        text = archived[1]
    if " " in text or "." not in text:
        return None
    host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    return host.removeprefix("www.") or None


def outlet_name(name: str | None) -> str | None:
    """A publisher name as an outlet: the registry's name, else the name without a company form."""
    if not name or not name.strip():
        return None
    name = _once(" ".join(name.split()))
    known = registry_outlet(name) or without_site_suffix(name)
    if known:
        return known.name
    return strip_company_form(name)


def without_site_suffix(name: str) -> Outlet | None:
    """'Otago Daily Times Online News' -> the Otago Daily Times: a paper's name with the words its web
    edition's logo adds (rules/outlets.toml [site_suffixes]), when the registry knows the paper."""
    folded = name.casefold()
    for suffix in sorted(words("outlets", "site_suffixes"), key=len, reverse=True):
        if folded.endswith(" " + suffix) and (known := registry_outlet(name[: -len(suffix)].strip())):
            return known
    return None


def _once(name: str) -> str:
    """'Netz Für Alle Netz Für Alle' -> 'Netz Für Alle': a site name printed twice in a row (a logo's
    text and its alt text, as a page title or a scrape joins them) is one name."""
    parts = name.split()
    half = len(parts) // 2
    return " ".join(parts[:half]) if len(parts) % 2 == 0 and half and parts[:half] == parts[half:] else name


def strip_company_form(name: str) -> str:
    """'Vidal MMI Germany GmbH' -> 'Vidal MMI Germany'; a name that is only a company form stays."""
    forms = words("outlets", "legal_suffixes")
    parts = name.split()
    # a notice's closing full stop is read as the sentence's ('© 2024 Ediciones Ledger S.L.' holds 'S.L';
    # 'Vltavské listy, a.s. Všechna …')
    while len(parts) > 1 and {(w := parts[-1].casefold().rstrip(",")), w + "."} & forms:
        parts.pop()
    return " ".join(parts).rstrip(" ,-–")


def is_legal_entity(name: str) -> bool:
    """True when a name ends in a company form (a publisher's legal entity, not its masthead)."""
    return strip_company_form(name) != name.strip()


def is_media_group(name: str) -> bool:
    """'Southern Skies Media', 'Kestrel Broadcasting': a copyright holder named as a station's or paper's
    owning group (rules/credits.toml [group_heads]), read like a company rather than the masthead."""
    parts = name.split()
    return len(parts) > 1 and parts[-1].casefold().strip(".,") in words("credits", "group_heads")


# A local newsroom's logo names its market after the news brand ('QBN9 NEWS Brisbane', '9News Perth', 'CBS News
# Chicago'): the station groups' market editions (Nine's and Seven's '9News'/'7NEWS' + city sites, CBS's owned
# stations since 2023). The brand before the market is the outlet every edition shares (branch probe17).
_NEWS_MARKET = re.compile(r"(?P<brand>\S+(?:\s+\S+){0,2}?\s+(?:NEWS|News))\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


def without_market(name: str) -> str:
    """'QBN9 NEWS Brisbane' → 'QBN9 NEWS': a news brand's logo without the market it adds."""
    m = _NEWS_MARKET.fullmatch(" ".join(name.split()))
    # a masthead word after 'News' is the name going on ('The Hamilton News Herald'), not a market
    heads = words("citations", "outlet_heads")
    if not m or any(w in heads for w in name[m.end("brand"):].split()):
        return name
    if " ".join(name.split()[-2:]) in words("credits", "masthead_heads"):
        return name  # 'National News Service': a two-word head ends the name, no market follows 'News'

    return m["brand"]


# A <title> is "Headline - Section - Site" or "Site | Headline"; breadcrumbs follow "›" or "»". A
# bare colon is left alone: headlines use it ("Stromausfall: Wie sicher ist das Netz?").
# A pipe glued on both sides is part of a name ('Osthessen|News'), not a separator between title parts;
# the full-width bar ('｜', U+FF5C) is one glued or not: Japanese and Chinese titles set it without
# spaces, as CJK text sets no spaces ('県道の拡幅工事、来月着工へ｜北陸新報').
# Chinese portals join a title's parts with a glued underscore ('标题_新浪新闻': Sina, NetEase and ifeng title
# templates), between two CJK characters only. Not People's Daily's '--' ('标题--时政--人民网'): its masthead in
# Chinese took the place of the registry's name its page gives otherwise (dates-dev dev, one text page's outlet).
_TITLE_PARTS = re.compile(r"\s+[-–—|·•]\s+|\s+\|\s*|\s*\|\s+|\s+::\s+|\s*｜\s*"
                          r"|(?<=[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff60])_(?=[\u4e00-\u9fff])")
_BREADCRUMB = re.compile(r"\s*[›»>].*$")
# A site name is short: the masthead, not a headline.
MAX_SITE_WORDS = 6


def site_from_title(title: str | None) -> str | None:
    """The site name in a page title after (or before) the headline, or None when there is none."""
    if not title:
        return None
    # one space between words first: the separators' `\s+` scanned a run of 50,000 blanks (a hostile
    # text's first line, read as its title) once per position, 29 s of CPU
    parts = [_BREADCRUMB.sub("", p).strip() for p in _TITLE_PARTS.split(" ".join(title.split()))]
    parts = [p for p in parts if p]
    if len(parts) < 2 or _menu(parts) or any(_account_link(p) for p in parts):
        return None
    parts = [p for p in parts if not _writer_credit(p)]
    if len(parts) < 2:
        return None
    for part in (parts[-1], parts[0]):
        if registry_outlet(part) or _bare_domain(part):
            return part
    # the site's domain before its tagline ('Headline | DOMRADIO.DE - Katholische Nachrichten')
    middle = next((part for part in parts[1:-1] if _bare_domain(part)), None)
    if middle:
        return middle
    masthead = _call_sign_part(parts) or _newspaper_part(parts)
    if masthead:
        return masthead
    last = parts[-1]
    return last if last is not max(parts, key=len) and _masthead_shaped(last) else None


# A menu's items are a word or two each ('Home | World | Business | Sport | Markets | Video'); a title has
# a headline among its parts, and at most a site and a section or two beside it.
_MENU_ITEMS = 4
_MENU_ITEM_WORDS = 2
# a masthead of up to four words ('The Lakeshore Signal', 'The Globe and Mail'); a headline is longer
_MASTHEAD_WORDS = 4


def _account_link(part: str) -> bool:
    """'Log in', 'Sign in', 'Register', 'Subscribe': a part no page <title> prints beside a headline, only a
    scrape's account bar ('Subscribe | e-Paper | Log in' over the masthead; lead39): rules/outlets.toml
    [account_links]."""
    return " ".join(re.sub(r"\W+$", "", part).casefold().split()) in words("outlets", "account_links")


def _menu(parts: list[str]) -> bool:
    """A scrape's first line that is the site's menu, not its <title> (a wire site's section bar above
    the headline, branch probe13): four parts or more, none longer than two words but the first, which
    may be the masthead the menu opens with ('The Lakeshore Signal | News | Local | Weather'; branch
    probe41: a northern paper's menu bar). Its last item ('Video', 'Weather') is no site name."""
    return len(parts) >= _MENU_ITEMS and len(parts[0].split()) <= _MASTHEAD_WORDS \
        and all(len(p.split()) <= _MENU_ITEM_WORDS for p in parts[1:])


def _call_sign_part(parts: list[str]) -> str | None:
    """The one part of a title that is a broadcaster's call sign, printed in capitals with its channel
    or suffix ('KQRT 9', 'WHFR-TV'; extract.outlet_names.station_key, FCC 47 CFR 73.3550): a station's
    name wherever it stands. A TV site's logo line prints it before its slogan ('KQRT 9 | Your Western
    Slope News'), whose newsroom word would otherwise make the slogan the masthead."""
    from storyline.extract.outlet_names import station_prefix

    found = [p for p in parts if p.split()[0].isupper() and _sign_with_more(" ".join(p.casefold().split()))]
    # or its call sign and channel before the newscast's brand ('WKVB 7 Action News | Carverton, OH',
    # branch probe13): the station's name is the call sign and channel, as its copyright line prints it
    found = found or [sign for p in parts if (sign := station_prefix(p))]
    return found[0] if len(found) == 1 else _bare_sign_beside_medium(parts)


def _bare_sign_beside_medium(parts: list[str]) -> str | None:
    """A bare call sign beside its station's description ('WCRV | Central Ohio Public Radio', public radio
    stations' logo lines: 'WXXX | Northeast Indiana Public Radio'): four capitals alone are as often a
    section label, but beside a part naming a broadcaster's medium (rules/credits.toml [broadcast_leads]:
    Radio, TV, Television) they are the station's name, the one its citations use ('told WCRV'), while
    the description is its slogan (branch probe20)."""
    from storyline.extract.outlet_names import station_key
    from storyline.rules import words

    if len(parts) != 2:
        return None
    media = set(words("credits", "broadcast_leads"))
    for sign, other in (parts, parts[::-1]):
        key = sign.casefold()
        if sign.isupper() and station_key(key) == key and media & set(other.split()):
            return sign
    return None


def _sign_with_more(key: str) -> bool:
    """A call sign with its channel, suffix or 'News' ('kqrt 9'): four capitals alone are as often a
    section label in capitals ('KIDS', 'WINE')."""
    from storyline.extract.outlet_names import station_key

    sign = station_key(key)
    return sign is not None and sign != key


def _newspaper_part(parts: list[str]) -> str | None:
    """The one part of a title that is a newspaper's name by its shape (clean.text.is_masthead: capitalised
    words ending in 'Daily', 'Times', 'Herald'…; capitals read title-cased), wherever it stands: a
    scrape's first line may be its masthead and section ('LEDGER DAILY | Business'), not a headline."""
    from storyline.clean.title_lines import is_masthead

    found = [p for p in parts if is_masthead(p.title() if p.isupper() else p)]
    return found[0] if len(found) == 1 else None


def _bare_domain(part: str) -> bool:
    """'gipfelbuch.ch', 'www.taz.de': a site printing its own domain at either end of its titles."""
    return re.fullmatch(r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,13}", part, re.I) is not None \
        and domain_of(part) is not None


# A masthead in lower case is short ('rbb24', 'spot on news', 'top agrar online'); a longer lower-case
# tail is the rest of the headline ('und wie das Wetter wird', "here's everything you need to know").
# dates-dev text dev half: of the titles' lower-case last parts, those of up to 3 words were the gold
# outlet on 7 of 8 graded pages (the 8th, '매일경제', is the paper's own name in Korean), the longer ones on none of 3.
MAX_LOWER_SITE_WORDS = 3


def _masthead_shaped(part: str) -> bool:
    """A masthead: a few words, capitalised or short (or a domain: 'taz.de'), no date ('Mix 107.3
    KIOW' is a radio station's name, '31.10.2023, 10.19 Uhr' a headline's date), not a sentence or
    question ('und wie das Wetter wird' is a headline piece)."""
    if len(part.split()) > MAX_SITE_WORDS or re.search(r"(?<!\d)\d{1,2}[.:/]\d{1,2}|[?!:]$|^[^\w]", part):
        return False
    return part[:1].isupper() or part[:1].isdigit() or domain_of(part) is not None \
        or (len(part.split()) <= MAX_LOWER_SITE_WORDS and not _question_piece(part))


def _writer_credit(part: str) -> bool:
    """'by Jane Doe': a <title> part opened by a byline introducer is the writer, not the site (Substack's
    'TITLE - by AUTHOR', Medium's 'TITLE | by AUTHOR | Medium'; rules/credits.toml [title_credits])."""
    from storyline.rules import words

    first, _, rest = part.partition(" ")
    return bool(rest) and first.casefold() in words("credits", "title_credits")


def _question_piece(part: str) -> bool:
    """'what we know', 'wie es weitergeht': a lower-case part opened by a question word is the
    headline's own tail (the explainer's form, 'Ferry dock fire - what we know'), not a masthead
    (rules/credits.toml [title_question_words]); so is one opened by a conjunction ('… regime — and a
    lawsuit', [title_conjunctions])."""
    from storyline.rules import words

    first = part.split()[0].casefold()
    return first in words("credits", "title_question_words") or first in words("credits", "title_conjunctions") \
        or part.casefold() in words("credits", "title_attributions")


def site_before_headline(title: str | None, headlines: list[str]) -> str | None:
    """'Island Ledger | Ferry dock fire: three questions': the site named before the headline when the
    rest of the <title> is a headline the page prints (so the first part is no headline's kicker)."""
    text = " ".join((title or "").split())
    for headline in {" ".join(h.split()) for h in headlines}:
        if not headline or headline == text or not text.endswith(headline):
            continue
        parts = _TITLE_PARTS.split(text[: len(text) - len(headline)] + "x")
        site = parts[0].strip() if len(parts) == 2 and parts[1] == "x" else ""
        if site and site[:1].isupper() and _masthead_shaped(site) and not registry_outlet(headline):
            return site
    return None


# a broadcaster's or publisher's company named as its brand and its corporate words ('© 2026 Al Jazeera Media
# Network', 'Sky News Group'): rules/credits.toml [group_heads] and 'network', the word a broadcaster's holding
# company ends in (Al Jazeera Media Network, Arab Radio and Television Network)
_BRAND_COMPANY_WORDS = frozenset({"network"})


def registry_brand(holder: str) -> Outlet | None:
    """The registry's outlet whose name opens a copyright holder's name followed only by company words
    ('Al Jazeera Media Network' → Al Jazeera; branch probe33, where the notice's company was the outlet and
    citations of 'Al Jazeera' resolved to nothing). The brand must be known: 'Fenwick Register Media' alone
    says nothing of which words are the masthead's."""
    from storyline.rules import words

    parts = holder.split()
    company = words("credits", "group_heads") | _BRAND_COMPANY_WORDS
    for cut in range(len(parts) - 1, 0, -1):
        if all(w.casefold() in company for w in parts[cut:]):
            found = registry_outlet(" ".join(parts[:cut]))
            if found is not None:
                return found
        else:
            break
    return None
