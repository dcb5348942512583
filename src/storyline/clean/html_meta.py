"""The publication date of an HTML page, with the evidence it came from.

Explicit "published" markup is read first because it names its field (evidence such as
'meta article:published_time'); htmldate is the fallback. htmldate runs with
extensive_search=False: its extensive mode guesses from any date in the visible text, and for a
news timeline a wrong date does more harm than a missing one (the dating stage can still look at
the text later, where it records precision and what it tried).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from storyline.clean.cms_fields import (
    INVERTED_FIELDS,
    archive_link_names,
    published_times,
    uninverted,
)
from storyline.clean.cms_items import cms_dates, in_media_item

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Fields that mean "first published", most specific first. Modified/updated fields are left out
# on purpose: a story's update date would misplace it on a timeline.
_META_FIELDS: tuple[tuple[str, str], ...] = (
    ("property", "article:published_time"),
    ("property", "og:published_time"),
    ("itemprop", "datePublished"),
    ("name", "article:published_time"),
    ("name", "parsely-pub-date"),
    ("name", "sailthru.date"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.created"),
    ("name", "date"),
)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


def iso_day(value: str | None) -> str | None:
    """The "YYYY-MM-DD" at the start of an ISO-8601 value, if it is a real, plausible calendar day.

    Placeholders such as "0001-01-01" (three json-ld blocks on extraction-dev) are not dates."""
    m = _ISO_DAY.match((value or "").strip())
    if m is None:
        return None
    try:
        day = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return day.isoformat() if plausible_publication(day) else None


def plausible_publication(day: date) -> bool:
    """A web page published between the first newspapers online and today: a page is fetched before
    it is read, so a later date is not its publication (a scheduled event's, a template's), give or
    take a day of time zones. (Was: up to the end of next year; no dates-dev dev page changed.)"""
    return date(1990, 1, 1) <= day <= date.today() + timedelta(days=1)


_UTC_TIME = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")


def published_from_markup(tree: HtmlElement) -> tuple[str | None, str]:
    """The date in explicit published-date markup, and which field held it.

    The most specific field's day is read as it is written. A UTC timestamp names the day in
    London, not necessarily the newsroom's, and says so in its evidence, so that a dateline printed
    on the page can settle the day (clean.pubdate). Another field's offset is no such evidence: on
    dates-dev's dev half, taking a less specific field's local day for a UTC one changed one page,
    from right to wrong (the gold follows the field as written, as htmldate and fundus read it);
    every page where the local day was right prints it.
    """
    found = list(markup_dates(tree))
    if not found:
        return None, ""
    day, field, value = found[0]
    return (day, f"{field}, UTC time") if _UTC_TIME.search(value.strip()) else (day, field)


def markup_days(tree: HtmlElement) -> tuple[str, ...]:
    """Every distinct day the page's published-date fields give, most specific field first."""
    return tuple(dict.fromkeys(day for day, _field, _value in markup_dates(tree)))


def item_days(tree: HtmlElement) -> tuple[str, ...]:
    """The days the page's JSON-LD gives only its embedded or listed items (`_item_dates`: a live blog's updates,
    a list's stories): a line printing one of them dates that item."""
    scripts = (str(s) for s in tree.xpath("//script[@type='application/ld+json']/text()"))
    return tuple(dict.fromkeys(day for script in scripts for value in _item_dates(script) if (day := iso_day(value))))


# XPath's translate(@x, 'A…Z', 'a…z'): ASCII letters only, as the field names are matched
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _meta_contents(tree: HtmlElement) -> dict[tuple[str, str], list[str]]:
    """(attribute, ASCII-lowercased value) → the content of every <meta> so named, in page order:
    one pass over the page's <meta> elements instead of one search of the whole tree per field."""
    found: dict[tuple[str, str], list[str]] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None or (meta.get("itemprop") and in_media_item(meta)):  # a picture's own date
            continue
        for attr in ("property", "itemprop", "name"):
            value = meta.get(attr)
            if value is not None:
                found.setdefault((attr, value.translate(_ASCII_LOWER)), []).append(content)
    return found


