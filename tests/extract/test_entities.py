"""Entity linking on hand-built mentions (no model needed) and the name helpers."""
from storyline.extract.entities import Mention, correct_labels, link_mentions, merge_entities
from storyline.extract.names import department_key, fold, strip_titles


def mentions(*items: tuple[str, str]) -> list[Mention]:
    out, pos = [], 0
    for text, label in items:
        out.append(Mention(pos, pos + len(text), text, label))
        pos += len(text) + 10
    return out


def test_fold_ignores_accents_and_case():
    assert fold("Nicolás  MADURO") == fold("nicolas maduro")


def test_titles_strip_for_people_only():
    assert strip_titles("Interior Minister Ana Verlo") == "Ana Verlo"
    assert strip_titles("Justice Department", person=False) == "Justice Department"


def test_department_forms_share_a_key():
    assert department_key("the Justice Department") == department_key("Department of Justice")
    assert department_key("State Department") != department_key("Justice Department")


def test_surname_and_title_forms_join_the_full_name():
    [verlo] = link_mentions(mentions(("Minister Ana Verlo", "PERSON"), ("Ms Verlo", "PERSON"), ("Verlo", "PERSON")))
    assert verlo.name == "Ana Verlo" and len(verlo.mentions) == 3


def test_bare_surname_goes_to_the_most_mentioned_namesake():
    linked = link_mentions(mentions(("Tomas Brenn", "PERSON"), ("Brenn", "PERSON"), ("Lia Marta Brenn", "PERSON"),
                                    ("Brenn", "PERSON")))
    by_name = {e.name: len(e.mentions) for e in linked}
    assert by_name == {"Tomas Brenn": 3, "Lia Marta Brenn": 1}


def test_look_alikes_stay_apart_across_articles():
    a = link_mentions(mentions(("Stalin Orue", "PERSON")))
    b = link_mentions(mentions(("Edmundo Orue", "PERSON"), ("Orue", "PERSON")))
    entities = merge_entities({"a": a, "b": b})
    names = sorted(e.name for e in entities)
    assert names == ["Edmundo Orue", "Stalin Orue"]
    edmundo = next(e for e in entities if e.name == "Edmundo Orue")
    assert "Orue" in edmundo.aliases


def test_accented_and_plain_spellings_merge_across_articles():
    entities = merge_entities({"a": link_mentions(mentions(("Nicolás Varga", "PERSON"))),
                               "b": link_mentions(mentions(("Nicolas Varga", "PERSON"), ("Mr Varga", "PERSON")))})
    assert len(entities) == 1 and {"Nicolas Varga", "Nicolás Varga", "Mr Varga"} <= entities[0].aliases


def test_surname_modifier_is_a_person_mention_not_an_org():
    linked = link_mentions(correct_labels(mentions(("Donald Trump", "PERSON"), ("Trump", "ORG"), ("Nobody", "PERSON?"))))
    assert [(e.label, e.name, len(e.mentions)) for e in linked] == [("PERSON", "Donald Trump", 2)]


def test_short_org_form_joins_the_long_one():
    [journal] = link_mentions(mentions(("the Harbour Journal", "ORG"), ("the Journal", "ORG")))
    assert journal.name == "Harbour Journal" and {m.text for m in journal.mentions} == {"the Harbour Journal", "the Journal"}


def test_us_and_united_states_are_one_place():
    entities = merge_entities({"a": link_mentions(mentions(("US", "GPE"), ("the United States", "GPE")))})
    assert len(entities) == 1 and entities[0].name == "United States"
