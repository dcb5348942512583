"""The lead's fiftieth invented story: a citation dated to a week holding two of the cited outlet's reports
resolves to the one that retells its sentence; a two-word name tagged ORG whose given name and surname are a
person's elsewhere in the corpus is that person (invented text only)."""
from __future__ import annotations


def test_a_week_with_two_reports_resolves_by_what_the_sentence_retells() -> None:
    from conftest import make_article
    from storyline.link.provenance import citation_links
    from storyline.model import PublishedDate, Span

    monday = make_article("The port authority said the cranes would be back in service within a week.",
                          outlet="Delta Wire", published=PublishedDate("2025-03-03", "day"))
    thursday = make_article("The harbour master said the port had not been fined over the spill.",
                            outlet="Delta Wire", published=PublishedDate("2025-03-06", "day"))
    body = "The harbour master told Delta Wire last week that the port had not been fined."
    citing = make_article(body, published=PublishedDate("2025-03-10", "day"), spans=[Span(
        0, len(body), "CITATION", "citations", body, {"outlet": "Delta Wire", "time": "2025-W10"})])
    links = {x.article_id: x.resolves_to for x in citation_links([monday, thursday, citing])}
    assert links == {citing.id: thursday.id}


def test_a_given_name_and_a_corpus_surname_tagged_org_is_a_person() -> None:
    from storyline.extract.entities import ArticleEntity, Mention
    from storyline.link.entity_merge import merge_entities

    def entity(label: str, name: str) -> ArticleEntity:
        return ArticleEntity(label, name, [Mention(0, len(name), name, label)])

    merged = merge_entities({"a1": [entity("PERSON", "Marisol Okafor"), entity("PERSON", "Mr. Okafor")],
                             "a2": [entity("ORG", "Darnell Okafor"), entity("ORG", "Okafor Logistics")]})
    kinds = {e.name: e.type for e in merged}
    assert kinds.get("Darnell Okafor") == "PERSON"
    assert kinds.get("Okafor Logistics") == "ORG"
