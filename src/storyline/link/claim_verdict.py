"""The verdict on a pair of claims (link/contradictions.py) and the figures test the families share:
kept apart so that the correction family (claim_corrections.py) can build verdicts of its own."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storyline.link.propositions import Proposition

# Figures this close (relative) are one value reported twice: the sample key's 38% and 40% are 81 and
# 85 of the same 212 wells; 52% vs 65% of one vote count is a conflict.
FIGURE_TOLERANCE = 0.1


def values(figures: Sequence[str]) -> list[float]:
    out = []
    for f in figures:
        try:
            out.append(float(f.rstrip("%").replace(",", "")))
        except ValueError:
            continue
    return out


def figures_conflict(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when both give figures and none of one is within FIGURE_TOLERANCE of one of the other."""
    x, y = values(a), values(b)
    close = any(abs(u - v) <= FIGURE_TOLERANCE * max(abs(u), abs(v)) for u in x for v in y)
    return bool(x) and bool(y) and not close


@dataclass(slots=True, frozen=True)
class Verdict:
    kind: str                  # "opposite" | "figures" | "dates"
    proposition: Proposition
    corrects: bool = False     # one side rejects the other's very value: no time scope needed
    marked: bool = False       # the article rejects the claim by a correction marker: about it, whatever words
    participants: bool = False  # paired by kind and target (denied_existence), not by shared words
    begun: bool = False        # the report's process held to go on after it (claim_time.begun_process_overlaps)
    compared: str = ""          # the unit of a value the writer set against the other's figure (claim_comparisons)
    sums: bool = False          # two sums of money for one act (claim_amounts): held at any time not stated apart
    estimated: bool = False     # two parties' estimates (claim_estimates): the parties are who values
    same_time: bool = False     # the check itself found one period (claim_event_counts.same_time): no scope needed
    reason: str = ""            # the explanation the check wrote (claim_event_counts, claim_converse)
