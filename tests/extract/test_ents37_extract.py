"""Branch ents37 (invented stories, invented text): a town placed by its distance from another place."""

from __future__ import annotations

from storyline.extract.entities import Mention, link_mentions
from storyline.extract.mention_labels import correct_labels


def _at(body: str, text: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Mention(start, start + len(text), text, label)


def test_a_name_placed_by_a_distance_is_a_place_not_the_company_named_after_it() -> None:
    body = (
        "Shares in Korrumbin Graphite fell again. Korrumbin, a farming town 180 kilometres (112 miles) north of "
        "Dunmarra, gave the miner its name."
    )
    tagged = [_at(body, "Korrumbin Graphite", "PERSON"), _at(body, "Korrumbin", "PERSON", 1)]
    labels = correct_labels(tagged, body)
    assert labels[1].label == "GPE"
    assert sorted(e.name for e in link_mentions(labels)) == ["Korrumbin", "Korrumbin Graphite"]


def test_a_distance_without_a_bearing_phrase_says_nothing() -> None:
    body = "Shares in Korrumbin Graphite fell. Korrumbin, a partner 40 km away, said nothing."
    tagged = [_at(body, "Korrumbin Graphite", "ORG"), _at(body, "Korrumbin", "ORG", 1)]
    assert [m.label for m in correct_labels(tagged, body)] == ["ORG", "ORG"]
