"""Forms an invented story of branch probe21 (a data centre's water use in a drought-hit Australian town,
six outlets over three years) read wrong, on invented sentences: an Australian councillor's 'Cr' kept in a
speaker's name, a time inside an outlet's appositive 'which first reported …' clause cut off from the
citation, a writers' 'Additional reporting by' line kept as body, and 'Mr' left out of a surname the
recognizer took for a place."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.extract.citations import find_citations
from storyline.extract.times import find_times


@pytest.fixture(scope="module")
def nlp():
    pytest.importorskip("spacy")
    from storyline.extract.nlp import load_nlp

    return load_nlp()


def test_an_australian_councillors_abbreviated_title_is_no_part_of_her_name(nlp):
    from storyline.extract.names import strip_titles
    from storyline.extract.quotes import find_quotes

    assert strip_titles("Cr Jo Kettering") == "Jo Kettering"
    text = ("The mayor, Cr Jo Kettering, said the council would ask for the records.\n\n"
            "Cr Kettering said the town would hold a party. \u201cBring your own hose,\u201d she said.\n")
    hits = [q for q in find_quotes(text, nlp(text)) if "Bring your own hose" in q.text]
    assert hits and hits[0].speaker.name == "Jo Kettering"


def _time_of(body: str, outlet: str) -> str | None:
    times = find_times(body, dt.date(2026, 5, 12))
    found = [c for c in find_citations(body, times, known_outlets=[outlet]) if outlet in c.outlet]
    assert found, body
    return found[0].time


def test_a_time_anywhere_in_the_outlets_appositive_clause_dates_its_report():
    outlet = "Data Centre Weekly"
    body = ("The site now runs on recycled water. Data Centre Weekly, which first reported the retrofit's "
            "completion in October, said the site's water use had fallen.")
    assert _time_of(body, outlet) == "2025-10"
    # a clause with no time of its own leaves the complement rule as it was: the reported event's time is not the report's
    body = ("The site now runs on recycled water. Data Centre Weekly, which first reported the findings, said a "
            "November 2022 report had found a leak.")
    assert _time_of(body, outlet) is None


def test_a_writers_additional_reporting_line_is_a_credit_but_prose_is_not():
    from storyline.clean.lines import explicit_reason

    assert explicit_reason("Additional reporting by Rhys Cannon.") == "credit"
    assert explicit_reason("(Additional reporting by Ana Ruiz and Tom Hale in Lagos)") == "credit"
    assert explicit_reason("Additional reporting by the council found that six homes were hit.") is None


def test_a_surname_after_mr_that_the_recognizer_took_for_a_place_is_the_titled_person(nlp):
    from storyline.extract.entities import find_mentions

    text = ("Alan Dunstan, who runs a dairy farm with his wife Heather north of town, said the family had sold "
            "a third of its herd since winter.\n\n\u201cWe're carting water for the cows while that place runs "
            "its cooling towers day and night,\u201d Mr Dunstan said.")
    doc = nlp(text)
    mentions = [(m.text, m.label) for m in find_mentions(doc, text)]
    assert ("Mr Dunstan", "PERSON") in mentions
    # a place after 'Miss' or 'Lord' stays a place's name ('Lord Howe Island')
    from storyline.extract.mention_labels import _SURNAME_COURTESY

    assert {"mr", "mrs", "ms"} <= _SURNAME_COURTESY and not {"miss", "lord", "lady", "don"} & _SURNAME_COURTESY


def test_a_quotation_after_an_asked_paragraph_is_the_answer_of_the_one_asked(nlp):
    from storyline.extract.quotes import find_quotes

    text = ("Halcyon's chief executive, Gene Vickery Jr., said the company accepted the finding.\n\n"
            "\u201cWe got this wrong, and we are going to fix it,\u201d Vickery said.\n\n"
            "Asked whether the company had misled the town, he paused.\n\n"
            "\u201cI do not think anyone set out to mislead. But the number we gave was not the number people needed.\u201d\n\n"
            "His father did not respond.\n")
    hits = [q for q in find_quotes(text, nlp(text)) if "set out to mislead" in q.text]
    assert hits and hits[0].speaker.name == "Gene Vickery Jr."
    # a narrative paragraph not opened by a question leaves the quotation unattributed
    text = text.replace("Asked whether the company had misled the town, he paused.", "He paused for a long time.")
    hits = [q for q in find_quotes(text, nlp(text)) if "set out to mislead" in q.text]
    assert hits and hits[0].speaker.name is None


def test_a_quotation_after_with_a_message_noun_and_a_colon_is_the_senders(nlp):
    from storyline.extract.quotes import find_quotes

    text = ("In March 2021, an engineer emailed the authority a spreadsheet.\n\n"
            "The authority's managing director, Dr Colin Mabey, forwarded it to two senior staff with a single "
            "line: \u201cKeep it quiet until the board has seen it.\u201d\n\n"
            "The sign on the door read: \u201cClosed until further notice.\u201d\n")
    quotes = {q.text[:12]: q.speaker for q in find_quotes(text, nlp(text))}
    assert quotes["Keep it quie"].name == "Colin Mabey"
    # a colon after a noun that is no message leaves the rules as they were
    assert quotes["Closed until"].name is None
