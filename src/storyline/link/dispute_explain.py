"""Why two claims are flagged, in words: the explanation a dispute record carries (split from
link/contradictions.py, which holds the checks; this module only words their verdicts)."""
from __future__ import annotations

from storyline.link.claim_amounts import sum_words
from storyline.link.claim_comparisons import value_words
from storyline.link.claim_corrections import corrects as _corrects
from storyline.link.claim_counts import corrected_words, count_correction, count_words, rejected_counts
from storyline.link.claim_dates import DATE_TOLERANCE, DISCLOSURE_VERBS, one_act
from storyline.link.claim_estimates import estimate_words, estimator
from storyline.link.claim_event_counts import anchored_period
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_time import begun_process_words, same_period
from storyline.link.claim_verdict import FIGURE_TOLERANCE, Verdict
from storyline.link.denied_existence import false_report
from storyline.link.propositions import same_predicate


def explain(verdict: Verdict, a: ClaimRef, b: ClaimRef) -> str:
    about = verdict.proposition.name
    if verdict.reason:
        return verdict.reason
    if verdict.kind == "figures" and verdict.compared:
        return (f"{a.speaker} gives {value_words(a, verdict.compared)} and {b.speaker} gives "
                f"{value_words(b, verdict.compared)}, and the sentence sets one against the other's figure "
                f"({verdict.proposition.name}): two values of one quantity, they cannot both be right")
    if verdict.kind == "figures" and verdict.sums:
        return (f"{a.speaker} gives {sum_words(a)} and {b.speaker} gives {sum_words(b)} for one act ({about}), "
                f"not within {FIGURE_TOLERANCE:.0%} of each other and not dated apart: the sums cannot both be right")
    if verdict.kind == "figures":
        when = same_period(a, b)
        if verdict.corrects:
            fixer = a if _corrects(a, b) or count_correction(a, b) else b
            named = fixer.rejected or tuple(f"{n:,.0f}" for n in rejected_counts(fixer))
            when = f"{fixer.speaker} rejects {', '.join(named)} by name, so both speak of one measurement"
        x, y = (estimator(a), estimator(b)) if verdict.estimated else (a.speaker, b.speaker)
        return (f"{x} gives {_values_in_words(a, b)} and {y} gives {_values_in_words(b, a)} for the "
                f"same quantity ({about}), no two within {FIGURE_TOLERANCE:.0%} of each other; {when}: "
                f"the figures cannot both be right")
    if verdict.kind == "dates":
        assert a.scope and b.scope  # dates_conflict checked both
        days = abs(a.scope[0] - b.scope[0]).days
        apart = f"{days} day{'s' if days > 1 else ''} apart" + (_why_one_day(a, b) if days <= DATE_TOLERANCE.days else "")
        return (f"{a.speaker} dates it {a.scope[0]} and {b.speaker} {b.scope[0]}: two days for one event "
                f"({_acts(a, b)}; {about}), {apart}")
    if verdict.marked:
        said, fix = sorted((a, b), key=lambda r: r.start)
        return (f"the article reports {said.speaker}'s claim ({said.predicate}) and rejects it in the next sentence "
                f"({' '.join(fix.text.split()[:6])} …): a correction, {about}")
    yes, no = report_and_denial(verdict, a, b)
    when = f"the article reports {yes.speaker}'s claim to correct it, so both speak of one event" \
        if verdict.corrects else begun_process_words(yes, no) if verdict.begun else \
        f"both in the {anchored_period(a, b)} (one period, named in the same words)" if verdict.same_time else same_period(a, b)
    return (f"{yes.speaker} affirms it ({yes.predicate}) and {no.speaker} denies it (not {no.predicate}): "
            f"opposite claims, {about}; {when}")


def report_and_denial(verdict: Verdict, a: ClaimRef, b: ClaimRef) -> tuple[ClaimRef, ClaimRef]:
    return (a, b) if a.polarity == "positive" and not (verdict.participants and false_report(a)) else (b, a)


def _acts(a: ClaimRef, b: ClaimRef) -> str:
    """The act as the two claims tell it: one verb, or two told as one act ('sign / issue, one instrument')."""
    if a.predicate == b.predicate or not one_act(a, b) or same_predicate(a, b):
        return a.predicate
    return f"{a.predicate} / {b.predicate}, one instrument signed and issued at once"


def _values_in_words(x: ClaimRef, other: ClaimRef) -> str:
    """What `x` gives: its figures, or its count in a correction (as corrector or corrected), or its
    count or estimate."""
    counted = corrected_words(x, other) or tuple(reversed(corrected_words(other, x) or ()))
    if counted:  # the corrected count, not another figure of the sentence ('Shares fell 6% … about 140 households')
        return counted[0]
    return ", ".join(x.figures or count_words(x) or estimate_words(x))


def _why_one_day(a: ClaimRef, b: ClaimRef) -> str:
    """Why a day apart is two accounts (claim_dates._date_tolerance): an announcement is one act, or a
    clock time places the act inside its day."""
    if a.predicate in DISCLOSURE_VERBS and b.predicate in DISCLOSURE_VERBS:
        return ", and an announcement is one act on one day"
    return ", and a clock time places the act inside its day" if a.clock or b.clock else ""
