"""Speaker and entity fixes found on probe13's invented stories (a sprinter's doping case, an e-bike
battery recall): compound titles before a name, organisations named with 'and'."""
from __future__ import annotations

import pytest

from storyline.extract.entities import Mention
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


def test_an_organisation_cut_after_its_and_is_one_organisation():
    """'The Calder Competition and' + 'Consumer Commission': a span ending in its coordinator was cut
    inside a name; 'Apple and Google' (the 'and' outside both spans) stays two."""
    from storyline.extract.mention_spans import join_coordinated_orgs

    body = "The Calder Competition and Consumer Commission said on Tuesday."
    cut = [Mention(0, 26, "The Calder Competition and", "ORG"), Mention(27, 46, "Consumer Commission", "ORG")]
    assert [m.text for m in join_coordinated_orgs(cut, body)] == ["The Calder Competition and Consumer Commission"]
    body = "Apple and Google said so."
    two = [Mention(0, 5, "Apple", "ORG"), Mention(10, 16, "Google", "ORG")]
    assert [m.text for m in join_coordinated_orgs(two, body)] == ["Apple", "Google"]


def test_a_quote_of_an_organisation_named_with_and_goes_to_its_whole_name(nlp):
    """The recognizer cut 'The Australian Competition and' from 'Consumer Commission'; the quote went to
    'Consumer Commission' (the speaker resolver reads the recognizer's spans)."""
    from storyline.extract.quotes import find_quotes

    text = ("The Australian Competition and Consumer Commission said on Tuesday that the packs "
            "\u201cmay overheat and catch fire during charging\u201d.")
    [quote] = find_quotes(text, nlp(text))
    assert quote.speaker.name == "Australian Competition and Consumer Commission"