def markup_dates(tree: HtmlElement) -> Iterator[tuple[str, str, str]]:
    """(day, field, raw value) of every published-date field of the page, most specific first."""
    metas = _meta_contents(tree)
    for attr, name in _META_FIELDS:
        for value in metas.get((attr, name.lower()), ()):
            if day := iso_day(value) or _rfc_day(value):
                yield day, f"meta {name}", str(value)
    scripts = [str(s) for s in tree.xpath("//script[@type='application/ld+json']/text()")]
    page = page_url(tree)
    for value in (v for script in scripts for v in _article_node_dates(script, page)):
        if day := iso_day(value):
            yield day, "json-ld datePublished", value
    for script in scripts:
        items = _item_dates(script) | _other_pages_dates(script, page)
        for m in _JSON_LD_PUBLISHED.finditer(script):
            if m[1] in items:
                continue
            if day := iso_day(m[1]):
                yield day, "json-ld datePublished", m[1]
    for value in published_times(tree):
        if day := iso_day(value):
            yield day, "time datePublished", str(value)
    # last: an RDFa span may date a listed teaser as well as the node (Drupal's views print their rows so)
    yield from cms_dates(tree)


def page_url(tree: HtmlElement) -> str | None:
    """The page's own address as its markup declares it (<link rel="canonical">, else og:url)."""
    for value in (*tree.xpath("//link[@rel='canonical']/@href"), *tree.xpath("//meta[@property='og:url']/@content")):
        if isinstance(value, str) and "://" in value:
            return value.strip()
    return None


def _slug(url: str) -> str:
    """The last segment of a URL's path, case-folded ('fernwaerme-wird-teurer-123456'), before an AMP
    version's '/amp/' (WordPress's AMP plugin and most CMSs address it so)."""
    parts = [p for p in urlsplit(url.strip()).path.casefold().split("/") if p and p not in ("amp", "amp.html")]
    return parts[-1] if parts else ""


def _node_url(node: dict) -> str | None:
    """The address a JSON-LD node gives for itself: its `url`, else its `mainEntityOfPage` (a URL or
    a node with an @id)."""
    for value in (node.get("url"), node.get("mainEntityOfPage")):
        value = value.get("@id") if isinstance(value, dict) else value
        if isinstance(value, str) and "://" in value:
            return value
    return None


def another_pages_node(node: dict, page: str | None) -> bool:
    """Whether a JSON-LD node describes another page than this one: its own `url` (or
    `mainEntityOfPage`) ends in another slug than the page's canonical address, neither holding the
    other ('strompreise-2024-654321' on 'fernwaerme-wird-teurer-123456': a teaser's NewsArticle that
    a CMS writes beside, or before, the article's own; invented pages of branch html31). Unknown
    addresses say nothing."""
    own = _node_url(node)
    if not own or not page:
        return False
    a, b = _slug(own), _slug(page)
    return bool(a) and bool(b) and a not in b and b not in a


def _other_pages_dates(script: str, page: str | None) -> frozenset[str]:
    """The datePublished values of the script's nodes that describe other pages (`another_pages_node`)."""
    import json

    try:
        data = json.loads(script)
    except ValueError:
        return frozenset()
    return frozenset(v for node in _json_nodes(data) if isinstance(v := node.get("datePublished"), str)
                     and another_pages_node(node, page))


def _article_node_dates(script: str, page: str | None = None) -> list[str]:
    """The datePublished of the JSON-LD nodes typed as an article (rules/datelines.toml
    [article_types], from schema.org): a page's JSON-LD also dates its videos, images, comments and
    listed stories, and the first datePublished in the text may be one of theirs. A node that names
    another page's address as its own is that page's (`another_pages_node`)."""
    import json

    from storyline.rules import words

    try:
        data = json.loads(script)
    except ValueError:
        return []
    out = []
    for node in _json_nodes(data):
        if another_pages_node(node, page):
            continue
        kinds = node.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        value = node.get("datePublished")
        if isinstance(value, str) and any(isinstance(k, str) and k.casefold() in words("datelines", "article_types")
                                          for k in kinds):
            out.append(value)
    return out


