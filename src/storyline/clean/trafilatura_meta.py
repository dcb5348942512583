"""trafilatura's metadata of a page, the fields storyline reads only: title, author, url, date, site.

`bare_extraction(..., with_metadata=True)` runs trafilatura's `extract_metadata`, which also looks
for the page's categories, tags and licence (three scans of every link of the page: 0.15 of its
0.44 s of CPU on extraction-dev's 90 pages) that nothing here reads, and which no option turns off.
So the cleaning calls `bare_extraction` without metadata and gets the fields it reads here, from
trafilatura's own functions in `extract_metadata`'s order (trafilatura 2.3): the same values. The
body is the same too: without links kept, the URL a metadata pass finds reaches trafilatura's
extraction only in log messages. Every function used reads the tree (the author and date searches
prune copies), so it is read where it is: nothing is copied for it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.html import HtmlElement

log = logging.getLogger(__name__)


@dataclass(slots=True)
class PageMetadata:
    """The fields of trafilatura's `Document` storyline reads, as its `extract_metadata` leaves them."""

    title: str | None = None
    author: str | None = None
    url: str | None = None
    date: str | None = None
    sitename: str | None = None


def page_metadata(tree: HtmlElement, url: str | None, date_params: dict[str, Any]) -> PageMetadata:
    """`trafilatura.metadata.extract_metadata(tree, url, date_params)`'s title, author, url, date
    and site name, without its categories, tags and licence."""
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_author,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    document = examine_meta(tree)
    if document.author and " " not in document.author:
        document.author = None
    try:
        document = extract_meta_json(tree, document)
    except Exception as exc:  # trafilatura's own guard around its JSON-LD reader ("bugs in json_metadata.py")
        log.debug("error in trafilatura's JSON metadata extraction: %s", exc)
    if not document.title:
        document.title = extract_title(tree)
    if not document.author:
        document.author = extract_author(tree)
    if not document.url:
        document.url = extract_url(tree, url)
    document.date = find_date(tree, **{**date_params, "url": document.url})
    if not document.sitename:
        document.sitename = extract_sitename(tree)
    if document.sitename:
        document.sitename = document.sitename.lstrip("@")
        if document.sitename and "." not in document.sitename and not document.sitename[0].isupper():
            document.sitename = document.sitename.title()
    elif document.url and (found := META_URL.match(document.url)):
        document.sitename = found[1]
    document.filedate = date_params.get("max_date")
    document.clean_and_trim()
    return PageMetadata(document.title, document.author, document.url, document.date, document.sitename)
