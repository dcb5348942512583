"""Two accounts of one measured concentration ('contained lead at 40 micrograms per litre' / 'found lead at a level of
95 micrograms per litre'; 'a concentration of 40 nanograms per millilitre' / '… of 120 nanograms per millilitre'). A
number with a unit of measure is never a count (rules/disputes.toml [count_units_not_counted]), so such pairs had no
family check at all (issue 11's probe38 story: one test result told as 40 and as 120 ng/ml). Two positive factual
claims of two asserters are two values of one measurement when each gives one value of one concentration unit
([concentration_units]), the values are apart, neither is a norm ([norm_value_nouns]), the things are not two
members of a kind ('A second borehole'), their stated days agree, and they share two content words besides the
unit (the thing and what is measured in it: 'borehole', 'lead'; 'sample', 'concentration')."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from storyline import rules
from storyline.extract.names import fold
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_sets import other_sets
from storyline.link.propositions import singular

APART = 0.1          # values within a tenth of each other are one reading rounded (FIGURE_TOLERANCE's share)
SHARED_WORDS = 2     # the measured thing and what is measured in it
NORMS = rules.words("disputes", "norm_value_nouns")


@dataclass(slots=True, frozen=True)
class Measure:
    amount: float
    unit: str      # 'microgram/litre'


def _alternation(table: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
    forms = {f.casefold(): unit for unit, fs in table.items() for f in fs}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)), forms


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    tops, top_units = _alternation(rules.mapping("disputes", "concentration_units"))
    bottoms, bottom_units = _alternation(rules.mapping("disputes", "concentration_denominators"))
    pattern = re.compile(rf"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*(?P<top>{tops})(?:\s+of\s+[a-z-]+)?"
                         rf"\s*(?:/|(?:per|a|an)\s+)\s*(?P<bottom>{bottoms})\b", re.IGNORECASE)
    return pattern, top_units, bottom_units


def measures(text: str) -> list[Measure]:
    """The concentrations the text gives ('40 micrograms per litre' -> 40 microgram/litre)."""
    pattern, tops, bottoms = _pattern()
    return [Measure(float(m["n"]), f"{tops[m['top'].casefold()]}/{bottoms[m['bottom'].casefold()]}")
            for m in pattern.finditer(text)]


def _one_value(claim: ClaimRef) -> Measure | None:
    found = measures(claim.text)
    return found[0] if len(found) == 1 and not NORMS & set(fold(claim.text).split()) else None


def _shared(a: ClaimRef, b: ClaimRef) -> set[str]:
    pattern, _tops, _bottoms = _pattern()
    units = {singular(w) for w in re.findall(r"[a-z]+", " ".join(m.group(0) for m in pattern.finditer(
        fold(a.text) + " " + fold(b.text))))}
    return ({singular(w) for w in a.keywords} & {singular(w) for w in b.keywords}) - units - {a.predicate, b.predicate}


def measured_conflict(a: ClaimRef, b: ClaimRef) -> str | None:
    """The unit of one measurement the two claims give apart ('microgram/litre'), else None."""
    x, y = _one_value(a), _one_value(b)
    if x is None or y is None or x.unit != y.unit or abs(x.amount - y.amount) <= APART * max(x.amount, y.amount):
        return None
    if other_sets(a.agent, b.agent) or other_sets(a.theme, b.theme):
        return None  # 'A second borehole in Kondele recorded 12 …': another member of the kind
    if a.scope_basis == b.scope_basis == "stated" and a.scope and b.scope and a.scope != b.scope:
        return None  # two days' readings
    return x.unit if len(_shared(a, b)) >= SHARED_WORDS else None


def measure_words(claim: ClaimRef, unit: str) -> str:
    found = next((m for m in measures(claim.text) if m.unit == unit), None)
    return f"{found.amount:g} {unit}" if found else "a value"