def _item_dates(script: str) -> frozenset[str]:
    """The datePublished values that only embedded or listed items hold (a video, an image, a comment:
    rules/datelines.toml [item_types], from schema.org; any node inside an ItemList, 'most read' or
    'related' stories): none of them dates the page."""
    import json

    try:
        data = json.loads(script)
    except ValueError:
        return frozenset()
    items: set[str] = set()
    others: set[str] = set()
    _sort_dates(data, False, items, others)
    return frozenset(items - others)


def _sort_dates(data: object, listed: bool, items: set[str], others: set[str]) -> None:
    """Put every datePublished under `data` in `items` (an item's, or inside a list) or `others`."""
    from storyline.rules import words

    if isinstance(data, list):
        for value in data:
            _sort_dates(value, listed, items, others)
        return
    if not isinstance(data, dict):
        return
    kinds = data.get("@type")
    kinds = {k.casefold() for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)}
    item = bool(kinds & words("datelines", "item_types"))
    value = data.get("datePublished")
    if isinstance(value, str):
        (items if item or listed else others).add(value)
    inside = listed or bool(kinds & {"itemlist", "listitem"})
    for key, child in data.items():
        # a list's elements and a live blog's updates (schema.org LiveBlogPosting.liveBlogUpdate) date themselves
        _sort_dates(child, inside or key in ("itemListElement", "liveBlogUpdate"), items, others)


def _rfc_day(value: str) -> str | None:
    """The day of an RFC 2822 date ('Sat, 19 Oct 2019 00:04:00 +0200'), in its own offset."""
    from email.utils import parsedate_to_datetime

    try:
        day = parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None
    return day.isoformat() if plausible_publication(day) else None


def find_published(tree: HtmlElement, htmldate_guess: str | None) -> tuple[str | None, str]:
    """(date "YYYY-MM-DD" or None, evidence) for a parsed page; reads but never changes `tree`.

    `htmldate_guess` is htmldate's answer for the page (run inside trafilatura's metadata pass
    with original_date=True, extensive_search=False, so it is not computed twice).
    """
    found, evidence = published_from_markup(tree)
    if found is None and (found := iso_day(htmldate_guess)):
        from storyline.clean.html_beside import printed_only_beside

        if _only_comments_time(tree, found) or printed_only_beside(tree, found):
            return None, ""
        evidence = "htmldate original"
    return found, evidence


# A reader comment's <time> element, inside the comment list WordPress and most CMSs mark up with
# 'comment' in a class or id (the same exclusion as _NOT_IN_COMMENTS below)
_IN_COMMENTS = "ancestor::*[contains(@class, 'comment') or contains(@id, 'comment')]"


def _only_comments_time(tree: HtmlElement, day: str) -> bool:
    """Whether htmldate's day is given only by `<time>` elements inside reader comments: the day a
    reader wrote, not the page's (an evergreen guide with no date of its own and a dated comment
    thread, invented pages of branch html31: htmldate took the first comment's day)."""
    stamped = [t for t in tree.iter("time") if (t.get("datetime") or "").startswith(day)]
    return bool(stamped) and all(t.xpath(_IN_COMMENTS) for t in stamped)


# Author fields of news CMSs, most specific first (schema.org via JSON-LD is read apart).
_AUTHOR_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "author"), ("property", "article:author"), ("name", "byl"), ("name", "parsely-author"),
    ("name", "sailthru.author"), ("name", "dc.creator"), ("name", "dcterms.creator"), ("itemprop", "author"),
)


def authors_from_markup(tree: HtmlElement) -> list[str]:
    """Author names the page's markup gives (JSON-LD author/creator, then meta author fields);
    profile URLs and empty values are skipped."""
    names: list[str] = []
    page = page_url(tree)
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        names += _json_ld_authors(script, page)
    for attr, name in _AUTHOR_FIELDS:
        if names:
            break
        for value in tree.xpath(f"//meta[translate(@{attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                                f"'abcdefghijklmnopqrstuvwxyz')='{name}']/@content"):
            value = re.sub(r"^\s*by\s+", "", str(value), flags=re.I).strip()
            if value and "://" not in value and not value.startswith("@"):
                names.append(uninverted(value) if name in INVERTED_FIELDS else value)
    if not names:
        from storyline.clean.cms_fields import labelled_card_authors, parsely_authors
        from storyline.clean.cms_items import fusion_authors

        names = parsely_authors(tree) or fusion_authors(tree) or labelled_card_authors(tree) or _microdata_authors(tree)
    return list(dict.fromkeys(n for n in names if n))


