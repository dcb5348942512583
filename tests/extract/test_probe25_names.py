"""Branch probe25's invented story: a city named by its former name, and acronyms that the alias table gives to US
agencies but that the article defines as another country's bodies (invented text only)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def linked():
    from storyline.extract.entities import find_mentions, link_mentions
    from storyline.extract.nlp import load_nlp

    def run(body: str) -> dict[str, set[str]]:
        return {e.name: {m.text for m in e.mentions} for e in link_mentions(find_mentions(load_nlp()(body), body))}
    return run


def test_a_former_name_after_a_describing_phrase_is_the_places_other_name(linked):
    got = linked("Traders in Tarnowa, the river port formerly known as Halmsburg, said prices had doubled. "
                 "Older residents of Halmsburg still use the name.")
    owner = next(name for name, texts in got.items() if "Halmsburg" in texts)
    assert "Tarnowa" in got[owner]


def test_a_bare_former_name_in_brackets_is_the_bodys_other_name(linked):
    got = linked("The Coastal Ports Corporation (formerly Harbour Board) said dredging would resume in May.")
    owner = next(name for name, texts in got.items() if "Harbour Board" in texts)
    assert "Coastal Ports Corporation" in got[owner] or owner == "Coastal Ports Corporation"


def test_a_role_after_formerly_names_nothing():
    from storyline import rules

    statement = rules.pattern("aliases", "alias_statements")
    assert statement.match(", formerly Acme chief executive, said") is None
    assert statement.match(", formerly Halvorsen's finance director") is None
    assert statement.match(", formerly Twitter.")["name"] == "Twitter."


def test_an_acronym_the_article_defines_names_its_own_body_not_the_listed_one(linked):
    got = linked("The Food and Drugs Authority (FDA) has taken samples from clinics in the region. "
                 "The chief executive of the FDA said results were expected on Friday.")
    assert {"FDA"} <= got.get("Food and Drugs Authority", set())
    assert "Food and Drug Administration" not in got


def test_the_listed_body_named_in_full_keeps_its_acronym(linked):
    got = linked("The Food and Drug Administration approved the drug on Monday. "
                 "A spokesman for the FDA said the review took a year.")
    assert "FDA" in got.get("Food and Drug Administration", set())


def test_a_papers_short_name_after_the_is_a_body_in_every_mention(linked):
    got = linked("Tax records seen by the Beacon show the payments. A clerk told the Beacon, asking not to be named, "
                 "that the files had been moved.")
    assert "Beacon" in got
    from storyline.extract.entities import find_mentions
    from storyline.extract.nlp import load_nlp

    body = "Tax records seen by the Ledger show the payments. A clerk told the Ledger, asking not to be named."
    assert {m.label for m in find_mentions(load_nlp()(body), body) if m.text == "Ledger"} == {"ORG"}


def test_a_party_then_a_members_title_and_name_is_the_party_and_the_person(linked):
    got = linked("Green Party TD Niamh Corrigan said the minister should explain the delay. "
                 "\u201cWe need answers now,\u201d Deputy Corrigan said.")
    assert got.get("Niamh Corrigan") == {"TD Niamh Corrigan", "Deputy Corrigan"}


def test_a_members_title_opening_a_span_tagged_a_body_makes_it_a_person():
    from storyline.extract.entities import Mention
    from storyline.extract.mention_spans import people_in_other_spans

    body = "TD Niamh Corrigan said the minister should explain. General Electric Healthcare declined to comment."
    spans = [Mention(0, 17, "TD Niamh Corrigan", "ORG"), Mention(52, 80, "General Electric Healthcare", "ORG")]
    assert [(m.text, m.label) for m in people_in_other_spans(spans, body)] == [
        ("TD Niamh Corrigan", "PERSON"), ("General Electric Healthcare", "ORG")]


def test_a_member_addressed_as_deputy_is_named_in_full_as_the_speaker():
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    body = ("Labour TD Niamh Corrigan said the minister should explain the delay.\n\n"
            "\u201cWe need answers now,\u201d Deputy Corrigan said.")
    assert {q.speaker.name for q in find_quotes(body, load_nlp()(body)) if q.speaker} == {"Niamh Corrigan"}


def test_a_surname_after_its_bodys_possessive_is_the_speaker_and_the_pronouns_referent():
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    body = ("The committee met on Monday.\n\n"
            "DRAP\u2019s Siddiqui told reporters that the authority had received Kestrel\u2019s temperature records on "
            "Thursday and was studying them. \u201cThe records show a gap of more than a day,\u201d he said.")
    assert [q.speaker.name for q in find_quotes(body, load_nlp()(body)) if q.speaker] == ["Siddiqui", "Siddiqui"]
    from storyline.extract.nlp import parse_selectively  # as ingest parses it

    doc = next(parse_selectively([body]))
    assert [q.speaker.name for q in find_quotes(body, doc) if q.speaker] == ["Siddiqui", "Siddiqui"]
