from hypothesis import given
from hypothesis import strategies as st

from conftest import make_article
from storyline.extract.citations import Citation, find_citations, resolve_citation
from storyline.extract.sentences import split_sentences
from storyline.model import PublishedDate


class Time:
    def __init__(self, start, value):
        self.start, self.value = start, value


BODY = ("The Harbour Ledger first reported in March 2023 that the wells were closed. "
        "According to Radio Costa, the minister knew. The Ledger previously reported the same. "
        "The mayor told reporters nothing.")


def test_reporting_frames_are_found():
    outlets = [c.outlet for c in find_citations(BODY)]
    assert outlets == ["The Harbour Ledger", "Radio Costa", "The Ledger"]


def test_known_outlets_extend_the_pattern():
    cites = find_citations("Velana Online reported the closure on Friday.", known_outlets=["Velana Online"])
    assert [c.outlet for c in cites] == ["Velana Online"]


def test_resolution_needs_outlet_and_time():
    march = BODY.index("March 2023")
    [first, *_] = find_citations(BODY, times=[Time(march, "2023-03")])
    assert first.time == "2023-03"
    ledger = make_article(outlet="Harbour Ledger", published=PublishedDate("2023-03-14", "day"))
    later = make_article("other", outlet="Harbour Ledger", published=PublishedDate("2024-01-02", "day"))
    assert resolve_citation(first, [ledger, later]) == ledger.id
    assert resolve_citation(Citation(0, 1, "x", "The Harbour Ledger"), [ledger]) is None


@given(st.text(alphabet=st.sampled_from("ab. A?!\n“”Mr"), max_size=200))
def test_sentence_offsets_always_index_the_body(body):
    assert all(body[s.start:s.end] == s.text for s in split_sentences(body))


def test_abbreviations_do_not_split():
    texts = [s.text for s in split_sentences("Mr. Ruiz met U.S. officials on Jan. 3. They left.")]
    assert texts == ["Mr. Ruiz met U.S. officials on Jan. 3.", "They left."]
