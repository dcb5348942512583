"""Disputes: a story's contradictions gathered into the disagreements they are.

A dispute is one claim and two sides: who says yes, who says no (or, for a quantity, who gives which
value), when each side said it, and each side's sentences and speakers. Every contradiction found
by storyline.link.contradictions belongs to exactly one dispute (the ones it numbered alike: same
kind, same proposition, same two speakers), so a dispute is shown once however many sentence pairs
support it. Disputes come only from structured claims: a claim's polarity, modality (hedged and
hypothetical claims never contradict) and time scope were decided on the claim's own sentence, so
no quote is taken out of its negation or hedge.

The stance model (storyline.stance) then adds, for the dispute's claim, the story's other articles
that agree with it or deny it: marked as the model's judgement, with its deciding sentences, never
used to create a dispute.

    from storyline.link.disputes import disputes_for_story
    disputes_for_story(store, story_id)   # list of export-shaped dicts
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.model import Article

# The generic kinds of disagreement. "opposite" (one side affirms, the other denies the same
# proposition) is a report against its denial, or an allegation against its correction (below);
# "figures" is two values of one quantity; "dates" two dates of one event.
KINDS = {"opposite": "report vs denial", "figures": "two values of one quantity", "dates": "two dates of one event"}
CORRECTION = "allegation vs correction"
STANCE_SIDES = ("agree", "disagree")
STANCE_MIN_CONFIDENCE = 0.6   # below this the model is closer to a coin toss than to evidence


@dataclass(slots=True, frozen=True)
class Statement:
    """One sentence on one side of a dispute."""

    article: str
    text: str
    speaker: str
    time: list[str | None] | None
    time_basis: str | None


@dataclass(slots=True, frozen=True)
class Side:
    position: str                     # "affirms" | "denies" | "gives 40%" …
    speakers: tuple[str, ...]
    statements: tuple[Statement, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article for s in self.statements))


@dataclass(slots=True, frozen=True)
class Dispute:
    number: int
    kind: str                          # report vs denial | two values of one quantity
    family: str
    claim: str                         # the proposition, as its affirming (or first) side states it
    yes: Side
    no: Side
    pairs: int                         # contradicting sentence pairs behind it
    explanation: str


def disputes_from_contradictions(records: Sequence[dict[str, Any]]) -> list[Dispute]:
    """Group contradiction records (export shape, storyline.link.contradictions) into disputes."""
    groups: dict[int, list[dict[str, Any]]] = {}
    for c in records:
        groups.setdefault(int(c.get("dispute", 0)), []).append(c)
    return [_dispute(n, found) for n, found in sorted(groups.items())]


def _dispute(number: int, found: list[dict[str, Any]]) -> Dispute:
    first = found[0]
    kind = first["kind"]
    if kind == "opposite":
        yes = [s for c in found for s in (c["a"], c["b"]) if s.get("polarity") != "negative"]
        no = [s for c in found for s in (c["a"], c["b"]) if s.get("polarity") == "negative"]
        yes_side, no_side = _side("affirms", yes), _side("denies", no)
    else:
        yes_side = _side("gives one value", [c["a"] for c in found])
        no_side = _side("gives another", [c["b"] for c in found])
    claim = yes_side.statements[0].text if yes_side.statements else first["a"]["text"]
    named = CORRECTION if any(c.get("correction") for c in found) else KINDS.get(kind, kind)
    return Dispute(number, named, first["family"], claim, yes_side, no_side, len(found),
                   _explain(kind, first, yes_side, no_side, len(found)))


def _side(position: str, sides: list[dict[str, Any]]) -> Side:
    statements = {(s["article"], s["start"]): Statement(s["article"], s["text"], s["speaker"], s.get("time"),
                                                         s.get("time_basis")) for s in sides}
    ordered = tuple(statements.values())
    return Side(position, tuple(dict.fromkeys(s.speaker for s in ordered)), ordered)


def _explain(kind: str, first: dict[str, Any], yes: Side, no: Side, pairs: int) -> str:
    support = f"{pairs} pair{'s' if pairs != 1 else ''} of sentences"
    if kind == "opposite":
        head = (f"{_names(yes.speakers)} affirm{'s' if len(yes.speakers) == 1 else ''} and "
                f"{_names(no.speakers)} den{'ies' if len(no.speakers) == 1 else 'y'} the same {first['family']}")
    elif kind == "dates":
        head = f"{_names(yes.speakers)} and {_names(no.speakers)} date one event ({first['family']}) differently"
    else:
        head = (f"{_names(yes.speakers)} and {_names(no.speakers)} give values for one quantity "
                f"({first['family']}) that do not meet")
    return f"{head} ({support}); first pair: {first['explanation']}"


def _names(speakers: Sequence[str]) -> str:
    return " and ".join(speakers) if len(speakers) <= 2 else f"{', '.join(speakers[:-1])} and {speakers[-1]}"


def stance_echoes(dispute: Dispute, articles: Sequence[Article], judge: Any = None) -> list[dict[str, Any]]:
    """The story's other articles the stance model judges to agree with or deny the dispute's claim
    (confident judgements only), with the sentences that decide."""
    from storyline.stance import StanceJudge

    on_a_side = set(dispute.yes.articles) | set(dispute.no.articles)
    others = [a for a in articles if a.id not in on_a_side and not a.duplicate_of and a.body.strip()]
    judge = judge or StanceJudge()
    verdicts = judge.judge([(dispute.claim, a.body) for a in others])
    return [{"article": a.id, "outlet": a.outlet, "published": a.published.value, "stance": v.label,
             "confidence": round(v.confidence, 3), "sentences": list(v.sentences), "by": "stance model"}
            for a, v in zip(others, verdicts, strict=True)
            if v.label in STANCE_SIDES and v.confidence >= STANCE_MIN_CONFIDENCE]


def dispute_record(d: Dispute, echoes: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Export shape: a `disputes` list per story (additive to its `contradictions`)."""
    def side(s: Side) -> dict[str, Any]:
        return {"position": s.position, "speakers": list(s.speakers), "articles": list(s.articles),
                "statements": [{"article": t.article, "text": t.text, "speaker": t.speaker, "time": t.time,
                                "time_basis": t.time_basis} for t in s.statements]}
    return {"id": d.number, "kind": d.kind, "family": d.family, "claim": d.claim, "yes": side(d.yes),
            "no": side(d.no), "pairs": d.pairs, "explanation": d.explanation, "stance": echoes or []}


def disputes_in(articles: Sequence[Article], contradictions: Sequence[dict[str, Any]] | None = None,
                *, with_stance: bool = True) -> list[dict[str, Any]]:
    """Disputes of a story's articles (its contradiction records, when already computed)."""
    if contradictions is None:
        from storyline.link.contradictions import contradictions_in

        contradictions = contradictions_in(a for a in articles if not a.duplicate_of)
    found = disputes_from_contradictions(contradictions)
    if not found:
        return []
    judge = None
    if with_stance:
        from storyline.stance import StanceJudge

        judge = StanceJudge()
    return [dispute_record(d, stance_echoes(d, articles, judge) if judge else None) for d in found]


def disputes_for_story(store: Any, story_id: str, *, with_stance: bool = True) -> list[dict[str, Any]]:
    """The disputes of one stored story (for the web page and the API): a merged id resolves."""
    from storyline.link.story_view import view_story

    view = view_story(store, story_id)
    return disputes_in(view.articles, view.contradictions, with_stance=with_stance)
