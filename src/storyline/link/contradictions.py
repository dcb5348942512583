"""Contradictions: claims about the same proposition that cannot both hold in the same period.

No NLI model: two claims align when they share a proposition family (talks, amnesty offers, an
election's result, prosecution; paraphrases such as "offered amnesty" / "offers of amnesty" /
"pardons being offered" share one) and come from different asserters. They contradict when their
polarity is opposite (a report and its denial) or they give incompatible figures (52% vs 65–30%),
and only if their time scopes overlap: a 2019 offer and a 2024 denial are not a contradiction.
Hypothetical claims (would, could, if …) never contradict a factual one.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from storyline.extract.names import fold
from storyline.model import Article, Span

# Proposition families: lemmas that name the same kind of event. A small general lexicon for
# political news; each family was needed by a contradiction in the seeds or the sample corpus.
FAMILIES: dict[str, frozenset[str]] = {
    "talks": frozenset("talk negotiate negotiation contact communicate communication touch meeting meet "
                       "dialogue channel".split()),
    "amnesty offer": frozenset("amnesty pardon immunity clemency exile".split()),
    "election result": frozenset("win beat defeat victory victor lose".split()),
    "prosecution": frozenset("prosecute prosecution indict indictment charge".split()),
    "contamination": frozenset("contaminate contamination pollute pollution leak exceed".split()),
}
# Result families compare predicates only: "election" in a clause about tallies is not a result claim.
_PREDICATE_ONLY = {"election result"}
HYPOTHETICAL = frozenset({"would", "could", "may", "can", "should", "conditional", "hedged", "might"})
TOLERANCE = dt.timedelta(days=7)  # claims a week apart still describe the same state of affairs


@dataclass(slots=True, frozen=True)
class ClaimRef:
    """A claim as it is compared: where it is, who asserts it, what it says, and when it holds."""

    article_id: str
    start: int
    end: int
    text: str
    speaker: str
    predicate: str
    polarity: str
    modality: str
    keywords: frozenset[str]
    figures: tuple[str, ...]
    scope: tuple[dt.date, dt.date] | None   # None: the claim's time is unknown


@dataclass(slots=True, frozen=True)
class Contradiction:
    a: ClaimRef
    b: ClaimRef
    kind: str          # "opposite" | "figures"
    family: str
    explanation: str


def _value_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """'2019-07-23' → that day; '2019-07' → the month; '2019' → the year; anything else → None."""
    if not value:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            day = dt.date.fromisoformat(value)
            return day, day
        if re.fullmatch(r"\d{4}-\d\d", value):
            first = dt.date(int(value[:4]), int(value[5:]), 1)
            return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def _scope(span: Span, article: Article) -> tuple[dt.date, dt.date] | None:
    """When a claim holds: its own time expression, else the article's publication day, else unknown."""
    own = _value_interval(span.attrs.get("time"))
    if own:
        return own
    return _value_interval(article.published.value) if article.published.precision == "day" else None


def claim_refs(article: Article) -> list[ClaimRef]:
    refs = []
    for span in (s for s in article.spans if s.label == "CLAIM"):
        a = span.attrs
        refs.append(ClaimRef(article.id, span.start, span.end, span.text, a.get("asserter") or article.outlet or "?",
                             a.get("predicate") or "", a.get("polarity") or "positive", a.get("modality") or "asserted",
                             frozenset((a.get("keywords") or "").split()) | {a.get("predicate") or ""},
                             tuple((a.get("figures") or "").split()), _scope(span, article)))
    return refs


def families(claim: ClaimRef) -> set[str]:
    return {name for name, words in FAMILIES.items()
            if (claim.predicate in words if name in _PREDICATE_ONLY else claim.keywords & words)}


def same_speaker(a: str, b: str) -> bool:
    """'Elliott Abrams' and 'Abrams' are one speaker; so are 'the official' and 'senior official'."""
    x, y = set(fold(a).split()) - {"the", "a", "an"}, set(fold(b).split()) - {"the", "a", "an"}
    return bool(x) and bool(y) and (x <= y or y <= x)


def scopes_overlap(a: ClaimRef, b: ClaimRef, groups: dict[str, str]) -> bool:
    """Same article (or reprint group) with no explicit, disjoint times; or explicit overlapping times."""
    if a.scope and b.scope:
        return a.scope[0] - TOLERANCE <= b.scope[1] and b.scope[0] - TOLERANCE <= a.scope[1]
    return groups.get(a.article_id, a.article_id) == groups.get(b.article_id, b.article_id)


def _compare(a: ClaimRef, b: ClaimRef) -> tuple[str, str] | None:
    shared = families(a) & families(b)
    if not shared or same_speaker(a.speaker, b.speaker):
        return None
    if a.modality in HYPOTHETICAL or b.modality in HYPOTHETICAL:
        return None
    family = sorted(shared)[0]
    if a.polarity != b.polarity:
        return "opposite", family
    if a.figures and b.figures and not set(a.figures) & set(b.figures):
        return "figures", family
    return None


def _explain(kind: str, family: str, a: ClaimRef, b: ClaimRef) -> str:
    if kind == "figures":
        return (f"{a.speaker} gives {', '.join(a.figures)} and {b.speaker} gives {', '.join(b.figures)} "
                f"for the same {family}: the figures cannot both be right")
    yes, no = (a, b) if a.polarity == "positive" else (b, a)
    when = f"in the same period ({yes.scope[0]:%Y-%m-%d})" if yes.scope and no.scope else "in the same report"
    return (f"{yes.speaker} says it happened ({yes.predicate}) and {no.speaker} says it did not "
            f"({'not ' + no.predicate}), about {family}, {when}")


def find_contradictions(articles: Sequence[Article]) -> list[Contradiction]:
    """Every pair of claims across `articles` that cannot both hold, with an explanation."""
    groups = {a.id: a.duplicate_of or a.id for a in articles}
    refs = [r for a in articles for r in claim_refs(a) if families(r)]
    found, seen = [], set()
    for a, b in combinations(refs, 2):
        verdict = _compare(a, b)
        key = frozenset({(a.article_id, a.start), (b.article_id, b.start)})
        if verdict and key not in seen and scopes_overlap(a, b, groups):
            seen.add(key)
            found.append(Contradiction(a, b, verdict[0], verdict[1], _explain(*verdict, a, b)))
    return found


def contradiction_record(c: Contradiction) -> dict:
    """Export shape (../shared/EXPORT.md): both sides with their sentence and speaker, and why."""
    def side(r: ClaimRef) -> dict:
        return {"article": r.article_id, "text": r.text, "speaker": r.speaker, "start": r.start, "end": r.end,
                "polarity": r.polarity, "time": [str(d) for d in r.scope] if r.scope else None}
    return {"a": side(c.a), "b": side(c.b), "kind": c.kind, "family": c.family, "explanation": c.explanation}


def contradictions_in(articles: Iterable[Article]) -> list[dict]:
    return [contradiction_record(c) for c in find_contradictions(list(articles))]
