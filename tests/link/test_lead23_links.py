"""The lead's twenty-third invented story (an eye-drop maker's contaminated batches): an outlet's report
with its content clause, a time-less citation retold in other inflections after the outlet's appositive,
initials a model tagged as a person, a drug maker called by its first word. Invented sentences."""
from conftest import entity_groups as _groups
from conftest import make_article
from conftest import make_entity as _entity
from storyline.extract.citations import find_citations
from storyline.link.entity_merge import merge_entities
from storyline.link.provenance import citation_links
from storyline.model import PublishedDate, Span


def test_an_outlets_report_with_its_content_clause_cites_it():
    text = "He did not answer questions about the Coast Ledger's report on Thursday that inspectors took samples."
    assert [c.outlet for c in find_citations(text, known_outlets=("Coast Ledger",))] == ["the Coast Ledger"]
    assert find_citations("The company's report on Thursday that sales fell was wrong.") == []


def _named(text: str, name: str, label: str) -> Span:
    at = text.index(name)
    return Span(at, at + len(name), label, "entities", name, {"name": name})


def test_a_time_less_citation_retold_in_other_inflections_after_the_outlets_appositive_resolves():
    report_text = ("Inspectors found that 14 boats had sailed before their safety checks were finished, "
                   "according to the Harbor Authority's report.")
    report = make_article(report_text, outlet="Ferry Trade Weekly", published=PublishedDate("2024-03-11", "day"),
                          spans=[_named(report_text, "Harbor Authority", "ORG")])
    body = ("The regulator found that boats sailed before safety checking was complete, according to Ferry "
            "Trade Weekly, an American trade publication. The Harbor Authority declined to comment.")
    cite = body.split(". ")[0] + "."
    citing = make_article(body, published=PublishedDate("2024-06-19", "day"), spans=[
        Span(0, len(cite), "CITATION", "citations", cite, {"outlet": "Ferry Trade Weekly"}),
        _named(body, "Harbor Authority", "ORG")])
    assert {x.article_id: x.resolves_to for x in citation_links([report, citing])} == {citing.id: report.id}




def test_initials_tagged_a_person_join_the_body_another_article_writes_them_for():
    articles = {"a1": [_entity("ORG", "Coastal Drugs Safety Board", "Coastal Drugs Safety Board", "CDSB")],
                "a2": [_entity("PERSON", "CDSB")]}
    assert _groups(merge_entities(articles)) == [["CDSB", "Coastal Drugs Safety Board"]]
    # initials the corpus tags a person everywhere stay a person
    people = {"a1": [_entity("PERSON", "AOC")], "a2": [_entity("PERSON", "AOC")]}
    assert [e.type for e in merge_entities(people)] == ["PERSON"]


def test_a_name_one_article_tags_a_person_and_another_a_body_is_one_shared_actor():
    """'Kargo' tagged PERSON in the citing article and ORG in the cited one (lead24): a recent report
    of the cited outlet sharing the name is the one cited."""
    report_text = "Ferrylink announced the breach in an email to its users, a day before its public statement."
    report = make_article(report_text, outlet="Harbour Times", published=PublishedDate("2024-03-12", "day"),
                          spans=[_named(report_text, "Ferrylink", "ORG")])
    body = "Ferrylink had emailed users before its public statement, as the Harbour Times reported. Shares fell."
    cite = body.split(". ")[0] + "."
    citing = make_article(body, published=PublishedDate("2024-03-13", "day"), spans=[
        Span(0, len(cite), "CITATION", "citations", cite, {"outlet": "Harbour Times"}),
        _named(body, "Ferrylink", "PERSON")])
    assert {x.article_id: x.resolves_to for x in citation_links([report, citing])} == {citing.id: report.id}
