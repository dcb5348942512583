"""Branch ents33's invented stories: a company name the recognizer tagged a person's, stopped before its
legal designator or taken with it (Malaysian 'Berhad' / 'Sdn Bhd'); a body's name in another language (invented names only)."""
from __future__ import annotations

from storyline.extract.entities import Mention, link_mentions

_BODY = ("Imports from Kelmara Estates Berhad were barred. The order also covers Kelmara Estates Mill Sdn Bhd, "
         "its refining arm. Kelmara Estates said it disputes the finding. Hollin Yard Co-op was not named.")


def _at(text: str, label: str) -> Mention:
    start = _BODY.index(text)
    return Mention(start, start + len(text), text, label)


def test_a_name_stopped_before_its_designator_is_the_company() -> None:
    from storyline.extract.org_spans import designated_names

    found = designated_names([_at("Kelmara Estates", "PERSON")], _BODY)
    assert [(m.text, m.label) for m in found] == [("Kelmara Estates Berhad", "ORG")]


def test_a_company_with_its_designator_tagged_a_person_is_an_organisation() -> None:
    from storyline.extract.org_spans import designated_names

    found = designated_names([_at("Kelmara Estates Mill Sdn Bhd", "PERSON")], _BODY)
    assert [(m.text, m.label) for m in found] == [("Kelmara Estates Mill Sdn Bhd", "ORG")]


def test_the_company_and_its_subsidiary_stay_two() -> None:
    from storyline.extract.org_spans import designated_names

    said = _BODY.index("Kelmara Estates said")
    tagged = [_at("Kelmara Estates", "PERSON"), _at("Kelmara Estates Mill Sdn Bhd", "PERSON"),
              Mention(said, said + 15, "Kelmara Estates", "PERSON")]
    linked = link_mentions(designated_names(tagged, _BODY))
    assert sorted(e.name for e in linked if e.label == "ORG") == ["Kelmara Estates Berhad", "Kelmara Estates Mill Sdn Bhd"]


def test_a_word_opening_with_a_designators_letters_is_no_designator() -> None:
    from storyline.extract.org_spans import designated_names

    tagged = [_at("Hollin Yard", "PERSON")]
    assert designated_names(tagged, _BODY) == tagged


def test_a_bodys_name_in_another_language_is_a_mention_of_the_body() -> None:
    from storyline.extract.stated_names import stated_names

    body = ("The Fair Trading Board, known in Kiswahili as Bodi ya Biashara Haki, raided two brokers. Officials of "
            "Bodi ya Biashara Haki said more raids would follow. The Coffee Levy Office (CLO), known in Malay as "
            "Pejabat Levi Kopi, agreed. Pejabat Levi Kopi said so.")
    board, office, clo = body.index("Fair Trading Board"), body.index("Coffee Levy Office"), body.index("CLO")
    named = [Mention(board, board + 18, "Fair Trading Board", "ORG"), Mention(clo, clo + 3, "CLO", "ORG")]
    found = stated_names(named, body)
    assert [(m.text, m.refers_to) for m in found if m.refers_to >= 0] == [
        ("Bodi ya Biashara Haki", board), ("Bodi ya Biashara Haki", board), ("Pejabat Levi Kopi", clo),
        ("Pejabat Levi Kopi", clo)]
    # the long name before its bracketed acronym states it too
    found = stated_names([Mention(office, office + 18, "Coffee Levy Office", "ORG")], body)
    assert [m.text for m in found if m.refers_to == office] == ["Pejabat Levi Kopi", "Pejabat Levi Kopi"]


def test_a_two_word_malaysian_title_is_no_part_of_the_name() -> None:
    body = "Tan Sri Ong Kah Meng founded the planter. Mr Ong Kah Meng said so. Tan Cheng Huat disagreed."
    a, b, c = body.index("Tan Sri"), body.index("Mr Ong"), body.index("Tan Cheng")
    named = [Mention(a, a + 21, "Tan Sri Ong Kah Meng", "PERSON"), Mention(b, b + 15, "Mr Ong Kah Meng", "PERSON"),
             Mention(c, c + 14, "Tan Cheng Huat", "PERSON")]
    assert [m.name for m in named] == ["Ong Kah Meng", "Ong Kah Meng", "Tan Cheng Huat"]
    assert sorted(e.name for e in link_mentions(named)) == ["Ong Kah Meng", "Tan Cheng Huat"]


def test_a_bodys_other_language_name_does_not_rename_it() -> None:
    from storyline.extract.stated_names import stated_names

    body = "The Fair Trading Board, known in Kiswahili as Bodi ya Biashara Haki, raided two brokers."
    board = body.index("Fair Trading Board")
    [entity] = link_mentions(stated_names([Mention(board, board + 18, "Fair Trading Board", "ORG")], body))
    assert entity.name == "Fair Trading Board"
    assert [m.text for m in entity.mentions] == ["Fair Trading Board", "Bodi ya Biashara Haki"]


def test_a_one_word_place_is_no_short_form_of_a_longer_place() -> None:
    body = "Homes in England and South Wales stay open. In Wales, inspectors will visit all nine homes."
    south, wales = body.index("South Wales"), body.index("Wales,")
    linked = link_mentions([Mention(south, south + 11, "South Wales", "GPE"), Mention(wales, wales + 5, "Wales", "GPE")])
    assert sorted(e.name for e in linked) == ["South Wales", "Wales"]


def test_a_span_run_over_a_designators_period_is_two_names() -> None:
    from storyline.extract.org_spans import designated_names

    body = "She keeps her shares through Githara Holdings Ltd. Githara Holdings said the move was right."
    start, text = body.index("Githara"), "Githara Holdings Ltd. Githara Holdings"
    found = designated_names([Mention(start, start + len(text), text, "ORG")], body)
    assert [(m.text, m.label) for m in found] == [("Githara Holdings Ltd.", "ORG"), ("Githara Holdings", "ORG")]
