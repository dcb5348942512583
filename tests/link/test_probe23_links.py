"""Branch probe23's invented story (a diagnostics chain's data breach across four countries): a clinic chain
called by its name less the plural head 'Clinics'. Invented names."""
from __future__ import annotations

from conftest import make_entity as _entity
from storyline.link.entity_merge import merge_entities


def test_a_chain_is_called_by_its_name_less_its_plural_head():
    articles = {"a1": [_entity("ORG", "Kauri Bay Clinics"), _entity("ORG", "Kauri Bay")],
                "a2": [_entity("ORG", "Kauri Bay"), _entity("ORG", "Tamarind Hospitals")],
                "a3": [_entity("ORG", "Tamarind")]}
    groups = sorted(sorted({m.text for _, m in e.mentions}) for e in merge_entities(articles))
    assert groups == [["Kauri Bay", "Kauri Bay Clinics"], ["Tamarind", "Tamarind Hospitals"]]
