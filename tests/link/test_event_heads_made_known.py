"""Event heads, acronyms and made-known idioms (invented sentences): a verb too rare for the counted news
vocabulary ('audit') is an event head; a national body is spelled without its country; 'X was made public on
DAY' names what was made known, not who made it known."""
from __future__ import annotations

from storyline.extract.names import acronym_spellings
from storyline.link.claim_idioms import made_known
from storyline.link.propositions import head_verb


def test_a_rare_verb_is_an_event_head_and_a_light_or_frequent_non_head_is_not():
    assert head_verb("audit") and head_verb("waive")
    assert not head_verb("go") and not head_verb("be")


def test_approve_is_an_event_head_once_an_abbreviation_no_longer_marks_its_sense_a_name():
    assert head_verb("approve")


def test_a_national_body_is_spelled_without_the_country_its_name_ends_with():
    assert "iebc" in acronym_spellings("Independent Electoral and Boundaries Commission of Kenya")
    assert "cag" in acronym_spellings("Comptroller and Auditor General of India")
    assert "fb" not in acronym_spellings("Federal Bureau of Investigation")  # two letters name too many bodies


def test_a_passive_made_public_without_a_by_phrase_names_the_thing_as_its_subject_and_no_doer():
    known = made_known("make", "public", "The plan to shut the quay was made public on 2 May .")
    assert known is not None and known.subject_made_known and known.theme is None
    told = made_known("make", "the decision", "The board made the decision public on Thursday .")
    assert told is not None and not told.subject_made_known and told.theme == "the decision"
