"""Pure layout code of the web UI: body highlighting and the timeline axis."""
from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from storyline.model import Span
from storyline.serve.axis import in_window, layout
from storyline.serve.highlight import marks_for, paragraphs

BODY = "Maduro said “we will see” on Monday.\n\nSecond paragraph, no spans."


def _spans() -> list[Span]:
    return [Span(0, 6, "PERSON", "entities", "Maduro", {"name": "Nicolás Maduro"}),
            Span(12, 25, "QUOTE", "quotes", "“we will see”", {"speaker_name": "Maduro"}),
            Span(29, 35, "TIMEX", "times", "Monday", {"value": "2019-05-06"}),
            Span(0, 36, "CLAIM", "claims", "Maduro said …", {})]


def test_segments_cover_each_paragraph_exactly() -> None:
    paras = paragraphs(BODY, marks_for(_spans()))
    assert ["".join(s.text for s in p) for p in paras] == BODY.split("\n\n")
    first = {s.text: s for s in paras[0]}
    assert first["Maduro"].classes == "hl-entity hl-person" and first["Maduro"].note == "PERSON · Nicolás Maduro"
    assert first["“we will see”"].classes == "hl-quote" and first["“we will see”"].anchor == "q-12"
    assert first["Monday"].note == "time · 2019-05-06"
    assert [s.classes for s in paras[1]] == [""]  # claims are not highlighted


def test_overlapping_spans_split_into_pieces_with_both_marks() -> None:
    spans = [Span(0, 20, "QUOTE", "quotes", "", {}), Span(5, 11, "ORG", "entities", "", {"name": "Ministry"})]
    segments = paragraphs("The Ministry said no to it.", marks_for(spans, {(5, 11): "e7"}))[0]
    assert [(s.text, s.classes, s.entity) for s in segments] == [
        ("The M", "hl-quote", None), ("inistr", "hl-entity hl-org hl-quote", "e7"),
        ("y said no", "hl-quote", None), (" to it.", "", None)]


def test_spans_past_the_body_or_empty_are_harmless() -> None:
    spans = [Span(3, 3, "TIMEX", "times", "", {}), Span(5, 999, "QUOTE", "quotes", "", {})]
    segments = paragraphs("short text", marks_for(spans))[0]
    assert "".join(s.text for s in segments) == "short text"


def test_hostile_label_becomes_a_plain_class_name() -> None:
    mark = marks_for([Span(0, 1, '"><script>', "entities", "x", {})])[0]
    assert mark.classes == "hl-entity hl-script"


def _entries() -> list[dict]:
    return [{"date": "2019", "precision": "year", "summary": "a year", "sources": [{}], "contradicted": []},
            {"date": "2019-07-23", "precision": "day", "summary": "a day", "sources": [{}, {}], "contradicted": [0]},
            {"date": "2025-01", "precision": "month", "summary": "later", "sources": [], "contradicted": []}]


def test_years_long_span_gets_year_ticks_and_every_entry() -> None:
    axis = layout(_entries(), ["2019-07-24", "2025-01-10", None])
    assert [t.label for t in axis.ticks][:2] == ["2019", "2020"] and len(axis.ticks) <= 12
    assert [m.index for m in axis.markers] == [0, 1, 2] and axis.hidden == 0
    bar, dot = axis.markers[0], axis.markers[1]
    assert bar.bar and not dot.bar and dot.contradicted and dot.sources == 2
    assert 0 <= bar.x < dot.x < axis.markers[2].x <= axis.width
    assert len(axis.rug) == 2 and not axis.zoomed and axis.zoom_out is None and axis.zoom_in


def test_zooming_into_a_month_hides_the_rest_and_shows_days() -> None:
    axis = layout(_entries(), [], "2019-07-01", "2019-07-31")
    assert axis.zoomed and axis.zoom_out and axis.hidden == 1
    assert {m.index for m in axis.markers} == {0, 1}  # the 2019 bar overlaps July
    assert all(t.label.endswith("Jul 2019") for t in axis.ticks)
    assert in_window(_entries(), axis.start, axis.end) == [0, 1]


def test_a_window_cannot_shrink_below_two_weeks() -> None:
    axis = layout(_entries(), [], "2019-07-23", "2019-07-23")
    assert axis.zoom_in is None and axis.start < "2019-07-23" < axis.end


def test_an_empty_timeline_still_lays_out() -> None:
    axis = layout([], [])
    assert axis.markers == [] and axis.ticks


def test_contradictions_sit_on_their_own_lane_when_dated() -> None:
    axis = layout(_entries(), [], contradictions=[("2019-07-23", "a vs b"), (None, "undated"), ("2030-01-01", "out")])
    assert [f.index for f in axis.flags] == [0] and axis.undated_flags == 1
    assert axis.flags[0].title == "contradiction 1: a vs b" and axis.flag_y > max(m.y for m in axis.markers)
    close = layout(_entries(), [], contradictions=[("2019-07-23", "a"), ("2019-07-24", "b"), ("2024-01-01", "c")])
    assert [(f.index, f.count) for f in close.flags] == [(0, 2), (2, 1)]
    assert close.flags[0].title == "contradiction 1: a\ncontradiction 2: b"


def test_whole_window_is_the_unzoomed_layouts() -> None:
    from storyline.serve.axis import whole_window

    entries = [{"date": "2019-05", "summary": "a", "sources": [], "contradicted": []},
               {"date": "2021-02-03", "summary": "b", "sources": [], "contradicted": []}]
    for published in ([], ["2019-06-01", None, "2022"], ["2020-01-01"]):
        for shown in (entries, entries[:1], []):
            axis = layout(shown, published)
            assert whole_window(shown, published) == (axis.start, axis.end)


@given(st.lists(st.floats(min_value=0, max_value=400, allow_nan=False), max_size=30))
def test_grouped_flags_keep_clear_of_a_count_label(xs: list[float]) -> None:
    from storyline.serve.axis import COUNT_LABEL_PX, MIN_GAP_PX, Flag, _grouped

    flags = _grouped([Flag(i, x, f"dispute {i}") for i, x in enumerate(xs)])
    assert sum(f.count for f in flags) == len(xs)  # every flag is drawn or counted
    for before, after in itertools.pairwise(flags):
        assert after.x - before.x >= MIN_GAP_PX
        if before.count > 1:
            assert after.x - before.x >= MIN_GAP_PX + COUNT_LABEL_PX
