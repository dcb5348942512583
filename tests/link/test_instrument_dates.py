"""One written instrument signed and issued ('signed an executive order … on Monday' / 'issued the
order … on March 17') is one act, so its two days are two accounts; an order suspending a route and
one restoring it are two instruments, and two reports years apart each dating its own week's order
tell two acts (invented text)."""
from conftest import date_flag_pairs, make_article_with_spans, make_claim_span
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate


def _order(text: str, verb: str, agent: str, theme: str, time: str, published: str, outlet: str = "Harbor Daily"):
    keywords = " ".join({verb, *(w.strip(",.'s").lower() for w in theme.split() if len(w) > 3)})
    span = make_claim_span(0, text, verb, "positive", outlet, keywords, agent=agent, theme=theme,
                           time=time, asserter_kind="outlet")
    return make_article_with_spans(text, span, published=PublishedDate(published, "day"))


SIGNED = ("Mayor Ellen Vasko signed an executive order suspending the Gull Point ferry route on Monday.", "sign",
          "Mayor Ellen Vasko", "an executive order suspending the Gull Point ferry route on Monday", "2022-03-14",
          "2022-03-18")


def test_signed_and_issued_one_order_on_two_days_are_two_accounts():
    issued = _order("Vasko issued the order suspending the Gull Point ferry route on March 17.", "issue", "Vasko",
                    "the order suspending the Gull Point ferry route on March 17", "2022-03-17", "2022-03-25",
                    "Civic Wire")
    assert date_flag_pairs(_order(*SIGNED), issued) == [("a0", "a1")]
    [flag] = find_contradictions([_order(*SIGNED), issued])
    assert "sign / issue, one instrument" in flag.explanation


def test_an_order_suspending_and_one_restoring_are_two_instruments():
    restored = _order("Mayor Ellen Vasko signed an executive order restoring the Gull Point ferry route on "
                      "Thursday.", "sign", "Mayor Ellen Vasko",
                      "an executive order restoring the Gull Point ferry route on Thursday", "2022-03-17",
                      "2022-03-18", "Civic Wire")
    assert date_flag_pairs(_order(*SIGNED), restored) == []


def test_two_reports_years_apart_each_of_its_own_week_tell_two_acts():
    again = _order("Mayor Ellen Vasko signed an executive order on the Gull Point ferry route on Monday.", "sign",
                   "Mayor Ellen Vasko", "an executive order on the Gull Point ferry route on Monday", "2024-05-06",
                   "2024-05-06", "Civic Wire")
    assert date_flag_pairs(_order(*SIGNED), again) == []


def test_a_later_retelling_of_the_day_still_disputes_it():
    retold = _order("Mayor Ellen Vasko signed the executive order suspending the Gull Point ferry route on "
                    "March 21, 2022.", "sign", "Mayor Ellen Vasko",
                    "the executive order suspending the Gull Point ferry route on March 21, 2022", "2022-03-21",
                    "2023-06-12", "Civic Wire")
    assert date_flag_pairs(_order(*SIGNED), retold) == [("a0", "a1")]
