"""Branch probe35: a company's name less its legal designator, tagged a work of art in the one article that never
writes the designator, is the company (invented names)."""
from __future__ import annotations

from conftest import entity_groups
from conftest import make_entity as _entity
from storyline.link.entity_merge import merge_entities


def test_a_designator_less_name_misread_as_a_work_joins_its_company() -> None:
    articles = {
        "a1": [_entity("ORG", "Tamsin Grid Corp.", "Tamsin Grid Corp.", "Tamsin Grid", "Tamsin Grid")],
        "a2": [_entity("WORK_OF_ART", "Tamsin Grid")],
    }
    assert entity_groups(merge_entities(articles)) == [["Tamsin Grid", "Tamsin Grid Corp."]]


def test_a_work_named_like_a_company_without_its_designator_elsewhere_stays_apart() -> None:
    # no company of that name less a designator: the work keeps its own entity
    articles = {
        "a1": [_entity("ORG", "Tamsin Grid Corp.")],
        "a2": [_entity("WORK_OF_ART", "The Long Grid")],
    }
    assert len(merge_entities(articles)) == 2
