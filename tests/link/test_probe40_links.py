"""Branch probe40: a citation whose only time is the reported event's ('a statement reported by the Ledger that
the line opened on March 1') resolves to the outlet's one report between that day and the citing article;
invented text only."""
from __future__ import annotations

from conftest import make_article
from storyline.link.citation_complement import event_time_only
from storyline.link.provenance import citation_links
from storyline.model import PublishedDate, Span


def _citing(body: str, day: str, time: str, outlet: str = "Harbour Ledger") -> object:
    return make_article(body, published=PublishedDate(day, "day"), spans=[Span(
        0, len(body), "CITATION", "citations", body, {"outlet": outlet, "time": time})])


def _report(day: str, outlet: str = "Harbour Ledger") -> object:
    return make_article(f"a report of {day}", outlet=outlet, published=PublishedDate(day, "day"))


def test_the_time_inside_the_reported_clause_dates_the_event_not_the_report() -> None:
    for body in ("The operator said in a statement reported by the Harbour Ledger that the ferry resumed on March 1.",
                 "The council told the Harbour Ledger that the bridge reopened on March 1.",
                 "According to a notice reported by the Harbour Ledger, the firm said that it paid staff on March 1."):
        report, citing = _report("2025-03-03"), _citing(body, "2025-03-10", "2025-03-01")
        assert {x.article_id: x.resolves_to for x in citation_links([report, citing])} == {citing.id: report.id}, body


def test_a_report_time_before_the_clause_or_two_reports_leave_it_unresolved() -> None:
    body = "The Harbour Ledger reported on Monday that the ferry resumed on March 1."
    assert not event_time_only(body)
    body = "The operator said in a statement reported by the Harbour Ledger that the ferry resumed on March 1."
    assert event_time_only(body)
    two = [_report("2025-03-02"), _report("2025-03-04")]
    citing = _citing(body, "2025-03-10", "2025-03-01")
    assert {x.article_id: x.resolves_to for x in citation_links([*two, citing])}[citing.id] is None
    # a report from before the event, or months after it, is another story
    for day in ("2025-02-27", "2025-06-01"):
        citing = _citing(body, "2025-06-10", "2025-03-01")
        assert {x.article_id: x.resolves_to for x in citation_links([_report(day), citing])}[citing.id] is None