def _microdata_authors(tree: HtmlElement) -> list[str]:
    """Every schema.org microdata author the page prints ('<span itemprop="author">NAME</span>, <span
    itemprop="author">NAME</span>', or each one's itemprop="name"), outside reader comments, in page order:
    a page with no JSON-LD or meta author field credits its co-authors so, and trafilatura keeps only the
    first (invented pages of unseen sites, branch html33)."""
    names = []
    for element in tree.xpath("//*[@itemprop='author'][not(self::meta) and not(self::link)]" + _NOT_IN_COMMENTS):
        if in_media_item(element):  # a picture's photographer
            continue
        named = element.xpath(".//*[@itemprop='name']")
        text = (named[0].get("content") or named[0].text_content()) if named else element.text_content()
        text = " ".join(str(text).split())
        if text and len(text.split()) <= MAX_LINK_NAME_WORDS:
            names.append(text)
    return names


# The page's own author link, outside reader comments: HTML's rel="author" link type, the hCard
# microformat's `fn` inside a `vcard` (WordPress themes print the byline so), and a link to an
# author archive (WordPress '/author/<slug>/', German CMSs '/autor/', '/autoren/'). Comment
# authors are printed the same way, hence the comment exclusion.
_NOT_IN_COMMENTS = "[not(ancestor-or-self::*[contains(@class, 'comment') or contains(@id, 'comment')])]"
_AUTHOR_LINKS: tuple[str, ...] = (
    "//a[@rel='author']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' vcard ')]"
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]",
    "//a[contains(@href, '/author/') or contains(@href, '/autor/') or contains(@href, '/autoren/')]",
)
MAX_LINK_NAME_WORDS = 6


def author_links(tree: HtmlElement, *, within: bool = False) -> list[str]:
    """The text of the page's first author link (see `_AUTHOR_LINKS`), one name per kind of link;
    `within`: the first inside `tree`, an element of the page, only."""
    names: list[str] = []
    for path in _AUTHOR_LINKS:
        for element in tree.xpath(("." if within else "") + path + _NOT_IN_COMMENTS):
            text = " ".join(element.text_content().split())
            if text and len(text.split()) <= MAX_LINK_NAME_WORDS:
                names.append(text)
                break
    if not names:
        names += [next((t for t in archive_link_names(tree, within) if t and len(t.split()) <= MAX_LINK_NAME_WORDS), "")]
    return list(dict.fromkeys(n for n in names if n))


def _json_ld_authors(script: str, page: str | None = None) -> list[str]:
    import json

    try:
        data = json.loads(script)
    except ValueError:
        return []
    out: list[str] = []
    named = _named_nodes(data)
    for node in _json_nodes(data):
        if another_pages_node(node, page):
            continue
        for key in ("author", "creator"):
            value = node.get(key)
            for person in value if isinstance(value, list) else [value]:
                name = _node_name(person, named)
                if isinstance(name, str) and name.strip() and "://" not in name:
                    out.append(name.strip())
        if out:
            break
    return out


def _named_nodes(data: object) -> dict[str, object]:
    """The named nodes of a JSON-LD document by their @id: a node may point to another by its @id
    alone (JSON-LD 1.1 §4.5 node identifiers; Yoast SEO's @graph writes the article's author and
    publisher as {"@id": ".../#/schema/person/…"} and the Person or Organization beside it)."""
    return {node["@id"]: node.get("name") for node in _json_nodes(data)
            if isinstance(node.get("@id"), str) and node.get("name")}


def _node_name(value: object, named: dict[str, object]) -> object:
    """A node's name, its own or that of the node its @id refers to; a plain string as it is."""
    if not isinstance(value, dict):
        return value
    if value.get("name"):
        return value["name"]
    ref = value.get("@id")
    return named.get(ref) if isinstance(ref, str) else None


