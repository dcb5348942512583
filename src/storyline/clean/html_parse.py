"""Turn untrusted HTML text into an lxml tree, safely.

Two hazards shape this module:

* The stdlib `html.parser` is quadratic on unclosed tags (33 s on ``"<a " * 20000``), so it is
  never used; lxml (libxml2) parses everything.
* libxml2 silently DROPS whatever sits deeper than 256 elements (2048 with ``huge_tree``): a page
  wrapped in 1,000 ``<div>`` loses its article text. Deep trees also make recursive Python code
  (in trafilatura and our own rules) blow the stack. So before parsing, `cap_nesting` removes the
  tags that open beyond ``max_depth`` (their text stays, only the wrapping goes), in one linear
  scan, and the parser runs with ``huge_tree`` so a capped depth of up to 2048 survives intact.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.errors import EmptyInputError, MalformedInputError

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# A tag's text never crosses '<' or '>': bounding the attribute run this way keeps every match
# attempt local, so the whole scan is linear even on "<a " * 20000 (no closing '>' anywhere).
_TAG = re.compile(r"<(?:(!--)|(/?)([A-Za-z][A-Za-z0-9:._-]*)([^<>]*)>)")
_RAW_TEXT_END = {"script": re.compile(r"</script", re.I), "style": re.compile(r"</style", re.I),
                 "textarea": re.compile(r"</textarea", re.I), "title": re.compile(r"</title", re.I)}
# Elements that never hold children: they do not deepen the tree.
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "basefont", "frame", "keygen", "isindex"])
# Elements HTML closes implicitly when a sibling of the same name opens (<p>a<p>b, <li>x<li>y):
# without this, sloppy pages full of unclosed <p> would look thousands of levels deep.
_SELF_CLOSING_SIBLINGS = frozenset(["p", "li", "dt", "dd", "option", "tr", "td", "th"])
# XML 1.0 forbids these characters; lxml raises ValueError on them instead of parsing.
_INVALID_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# libxml2's own ceiling with huge_tree (measured with libxml2 2.14: depth 3000 kept 2048 levels).
LIBXML_HUGE_DEPTH = 2048


def cap_nesting(html: str, max_depth: int) -> str:
    """Return `html` with every tag that would nest deeper than `max_depth` removed.

    Text is kept; only the markup beyond the cap goes, so content deep in a pathological page
    ends up flattened into its deepest kept ancestor. Linear in len(html): one scan keeping the
    open-element stack. One loop with no call per tag (it was a stack class and a function per
    tag): 0.13 -> 0.10 s of CPU on the 90 extraction-dev pages, the same output on them and on
    random markup (tests/clean/test_html.py).
    """
    max_depth = max(1, max_depth)
    stack: list[tuple[str, bool]] = []  # (tag name, kept in the output?)
    counts: dict[str, int] = {}  # open elements by name
    cut: list[tuple[int, int]] = []  # spans of the tags to delete
    pos = 0
    while (m := _TAG.search(html, pos)) is not None:
        comment, closing, name, attrs = m.groups()
        pos = m.end()
        if comment:  # <!-- comment: skip to its end without looking for tags inside
            end = html.find("-->", pos)
            if end < 0:
                break
            pos = end + 3
            continue
        name = name.lower()
        if closing:
            if counts.get(name):  # else a stray end tag: the parser ignores it too
                while True:
                    popped, kept = stack.pop()
                    counts[popped] -= 1
                    if popped == name:
                        break
                if not kept:
                    cut.append(m.span())
            continue
        if name in _VOID or attrs.endswith("/"):
            continue
        if name in _SELF_CLOSING_SIBLINGS and stack and stack[-1][0] == name:
            counts[stack.pop()[0]] -= 1
        kept = len(stack) < max_depth
        if not kept:
            cut.append(m.span())
        stack.append((name, kept))
        counts[name] = counts.get(name, 0) + 1
        end_pattern = _RAW_TEXT_END.get(name)
        if end_pattern is not None:  # script/style text may hold "<div>" strings
            raw_end = end_pattern.search(html, pos)
            if raw_end is None:
                break
            pos = raw_end.start()
    return _delete_spans(html, cut) if cut else html


def _delete_spans(html: str, spans: list[tuple[int, int]]) -> str:
    parts, pos = [], 0
    for start, end in spans:
        parts.append(html[pos:start])
        pos = end
    parts.append(html[pos:])
    return "".join(parts)


def parse_html(html: str, *, max_depth: int = 400) -> HtmlElement:
    """Parse untrusted HTML into an lxml tree, nesting capped at `max_depth`.

    Raises EmptyInputError when nothing but whitespace/control characters is left, and
    MalformedInputError when no element tree can be built at all (e.g. only a comment).
    """
    import lxml.etree
    import lxml.html

    text = _INVALID_XML_CHARS.sub("", html)
    if not text.strip():
        raise EmptyInputError(f"no HTML to parse: the input ({len(html)} characters) is empty or "
                              "only whitespace/control characters", fix="skip the document")
    text = cap_nesting(text, min(max_depth, LIBXML_HUGE_DEPTH))
    # Same options as trafilatura's own parser (so extraction quality is unchanged), plus
    # huge_tree so depth up to the cap is kept rather than silently cut at 256. Parsing UTF-8
    # bytes with the encoding forced: lxml refuses str input that carries an XML encoding
    # declaration, and a page's <meta charset> must not re-decode text already decoded.
    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True,
                                  remove_pis=True, huge_tree=True, encoding="utf-8")
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise MalformedInputError(f"cannot parse HTML ({len(html)} characters): {exc}",
                                  fix="pass an HTML document with at least one element") from None
    return tree
