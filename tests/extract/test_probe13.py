"""Speaker and entity fixes found on probe13's invented stories (a sprinter's doping case, an e-bike
battery recall): compound titles before a name, organisations named with 'and'."""
from __future__ import annotations

import pytest

from storyline.extract.names import strip_titles


@pytest.fixture(scope="module")
def nlp():
    pytest.importorskip("spacy")
    from storyline.extract.nlp import load_nlp

    return load_nlp()


def test_an_agency_word_and_a_title_before_a_name_are_a_compound_title():
    """'Fire Marshal Renee Gault' was the speaker's name, title and all (AP Stylebook 'titles')."""
    from storyline.extract.article_people import clean_name

    assert strip_titles("Fire Marshal Renee Gault") == "Renee Gault"
    assert strip_titles("Police Chief Ana Ruiz") == "Ana Ruiz"
    assert strip_titles("Fire Chief") == "Fire Chief"                     # no name after it
    assert strip_titles("Police Department", person=False) == "Police Department"
    assert clean_name(["Fire", "Marshal", "Renee", "Gault"]) == ["Renee", "Gault"]
    assert clean_name(["Police", "Station", "Gault"]) == ["Police", "Station", "Gault"]


def test_an_organisation_cut_after_its_and_is_one_organisation(nlp):
    """'The Australian Competition and' (tagged LAW in this context) + 'Consumer Commission': a span
    ending in its coordinator was cut inside a name; 'Marlow Council and Harbour Trust' (the 'and'
    outside both spans) stays two."""
    from storyline.extract.entities import find_mentions

    text = ("Australians who own the bikes are being told to stop charging them, after the watchdog issued a recall. "
            "The Australian Competition and Consumer Commission said on Tuesday that the packs could overheat.")
    names = [m.text for m in find_mentions(nlp(text), text) if m.label == "ORG"]
    assert "The Australian Competition and Consumer Commission" in names and "Consumer Commission" not in names
    text = "Apple and Google said on Monday that the phones would be recalled."
    names = [m.text for m in find_mentions(nlp(text), text)]
    assert "Apple and Google" not in names


def test_a_quote_of_an_organisation_named_with_and_goes_to_its_whole_name(nlp):
    """The recognizer cut 'The Australian Competition and' from 'Consumer Commission'; the quote went to
    'Consumer Commission' (the speaker resolver reads the recognizer's spans)."""
    from storyline.extract.quotes import find_quotes

    text = ("The Australian Competition and Consumer Commission said on Tuesday that the packs "
            "\u201cmay overheat and catch fire during charging\u201d.")
    [quote] = find_quotes(text, nlp(text))
    assert quote.speaker.name == "Australian Competition and Consumer Commission"
