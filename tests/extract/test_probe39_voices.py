"""Branch probe39's invented story (an Irish data regulator's inquiry into a fitness app): a body speaking through a
class noun before its name or a 'company spokesperson', and a '-based' modifier kept out of a firm's name. Every
name and sentence is invented, and none is the story's."""
from __future__ import annotations

from conftest import speaker_of
from storyline.extract.entities import Mention
from storyline.extract.org_spans import trade_firms
from storyline.extract.quotes import find_quotes


def _speaker(nlp, text: str, starts: str):
    hits = [q for q in find_quotes(text, nlp(text)) if starts in q.text]
    assert hits, text
    return hits[0].speaker


def test_a_class_noun_before_a_firms_name_speaks_for_that_firm(nlp):
    # the small parser makes 'company' the subject and tags the name a person (or leaves it untagged)
    text = ('The food delivery company Dishly has told the Labour Court that the Workplace Relations Commission\'s '
            'ruling was "deeply flawed".')
    assert speaker_of(nlp, text, "deeply flawed") == "Dishly"
    text = 'The budget airline Skylark has told the court that the penalty was "wholly disproportionate".'
    assert speaker_of(nlp, text, "wholly disproportionate") == "Skylark"


def test_a_company_spokesman_is_the_spokesman_of_the_one_firm_named_before(nlp):
    text = ("The mining firm Carrowdale Resources has rejected claims that it polluted the river.\n\n"
            "The Environmental Protection Agency said on Monday that samples were being tested, and the "
            "Western Echo reported that residents had complained.\n\n"
            'In an email to reporters, a company spokesman said: "The river is cleaner than it was a decade ago."')
    speaker = _speaker(nlp, text, "The river is cleaner")
    assert speaker.name is None and speaker.descriptor == "Carrowdale Resources spokesman"


def test_with_two_firms_named_before_a_company_spokesman_stays_unnamed(nlp):
    text = ("Inspectors fined Carrowdale Resources Ltd and Fennick Energy Ltd on Monday over the polluted river.\n\n"
            'A company spokesman said: "We have done nothing wrong."')
    speaker = _speaker(nlp, text, "We have done nothing wrong")
    assert speaker.name is None and "Carrowdale" not in (speaker.descriptor or "") \
        and "Fennick" not in (speaker.descriptor or "")


def test_a_based_modifier_is_no_word_of_the_firms_name():
    body = "It hired Boston-based Harrowgate Plumbing last year. London-listed Kestrel Fitness fell."
    found = trade_firms([], body)
    assert [m.text for m in found if isinstance(m, Mention)] == ["Harrowgate Plumbing", "Kestrel Fitness"]
