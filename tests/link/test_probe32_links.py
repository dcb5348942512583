"""Branch probe32's invented story (a stadium roof gives way in a storm): a citation naming no time resolves to
the cited outlet's report of the week that retells its sentence, not to a later one of the same day that retells
none of it (invented text only)."""
from __future__ import annotations


def _org_spans(body: str, *names: str) -> list:
    from storyline.model import Span

    return [Span(body.index(n), body.index(n) + len(n), "ORG", "entities", n, {}) for n in names]


def _resolved(first: str, second: str, body: str, citing_day: str) -> tuple[str | None, str, str]:
    """Where the citation in `body` (of `citing_day`) resolves, and the ids of Harbour Wire's Sunday and Monday
    reports `first` and `second`."""
    from conftest import make_article
    from storyline.link.provenance import citation_links
    from storyline.model import PublishedDate, Span

    sunday = make_article(first, outlet="Harbour Wire", published=PublishedDate("2025-03-02", "day"),
                          spans=_org_spans(first, "Marine Safety Office"))
    monday = make_article(second, outlet="Harbour Wire", published=PublishedDate("2025-03-03", "day"),
                          spans=_org_spans(second, "Marine Safety Office"))
    citing = make_article(body, published=PublishedDate(citing_day, "day"), spans=[Span(
        0, len(body), "CITATION", "citations", body, {"outlet": "Harbour Wire"}), *_org_spans(body, "Marine Safety Office")])
    links = {x.article_id: x.resolves_to for x in citation_links([sunday, monday, citing])}
    assert set(links) == {citing.id}
    return links[citing.id], sunday.id, monday.id


def test_a_timeless_citation_goes_to_the_report_that_retells_it() -> None:
    resolved, sunday, _ = _resolved(
        "The Marine Safety Office has opened an investigation into the crane collapse at Pier Four.",
        "The Marine Safety Office said the pier would reopen next month once repairs were finished.",
        "Harbour Wire reported that the Marine Safety Office had opened an investigation into the crane collapse.",
        "2025-03-03")
    assert resolved == sunday


def test_the_latest_report_stays_when_none_retells_more() -> None:
    resolved, _, monday = _resolved(
        "The Marine Safety Office said the pier was closed to visitors.",
        "The Marine Safety Office said the pier would reopen next month.",
        "Harbour Wire reported that the Marine Safety Office had fined the crane's owner.",
        "2025-03-04")
    assert resolved == monday
