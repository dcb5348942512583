"""The lead's twenty-fourth invented story (a Southeast Asian super-app's data breach): a speaker called
by the first word of the full name the article gave — a Malay given name ('Farid said' after 'Farid
Hakim') and a Chinese family name written first ('Dr Lim' after 'Dr Lim Boon Keat'). Invented sentences."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    pytest.importorskip("spacy")
    from storyline.extract.nlp import load_nlp

    return load_nlp()


def _speaker_of(text: str, piece: str, nlp) -> str | None:
    from storyline.extract.quotes import find_quotes

    hits = [q for q in find_quotes(text, nlp(text)) if piece in q.text]
    assert hits, piece
    return hits[0].speaker.name


def test_a_speaker_called_by_the_first_word_of_the_one_full_name_is_that_person(nlp):
    text = ("Users should change their passwords, said Dr Lim Boon Keat, a lecturer at the Harbour Polytechnic.\n\n"
            "\u201cScammers will use this data to sound real,\u201d Dr Lim said.")
    assert _speaker_of(text, "Scammers will use", nlp) == "Lim Boon Keat"
    text = ("Zubir Rahman, the company's chief executive, spoke at the launch in Penang.\n\n"
            "\u201cWe were careless, and we paid for it,\u201d Zubir said in an interview.")
    assert _speaker_of(text, "We were careless", nlp) == "Zubir Rahman"


def test_a_surname_the_article_gives_still_picks_the_person_it_ends(nlp):
    text = ("Dr Lim Boon Keat and the engineer Mei Tan spoke to reporters.\n\n"
            "\u201cThe ramps were fine,\u201d Tan said.")
    assert _speaker_of(text, "The ramps were fine", nlp) == "Mei Tan"


def test_a_councillors_abbreviated_title_is_no_part_of_her_name():
    from storyline.extract.names import strip_titles

    assert strip_titles("Cllr Jane Ashby") == "Jane Ashby"
