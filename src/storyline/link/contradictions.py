"""Contradictions: claims about the same proposition that cannot both hold in the same period.

No NLI model and no topic lists. Two claims from different asserters state one proposition when they
share its words (a WordNet equivalent counts as the same word): three content words, or two with a
shared theme, the same predicate or figures on both sides; or, for an assertion and a denial, a
matching event head (predicate verb or event noun, from WordNet's lexicographer files) and one more
shared argument, a content word or a name. The dispute kinds are generic: a report vs its denial, or an
allegation vs its correction (opposite polarity, the same doer when both name one: "opposition leaders
have not offered immunity" says nothing about a US offer); two values of one quantity (figures, none
close: 38% and 40% count the same wells, 52% and 65% do not); two dates of one event (two stated days
for the same predicate and doer). Opposite claims and figures conflict only if their time scopes overlap:
a 2019 offer and a 2024 denial "since the election" are not one. Hypothetical claims (would, could, if …)
and attitudes (a statement that "risked sidelining" negotiations) never contradict a factual one.
Look-alikes of one story are kept apart (claim_scope.py): reader comments, different places, what a
denial denies and an assertion asserts, one doer, the story's topic words, a denied existence; and pairs
of which one side asserts or denies nothing of the other (a question, "there is no doubt that", a
prediction against a report, a denial of part of a set, of an inference or of one's own evidence, of a
directive, of a means, of an ascription or on one's own premises, a negative implicative, a denial over
a restricted set; claim_denial.py), one quotation read as two speakers', and a pronoun subject of a
reported clause read as its reporter (docs/models/claims.md).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from storyline import rules
from storyline.extract.names import fold
from storyline.link import claim_scope
from storyline.link.claim_accounts import accounts_apart
from storyline.link.claim_amounts import stated_apart
from storyline.link.claim_changed_values import changed_value_conflict
from storyline.link.claim_comparisons import figures_compared
from storyline.link.claim_copies import one_quotation, one_sentence
from storyline.link.claim_corrections import article_corrects
from storyline.link.claim_corrections import by_correction as _by_correction
from storyline.link.claim_corrections import corrects as _corrects
from storyline.link.claim_corrections import marked_correction as _marked_correction
from storyline.link.claim_counts import count_correction, counts_conflict
from storyline.link.claim_dates import (
    DATE_TOLERANCE,
    DISCLOSURE_VERBS,
    announced_plan,
    announced_words,
    dates_conflict,
    named_doer,
    one_act,
    same_event,
)
from storyline.link.claim_denial import affirms_and_denies, asserted, denied, existence_met, same_participants
from storyline.link.claim_denied_counts import denied_counts
from storyline.link.claim_doer import kinds_apart, reported_subject, same_doer
from storyline.link.claim_ended import ended_before, with_ends
from storyline.link.claim_estimates import estimates_conflict, estimator
from storyline.link.claim_event_counts import anchored_period
from storyline.link.claim_hedged import hedged_verdict
from storyline.link.claim_indefinite import indefinite_only
from storyline.link.claim_involvement import involvement_conflict
from storyline.link.claim_nominal_acts import with_nominal_acts
from storyline.link.claim_people import other_namesakes
from storyline.link.claim_period_values import finished_count_conflict, period_value_conflict, since_and_one_day
from storyline.link.claim_presupposed import presupposed_event
from storyline.link.claim_promoted import promoted_correction
from storyline.link.claim_recounts import recounted
from storyline.link.claim_ref import ClaimRef, claim_refs, one_teller, same_speaker
from storyline.link.claim_sets import other_sets, part_against_not_all
from storyline.link.claim_time import begun_process_overlaps, scopes_overlap
from storyline.link.claim_verdict import Verdict, figures_conflict
from storyline.link.counted_acts import one_measured_act, two_values
from storyline.link.denied_existence import denial_of_report, existence_denied
from storyline.link.dispute_explain import explain as _explain
from storyline.link.dispute_explain import report_and_denial as _report_and_denial
from storyline.link.event_noun_dates import event_noun_dates
from storyline.link.name_kinds import kind_named, name_kinds
from storyline.link.propositions import (
    DETERMINERS,
    PRONOUNS,
    STRONG_SHARED_WORDS,
    Proposition,
    described_names,
    named_words,
    same_class,
    same_predicate,
    shared_proposition,
    story_topic,
)
from storyline.link.time_anchors import event_anchors
from storyline.model import Article

_NO_KINDS: Mapping[str, frozenset[str]] = {}

# a state's two stated days are two observations of it, not two dates of one event
STATIVE_VERBS = rules.words("disputes", "stative_verbs")
# 'must' states an obligation (deontic) or an inference (epistemic), like 'should', never a fact
# ("federal scientists must be able to evaluate …"; Huddleston & Pullum 2002 ch. 3 §9.2; dev stories:
# 9 flags, one pair in duplicated articles, none real).
HYPOTHETICAL = frozenset({"would", "could", "may", "can", "should", "must", "conditional", "hedged", "might",
                          "proposed", "asked"})
# Predicates of attitude or risk, or of asking: their object is not claimed to have happened ("opposition
# leaders said the statement risked sidelining their own negotiations" asserts no talks; seed set).
ATTITUDES = frozenset(["risk", "fear", "hope", "wish", "expect", "doubt", "worry"]) | rules.words("claim_frames", "questioning_verbs")


@dataclass(slots=True, frozen=True)
class Contradiction:
    a: ClaimRef
    b: ClaimRef
    kind: str          # "opposite" | "figures" | "dates"
    family: str
    explanation: str
    dispute: int = 0   # flags between the same two speakers about one proposition share a number
    correction: bool = False   # one side corrects the other (rejects its value, or denies with a correction verb)
    topic: frozenset[str] = frozenset()   # the words the two claims share (what the dispute is about)


def _factual(claim: ClaimRef) -> bool:
    return claim.modality not in HYPOTHETICAL and claim.predicate not in ATTITUDES


BARE_SPEECH_VERBS = rules.words("disputes", "bare_speech_verbs")


def _speech_only(claim: ClaimRef) -> bool:
    """A positive bare speech act with no attribution cue: the parse gave no content ('Nine wells …
    tested above the limit, the district said' read as the wells saying). A negative one keeps its
    denial ('UAE says no ban on pork', a real dispute on timeline17-dev)."""
    return claim.predicate in BARE_SPEECH_VERBS and claim.cue is None and claim.polarity == "positive"


def _asserted(claim: ClaimRef) -> ClaimRef:
    """A denial as it is compared: without what its definite descriptions presuppose ('X was not the
    source of the lead found in the river' does not deny that lead was found)."""
    if claim.polarity != "negative" or not claim.presupposed:
        return claim
    return replace(claim, keywords=claim.keywords - claim.presupposed)


# month and weekday names: a day written as an object names no thing the other claim must use
_DATE_WORDS = frozenset(rules.mapping("timex", "months")) | frozenset(rules.mapping("timex", "weekdays"))


def _other_object(a: ClaimRef, b: ClaimRef, kinds: Mapping[str, frozenset[str]] = _NO_KINDS) -> bool:
    """One claim's object is a name the other never uses ('does not recognise Alvarez as mayor'
    against 'was the first to recognise Brandt as mayor'): two propositions about two named things.
    A noun the story sets in apposition with the name ('the lift, known as the Summit Express') uses
    it (name_kinds.py: 'Nobody ordered us to shut that lift' may be about the Summit Express)."""
    def named_object(x: ClaimRef) -> set[str]:
        # a date is no named thing: 'was launched on August 15' parsed with 'August 15' as its object
        words = {fold(w) for w in re.findall(r"[^\W\d_]+", x.theme or "")} - DETERMINERS - _DATE_WORDS
        names = {fold(w) for w in named_words(x)}
        return words if words and words <= names else set()
    def used(x: ClaimRef) -> set[str]:
        return {fold(w) for w in x.keywords} | reported_subject(x) | described_names(x) | kind_named(x.keywords, kinds, x.text)
    mine, theirs = named_object(a), named_object(b)
    return bool(mine and not mine & used(b)) or bool(theirs and not theirs & used(a))


def _compare(a: ClaimRef, b: ClaimRef, kinds: Mapping[str, frozenset[str]] = _NO_KINDS) -> Verdict | None:
    if claim_scope.different_places(a.places, b.places):
        return None  # about different places, whatever words they share
    if any(x.places and not y.places and claim_scope.counted_places(y.text) for x, y in ((a, b), (b, a))):
        return None  # 'the country (China) has not confirmed any cases' / 'confirmed in seven countries'

    if one_sentence(a, b) or one_quotation(a, b):
        return None  # one sentence or one quotation, copied or read twice: any difference is in our reading of it
    marked = _marked_correction(a, b) or _marked_correction(b, a) or promoted_correction(a, b) or promoted_correction(b, a)
    if marked:
        return marked
    if unit := figures_compared(a, b) or figures_compared(b, a):
        return Verdict("figures", Proposition(f"figure of {unit}", frozenset({unit})), compared=unit)
    corrected = _corrected_count(a, b) or _denied_existence(a, b) or _competing_estimates(a, b) or _recounted(a, b) \
        or _accounts(a, b)
    if corrected:
        return corrected
    if _speech_only(a) or _speech_only(b):
        return None  # an act of speaking whose content the parse did not give asserts nothing to dispute
    if a.polarity != b.polarity:
        a, b = _asserted(a), _asserted(b)
    found = shared_proposition(a, b)
    if found and (_other_object(a, b, kinds) or other_namesakes(a, b)):
        return None
    if not found:  # two days of one event named by its noun ('the cave-in' / 'the collapse'): event_noun_dates
        return _named_doer_dates(a, b) or event_noun_dates(a, b, not _one_asserter(a, b) and _factual(a) and _factual(b))
    if a.polarity == b.polarity == "positive" and _factual(a) and _factual(b) and a.article_id != b.article_id \
            and not _other_holders(a, b) and not _two_tallies(a, b) and (values := two_values(a, b)):
        # two sums or counts of one act (counted_acts.py): one asserter's value told two ways by two articles
        # is two accounts of it ('Prosecutors say … $1.2 million' / '… $900,000')
        return Verdict("figures", found, sums=values == "sums")
    if a.article_id != b.article_id and _writers_own(a) and _writers_own(b) and _dates_of_one_event(a, b, found):
        # one outlet's two articles dating one act two ways are two accounts of it, as with sums above
        # (probe24: a contract 'signed on 14 March' in one report, 'signed on 21 April' in the next)
        return Verdict("dates", found)
    if _one_asserter(a, b) or not (_factual(a) and _factual(b)):
        # 'Up to 60 … may have been destroyed'; 'could cost £48m' / 'will cost about £75m' (claim_hedged)
        return None if _one_asserter(a, b) or _other_holders(a, b) else hedged_verdict(a, b, found)
    if claim_scope.interrogative(a.text) or claim_scope.interrogative(b.text):
        return None  # a question asserts nothing
    if a.polarity != b.polarity and not same_predicate(a, b) and (_announced_clause(a) or _announced_clause(b)):
        return None  # what was announced is the announcer's claim, compared as such; this one asserts the announcing
    if a.polarity != b.polarity and other_sets(a.agent, b.agent):
        return None  # 'none of the marinas' / 'two thirds of the boats': two sets (claim_sets.py)
    if a.polarity != b.polarity and part_against_not_all(a.text, b.text):
        return None  # 'not checked every morning' / 'checked on 11 of the 31 days': not all, and some
    if a.polarity != b.polarity and not (denied(a, b, found) and asserted(a, b, found)
                                         and same_participants(a, b, found) and existence_met(a, b)
                                         and affirms_and_denies(a, b, found)):
        return None
    if a.polarity != b.polarity and not same_predicate(a, b) and same_class(a, b) and kinds_apart(a, b):
        return None  # 'the weight limit has not changed' / 'the speed limit was lowered' (predicate_class)
    if a.polarity != b.polarity and presupposed_event(a, b, found):
        return None  # 'has not lodged an appeal against his ban' takes the ban as given (claim_presupposed.py)
    if a.polarity != b.polarity and not same_predicate(a, b) and indefinite_only(a, b, found):
        return None  # 'a small airline' and 'a small airline': two referents (claim_indefinite.py)
    corrects = a.polarity != b.polarity and (article_corrects(a, b) or article_corrects(b, a))
    if a.polarity != b.polarity and (not same_class(a, b) or same_doer(a, b, found.words)
                                     or (corrects and (_taken_up(a) or _taken_up(b)))):
        # doers compare only under one predicate (or one class: 'the speed limit was lowered' / 'the weight
        # limit has not changed'): "no well has tested above the limit" and "samples found solvent above the
        # limit in 11 wells" name the tested thing and the tester
        return Verdict("opposite", found, corrects=corrects)
    if a.polarity == b.polarity and figures_conflict(a.figures, b.figures) and not _other_holders(a, b) \
            and not _two_tallies(a, b) and not other_sets(a.agent, b.agent) and one_measured_act(a, b):
        # 'N percent of the voters' / 'M percent of the business owners': shares of two sets (lead19)
        return Verdict("figures", found, corrects=_corrects(a, b) or _corrects(b, a))
    if a.polarity == b.polarity == "positive" and same_class(a, b) and not _other_holders(a, b) \
            and (counts_conflict(a, b) or period_value_conflict(a, b) or finished_count_conflict(a, b)):
        return Verdict("figures", found)  # two counts of one thing for one act and time (claim_counts.py)
    if a.polarity == b.polarity == "positive" and not _other_holders(a, b) and (changed := changed_value_conflict(a, b)):
        return Verdict("figures", found, reason=changed)  # 'has risen to $3.4bn' / 'is $2.95bn' (claim_changed_values)
    if _dates_of_one_event(a, b, found):
        return Verdict("dates", found)
    return None


def _dates_of_one_event(a: ClaimRef, b: ClaimRef, found: Proposition) -> bool:
    """Two stated days of one act by one doer (claim_dates)."""
    return a.polarity == b.polarity == "positive" and a.predicate not in STATIVE_VERBS and dates_conflict(a, b) \
        and same_doer(a, b, found.words) and one_act(a, b) and same_event(a, b)


def _writers_own(claim: ClaimRef) -> bool:
    """A claim its article states in its own voice: the outlet asserts it and no verb of saying frames it."""
    return claim.speaker_kind == "outlet" and claim.cue is None and _factual(claim)


def _taken_up(claim: ClaimRef) -> bool:
    """The doer is a bare definite description ('the company', 'the agency'): in an article's own correction of a
    claim it has just reported ('a flyer says Brennick cut its training budget' / 'State filings show the company
    did not cut the training budget'), it takes up the doer the reported claim named (a definite description's
    antecedent in the text before it: Poesio & Vieira 1998), not a third party."""
    words = fold(claim.agent or "").split()
    return len(words) == 2 and words[0] in ("the", "this", "that") and words[1] not in PRONOUNS \
        and re.search(rf"\b(?:the|this|that) {re.escape(words[1])}\b", claim.text) is not None


def _named_doer_dates(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """Two days for one act of one named doer ('The Marlow Street Bridge closed at 11 p.m. Saturday' /
    'The Marlow Street Bridge closed Sunday'), where the name is all the two claims share: the dates
    family's checks (one predicate, one event, stated days that conflict), positive, factual, two
    asserters."""
    name = named_doer(a, b)
    if name is None or not a.polarity == b.polarity == "positive" or _one_asserter(a, b) \
            or not (_factual(a) and _factual(b)) or a.predicate in STATIVE_VERBS or not one_act(a, b):
        return None
    if not (dates_conflict(a, b) and same_event(a, b)):
        return None
    return Verdict("dates", Proposition(f"{a.predicate} by one doer ({' '.join((a.agent or name).split())})",
                                        frozenset({name})))


def _corrected_count(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """One claim rejects a count the other gives, by its value, and gives its own count of the same
    thing ('"Eleven people were hurt, not 18," the chief said' / 'Eighteen people were injured';
    claim_counts.count_correction): two values of one quantity, one correcting the other, whatever
    words or predicates they share. Two speakers, both factual."""
    if _one_asserter(a, b) or not (_factual(a) and _factual(b)):
        return None
    counted = count_correction(a, b) or count_correction(b, a)
    if counted is None:
        return None
    return Verdict("figures", Proposition(f"count of {counted.unit}", frozenset({counted.unit})), corrects=True)


def _recounted(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """One count told in two shapes by two asserters, both factual (claim_recounts, claim_denied_counts)."""
    return None if _one_asserter(a, b) or not (_factual(a) and _factual(b)) else recounted(a, b) or denied_counts(a, b)


def _competing_estimates(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """Two asserters' estimates of one quantity at values apart (claim_estimates.py: 'estimate the
    cost of the repairs at $8 million' / 'put the cost of the repairs at $13 million'), both factual;
    their time scopes must overlap (flag_pair): one party's estimate and another's a month later may
    each be right at its time. The two parties are who values (claim_estimates.estimator): a writer's
    own report of two agencies' estimates is two parties' values."""
    if same_speaker(estimator(a), estimator(b)) or not (_factual(a) and _factual(b)):
        return None
    measured = estimates_conflict(a, b)
    if measured is None:
        return None
    return Verdict("figures", Proposition("estimate of " + ", ".join(sorted(measured)), measured), estimated=True)


def _accounts(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """Two accounts of one fact that name it two ways (claim_accounts.py: a telling of a workforce told in the
    passive, a fixed sum's worth, a debt next to 'owe'); two asserters, both factual and positive."""
    if _one_asserter(a, b) or not (_factual(a) and _factual(b)) or not a.polarity == b.polarity == "positive":
        return None
    return accounts_apart(a, b)


def _denied_existence(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """A report of the act that is or brings about a thing, and a denial that the thing exists, of
    one kind and target (link/denied_existence.py): paired by participants, not shared words."""
    a, b = denial_of_report(a), denial_of_report(b)  # 'dismissed as false reports of an investigation'
    if _one_asserter(a, b) or not (_factual(a) and _factual(b)) \
            or claim_scope.interrogative(a.text) or claim_scope.interrogative(b.text):
        return None
    found = existence_denied(a, b)
    # a denial of any part in the act ('has no role in reviewing the contract', claim_involvement.py)
    return Verdict("opposite", found, participants=True) if found else involvement_conflict(a, b)


def opposed(claim: ClaimRef, other: ClaimRef) -> bool:
    """`other` denies what `claim` affirms or affirms what it denies, by the checks of a pair of the
    story (_compare) without a time scope: a claim given in words has no time of its own
    (storyline.stance.own_claims)."""
    verdict = _compare(claim, other)
    return verdict is not None and verdict.kind == "opposite"


def _announced_clause(claim: ClaimRef) -> bool:
    """The writer's report that someone made a clause known ('Quarry Line announced on Monday that it will
    suspend the service', [disclosure_events], no verb of saying): it asserts the announcement, dated by
    its own day; the clause is the announcer's and is read as its own claim, with its own modality (a
    plan, here). A denial of another act ('has not restored the service') does not deny the
    announcement, and against the clause it is judged where the clause is compared."""
    return claim.predicate in DISCLOSURE_VERBS and claim.cue is None \
        and fold(claim.theme or "").startswith(("that ", "how ", "whether ", "what ", "why "))


def _other_holders(a: ClaimRef, b: ClaimRef) -> bool:
    """Each figure's holder (the claim's subject) names a thing the other claim never names ('air
    monitors in Ashmere recorded 12 ppm' / 'air monitors in Millbrook recorded 2 ppm'; 'Harlow spent'
    / 'Greenvale spent'): the same measure of two holders, not two values of one. Names outside the
    place list count too: a small town the recognizer misses is still a name. A capitalised first word
    ('Air monitors') may read as a name on both sides, so each holder needs a name of its own."""
    def holder(x: ClaimRef) -> set[str]:
        words = {fold(w) for w in re.findall(r"[^\W\d_]+", x.agent or "")}
        return {fold(w) for w in named_words(x)} & words
    def used(x: ClaimRef) -> set[str]:
        return {fold(w) for w in x.keywords} | {fold(w) for w in re.findall(r"[^\W\d_]+", x.text)}
    mine, theirs = holder(a), holder(b)
    return bool(mine - used(b)) and bool(theirs - used(a))


def _two_tallies(a: ClaimRef, b: ClaimRef) -> bool:
    """A running count stated up to a day ('by Sunday evening, 18 residents had signed'; 'by Wednesday, 31'), its
    value the tally at the end: two such more than DATE_TOLERANCE apart are an update; so is a value since a point."""
    if since_and_one_day(a, b):
        return True
    tally = [x for x in (a, b) if x.scope_basis == "stated" and x.scope and x.scope[0] == dt.date.min]
    if not tally or not a.scope or not b.scope:
        return False
    return abs(a.scope[1] - b.scope[1]) > DATE_TOLERANCE


def _one_asserter(a: ClaimRef, b: ClaimRef) -> bool:
    """Both claims are one speaker's. A speaker's own act with no reporting verb ('Ostrander announced his
    resignation on Monday', Ostrander read as source) is told by its article: two articles telling it (or one
    telling it, one quoting its doer dating it) are two tellers, whose days or polarities can disagree."""
    if not one_teller(a, b):
        return False
    return not (a.article_id != b.article_id and (_own_act(a) or _own_act(b))
                and a.predicate in DISCLOSURE_VERBS and b.predicate in DISCLOSURE_VERBS)


def _own_act(claim: ClaimRef) -> bool:
    """The claim's doer is its asserter, no verb of saying frames it, and its act is one of making
    known (rules/claims.toml [disclosure_events]: an announcement happens once for one content): the
    writer's report of that act. Other acts read with their doer as source ('authorities described
    what witnesses saw', dated by two articles two days apart) are left as they were: a speaker says
    the same thing on many days (dev stories: one wrong flag before this restriction)."""
    return claim.cue is None and claim.predicate in DISCLOSURE_VERBS and bool(claim.agent) \
        and same_speaker(claim.agent or "", claim.speaker)


# a correction marker standing alone ('That is not accurate.', 'It hasn't.') is the verdict; its evidence is
# the sentence after it, the fact-check's order (claim, rating, evidence: Graves 2016, ch. 4)
_BARE_MARKER_WORDS = 6
_NEXT_SENTENCE = re.compile(r"[ \t]*([^\n]+?[.!?][\"'”’]?)(?=\s|$)")


def _with_evidence(ref: ClaimRef, body: str) -> ClaimRef:
    """A bare correction marker's side shown with the sentence of evidence that follows it in its
    paragraph, so the dispute shows what the article found, not only that it disagrees."""
    if len(ref.text.split()) > _BARE_MARKER_WORDS or not claim_scope.correction_marker(ref.text) \
            or ref.text.rstrip(" \t").endswith("\n"):
        return ref  # a marker that ends its paragraph (a headline's 'It hasn't.') stands alone
    following = _NEXT_SENTENCE.match(body, ref.end)
    if following is None:
        return ref
    return replace(ref, text=body[ref.start:following.end(1)], end=following.end(1))


def find_contradictions(articles: Sequence[Article]) -> list[Contradiction]:
    """Every pair of claims across `articles` that cannot both hold, with an explanation; pairs
    between the same two speakers about the same proposition are numbered as one dispute."""
    groups = {a.id: a.duplicate_of or a.id for a in articles}
    anchors = event_anchors(articles)
    refs = with_nominal_acts(with_ends([r for a in articles for r in claim_refs(a, anchors)]))
    topic = story_topic(refs)
    found, seen = [], set()
    bodies = {a.id: a.body for a in articles}
    kinds = name_kinds(bodies.values())
    for a, b in combinations(refs, 2):
        key = frozenset({(a.article_id, a.start), (b.article_id, b.start)})
        verdict = None if key in seen else flag_pair(a, b, groups, topic, kinds)
        if verdict:
            seen.add(key)
            if verdict.marked:
                a, b = (_with_evidence(r, bodies.get(r.article_id, "")) for r in (a, b))
            found.append(Contradiction(a, b, verdict.kind, verdict.proposition.name, _explain(verdict, a, b),
                                       topic=verdict.proposition.words,
                                       correction=verdict.corrects or _by_correction(a, b)))
    for a, b in _plan_pairs(refs):
        key = frozenset({(a.article_id, a.start), (b.article_id, b.start)})
        verdict = None if key in seen else _announcement_days(a, b)
        if verdict:
            seen.add(key)
            found.append(Contradiction(a, b, verdict.kind, verdict.proposition.name, _explain(verdict, a, b),
                                       topic=verdict.proposition.words))
    return _number_disputes(found)


def _plan_pairs(refs: Sequence[ClaimRef]) -> list[tuple[ClaimRef, ClaimRef]]:
    """Each announced plan (announced_plan) with every announcement of another article, and with
    every other announced plan: compared for their days only."""
    plans = [(r, p) for r in refs if (p := announced_plan(r)) is not None]
    told = [r for r in refs if r.predicate in DISCLOSURE_VERBS]
    pairs = [(p, r) for c, p in plans for r in told if r.article_id != c.article_id]
    pairs += [(p, q) for (c, p), (d, q) in combinations(plans, 2) if c.article_id != d.article_id]
    return pairs


def _announcement_days(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    """Two days for one announcement: two acts of making known ([disclosure_events], one kind of act
    whatever the verb: announce, unveil, disclose) by one doer, of one thing (same_event), on stated
    days that conflict (dates_conflict), told by two tellers, in places that are not two."""
    if claim_scope.different_places(a.places, b.places) or _one_asserter(a, b) or not dates_conflict(a, b):
        return None
    done = announced_words(a) & announced_words(b)
    if not done or not same_doer(a, b, frozenset(done)):
        return None
    return Verdict("dates", Proposition("announcement of " + ", ".join(sorted(done)), frozenset(done)))


def _topical(verdict: Verdict, a: ClaimRef, b: ClaimRef, topic: frozenset[str]) -> bool:
    """An assertion and a denial of different predicates that share only two of the story's topic
    words. Figures and dates of one quantity or event, one predicate, or three shared words are
    kept: a story about solvent in wells disputes whether solvent was found in wells."""
    words = verdict.proposition.words
    return verdict.kind == "opposite" and not verdict.marked and not verdict.participants and len(words) < STRONG_SHARED_WORDS and words <= topic \
        and not same_predicate(a, b)


def flag_pair(a: ClaimRef, b: ClaimRef, groups: dict[str, str], topic: frozenset[str] = frozenset(),
              kinds: Mapping[str, frozenset[str]] = _NO_KINDS) -> Verdict | None:
    """The verdict on two claims when they contradict in overlapping time, else None; a proposition
    named only by the story's topic words (story_topic) is none; `kinds` are the story's names' nouns
    (name_kinds)."""
    verdict = _compare(a, b, kinds)
    if verdict and (_topical(verdict, a, b, topic) or (verdict.kind == "opposite" and ended_before(a, b))):
        return None  # the topic's words only; a process its report says had ended before the denial (claim_ended)
    timeless = verdict is not None and (verdict.kind == "dates" or verdict.corrects or bool(verdict.compared)
                                        or (verdict.sums and not stated_apart(a, b)) or verdict.same_time)
    if verdict and (verdict.participants or _begun_and_denied(verdict, a, b)) and not timeless \
            and not scopes_overlap(a, b, groups):
        report, denial = _report_and_denial(verdict, a, b)
        return replace(verdict, begun=True) if begun_process_overlaps(report, denial) else None
    if verdict and not timeless and verdict.kind == "opposite" and anchored_period(a, b):
        return replace(verdict, same_time=True)  # one period named in the same words (claim_event_counts)
    return verdict if verdict and (timeless or scopes_overlap(a, b, groups)) else None


def _begun_and_denied(verdict: Verdict, a: ClaimRef, b: ClaimRef) -> bool:
    """One act told begun and denied, with the one verb that brings its object into being ('has
    opened a review of the permit' / 'has not opened any review of our permit'; [effected_object_verbs]):
    the begun thing goes on after the report, as a denial of its existence meets it (claim_time)."""
    return verdict.kind == "opposite" and a.polarity != b.polarity and ((
        a.predicate == b.predicate and a.predicate in claim_scope.EFFECTED_OBJECT_VERBS)
        or claim_scope.under_begun(a, b) or claim_scope.under_begun(b, a))  # 'not under review'


def _number_disputes(found: list[Contradiction]) -> list[Contradiction]:
    disputes: list[Contradiction] = []
    out = []
    for c in found:
        number = next((i for i, d in enumerate(disputes) if _same_dispute(c, d)), None)
        if number is None:
            number = len(disputes)
            disputes.append(c)
        out.append(replace(c, dispute=number))
    return out


def _same_dispute(c: Contradiction, d: Contradiction) -> bool:
    def pair(x: Contradiction) -> tuple[str, str]:
        return (x.a.speaker, x.b.speaker) if x.a.polarity <= x.b.polarity else (x.b.speaker, x.a.speaker)

    (p, q), (r, t) = pair(c), pair(d)
    straight = same_speaker(p, r) and same_speaker(q, t)
    crossed = c.kind == "figures" and same_speaker(p, t) and same_speaker(q, r)
    same_topic = c.family == d.family or bool(c.topic & d.topic)
    return c.kind == d.kind and same_topic and (straight or crossed)


def contradiction_record(c: Contradiction) -> dict:
    """Export shape (../shared/EXPORT.md): both sides with their sentence, speaker and time scope
    (its basis: the claim's own time expression or its article's publication day), and why."""
    def side(r: ClaimRef) -> dict:
        return {"article": r.article_id, "text": r.text, "speaker": r.speaker, "start": r.start, "end": r.end,
                "polarity": r.polarity, "time": _scope_record(r.scope), "time_basis": r.scope_basis}
    return {"a": side(c.a), "b": side(c.b), "kind": c.kind, "family": c.family, "explanation": c.explanation,
            "dispute": c.dispute, "correction": c.correction}


def _scope_record(scope: tuple[dt.date, dt.date] | None) -> list[str | None] | None:
    """[start, end] as ISO dates, an open end (never, since, before) as null."""
    if scope is None:
        return None
    return [None if d in (dt.date.min, dt.date.max) else d.isoformat() for d in scope]


def contradictions_in(articles: Iterable[Article]) -> list[dict]:
    return [contradiction_record(c) for c in find_contradictions(list(articles))]
