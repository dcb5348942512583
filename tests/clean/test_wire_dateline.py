"""The one wire-dateline shape that the outlet, parsing and entity stages share."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.clean.wire_dateline import opening_dateline, wire_datelines


@pytest.mark.parametrize(("paragraph", "place", "credit"), [
    ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "AP"),
    ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — A debate.", "HEMPSTEAD", "UPI"),
    ("BEIJING, Dec. 3 (Xinhua) -- China said.", "BEIJING", "Xinhua"),
    ("HEMPSTEAD, N.Y. ― If it worked, it might work again.", "HEMPSTEAD", None),
    ("NAIROBI, Kenya (AP) _", "NAIROBI", "AP"),
    ("SÃO PAULO (Reuters) - Brazil's central bank held rates.", "SÃO PAULO", "Reuters"),
])
def test_reads_the_place_and_credit_of_a_wire_dateline(paragraph: str, place: str, credit: str | None) -> None:
    found = opening_dateline(paragraph)
    assert found is not None
    assert paragraph[found.place_start:found.place_end] == place
    assert found.credit == credit


@pytest.mark.parametrize("paragraph", [
    "US - China talks resumed on Monday.",          # two capitals: a compound
    "KL -RRB- said its shares rose.",               # a tokenised bracket is no place
    "NATO, the alliance, met on Monday.",           # an acronym and a comma, no dash
    # title case is not the AP form; only a bracketed credit makes it a dateline (AFP's clients' form, lead36)
    "Washington — title case is not the AP form.",
])
def test_refuses_what_is_no_wire_dateline(paragraph: str) -> None:
    assert opening_dateline(paragraph) is None


def test_finds_datelines_that_open_later_lines_only() -> None:
    text = "Headline here\nPARIS (AFP) — France said.\nIt said PARIS (AFP) — in the middle."
    found = list(wire_datelines(text))
    assert [text[f.place_start:f.place_end] for f in found] == ["PARIS"]
    assert text[found[0].end:].startswith("France said.")


@given(st.text(max_size=200))
def test_spans_lie_inside_the_text(text: str) -> None:
    for found in wire_datelines(text):
        assert 0 <= found.start <= found.place_start < found.place_end <= found.end <= len(text)
