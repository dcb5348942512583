"""Branch ents33's invented stories: a company name the recognizer tagged a person's, stopped before its
legal designator or taken with it (Malaysian 'Berhad' / 'Sdn Bhd'; invented names only)."""
from __future__ import annotations

from storyline.extract.entities import Mention, link_mentions
from storyline.extract.org_spans import designated_names

_BODY = ("Imports from Kelmara Estates Berhad were barred. The order also covers Kelmara Estates Mill Sdn Bhd, "
         "its refining arm. Kelmara Estates said it disputes the finding. Hollin Yard Co-op was not named.")


def _at(text: str, label: str) -> Mention:
    start = _BODY.index(text)
    return Mention(start, start + len(text), text, label)


def test_a_name_stopped_before_its_designator_is_the_company() -> None:
    found = designated_names([_at("Kelmara Estates", "PERSON")], _BODY)
    assert [(m.text, m.label) for m in found] == [("Kelmara Estates Berhad", "ORG")]


def test_a_company_with_its_designator_tagged_a_person_is_an_organisation() -> None:
    found = designated_names([_at("Kelmara Estates Mill Sdn Bhd", "PERSON")], _BODY)
    assert [(m.text, m.label) for m in found] == [("Kelmara Estates Mill Sdn Bhd", "ORG")]


def test_the_company_and_its_subsidiary_stay_two() -> None:
    said = _BODY.index("Kelmara Estates said")
    tagged = [_at("Kelmara Estates", "PERSON"), _at("Kelmara Estates Mill Sdn Bhd", "PERSON"),
              Mention(said, said + 15, "Kelmara Estates", "PERSON")]
    linked = link_mentions(designated_names(tagged, _BODY))
    assert sorted(e.name for e in linked if e.label == "ORG") == ["Kelmara Estates Berhad", "Kelmara Estates Mill Sdn Bhd"]


def test_a_word_opening_with_a_designators_letters_is_no_designator() -> None:
    tagged = [_at("Hollin Yard", "PERSON")]
    assert designated_names(tagged, _BODY) == tagged
