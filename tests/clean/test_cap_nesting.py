"""cap_nesting is one loop now; it must cut exactly what the stack class it replaced cut."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.html_parse import _RAW_TEXT_END, _SELF_CLOSING_SIBLINGS, _TAG, _VOID, cap_nesting


def reference_cap(html: str, max_depth: int) -> str:
    """The scan before (main 6b0b4b5: `_Nesting`, `_after_tag`), folded into one function."""
    stack: list[tuple[str, bool]] = []
    counts: dict[str, int] = {}
    cut: list[tuple[int, int]] = []
    max_depth = max(1, max_depth)

    def pop() -> tuple[str, bool]:
        name, kept = stack.pop()
        counts[name] -= 1
        return name, kept

    pos = 0
    while (m := _TAG.search(html, pos)) is not None:
        if m.group(1):
            end = html.find("-->", m.end())
            pos = -1 if end < 0 else end + 3
        else:
            closing, name, attrs = m.group(2), m.group(3).lower(), m.group(4)
            pos = m.end()
            if closing:
                if counts.get(name):
                    while True:
                        popped, kept = pop()
                        if popped == name:
                            break
                    if not kept:
                        cut.append(m.span())
            elif not (name in _VOID or attrs.endswith("/")):
                if name in _SELF_CLOSING_SIBLINGS and stack and stack[-1][0] == name:
                    pop()
                kept = len(stack) < max_depth
                if not kept:
                    cut.append(m.span())
                stack.append((name, kept))
                counts[name] = counts.get(name, 0) + 1
                end_pattern = _RAW_TEXT_END.get(name)
                if end_pattern is not None:
                    raw_end = end_pattern.search(html, m.end())
                    pos = -1 if raw_end is None else raw_end.start()
        if pos < 0:
            break
    parts, at = [], 0
    for start, end in cut:
        parts.append(html[at:start])
        at = end
    return "".join(parts) + html[at:]


DEEP = ("<html><body>" + "<div class='w'><section>" * 300 + "<p>deep<p>deeper<li>x<li>y<br><img src=a/>"
        "<script>var s='<div><div>';</script><!-- <div> --><TITLE>t</title><b>z</B>" + "</section></div>" * 310
        + "</p></body></html>")


@pytest.mark.parametrize("cap", [1, 2, 7, 299, 300, 301, 400, 2048])
def test_a_deeply_nested_page_is_cut_as_before(cap: int) -> None:
    assert cap_nesting(DEEP, cap) == reference_cap(DEEP, cap)
    assert (cap_nesting(DEEP, cap) == DEEP) == (cap == 2048)  # 600 wrappers deep


_PIECES = ["<div>", "</div>", "<p>", "</p>", "<li>", "<span a='1'>", "</span>", "<br>", "<img/>", "<b/>",
           "<script>", "</script>", "<style>", "</STYLE>", "<!--", "-->", "<DIV>", "</x>", "<", ">", "text", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.integers(1, 8))
def test_random_markup_is_cut_as_before(pieces: list[str], cap: int) -> None:
    html = "".join(pieces)
    assert cap_nesting(html, cap) == reference_cap(html, cap)


def test_reference_matches_the_documented_examples() -> None:
    assert reference_cap("<div><div><div><p>deep</p></div></div></div>", 2) == "<div><div>deep</div></div>"
    assert re.fullmatch(r"(<div>)+x", cap_nesting("<div>" * 5 + "x", 3)) is not None
