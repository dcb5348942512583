"""Branch probe25's invented story: a company's name less its designator tagged a facility in one article."""
from __future__ import annotations


def test_a_companys_name_tagged_a_facility_joins_the_company_named_with_its_designator() -> None:
    from storyline.extract.entities import ArticleEntity, Mention
    from storyline.link.entity_merge import merge_entities

    def entity(label: str, name: str, *texts: str) -> ArticleEntity:
        texts = texts or (name,)
        return ArticleEntity(label, name, [Mention(20 * i, 20 * i + len(t), t, label) for i, t in enumerate(texts)])

    articles = {"a1": [entity("ORG", "Harrow Freight Ltd")],
                "a2": [entity("FAC", "Harrow Freight", "Harrow Freight’s"), entity("FAC", "Dublin Port")],
                "a3": [entity("ORG", "Harrow Freight")]}
    groups = sorted(sorted({m.text for _, m in e.mentions}) for e in merge_entities(articles))
    assert groups == [["Dublin Port"], ["Harrow Freight", "Harrow Freight Ltd", "Harrow Freight’s"]]
