"""A body's name that the recognizer ran from a country's possessive ("Kenya's Office of the Controller of
Budget") is the body's own name; a firm named '… Works' is called by the words before 'Works' (branch
probe42's invented story; invented text only)."""
from __future__ import annotations

from storyline.extract.entities import find_mentions


def _names(nlp, text: str) -> list[str]:
    return [m.text for m in find_mentions(nlp(text), text) if m.label == "ORG"]


def test_a_countrys_possessive_is_no_part_of_a_bodys_name(nlp) -> None:
    for text in ("Malawi's Office of the Ombudsman has found that the water scheme, which was to serve three towns, "
                 "was never finished.",
                 "Nepal's Department of Roads has found that the highway, which is to link the hills to the plains, "
                 "was only a third paved by June."):
        names = _names(nlp, text)
        assert names and not any("'s" in n for n in names), names


def test_a_companys_possessive_keeps_its_name(nlp) -> None:
    text = "Harwick's Board of Directors met on Friday to approve the merger with Lowe Partners."
    names = _names(nlp, text)
    assert not any(n.startswith("Board") for n in names), names


def test_a_works_is_called_by_the_words_before_it() -> None:
    from conftest import entity_groups, make_entity
    from storyline.link.entity_merge import merge_entities

    merged = merge_entities({"a1": [make_entity("ORG", "Salween Steel Works")],
                             "a2": [make_entity("ORG", "Salween Steel")]})
    assert ["Salween Steel", "Salween Steel Works"] in entity_groups(merged)


def test_a_company_of_a_country_is_one_name_and_of_a_city_where_it_is_based(nlp) -> None:
    from storyline.extract.mention_spans import _of_country

    text = "Power Transmission Company of Kenya said it had finished the upgrade of the Naivasha substation on May 28."
    assert "Power Transmission Company of Kenya" in _names(nlp, text)
    assert _of_country("company", "Kenya") and not _of_country("company", "Chicago") and not _of_country("inc", "Kenya")


def test_a_national_bodys_acronym_without_its_country() -> None:
    from storyline.extract.names import acronym_spellings

    assert "pdb" in acronym_spellings("Malawi Power Distribution Board")
    assert "wsc" in acronym_spellings("Lesotho Water and Sewerage Company")
    assert acronym_spellings("Malawi Power Distribution Board") >= {"mpdb"}
