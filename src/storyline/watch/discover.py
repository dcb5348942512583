"""The pages a source points to: a feed's items, a (news) sitemap's URLs, or the page itself."""
from __future__ import annotations

from storyline.errors import MalformedInputError
from storyline.watch.model import Entry, Fetched, SourceKind, normalise_url

_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
MAX_ENTRIES = 5000  # one sitemap may list 50,000 URLs; a watcher wants the newest few thousand


def entries_of(kind: SourceKind, fetched: Fetched) -> list[Entry]:
    """The entries of a fetched source, newest first where the source says so, without repeats."""
    if kind == "page":
        found = [Entry(url=fetched.url)]
    elif kind == "feed":
        found = _feed_entries(fetched)
    else:
        found = _sitemap_entries(fetched)
    seen: set[str] = set()
    unique = []
    for entry in found:
        key = normalise_url(entry.url)
        if key not in seen:
            seen.add(key)
            unique.append(Entry(url=key, title=entry.title, published=entry.published))
    return unique[:MAX_ENTRIES]


def _feed_entries(fetched: Fetched) -> list[Entry]:
    from storyline.ingest.feeds import parse_feed

    parsed = parse_feed(fetched.body, source=fetched.url)
    entries = []
    for item in parsed.entries:
        link = item.get("link") or (item.get("id") if str(item.get("id", "")).startswith("http") else None)
        if link:
            entries.append(Entry(url=link, title=item.get("title"), published=item.get("published")))
    return entries


def _sitemap_entries(fetched: Fetched) -> list[Entry]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(fetched.body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise MalformedInputError(f"is not a sitemap: {exc}", source=fetched.url,
                                  fix="check that the URL is an XML sitemap (urlset)") from None
    if root.tag not in (f"{_SITEMAP_NS}urlset", f"{_SITEMAP_NS}sitemapindex"):
        raise MalformedInputError(f"is not a sitemap: root <{etree.QName(root).localname}>", source=fetched.url,
                                  fix="add a sitemap (urlset) URL, or add the feed with --kind feed")
    entries = []
    for url in root.iter(f"{_SITEMAP_NS}url"):
        loc = url.findtext(f"{_SITEMAP_NS}loc")
        if loc and loc.strip():
            entries.append(Entry(url=loc.strip(), title=url.findtext(f".//{_NEWS_NS}title"),
                                 published=url.findtext(f".//{_NEWS_NS}publication_date")
                                 or url.findtext(f"{_SITEMAP_NS}lastmod")))
    # a news sitemap lists the newest first by convention, but not always: sort by the date it gives
    entries.sort(key=lambda e: e.published or "", reverse=True)
    return entries
