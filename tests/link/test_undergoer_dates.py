"""Two days for one act on one named thing, told by what undergoes it ('County crews closed a
91-year-old steel bridge … at 10 p.m. Sunday' / 'The Harlow Bridge was closed on Tuesday'): an
indefinite description of the named thing and the name, as object, passive subject or intransitive
subject; 'another bridge' and a place after a preposition are not that thing (invented text)."""
from conftest import date_flag_pairs, make_article_with_spans, make_claim_span
from storyline.model import PublishedDate


def _claim(text: str, predicate: str, agent: str, theme: str, time: str, asserter: str, published: str):
    keywords = " ".join({predicate, *(w.strip(",.").lower() for w in agent.split() if len(w) > 3)})
    span = make_claim_span(0, text, predicate, "positive", asserter, keywords, agent=agent, theme=theme,
                           time=time, asserter_kind="anonymous", cue="say")
    return make_article_with_spans(text, span, published=PublishedDate(published, "day"))


CREWS = ("County crews closed a 91-year-old steel bridge over the Sable River at 10 p.m. Sunday, the county said.",
         "close", "County crews", "a 91 - year - old steel bridge over the Sable River", "2025-03-09T22:00",
         "the county", "2025-03-11")


def test_an_indefinite_description_and_the_name_undergo_one_closing():
    passive = _claim("The Harlow Bridge was closed on Tuesday, state officials said.", "close", "The Harlow Bridge",
                     "Tuesday", "2025-03-11", "state officials", "2025-03-12")
    assert date_flag_pairs(_claim(*CREWS), passive) == [("a0", "a1")]


def test_another_bridge_is_another_thing():
    other = _claim("Another bridge was closed on Tuesday, state officials said.", "close", "Another bridge",
                   "Tuesday", "2025-03-11", "state officials", "2025-03-12")
    assert date_flag_pairs(_claim(*CREWS), other) == []


def test_a_named_place_after_a_preposition_is_not_what_undergoes_the_act():
    ferry = _claim("A 38-year-old ferry ran aground off Gull Point at 7:15 a.m. Tuesday, the Coast Guard said.",
                   "run", "A 38 - year - old ferry", "Gull Point", "2022-03-08T07:15", "the Coast Guard", "2022-03-08")
    star = _claim("The Corran Star ran aground off Gull Point on Monday, a notice said.", "run", "The Corran Star",
                  "Gull Point", "2022-03-07", "notice", "2022-03-09")
    assert date_flag_pairs(ferry, star) == []
