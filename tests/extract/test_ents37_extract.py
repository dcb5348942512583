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


def test_a_paper_named_after_a_place_and_cut_to_the_place_is_the_paper() -> None:
    from storyline.extract.paper_names import paper_names

    body = "The Marlow Reporter said on Friday that the studio had agreed. Marlow is a small town."
    fixed = paper_names([_at(body, "Marlow", "GPE"), _at(body, "Marlow", "GPE", 1)], body)
    assert [(m.text, m.label) for m in fixed] == [("The Marlow Reporter", "ORG"), ("Marlow", "GPE")]


def test_a_paper_tagged_a_building_is_the_paper_but_a_person_inside_stays() -> None:
    from storyline.extract.paper_names import paper_names

    body = "Photographs in the Ostley Gazette upset parents. A letter to the Edith Marsh Herald followed."
    fixed = paper_names([_at(body, "the Ostley Gazette", "FAC"), _at(body, "Edith Marsh", "PERSON")], body)
    assert [(m.text, m.label) for m in fixed] == [("Ostley Gazette", "ORG"), ("Edith Marsh", "PERSON")]


def test_a_mastheads_initials_count_its_the() -> None:
    body = "The Marlow Reporter said the deal was close. According to TMR, talks resume on Monday."
    mentions = [_at(body, "The Marlow Reporter", "ORG"), _at(body, "TMR", "ORG")]
    assert [len(e.mentions) for e in link_mentions(mentions)] == [2]
