"""The lead's thirty-third invented story (a toxic algae bloom and a fertilizer plant; Canadian and US
outlets): a company's short name tagged a person, a time-less citation of the outlet's only earlier report
on the story's actors, and a first report dated by the event it reports. Invented names."""
from __future__ import annotations

from conftest import make_article
from conftest import make_entity as _entity
from storyline.link.entity_merge import merge_entities
from storyline.link.provenance import citation_links
from storyline.model import PublishedDate, Span
from storyline.payloads import CitationPayload, TimexPayload


def test_a_companys_name_less_its_head_word_is_the_company_though_tagged_a_person():
    articles = {"a1": [_entity("ORG", "Harlan Agri Products"), _entity("PERSON", "Dale Harlan")],
                "a2": [_entity("PERSON", "Harlan Agri")]}
    groups = sorted(sorted({m.text for _, m in e.mentions}) for e in merge_entities(articles))
    assert groups == [["Dale Harlan"], ["Harlan Agri", "Harlan Agri Products"]]


def _article(text: str, outlet: str, day: str, *spans: Span):
    article = make_article(text, outlet=outlet, published=PublishedDate(day, "day"))
    article.spans = list(spans)
    return article


def test_a_timeless_citation_goes_to_the_outlets_only_earlier_report_on_the_storys_actors():
    report = _article("Harlan Agri said the EPA had not opened any investigation into the plant.", "WMCL 7 News",
                      "2024-07-17", Span(0, 11, "ORG", "entities", "Harlan Agri"))
    report.id = "report"
    text = "WMCL 7 News reported that the company denied any investigation by Harlan Agri's regulator."
    start = text.index("Harlan Agri")
    citing = _article(text, "The Lake Letter", "2024-08-01",
                      Span(0, len(text), "CITATION", "citations", text, payload=CitationPayload(outlet="WMCL 7 News")),
                      Span(start, start + 11, "ORG", "entities", "Harlan Agri"))
    assert citation_links([report, citing])[0].resolves_to == "report"
    # a second earlier report on the same actors leaves it open
    other = _article("Harlan Agri said it would appeal.", "WMCL 7 News", "2024-07-20",
                     Span(0, 11, "ORG", "entities", "Harlan Agri"))
    other.id = "other"
    assert citation_links([report, other, citing])[-1].resolves_to is None


def test_a_first_report_is_no_earlier_than_the_event_the_sentence_dates():
    old = _article("Harlan Agri Products faces questions.", "Michigan Radio", "2024-07-22",
                   Span(0, 20, "ORG", "entities", "Harlan Agri Products"))
    old.id = "old"
    new = _article("Harlan Agri Products will close the plant.", "Michigan Radio", "2026-01-20",
                   Span(0, 20, "ORG", "entities", "Harlan Agri Products"))
    new.id = "new"
    text = "Michigan Radio first reported the closure of Harlan Agri Products on Tuesday."
    at, day = text.index("Harlan"), text.index("Tuesday")
    citing = _article(text, "Agri Weekly", "2026-01-21",
                      Span(0, len(text), "CITATION", "citations", text, payload=CitationPayload(outlet="Michigan Radio")),
                      Span(at, at + 20, "ORG", "entities", "Harlan Agri Products"),
                      Span(day, day + 7, "TIMEX", "times", "Tuesday", payload=TimexPayload(value="2026-01-20")))
    assert citation_links([old, new, citing])[0].resolves_to == "new"


def test_a_three_capital_agency_less_news_is_cited_and_a_registered_case_exists():
    """lead34: 'PTB reported on Monday …' for PTB News; 'registered a case' brings the case about, so 'There is
    no police case' denies it (rules/disputes.toml [effected_object_verbs])."""
    from storyline.extract.citations import find_citations
    from storyline.link.claim_scope import EFFECTED_OBJECT_VERBS

    assert [c.outlet for c in find_citations("PTB reported on Monday that the police had registered a case.",
                                              known_outlets=("PTB News",))] == ["PTB"]
    assert find_citations("FBI agents said on Monday that the case was closed.", known_outlets=("FBI News",)) == []
    assert {"register", "lodge"} <= EFFECTED_OBJECT_VERBS
