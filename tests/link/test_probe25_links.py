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


def _left(article: str, text: str, day: int, published: int):
    import datetime as dt

    from storyline.link.claim_ref import ClaimRef

    when = dt.date(2024, 11, day)
    return ClaimRef(article, 0, len(text), text, "the port", "leave", "positive", "asserted",
                    frozenset({"cargo", "leave", "harbour", "november"}), (), (when, when), agent="The cargo",
                    theme="Harbour", scope_basis="stated", published=dt.date(2024, 12, published))


def test_a_departure_dated_two_days_after_the_other_is_another_departure() -> None:
    from storyline.link.claim_dates import dates_conflict, same_event

    first = _left("a", "The cargo left Harbour on November 5 and was handled by a local firm .", 5, 2)
    second = _left("b", "The northern cargo left Harbour on November 7 , two days after the shipment to Portmore .", 7, 8)
    assert dates_conflict(first, second)  # two days two apart: what the family compares
    assert not same_event(first, second)
    # without the interval the two days are two accounts of one departure; nor does a wrong interval tell them apart
    assert same_event(first, _left("b", "The cargo left Harbour on November 7 , the port said .", 7, 8))
    assert same_event(first, _left("b", "The cargo left Harbour on November 7 , a week after the storm .", 7, 8))