def _json_nodes(data: object) -> Iterator[dict]:
    """Every JSON-LD object that describes the page's article (its @graph items too)."""
    items = data if isinstance(data, list) else [data]
    for item in items:
        if isinstance(item, dict):
            yield item
            yield from _json_nodes(item.get("@graph", []))


def site_name_from_markup(tree: HtmlElement) -> str | None:
    """The site's name as its markup declares it: og:site_name (the Open Graph protocol's "name of
    the overall site"), else the JSON-LD publisher's name, else its application name; URLs and handles
    are not names."""
    for value in tree.xpath("//meta[translate(@property, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                            "'abcdefghijklmnopqrstuvwxyz')='og:site_name']/@content"):
        if _is_name(str(value)):
            return " ".join(str(value).split())
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        name = _json_ld_publisher(script)
        if name:
            return name
    return _application_name(tree)


# The name a page gives the web application it belongs to: HTML's standard metadata name
# 'application-name' ("the name of the Web application that the page represents", WHATWG HTML
# 4.2.5.1) and Safari's 'apple-mobile-web-app-title' (the home-screen name; Apple's Safari HTML
# reference): a news site's short name, where no Open Graph or JSON-LD field names it.
_APPLICATION_FIELDS = ("application-name", "apple-mobile-web-app-title")


def _application_name(tree: HtmlElement) -> str | None:
    for field in _APPLICATION_FIELDS:
        for value in tree.xpath(f"//meta[translate(@name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                                f"'abcdefghijklmnopqrstuvwxyz')='{field}']/@content"):
            if _is_name(str(value)):
                return " ".join(str(value).split())
    return None


def _is_name(value: str) -> bool:
    value = value.strip()
    return bool(value) and "://" not in value and not value.startswith("@")


def _json_ld_publisher(script: str) -> str | None:
    import json

    try:
        data = json.loads(script)
    except ValueError:
        return None
    named = _named_nodes(data)
    for node in _json_nodes(data):
        publisher = node.get("publisher")
        for item in publisher if isinstance(publisher, list) else [publisher]:
            # a plain name where a node is expected: schema.org's data model accepts text for any
            # property ("publisher": "Lakeshore Chronicle"), and sites write it so
            name = _node_name(item, named) if isinstance(item, dict) else item
            if isinstance(name, str) and _is_name(name):
                return " ".join(name.split())
    return None


# The widest UTC offsets in use (UTC−12 to UTC+14): a local time and a UTC time of one instant
# differ by a whole number of hours (or half and quarter hours) within this range.
_MAX_OFFSET = timedelta(hours=14)
_OFFSET_STEP = timedelta(minutes=15)


def rendered_published(tree: HtmlElement) -> tuple[str, ...]:
    """The visible texts of the page's `<time>` elements that render the moment its most specific
    published-date field gives ('<time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm
    ET</time>' for '2019-11-19 02:24:00'): the page's own local reading of that moment (HTML's
    `<time>` element pairs a machine-readable value with the text readers see)."""
    first = next(iter(markup_dates(tree)), None)
    moment = stamp_moment(first[2]) if first else None
    if moment is None:
        return ()
    texts = []
    for element in tree.iter("time"):
        shown = " ".join(element.text_content().split())
        other = stamp_moment(element.get("datetime") or "")
        if shown and other is not None and _same_instant(moment, other):
            texts.append(shown)
    return tuple(dict.fromkeys(texts))


# A numeric date and a time of day as a page prints them beside its headline ('02/09/2023 22:10',
# '2.9.2023 22.10', '02-09-2023 às 22h10'): day and month in either order, read below by the instant.
_PRINTED_MOMENT = re.compile(r"(?<!\d)(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})(?!\d)"
                             r"\D{0,8}?(?<!\d)(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?!\d)")
# a line longer than this is prose or a list, not a date line
_PRINTED_MOMENT_CHARS = 80


