"""Two days for one event, one given with a clock time ('the bridge closed at 11 p.m. Saturday' /
'closed Sunday'), in two articles whose publication days resolve both (invented text)."""
from conftest import make_article_with_spans, make_claim_span
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate


def _closed(text: str, time: str, agent: str, asserter: str, published: str):
    keywords = " ".join(["bridge", "close", *(w.lower() for w in agent.split()[1:-1])])
    span = make_claim_span(0, text, "close", "positive", asserter, keywords,
                           agent=agent, time=time, asserter_kind="anonymous", cue="say")
    return make_article_with_spans(text, span, published=PublishedDate(published, "day"))


def _pairs(*articles) -> list[tuple[str, str]]:
    for i, article in enumerate(articles):
        article.id = f"a{i}"
    return [(c.a.article_id, c.b.article_id) for c in find_contradictions(list(articles)) if c.kind == "dates"]


def test_a_clock_time_on_one_day_against_the_next_day_is_two_accounts():
    night = _closed("The Marlow Street Bridge closed at 11 p.m. Saturday, the city said.", "2025-03-08T23:00",
                    "The Marlow Street Bridge", "the city", "2025-03-10")
    sunday = _closed("The Marlow Street Bridge closed Sunday, officials said.", "2025-03-09",
                     "The Marlow Street Bridge", "officials", "2025-03-11")
    assert _pairs(night, sunday) == [("a0", "a1")]


def test_the_short_form_of_the_name_is_the_same_doer():
    night = _closed("The Marlow Street Bridge closed at 11 p.m. Saturday, the city said.", "2025-03-08T23:00",
                    "The Marlow Street Bridge", "the city", "2025-03-10")
    sunday = _closed("The bridge closed on March 9, a state advisory said.", "2025-03-09", "The bridge",
                     "state advisory", "2025-03-12")
    assert _pairs(night, sunday) == [("a0", "a1")]


def test_two_ends_of_one_night_are_one_event():
    late = _closed("The Marlow Street Bridge closed late Saturday, the city said.", "2025-03-08",
                   "The Marlow Street Bridge", "the city", "2025-03-10")
    early = _closed("The Marlow Street Bridge closed early Sunday, officials said.", "2025-03-09",
                    "The Marlow Street Bridge", "officials", "2025-03-11")
    assert _pairs(late, early) == []


def test_one_day_as_a_clock_time_and_as_a_date_agrees():
    night = _closed("The Marlow Street Bridge closed at 11 p.m. Saturday, the city said.", "2025-03-08T23:00",
                    "The Marlow Street Bridge", "the city", "2025-03-10")
    dated = _closed("The bridge closed on March 8, a state advisory said.", "2025-03-08", "The bridge",
                    "state advisory", "2025-03-12")
    assert _pairs(night, dated) == []


def test_two_doers_of_one_kind_are_not_one_named_doer():
    night = _closed("The Marlow Street Bridge closed at 11 p.m. Saturday, the city said.", "2025-03-08T23:00",
                    "The Marlow Street Bridge", "the city", "2025-03-10")
    other = _closed("The Kessel Bridge closed Monday, officials said.", "2025-03-10", "The Kessel Bridge",
                    "officials", "2025-03-11")
    assert _pairs(night, other) == []
