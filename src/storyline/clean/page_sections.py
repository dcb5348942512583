"""The page's own section names: an author field naming one credits no one.

WordPress block and classic themes print the post's category as `<a rel="category tag">`, Open Graph
has `article:section` and schema.org `articleSection`. A site whose posts are all filed by one shared
account often names that account after the section it posts to, so the meta and JSON-LD author
field reads 'Nachrichten' or 'Noticias' (dates-dev dev: 1 page, the section also linked with
rel="category tag"; branch html35's invented pages: 6 of 6 in five languages). Only a one-word
author value is compared: columnists' own categories carry their two-word names.
"""
from __future__ import annotations

import json
import re

from lxml.html import HtmlElement

_CATEGORY_LINKS = "//a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')]"
_SECTION_META = ("//meta[translate(@property, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
                 "='article:section']/@content")
_JSON_LD_SECTION = re.compile(r'"articleSection"\s*:\s*(\[[^\]]*\]|"(?:[^"\\]|\\.)*")')


def section_names(tree: HtmlElement) -> frozenset[str]:
    """The casefolded names of the page's own sections: category links, article:section, articleSection."""
    names = [el.text_content() for el in tree.xpath(_CATEGORY_LINKS)]
    names += [str(v) for v in tree.xpath(_SECTION_META)]
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        for m in _JSON_LD_SECTION.finditer(str(script)):
            names += _json_strings(m.group(1))
    return frozenset(n for n in (" ".join(str(name).split()).casefold() for name in names) if n)


def _json_strings(value: str) -> list[str]:
    try:
        data = json.loads(value)
    except json.JSONDecodeError:
        return []
    items = data if isinstance(data, list) else [data]
    return [s for s in items if isinstance(s, str)]


def names_a_section(value: str, sections: frozenset[str]) -> bool:
    """Whether the author `value` is one word that is one of the page's `sections` (see the module)."""
    words = value.split()
    return len(words) == 1 and value.casefold() in sections