def printed_published(tree: HtmlElement, lines: Iterable[str]) -> tuple[str, ...]:
    """The page's printed local readings of its published instant on lines that are no `<time>`
    element ('02/09/2023 22:10' for a JSON-LD '2023-09-03T01:10:00Z'), each given as 'YYYY-MM-DD HH:MM'
    before the line: the day and month order is the one that makes the printed date and time one
    instant with the markup's (a whole UTC offset apart, `_same_instant`), so a slash date's order
    needs no locale. A UTC stamp after midnight names the next day in London; the Americas' readers
    saw the evening before (invented pages of other sites, branch html31: Clarín-style
    'dd/mm/yyyy hh:mm' beside a 'Z' stamp)."""
    first = next(iter(markup_dates(tree)), None)
    moment = stamp_moment(first[2]) if first else None
    if moment is None or moment.tzinfo is None:
        return ()
    found = []
    for line in lines:
        if len(line) > _PRINTED_MOMENT_CHARS:
            continue
        for m in _PRINTED_MOMENT.finditer(line):
            for day, month in ((m["a"], m["b"]), (m["b"], m["a"])):
                try:
                    shown = datetime(int(m["y"]), int(month), int(day), int(m["h"]), int(m["m"]))
                except ValueError:
                    continue
                if shown.date() != moment.date() and _same_instant(moment, shown):
                    found.append(f"{shown:%Y-%m-%d %H:%M} ({line.strip()})")
    return tuple(dict.fromkeys(found))


def stamp_moment(value: str) -> datetime | None:
    """An ISO 8601 date and time ('2019-11-19T02:24:00Z', '2019-11-19 02:24:00 UTC'), or None for a
    date alone or anything else; naive when it names no offset."""
    text = re.sub(r"\s*(?:UTC|GMT|Z)$", "+00:00", value.strip())
    if not re.match(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", text):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _same_instant(a: datetime, b: datetime) -> bool:
    """Whether two readings name one instant: equal when both carry an offset; when one is naive
    (a local time written without its offset), apart by a whole UTC offset (quarter hours, ±14 h)."""
    if (a.tzinfo is None) == (b.tzinfo is None):
        return abs(a - b) < timedelta(minutes=1)
    gap = abs(a.replace(tzinfo=None) - b.replace(tzinfo=None))
    # two times on the quarter hour ('10:00', '14:00') are apart by an offset by chance: not linked
    on_quarter = a.second == 0 and a.minute % 15 == 0
    return gap <= _MAX_OFFSET and gap % _OFFSET_STEP == timedelta(0) and not on_quarter


def printed_outside_article(names: str, tree: HtmlElement) -> bool:
    """Whether a page with one <article> (or else one <main>) prints none of `names` inside it and
    some outside: trafilatura takes the first byline element of the page ('td-post-author-name'),
    which a theme's menu or widget of other stories may print above the article (tagDiv's Newspaper
    theme's mega menu and blocks; an invented page, branch htmlmeta4)."""
    inside = _article_text(tree)
    if inside is None:
        return False
    page = " ".join(tree.text_content().split())
    parts = [n.strip() for n in names.split(";") if n.strip()]
    return not any(n in inside for n in parts) and any(n in page for n in parts)


def printed_in_article(names: str, tree: HtmlElement) -> bool:
    """Whether the page's one <article> (or else one <main>) prints each of `names`."""
    inside = _article_text(tree)
    parts = [n.strip() for n in names.split(";") if n.strip()]
    return inside is not None and bool(parts) and all(n in inside for n in parts)


def _article_text(tree: HtmlElement) -> str | None:
    container = article_element(tree)
    return " ".join(container.text_content().split()) if container is not None else None


def article_element(tree: HtmlElement) -> HtmlElement | None:
    """The page's one <article> element, else the innermost <article> holding its first <h1> (themes print
    other stories' teaser cards as <article> elements too: Ghost's Casper 'post-card', WordPress block
    themes' query loops; invented pages of branch html37), else its one <main>; None when it has none or
    several."""
    container = tree.xpath("//article") or tree.xpath("//main")
    if len(container) > 1 and container[0].tag == "article":
        headed = next(iter(tree.iter("h1")), None)
        holders = headed.xpath("ancestor::article") if headed is not None else []
        return holders[-1] if holders else None
    return container[0] if len(container) == 1 else None
