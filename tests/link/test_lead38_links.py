"""The lead's thirty-eighth invented story: an offer's condition is the offered act's, and a state said in the
simple present holds when it is said (invented text only)."""
from __future__ import annotations

from pathlib import Path

from conftest import ingested_disputes

_OFFER = """NWS
World  U.S.  Politics  Business
Port authority offers to drop fines if mayor resigns
By LENA MARSH
Updated 4:12 PM EDT, June 12, 2023
HARLOW, Ore. (NWS) — The port authority has offered to drop its fines against the city of Harlow if Mayor Dana Whitt agrees to resign, two officials said Monday.
The officials spoke on condition of anonymity to discuss private talks.
The port authority has also offered a $2 million settlement to the city.
"""
_DENIAL = """CNX
Live TV  World  Politics
Harlow denies receiving offer
By Maria Lopez, CNX
Updated 5:23 PM EDT, Tue June 13, 2023
The city of Harlow on Tuesday denied that it had received any offer from the port authority.
"Harlow has received no offer from the port authority," city attorney Ruth Abara told CNX.
"""


def test_an_offer_with_a_condition_is_disputed_by_its_denial(tmp_path: Path) -> None:
    disputes = ingested_disputes(tmp_path, "offer", [_OFFER, _DENIAL])
    assert any("has offered to drop" in d["a"]["text"] + d["b"]["text"] for d in disputes)


def test_a_state_said_in_the_simple_present_holds_when_it_is_said() -> None:
    """'"There is no offer on the table," a spokesperson said Wednesday' holds that Wednesday, not at every
    time before it (lead38: it was set against an offer reported two years earlier)."""
    import datetime as dt

    from conftest import make_article_with_spans, make_claim_span
    from storyline.link.claim_time import scope_of
    from storyline.model import PublishedDate

    text = '"There is no offer on the table," a port authority spokesperson said Wednesday.'
    state = make_claim_span(0, text, "be", "negative", "spokesperson", "offer table", time="2025-02-19",
                            time_of="report")
    article = make_article_with_spans(text, state, published=PublishedDate("2025-02-19", "day"))
    assert scope_of(state, article).interval == (dt.date(2025, 2, 19), dt.date(2025, 2, 19))
    past = '"No offer was ever made," a port authority spokesperson said Wednesday.'
    ever = make_claim_span(0, past, "make", "negative", "spokesperson", "offer", time="2025-02-19", time_of="report")
    article = make_article_with_spans(past, ever, published=PublishedDate("2025-02-19", "day"))
    assert scope_of(ever, article).interval == (dt.date.min, dt.date(2025, 2, 19))


def test_a_bare_surname_tagged_a_place_joins_the_person_the_corpus_names_in_full() -> None:
    """lead38: 'Estévez's arrest' tagged GPE in articles that never write his full name."""
    from storyline.extract.entities import ArticleEntity, Mention
    from storyline.link.entity_merge import merge_entities

    def entity(label: str, name: str, *texts: str) -> ArticleEntity:
        texts = texts or (name,)
        return ArticleEntity(label, name, [Mention(20 * i, 20 * i + len(t), t, label) for i, t in enumerate(texts)])

    articles = {"a1": [entity("PERSON", "Tomás Ibáñez", "Tomás Ibáñez", "Ibáñez")],
                "a2": [entity("GPE", "Ibáñez")],
                "a3": [entity("PERSON", "Tomás Ibáñez", "Tomás Ibáñez", "Ibáñez"), entity("GPE", "Lima")]}
    groups = sorted(sorted({m.text for _, m in e.mentions}) for e in merge_entities(articles))
    assert groups == [["Ibáñez", "Tomás Ibáñez"], ["Lima"]]
