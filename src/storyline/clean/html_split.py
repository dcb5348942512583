"""Article bodies split into several containers by ad rows.

Some layouts cut one article body into sibling blocks that share a class such as
``article__body`` with an advertisement row between them; trafilatura then keeps only the first
block (on extraction-dev one page lost 55 % of its text this way). When the block holding most of
the extracted paragraphs has a body-like class and other blocks of the same tag and exactly the
same class exist, their paragraphs are added in document order.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.clean.html_rules import headline_key

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Only classes that name an article body: on extraction-dev, generic shared classes ("row",
# "span12", "text-description") joined related-story teasers instead of body text.
_BODY_CLASS = re.compile(r"(?:^|[\s_-])(?:article|story|post|entry)?[_-]*body(?:$|[\s_-])", re.I)
# The extracted text must sit in the block at least this often, so a stray match is ignored.
MIN_PARAGRAPHS_IN_BLOCK = 2


def add_split_blocks(tree: HtmlElement, paragraphs: list[str]) -> list[str]:
    """`paragraphs` with those of sibling body blocks the extraction missed, in page order."""
    keys = {headline_key(p) for p in paragraphs}
    main = _main_block(tree, keys)
    if main is None:
        return paragraphs
    before: list[str] = []
    after: list[str] = []
    seen_main = False
    for block in tree.iter(main.tag):
        if block is main:
            seen_main = True
        elif block.get("class") == main.get("class"):
            (after if seen_main else before).extend(_block_paragraphs(block, keys))
    return before + paragraphs + after


def _main_block(tree: HtmlElement, keys: set[str]) -> HtmlElement | None:
    """The parent of most extracted <p>s, if it has a body-like class."""
    counts: dict[HtmlElement, int] = {}
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is not None and headline_key(p.text_content()) in keys:
            counts[parent] = counts.get(parent, 0) + 1
    if not counts:
        return None
    main = max(counts, key=counts.__getitem__)
    body_like = _BODY_CLASS.search(main.get("class") or "") is not None
    return main if body_like and counts[main] >= MIN_PARAGRAPHS_IN_BLOCK else None


def _block_paragraphs(block: HtmlElement, keys: set[str]) -> list[str]:
    texts = (" ".join(p.text_content().split()) for p in block.iter("p"))
    return [t for t in texts if t and headline_key(t) not in keys]
