"""Span payloads at the store's edge: every typed payload survives its stored JSON form and a real
store (SQLite; PostgreSQL with STORYLINE_TEST_PG_URL), and stored maps are read back without loss."""
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import make_article, pg_database, pg_server_url
from storyline.model import Span
from storyline.payloads import (
    Attributes,
    CitationPayload,
    ClaimPayload,
    MentionPayload,
    Payload,
    QuotePayload,
    TimexPayload,
    decode_payload,
    encode_payload,
)
from storyline.store import open_store
from storyline.store.sql import SqlStore

text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
maybe_text = st.none() | text
maybe_int = st.none() | st.integers(-10**9, 10**9)
# claim keywords and figures are single words (lemmas, "52%"): stored joined by one space
word = st.text(st.characters(blacklist_categories=("Cs", "Zs", "Cc"), blacklist_characters="\x00 "),
               min_size=1, max_size=12)
words = st.lists(word, max_size=5).map(tuple)

payloads = st.one_of(
    st.builds(MentionPayload, maybe_text, maybe_int),
    st.builds(QuotePayload, text, maybe_text, maybe_text, text, maybe_int, maybe_int, maybe_text, maybe_int,
              maybe_int, maybe_text, text),
    st.builds(TimexPayload, text, maybe_text, maybe_text, st.booleans()),
    st.builds(ClaimPayload, text, st.booleans(), text, text, maybe_text, maybe_text, words, maybe_text, text,
              maybe_text, maybe_text, maybe_text, words),
    st.builds(CitationPayload, text, maybe_text),
)
LABELS = {MentionPayload: ("PERSON", "entities"), QuotePayload: ("QUOTE", "quotes"),
          TimexPayload: ("TIMEX", "times"), ClaimPayload: ("CLAIM", "claims"),
          CitationPayload: ("CITATION", "citations")}


def _span(payload: Payload, start: int = 0) -> Span:
    label, stage = LABELS[type(payload)]
    return Span(start, start + 1, label, stage, "x", payload)


@given(payloads)
def test_stored_json_reads_back_as_the_same_payload(payload: Payload) -> None:
    label, stage = LABELS[type(payload)]
    stored = json.loads(json.dumps(encode_payload(payload)))
    assert decode_payload(label, stage, stored) == payload


@given(st.sampled_from([("QUOTE", "quotes"), ("TIMEX", "times"), ("CLAIM", "claims"), ("ORG", "entities"),
                        ("CITATION", "citations"), ("NOTE", "other")]),
       st.dictionaries(st.sampled_from(["value", "ref", "negated", "keywords", "outlet", "x"]),
                       st.none() | st.sampled_from(["", "true", "01", "7", "a  b", " a"]), max_size=4))
def test_no_stored_map_loses_anything(label_stage: tuple[str, str], stored: dict) -> None:
    """Whatever map a row holds, its payload gives back every stored key with the same value."""
    payload = decode_payload(*label_stage, stored)
    back = encode_payload(payload)
    assert {k: back[k] for k in stored} == stored


def test_old_rows_read_as_typed_payloads() -> None:
    """The maps extraction stored before payloads existed (strings, "true"/"false") read back typed."""
    quote = {"kind": "direct", "speaker_name": "Ana Verlo", "speaker_descriptor": None, "speaker_kind": "person",
             "speaker_start": "40", "speaker_end": "49", "cue": "say", "cue_start": "50", "cue_end": "54",
             "said_at": "2023-03-13", "said_at_basis": "on or before the publication date"}
    assert decode_payload("QUOTE", "quotes", quote) == QuotePayload(
        "direct", "Ana Verlo", None, "person", 40, 49, "say", 50, 54, "2023-03-13", "on or before the publication date")
    claim = decode_payload("CLAIM", "claims", {"predicate": "offer", "negated": "true", "keywords": "offer amnesty"})
    assert claim == ClaimPayload("offer", negated=True, keywords=("offer", "amnesty"))
    assert decode_payload("TIMEX", "times", {"anchored": "yes"}) == Attributes((("anchored", "yes"),))
    assert decode_payload("ORG", "entities", {"name": "UN", "ref": "02"}) == Attributes((("name", "UN"), ("ref", "02")))


def test_spans_without_payload_take_their_labels_defaults() -> None:
    assert Span(0, 1, "QUOTE", "quotes").payload == QuotePayload()
    assert Span(0, 1, "NOTE", "other").payload == Attributes()
    assert Span(0, 1, "TIMEX", "times", "x", {"value": "2019"}).timex == TimexPayload(value="2019")
    assert Span(0, 1, "TIMEX", "times").quote is None


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[SqlStore]:
    urls = iter([f"sqlite:///{tmp_path / 'store.db'}"]) if request.param == "sqlite" else pg_database(pg_server_url())
    with open_store(next(urls)) as opened:
        yield opened
    next(urls, None)  # drops the PostgreSQL test database


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(payloads, min_size=1, max_size=4))
def test_payloads_round_trip_through_the_store(store: SqlStore, found: list[Payload]) -> None:
    spans = [_span(p, i) for i, p in enumerate(found)]
    article = make_article("x" * 10 + json.dumps(repr(found)), spans=spans)
    store.save_article(article)
    assert store.get_article(article.id).spans == spans
    assert [s for a, s in store.list_spans("QUOTE", limit=500) if a == article.id] == [
        s for s in spans if s.label == "QUOTE"]
