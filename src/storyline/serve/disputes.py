"""A story's contradictions grouped into disputes, each shown once: the claim, who says yes, who
says no, when, with the contradicting sentence pairs under it.

The grouping is storyline.link.contradictions' own `dispute` number (flags between the same two
speakers about the same family share one); the seed story's 14 contradictions were 3 disputes shown
14 times. Kept small on purpose: the stance work (link/disputes.py) groups disputes per story too,
and this function is the one place to switch to it.
"""
from __future__ import annotations

from typing import Any


def group_disputes(contradictions: list[dict[str, Any]], summaries: dict[str, Any]) -> list[dict[str, Any]]:
    """Disputes in order of first appearance: {"claim", "family", "kind", "yes", "no", "when",
    "members"} where `members` are positions in `contradictions` and `when` the publication dates
    of the articles involved (earliest, latest; None when none is dated)."""
    groups: dict[Any, list[int]] = {}
    for i, c in enumerate(contradictions):
        groups.setdefault((c.get("dispute", i), c["family"]), []).append(i)
    return [_dispute([contradictions[i] for i in members], members, summaries) for members in groups.values()]


def _dispute(found: list[dict[str, Any]], members: list[int], summaries: dict[str, Any]) -> dict[str, Any]:
    sides = [side for c in found for side in (c["a"], c["b"])]
    positive = [s for s in sides if s.get("polarity") != "negative"]
    negative = [s for s in sides if s.get("polarity") == "negative"]
    dates = sorted(d for s in sides if (d := ((summaries.get(s["article"]) or {}).get("published") or {}).get("date")))
    return {"claim": (positive or sides)[0]["text"], "family": found[0]["family"], "kind": found[0]["kind"],
            "yes": _speakers(positive), "no": _speakers(negative),
            "when": (dates[0], dates[-1]) if dates else None, "members": members}


def _speakers(sides: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for s in sides:
        seen.setdefault(s.get("speaker") or "an unnamed source", None)
    return list(seen)
