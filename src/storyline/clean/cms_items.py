"""Which schema.org item a field belongs to, and the story fields of Arc XP's Fusion state.

A page marks more than its own article: a picture's microdata item has its photographer as `author` and
its upload day as `datePublished`; a recommended story's JSON-LD node has its own author. Those fields
describe the other item, not the page's article. Arc XP (Fusion) pages write the story's publication
day and credits only in the `Fusion.globalContent` object of their state script.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from storyline.rules import words

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def in_media_item(element: HtmlElement) -> bool:
    """Whether the element's nearest enclosing microdata item (`itemscope`) is an embedded item
    (rules/datelines.toml [item_types]: schema.org's MediaObject and its subtypes, a comment, an event): a
    picture's `author` is its photographer, its `datePublished` the picture's, neither the article's."""
    kinds = words("datelines", "item_types")
    for scope in element.iterancestors():
        if scope.get("itemscope") is not None:
            kind = str(scope.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]
            return kind.casefold() in kinds
    return False


def other_items_authors(tree: HtmlElement, page: str | None) -> frozenset[str]:
    """The names the page credits only to another item: a media object's microdata author, and the
    author of a JSON-LD node that describes another page (html_meta.another_pages_node: a recommended
    story's NewsArticle beside the article's own)."""
    from storyline.clean.html_meta import _json_nodes, _named_nodes, _node_name, another_pages_node

    names: set[str] = set()
    for element in tree.xpath("//*[@itemprop='author']"):
        if in_media_item(element):
            names.add(" ".join(element.text_content().split()))
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(str(script))
        except ValueError:
            continue
        named = _named_nodes(data)
        for node in _json_nodes(data):
            if another_pages_node(node, page):
                value = node.get("author")
                for person in value if isinstance(value, list) else [value]:
                    if isinstance(name := _node_name(person, named), str):
                        names.add(" ".join(name.split()))
    return frozenset(n for n in names if n) | _navigation_only_names(tree)


# The links to the previous and next posts (HTML's rel="prev" / rel="next" link types; WordPress's
# the_post_navigation() prints them with each neighbour's title, date and author) and <nav> blocks
_NEIGHBOUR_LINKS = "//a[@rel='prev' or @rel='next'] | //nav"


def _navigation_only_names(tree: HtmlElement) -> frozenset[str]:
    """The author-classed names printed only inside the post navigation: a neighbouring post's author."""
    found = tree.xpath(_NEIGHBOUR_LINKS)
    blocks = [b for b in found if not any(a in found for a in b.iterancestors())]  # the outermost only
    if not blocks:
        return frozenset()
    inside = " ".join(" ".join(b.text_content().split()) for b in blocks)
    whole = " ".join(tree.text_content().split())
    names = {" ".join(e.text_content().split()) for b in blocks
             for e in b.xpath(".//*[contains(@class, 'author') or @rel='author']")}
    return frozenset(n for n in names if n and whole.count(n) == inside.count(n))


_FUSION_CONTENT = re.compile(r"Fusion\.globalContent\s*=\s*")


def fusion_story(tree: HtmlElement) -> dict[str, object]:
    """The `Fusion.globalContent` object of an Arc XP page's state script (Arc's ANS story: `display_date`,
    `first_publish_date`, `credits.by`; Arc XP's ANS schema, github.com/washingtonpost/ans-schema), or {}."""
    for script in tree.xpath("//script[not(@src)]/text()"):
        text = str(script)
        if "Fusion.globalContent" not in text or not (m := _FUSION_CONTENT.search(text)):
            continue
        try:
            data, _end = json.JSONDecoder().raw_decode(text, m.end())
        except ValueError:
            continue
        if isinstance(data, dict) and data.get("type") in ("story", "video", "gallery"):
            return data
    return {}


def fusion_published(tree: HtmlElement) -> str | None:
    """The story's first publication (ANS `first_publish_date`; `display_date` is the one an editor may move
    forward on an update, so it comes second)."""
    story = fusion_story(tree)
    for key in ("first_publish_date", "display_date"):
        if isinstance(value := story.get(key), str):
            return value
    return None


def fusion_authors(tree: HtmlElement) -> list[str]:
    """The names of the story's ANS `credits.by` (its writers; a picture's credits sit in its own item)."""
    credits = fusion_story(tree).get("credits")
    by = credits.get("by") if isinstance(credits, dict) else None
    return [" ".join(p["name"].split()) for p in by or [] if isinstance(p, dict) and isinstance(p.get("name"), str)]


def cms_dates(tree: HtmlElement) -> Iterator[tuple[str, str, str]]:
    """(day, field, raw value) of Arc's Fusion first publication, Parse.ly's parsely-page `pub_date` and an RDFa
    creation date (clean.cms_fields): fields some CMSs write instead of a meta published time, read after every
    other field of html_meta."""
    from storyline.clean.cms_fields import parsely_published, rdfa_published
    from storyline.clean.html_meta import iso_day

    for value, field in ((fusion_published(tree), "Fusion first_publish_date"), (parsely_published(tree), "parsely-page pub_date")):
        if value and (day := iso_day(value)):
            yield day, field, value
    for value in rdfa_published(tree):
        if day := iso_day(value):
            yield day, "rdfa creation date", value
