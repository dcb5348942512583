"""claims28: a hedged count that bounds its value ('Up to 40 homes may have been destroyed') against a firm
count of the same act outside the bound; an exact hedged count, a bound the firm count meets, and 'could have'
stay uncompared. Invented sentences."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}
NIGHT = (dt.date(2025, 6, 3), dt.date(2025, 6, 3))


def ref(article: str, text: str, modality: str, *, theme: str, day: int, keywords: str, speaker: str) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, "destroy", "positive", modality,
                    frozenset(keywords.split()), (), NIGHT, agent="the fire", theme=theme, scope_basis="stated",
                    published=dt.date(2025, 6, day), attributed=True, speaker_kind="org", cue="say")


FIRM = ref("a", "The fire destroyed 95 homes in Kelso on Tuesday night , the council said .", "asserted",
           theme="95 homes in Kelso", day=4, keywords="fire destroy home kelso tuesday night",
           speaker="council")
HEDGED = ref("b", "Up to 40 homes in Kelso may have been destroyed by the fire on Tuesday night , officials said .", "may",
             theme="Up to 40 homes in Kelso", day=5, keywords="fire destroy home kelso tuesday night", speaker="officials")


def test_a_hedged_upper_bound_conflicts_with_a_firm_count_above_it():
    verdict = flag_pair(FIRM, HEDGED, GROUPS)
    assert verdict is not None and verdict.kind == "figures"


def test_a_firm_count_within_the_bound_is_no_dispute():
    within = replace(FIRM, text=FIRM.text.replace("95", "35"), theme="35 homes in Kelso")
    assert flag_pair(within, HEDGED, GROUPS) is None


def test_an_exact_hedged_count_is_a_guess_and_stays_uncompared():
    guess = replace(HEDGED, text=HEDGED.text.replace("Up to 40", "40"), theme="40 homes in Kelso")
    assert flag_pair(FIRM, guess, GROUPS) is None


def test_could_have_is_no_epistemic_bound():
    could = replace(HEDGED, text=HEDGED.text.replace("may have", "could have"), modality="could")
    assert flag_pair(FIRM, could, GROUPS) is None
