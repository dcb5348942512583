"""The lead's twenty-second invented story (a zoo's cold elephant barn): an outlet cited by a relative
clause after its own appositive, and documents 'first obtained by' an outlet. Invented sentences."""
from conftest import make_article
from storyline.extract.citations import find_citations
from storyline.model import PublishedDate, Span


def test_a_relative_clause_after_an_appositive_with_its_own_comma_cites():
    text = ("The ban follows reporting by The Beacon, a Halifax nonprofit newsroom, which revealed in May "
            "that the ramps had cracked.")
    assert [c.outlet for c in find_citations(text, known_outlets=("The Beacon",))] == ["The Beacon"]
    # a relative clause that is no report of the outlet's is no citation
    assert find_citations("The Beacon, a Halifax nonprofit newsroom, which employs nine people, moved.",
                          known_outlets=("The Beacon",)) == []


def test_documents_first_obtained_by_an_outlet_resolve_to_its_earliest_report_on_the_story():
    from storyline.link.provenance import citation_links

    def person(text: str, name: str) -> Span:
        at = text.index(name)
        return Span(at, at + len(name), "PERSON", "entities", name, {"name": name})

    first_text = "Inspectors ordered Rita Okonkwo's ferry company to fix its ramps, records show."
    first = make_article(first_text, outlet="Morning Beacon", published=PublishedDate("2024-05-07", "day"),
                         spans=[person(first_text, "Rita Okonkwo")])
    body = "The notes, citing records first obtained by the Morning Beacon, describe cracked ramps. Okonkwo apologized."
    cite = body.split(". ")[0] + "."
    citing = make_article(body, published=PublishedDate("2025-01-10", "day"), spans=[
        Span(0, len(cite), "CITATION", "citations", cite, {"outlet": "Morning Beacon"}), person(body, "Okonkwo")])
    links = citation_links([first, citing])
    assert {x.article_id: x.resolves_to for x in links} == {citing.id: first.id}


def _ref(text: str, agent: str, predicate: str = "die") -> object:
    from storyline.link.claim_ref import ClaimRef

    return ClaimRef("a" + agent[:3], 0, len(text), text, "Outlet", predicate, "positive", "asserted",
                    frozenset({predicate}), (), None, agent=agent, theme=None)


def test_two_doers_named_before_their_appositives_are_two_individuals():
    """'Kesi, the oldest giraffe at the park, died on Sunday' / 'Jabari, a 12-year-old giraffe, died on
    Saturday': alike descriptions, two names, two deaths."""
    from storyline.link.claim_doer import same_doer

    kesi = _ref("Kesi, the oldest giraffe at the park, died on Sunday.", "Kesi , the oldest giraffe at the park ,")
    jabari = _ref("Jabari, a 12-year-old giraffe, died on Saturday.", "Jabari , a 12 - year - old giraffe ,")
    assert not same_doer(kesi, jabari, frozenset({"old", "giraffe"}))
    # the same name, however described, is one doer
    again = _ref("Kesi, a giraffe born in 2001, died on Sunday.", "Kesi , a giraffe born in 2001 ,")
    assert same_doer(kesi, again, frozenset())


def _dated(text: str, agent: str, predicate: str, theme: str) -> object:
    from storyline.link.claim_ref import ClaimRef

    return ClaimRef("a" + text[:3], 0, len(text), text, "Outlet", predicate, "positive", "asserted",
                    frozenset({predicate}), (), None, agent=agent, theme=theme)


def test_a_repeated_visit_and_two_orders_of_different_content_are_two_events():
    """'visited the plant again on Jan. 15' repeats an earlier visit; 'ordered the park to repair its fence' and
    'ordered the park on Tuesday to stop breeding' are two orders (lead22, lead23)."""
    from storyline.link.claim_dates import same_event

    first = _dated("Inspectors visited the mill on Wednesday.", "Inspectors", "visit", "the mill")
    again = _dated("Inspectors visited the mill again on Jan. 15.", "Inspectors", "visit", "the mill")
    assert same_event(first, _dated("Inspectors visited the mill on Thursday.", "Inspectors", "visit", "the mill"))
    assert not same_event(first, again)
    repair = _dated("Regulators ordered the park to repair its fence on Feb. 2.", "Regulators", "order", "the park")
    stop = _dated("Regulators ordered the park on Tuesday to stop breeding animals.", "Regulators", "order", "the park")
    assert not same_event(repair, stop)
    assert same_event(repair, _dated("Regulators ordered the park on Feb. 3 to repair the fence.", "Regulators",
                                     "order", "the park"))
