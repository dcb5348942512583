"""visible_lines walks the tree once; it must give what the copy-and-drop rendering it replaced gave."""
from __future__ import annotations

import copy
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.html_parse import parse_html
from storyline.clean.page_head import _BLOCKS, visible_lines

_INVISIBLE = "//script|//style|//noscript|//template|//svg|//head"


def copied_lines(tree: object) -> list[str]:
    """The rendering before (main 6b0b4b5): a copy, invisible elements dropped (tails kept),
    newlines written into every block element's text and tail, then text_content()."""
    body = copy.deepcopy(tree)
    for node in body.xpath(_INVISIBLE):  # type: ignore[attr-defined]
        node.drop_tree()
    for node in body.iter():  # type: ignore[attr-defined]
        if isinstance(node.tag, str) and node.tag.lower() in _BLOCKS:
            node.tail = "\n" + (node.tail or "")
            node.text = "\n" + (node.text or "")
    text = body.text_content()  # type: ignore[attr-defined]
    return [line for line in (re.sub(r"\s+", " ", raw).strip() for raw in text.split("\n")) if line]


PAGES = [
    # hidden elements first, in the middle and last among their siblings, nested, with tails
    "<html><head><title>T</title></head><body><script>var a = '<div>x</div>';</script>lead "
    "<DIV>one<noscript>no <p>js</p></noscript> after<SPAN>in line</SPAN> tail<style>p{}</style></DIV>"
    "<svg><text>chart</text></svg>below the chart<template><p>t</p></template></body></html>",
    # blocks inside inline elements, breaks, empty blocks, odd whitespace (no-break, \x1c, tabs)
    "<html><body><b>bold<p>para\u00a0one\x1c two</p>still bold</b><br>after break<hr/><ul><li>a<li>b"
    "</ul><div></div><div>\t \n</div><td>cell</td>end</body></html>",
    "<p>no html or body element at all <time>12 May</time> by Ann</p>text after",
]


@pytest.mark.parametrize("page", PAGES)
def test_visible_lines_equal_the_copied_rendering(page: str) -> None:
    tree = parse_html(page)
    before = copy.deepcopy(tree)
    assert visible_lines(tree) == copied_lines(tree)
    assert parse_html_text(tree) == parse_html_text(before)  # the tree is not changed


def parse_html_text(tree: object) -> bytes:
    import lxml.html

    return lxml.html.tostring(tree)  # type: ignore[arg-type]


_TAGS = ["div", "p", "span", "b", "script", "style", "noscript", "svg", "li", "br", "td", "em", "template"]


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(st.sampled_from(_TAGS))
            inner = draw(markup(depth + 1)) if tag not in ("script", "style") else draw(st.text("ab <>/", max_size=8))
            parts.append(f"<{tag.upper() if draw(st.booleans()) else tag}>{inner}</{tag}>")
        else:
            parts.append(draw(st.text("ab \n\t\u00a0", max_size=6)))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(markup())
def test_visible_lines_equal_the_copied_rendering_on_random_markup(body: str) -> None:
    tree = parse_html(f"<html><head><title>x</title></head><body>{body} end</body></html>")
    assert visible_lines(tree) == copied_lines(tree)


def words_below(lines: list[str], headline: str, skip_first: bool) -> list[str]:
    """below_headline before (main 6b0b4b5): every line split into words."""
    from storyline.clean.page_head import BELOW_HEADLINE_LINES, _is_headline, _words

    probe, out = _words(headline), []
    for i, line in enumerate(lines):
        if probe and (i or not skip_first) and _is_headline(_words(line), probe):
            out += [below for below in lines[i + 1: i + 1 + BELOW_HEADLINE_LINES] if below not in out]
    return out


_LINE_WORDS = ["Ölpreis", "ÖLPREIS", "steigt", "Straße", "STRASSE", "by", "Ann", "x1", "—", "ﬁre", "fire", "İstanbul"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_LINE_WORDS), min_size=1, max_size=5).map(" ".join), max_size=12),
       st.lists(st.sampled_from(_LINE_WORDS), max_size=5).map(" ".join), st.booleans())
def test_below_headline_finds_the_lines_splitting_every_line_found(lines: list[str], headline: str,
                                                                    skip_first: bool) -> None:
    from storyline.clean.page_head import below_headline

    assert below_headline(lines, headline, skip_first=skip_first) == words_below(lines, headline, skip_first)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" ", "\u3000", "\u00a0", "来源", "作者", "：", ":", "（", "X", "2024"]), max_size=14))
def test_the_credit_split_takes_whole_runs_of_blanks_as_the_backtracking_form_did(parts):
    """The split before a CJK credit label reads a run of blanks once (no quadratic back-off on a
    line of 50,000 blanks) and splits exactly where the backtracking pattern did."""
    import re

    from storyline.clean.page_head import _cjk_parts
    from storyline.rules import word_sequence

    line = "".join(parts)
    labels = "|".join(re.escape(w) for w in (*word_sequence("bylines", "cjk_author_labels"), "来源", "來源"))
    before = re.compile(rf"\s+(?=[（(]?\s*(?:{labels})\s*[：:])")
    assert _cjk_parts().split(line) == before.split(line)


def test_a_chinese_credit_label_before_a_slash():
    """'文/王小明' (Chinese pages' 'text/NAME' credit) and Japanese '文・写真：NAME' (branch htmlmeta2)."""
    from storyline.clean.page_head import cjk_credit

    assert cjk_credit("文/王小明") == ("王小明",)
    assert cjk_credit("文・写真：山本花子") == ("山本花子",)
