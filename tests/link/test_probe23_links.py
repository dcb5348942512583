"""Branch probe23's invented story (a diagnostics chain's data breach across four countries): a clinic chain
called by its name less the plural head 'Clinics'. Invented names."""
from __future__ import annotations

import datetime as dt

from storyline.extract.entities import ArticleEntity, Mention
from storyline.link.entity_merge import merge_entities


def _entity(label: str, name: str, *texts: str) -> ArticleEntity:
    texts = texts or (name,)
    return ArticleEntity(label, name, [Mention(20 * i, 20 * i + len(t), t, label) for i, t in enumerate(texts)])


def test_a_chain_is_called_by_its_name_less_its_plural_head():
    articles = {"a1": [_entity("ORG", "Kauri Bay Clinics"), _entity("ORG", "Kauri Bay")],
                "a2": [_entity("ORG", "Kauri Bay"), _entity("ORG", "Tamarind Hospitals")],
                "a3": [_entity("ORG", "Tamarind")]}
    groups = sorted(sorted({m.text for _, m in e.mentions}) for e in merge_entities(articles))
    assert groups == [["Kauri Bay", "Kauri Bay Clinics"], ["Tamarind", "Tamarind Hospitals"]]


def test_a_participle_adjective_shares_no_stem_with_its_noun():
    from storyline.link.claim_ref import ClaimRef
    from storyline.link.propositions import shared_stems

    def ref(text: str, predicate: str, keywords: set[str]) -> ClaimRef:
        day = dt.date(2024, 3, 5)
        return ClaimRef("a", 0, len(text), text, "the Courier", predicate, "positive", "asserted",
                        frozenset(keywords | {predicate}), (), (day, day), published=day)

    sought = ref("The ministry sought a detailed report on the outage of its systems.", "seek",
                 {"ministry", "detailed", "report", "outage", "system"})
    stored = ref("No bank details were stored on the affected systems.", "store", {"bank", "detail", "system", "affected"})
    assert set(shared_stems(sought, stored)) == {"system"}
    again = ref("The ministry wants the details of the outage.", "want", {"ministry", "detail", "outage"})
    assert "detail" in shared_stems(again, stored)
