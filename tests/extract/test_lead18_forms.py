"""Forms an unseen invented story (lead18, a food bank's warehouse fire) read wrong on the final tree, on
invented text: a station's closing line taken for its reporter's tagline, a clergy title kept in a
speaker's name, a full name the recognizer missed after a kinship noun or before 'who', a food bank
called without 'Food Bank'."""
from storyline.extract.entities import ArticleEntity, Mention
from storyline.extract.person_spans import untagged_kin_and_who_names


def test_a_station_s_closing_line_is_no_author_s_tagline():
    from storyline.clean.metadata import _organisation

    assert _organisation("Lakeshore Public Radio")
    assert not _organisation("Ruth Kemper")


def test_a_full_name_after_a_kinship_noun_or_before_who_is_a_person():
    body = "Ana Velez and her husband, Tomas Velez, run the pantry."
    found = untagged_kin_and_who_names([Mention(0, 9, "Ana Velez", "PERSON")], body)
    assert [(m.text, m.label) for m in found] == [("Ana Velez", "PERSON"), ("Tomas Velez", "PERSON")]
    body = '"We stay," said Tomas Velez, who volunteers there.'
    at = body.index("Velez")
    found = untagged_kin_and_who_names([Mention(at, at + 5, "Velez", "ORG")], body)
    assert [(m.text, m.label) for m in found] == [("Tomas Velez", "PERSON")]
    # an organisation's name inside a longer name, and a name already a person's, stay as they are
    body = "The grant went to the Velez Family Foundation, who thanked donors."
    at = body.index("Velez Family Foundation")
    kept = [Mention(at, at + 23, "Velez Family Foundation", "ORG")]
    assert untagged_kin_and_who_names(kept, body) == kept


def test_a_food_bank_is_called_without_food_bank():
    from storyline.link.short_orgs import as_short_org

    short = ArticleEntity("PERSON", "Harvest Table", [Mention(0, 13, "Harvest Table", "PERSON")])
    assert as_short_org(short, ["Harvest Table Food Bank"]).label == "ORG"


def test_a_pastor_s_title_is_no_part_of_the_speaker_s_name():
    from storyline import rules

    assert "pastor" in rules.words("speakers", "name_titles")
    assert "pastor" in rules.words("honorifics", "office_titles")
