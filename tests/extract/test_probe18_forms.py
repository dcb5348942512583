"""Forms an invented story of branch probe18 (a wildfire blamed on a utility's power line) read wrong, on
invented text: a couple named with one surname whose second given name is also a month's, a utility called
by its first word, a caption's photographer credit, a staff tagline and a 'reported from' line kept in the
body, a follow-up citing the day's report that shares the company only by its short name."""
from conftest import make_article
from storyline.extract.entities import ArticleEntity, Mention
from storyline.extract.person_spans import untagged_kin_and_who_names
from storyline.model import Span


def test_the_second_of_a_couple_named_with_one_surname_is_a_person():
    body = "Residents said Walter and June Haskins had 20 minutes to leave."
    at = body.index("Walter")
    found = untagged_kin_and_who_names([Mention(at, at + 6, "Walter", "PERSON")], body)
    assert [(m.text, m.label) for m in found] == [("Walter", "PERSON"), ("June Haskins", "PERSON")]
    # a foundation named for a couple, and two words that are no given names, stay as they are
    body = "A grant from the Bill and Melinda Gates Foundation arrived."
    assert untagged_kin_and_who_names([], body) == []
    body = "The case against Procter and Gamble Haskins went on."
    assert untagged_kin_and_who_names([], body) == []


def test_a_utility_is_called_by_its_first_word():
    from storyline.link.org_merge import _company_named

    assert _company_named(["northfork", "power", "and", "light"])
    assert _company_named(["hallam", "general", "electric"])
    assert not _company_named(["samantha", "power"])


def test_a_photographer_s_credit_and_a_staff_tagline_are_no_body():
    from storyline.clean.lines import explicit_reason

    assert explicit_reason("Fence posts near Pine Hollow on Aug. 28. (Jordan Ekwueme for The National Courier)") == "caption"
    assert explicit_reason("Okafor reported from Portland, Oregon.") == "credit"
    # prose of the same words is body
    assert explicit_reason("The party said it would vote no (a spokesman for the Greens).") is None
    assert explicit_reason("Police reported from Monday that three people died.") is None


def test_a_tagline_under_a_byline_without_by_is_the_author_s_bio():
    from storyline.clean.text import clean_text

    paras = ["The state fire marshal said on Wednesday that a power line started the fire, which burned "
             "through two valleys and destroyed dozens of homes last summer.",
             "The utility said it would contest the findings and fight the lawsuits against it in court, "
             "and that it had trimmed trees along the line every year.",
             "Regulators have opened their own investigation and expect to finish it this year, a spokesman "
             "for the commission said on Thursday."]
    bio = "Megan Castellano covers utilities and wildfire liability for Grid & Utility Weekly."
    page = "\n\n".join(["Fire marshal: utility line ignited the fire", "Megan Castellano, Senior Reporter",
                         "March 10, 2022", *paras, bio, "© 2022 GUW Media"])
    result = clean_text(page)
    assert bio not in result.body and all(p in result.body for p in paras)


def _org(text: str, name: str, start: int = 0) -> Span:
    return Span(start, start + len(text), "ORG", "entities", text, {"name": name})


def test_an_organisation_s_short_name_is_an_actor_key_beside_its_full_name():
    from storyline.link.citation_recent import org_keys

    full = make_article("Northfork agreed to pay.", spans=[_org("Northfork", "Northfork Power & Light")])
    short = make_article("Northfork said so.", spans=[_org("Northfork", "Northfork")])
    assert org_keys(full, set()) & org_keys(short, set()) == {"northfork"}


def test_a_headline_over_its_dek_and_byline_is_the_title():
    from storyline.clean.text import clean_text

    page = ("The Harbour Daily\n\nNews  World  Business\n\nCouncil votes to close the old ferry terminal\n\n"
            "Officials say the closure will save more than a million dollars a year\n\nBy Ana Ruiz\n\n"
            "Updated March 3, 2022 at 7:14 p.m.\n\n"
            "The city council voted on Tuesday to close the ferry terminal, ending a service that began in 1921.\n\n"
            "The vote was 7 to 2. Residents who use the ferry said they would appeal the decision to the state.\n")
    assert clean_text(page).title == "Council votes to close the old ferry terminal"
    # a menu over the headline is still no title
    page = page.replace("Council votes to close the old ferry terminal\n\nOfficials say the closure will save more "
                        "than a million dollars a year", "Watch Live  Weather  Traffic  Contests\n\nCouncil votes to "
                        "close the old ferry terminal after a long debate on the budget")
    assert clean_text(page).title == "Council votes to close the old ferry terminal after a long debate on the budget"


def test_a_month_that_opens_a_person_s_name_is_no_date():
    import datetime as dt

    from storyline.extract.times import find_times

    def found(text: str) -> list[str]:
        return [t.text for t in find_times(text, dt.date(2021, 8, 24))]

    assert found("Walter and June Haskins had 20 minutes to leave.") == ["20 minutes"]
    assert found("April Reyes said the plant would close.") == []
    # after a word a date follows, or before no capitalised word, it is the month
    assert found("In June Congress passed the bill.") == ["June"]
    assert found("He said June was the worst month.") == ["June"]
    assert found("Last June Smith resigned.") == ["Last June"]


def test_a_multi_word_name_the_corpus_tags_a_thing_more_often_is_no_person():
    from storyline.link.entity_merge import merge_entities

    def entity(label: str, name: str) -> ArticleEntity:
        return ArticleEntity(label, name, [Mention(0, len(name), name, label)])

    articles = {"a": [entity("FAC", "Larkspur Fire")], "b": [entity("FAC", "Larkspur Fire")],
                "c": [entity("PERSON", "Larkspur Fire")]}
    found = [(e.type, e.name) for e in merge_entities(articles)]
    assert found == [("FAC", "Larkspur Fire")]
    # a name a given name opens stays a person
    articles = {"a": [entity("ORG", "Dixie Carter")], "b": [entity("ORG", "Dixie Carter")],
                "c": [entity("PERSON", "Dixie Carter")]}
    assert ("PERSON", "Dixie Carter") in [(e.type, e.name) for e in merge_entities(articles)]


def test_a_station_is_called_by_its_call_sign_without_its_channel():
    from storyline.link.entity_merge import merge_entities

    def entity(name: str) -> ArticleEntity:
        return ArticleEntity("ORG", name, [Mention(0, len(name), name, "ORG")])

    found = [(e.name, sorted(e.aliases)) for e in merge_entities({"a": [entity("KVRO 7")], "b": [entity("KVRO")]})]
    assert found == [("KVRO 7", ["KVRO", "KVRO 7"])]
    # a word that is no call sign stays apart from a name it opens with a number
    assert len(merge_entities({"a": [entity("Route 9")], "b": [entity("Route")]})) == 2
