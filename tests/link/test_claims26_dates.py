"""claims26's date forms (invented sentences): two verbs of handing over one document ([submitting_verbs])
are one act, so two stated days for it are two accounts of when it was done."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}
PUBLISHED = dt.date(2025, 6, 20)


def ref(article: str, text: str, predicate: str, *, day: dt.date, agent: str, theme: str, speaker: str,
        keywords: str) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, "positive", "asserted",
                    frozenset(keywords.split()), (), (day, day), agent=agent, theme=theme, scope_basis="stated",
                    published=PUBLISHED, attributed=True, speaker_kind="org", cue="say")


TENDERED = ref("a", "Port commissioner Ada Lindqvist tendered her resignation to the board on 17 June , the board said .",
               "tender", day=dt.date(2025, 6, 17), agent="Port commissioner Ada Lindqvist", theme="her resignation",
               speaker="board", keywords="commissioner lindqvist tender resignation board")
SUBMITTED = ref("b", "Ada Lindqvist submitted her resignation as port commissioner on June 12 , a colleague said .",
                "submit", day=dt.date(2025, 6, 12), agent="Ada Lindqvist", theme="her resignation as port commissioner",
                speaker="colleague", keywords="lindqvist submit resignation commissioner")


def test_two_verbs_of_handing_over_one_document_on_two_days_are_two_dates_of_one_act():
    verdict = flag_pair(TENDERED, SUBMITTED, GROUPS)
    assert verdict is not None and verdict.kind == "dates"


@pytest.mark.parametrize("changes", [
    pytest.param({"text": "Ada Lindqvist submitted her expenses claim on June 12 , a colleague said .",
                  "theme": "her expenses claim", "keywords": frozenset(["lindqvist", "submit", "expense", "claim"])},
                 id="another document"),
    pytest.param({"scope": (dt.date(2025, 6, 17),) * 2}, id="one day"),
])
def test_two_documents_handed_over_or_one_day_are_no_dispute(changes):
    assert flag_pair(TENDERED, replace(SUBMITTED, **changes), GROUPS) is None
