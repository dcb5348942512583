"""Contradictions: claims about the same proposition that cannot both hold in the same period.

No NLI model and no topic lists. Two claims from different asserters state one proposition when they
share its words (a WordNet equivalent counts as the same word): three content words, or two with a
shared theme, the same predicate or figures on both sides; or, for an assertion and a denial, a
matching event head (predicate verb or event noun, from WordNet's lexicographer files) and one more
shared argument, a content word or a name. The dispute
kinds are generic: a report vs its denial, or an allegation vs its correction (opposite polarity,
the same doer when both name one: "opposition leaders have not offered immunity" says nothing about
a US offer); two values of one quantity (figures, none close: 38% and 40% count the same wells, 52%
and 65% do not); two dates of one event (two stated days for the same predicate and doer). Opposite
claims and figures conflict only if their time scopes overlap: a 2019 offer and a 2024 denial "since
the election" are not a contradiction. Hypothetical claims (would, could, if …) and attitudes (a
statement that "risked sidelining" negotiations) never contradict a factual one. Look-alikes of one
story are kept apart (claim_scope.py): reader comments, different places, what a denial denies and an
assertion asserts, one doer, the story's topic words, a denied existence; and pairs of which one side
asserts or denies nothing of the other (a question, "there is no doubt that", a prediction against a
report, a denial of part of a set, of an inference or of one's own evidence, of a directive, of a
means, of an ascription or on one's own premises, a negative implicative, a denial over a restricted
set; affirms_and_denies), one quotation read as two speakers', and a pronoun subject of a reported
clause read as its reporter (docs/models/claims.md).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from storyline import rules
from storyline.extract.names import fold
from storyline.extract.speaker_words import person_like
from storyline.link import claim_scope
from storyline.link.claim_doer import doer, partitive_head, reported_subject, same_doer
from storyline.link.claim_ref import ClaimRef, claim_refs, same_speaker
from storyline.link.claim_time import same_period, scopes_overlap
from storyline.link.propositions import (
    DETERMINERS,
    EQUIVALENTS,
    PHRASE_END,
    PRONOUNS,
    STRONG_SHARED_WORDS,
    Proposition,
    agent_words,
    content_stems,
    described_names,
    named_words,
    same_predicate,
    shared_proposition,
    shared_stems,
    singular,
    story_topic,
)
from storyline.link.time_anchors import event_anchors
from storyline.model import Article

_NONE: frozenset[str] = frozenset()
CORRECTION_VERBS = rules.words("claims", "correction_verbs")
LIGHT_VERBS = rules.words("stance", "light_verbs")
DISCLOSURE_VERBS = rules.words("claims", "disclosure_events")
# Verbs of finding and demonstration ('state records show', 'the audit found'): evidence the writer
# cites, so a denial under one with no person as its source is the article's own correction.
FINDING_VERBS = rules.words("claims", "finding_verbs")
# 'must' states an obligation (deontic) or an inference (epistemic), like 'should', never a fact
# ("federal scientists must be able to evaluate …"; Huddleston & Pullum 2002 ch. 3 §9.2; dev stories:
# 9 flags, one pair in duplicated articles, none real).
HYPOTHETICAL = frozenset({"would", "could", "may", "can", "should", "must", "conditional", "hedged", "might",
                          "proposed", "asked"})
# Verbs of existence and possession: "there is no X" and "Y has no X" deny that X exists or is had.
EXISTENTIAL = frozenset(["be", "have", "exist"])
# Predicates of attitude or risk: their object is not claimed to have happened ("opposition leaders
# said the statement risked sidelining their own negotiations" asserts no talks; seed set).
ATTITUDES = frozenset(["risk", "fear", "hope", "wish", "expect", "doubt", "worry"])
# Two stated days of one event: a day apart is one event told from two time zones or two ends of a
# night ("Monday night" / "Tuesday"); more is two accounts of when it happened.
DATE_TOLERANCE = dt.timedelta(days=1)  # claims a week apart still describe the same state of affairs
# Figures this close (relative) are one value reported twice: the sample key's 38% and 40% are 81 and
# 85 of the same 212 wells; 52% vs 65% of one vote count is a conflict.
FIGURE_TOLERANCE = 0.1


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


def _values(figures: Sequence[str]) -> list[float]:
    out = []
    for f in figures:
        try:
            out.append(float(f.rstrip("%").replace(",", "")))
        except ValueError:
            continue
    return out


def figures_conflict(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when both give figures and none of one is within FIGURE_TOLERANCE of one of the other."""
    x, y = _values(a), _values(b)
    close = any(abs(u - v) <= FIGURE_TOLERANCE * max(abs(u), abs(v)) for u in x for v in y)
    return bool(x) and bool(y) and not close


def _factual(claim: ClaimRef) -> bool:
    return claim.modality not in HYPOTHETICAL and claim.predicate not in ATTITUDES


@dataclass(slots=True, frozen=True)
class Verdict:
    kind: str                  # "opposite" | "figures" | "dates"
    proposition: Proposition
    corrects: bool = False     # one side rejects the other's very value: no time scope needed
    marked: bool = False       # the article rejects the claim by a correction marker: about it, whatever words


def _asserted(claim: ClaimRef) -> ClaimRef:
    """A denial as it is compared: without what its definite descriptions presuppose ('X was not the
    source of the lead found in the river' does not deny that lead was found)."""
    if claim.polarity != "negative" or not claim.presupposed:
        return claim
    return replace(claim, keywords=claim.keywords - claim.presupposed)


def _other_object(a: ClaimRef, b: ClaimRef) -> bool:
    """One claim's object is a name the other never uses ('does not recognise Alvarez as mayor'
    against 'was the first to recognise Brandt as mayor'): two propositions about two named things."""
    def named_object(x: ClaimRef) -> set[str]:
        words = {fold(w) for w in re.findall(r"[^\W\d_]+", x.theme or "")} - DETERMINERS
        names = {fold(w) for w in named_words(x)}
        return words if words and words <= names else set()
    def used(x: ClaimRef) -> set[str]:
        return {fold(w) for w in x.keywords} | reported_subject(x) | described_names(x)
    mine, theirs = named_object(a), named_object(b)
    return bool(mine and not mine & used(b)) or bool(theirs and not theirs & used(a))


def _compare(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    if claim_scope.different_places(a.places, b.places):
        return None  # about different places, whatever words they share
    if any(x.places and not y.places and claim_scope.counted_places(y.text) for x, y in ((a, b), (b, a))):
        return None  # 'the country (China) has not confirmed any cases' / 'confirmed in seven countries'

    if _one_sentence(a, b) or _one_quotation(a, b):
        return None  # one sentence or one quotation, copied or read twice: any difference is in our reading of it
    marked = _marked_correction(a, b) or _marked_correction(b, a)
    if marked:
        return marked
    if a.polarity != b.polarity:
        a, b = _asserted(a), _asserted(b)
    found = shared_proposition(a, b)
    if found and _other_object(a, b):
        return None
    if not found or _one_asserter(a, b) or not (_factual(a) and _factual(b)):
        return None
    if claim_scope.interrogative(a.text) or claim_scope.interrogative(b.text):
        return None  # a question asserts nothing
    if a.polarity != b.polarity and not (denied(a, b, found) and asserted(a, b, found)
                                         and same_participants(a, b, found) and existence_met(a, b)
                                         and affirms_and_denies(a, b, found)):
        return None
    if a.polarity != b.polarity and (not same_predicate(a, b) or same_doer(a, b, found.words)):
        # doers compare only under one predicate: "no well has tested above the limit" and "samples
        # found solvent above the limit in 11 wells" name the tested thing and the tester
        return Verdict("opposite", found, corrects=article_corrects(a, b) or article_corrects(b, a))
    if a.polarity == b.polarity and figures_conflict(a.figures, b.figures) and not _other_holders(a, b) \
            and not _two_tallies(a, b):
        return Verdict("figures", found, corrects=_corrects(a, b) or _corrects(b, a))
    if a.polarity == b.polarity == "positive" and _dates_conflict(a, b) and same_doer(a, b, found.words) \
            and same_predicate(a, b):
        return Verdict("dates", found)
    return None


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
    """A running count stated up to a day ('by Sunday evening, 18 residents had signed'; 'by Wednesday,
    31'): its scope is open at the start and its value is the tally at the end, so two such counts to
    days more than DATE_TOLERANCE apart are the tally at two times, an update and not a dispute."""
    tally = [x for x in (a, b) if x.scope_basis == "stated" and x.scope and x.scope[0] == dt.date.min]
    if not tally or not a.scope or not b.scope:
        return False
    return abs(a.scope[1] - b.scope[1]) > DATE_TOLERANCE


def _one_asserter(a: ClaimRef, b: ClaimRef) -> bool:
    """Both claims are one speaker's. A claim about the speaker's own act with no reporting verb of
    its own ('Ostrander announced his resignation on Monday', read with Ostrander as its source) is
    told by its article: two articles telling it are two tellers, and their days or polarities can
    disagree (issue 11, two accounts of when something was announced)."""
    if not same_speaker(a.speaker, b.speaker):
        return False
    return not (a.article_id != b.article_id and _own_act(a) and _own_act(b))


def _own_act(claim: ClaimRef) -> bool:
    """The claim's doer is its asserter, no verb of saying frames it, and its act is one of making
    known (rules/claims.toml [disclosure_events]: an announcement happens once for one content): the
    writer's report of that act. Other acts read with their doer as source ('authorities described
    what witnesses saw', dated by two articles two days apart) are left as they were: a speaker says
    the same thing on many days (dev stories: one wrong flag before this restriction)."""
    return claim.cue is None and claim.predicate in DISCLOSURE_VERBS and bool(claim.agent) \
        and same_speaker(claim.agent or "", claim.speaker)


def denied(a: ClaimRef, b: ClaimRef, found: Proposition) -> bool:
    """For an assertion and a denial: what they share is what the denial denies, its predicate or its
    object (claim_scope.focus_words), not only a word of its subject or of an adjunct. Dev stories:
    96 of main's 705 flags fail it (48 fail only it); none of the real disputes judged there."""
    return _in_focus(a if a.polarity == "negative" else b, found)


def asserted(a: ClaimRef, b: ClaimRef, found: Proposition) -> bool:
    """For an assertion and a denial under two predicates sharing fewer than STRONG_SHARED_WORDS
    words: what they share is also what the assertion asserts, its predicate or object ('UN aid was
    pledged' asserts the pledge; 'efforts seen as vital to the aid effort are stepped up' asserts
    nothing of the aid). Dev stories: 90 of 705 flags fail it (16 only it)."""
    if same_predicate(a, b) or len(found.words) >= STRONG_SHARED_WORDS:
        return True
    return _in_focus(a if a.polarity == "positive" else b, found)


def _in_focus(claim: ClaimRef, found: Proposition) -> bool:
    focus = claim_scope.focus_words(claim.predicate, claim.theme, claim.agent, claim.keywords)
    keys = content_stems(claim) | named_words(claim)
    return any(keys.get(w, _NONE) & found.words or w in found.words for w in focus)


def same_participants(a: ClaimRef, b: ClaimRef, found: Proposition) -> bool:
    """Under two predicates, both claims must be about the same doer when both name one: 'many
    people have seen no aid' says nothing of the aid 'pledged by the UN'. Sharing three words or
    more, the pair is kept also when one side's doer is named in the other's words, as the place or
    holder of what the other reports ('Veradia has no confirmed cases' against 'officials confirmed
    a case in Veradia'; 'no public well has tested above the legal limit' against 'samples found
    solvent above the legal limit in 11 public wells'), not when it is a third party ('two bases
    reported no cases' against 'officials confirmed 65 cases'). Dev stories: 121 of 705 flags
    failed the doer check under fewer than three shared words (24 only it); with three or more, 14
    of 109 flags failed it, none of them a real dispute (docs/models/claims.md)."""
    if same_predicate(a, b) or same_doer(a, b, found.words) or _undergoer(a, b, found) or _undergoer(b, a, found):
        return True
    return len(found.words) >= STRONG_SHARED_WORDS and (_doer_named(a, b, found) or _doer_named(b, a, found))


def _undergoer(x: ClaimRef, y: ClaimRef, found: Proposition) -> bool:
    """`x` says of its subject that it is (or is not) in the state `y`'s event puts its object in:
    'Kestrel Foods is not under investigation' against 'prosecutors are investigating Kestrel Foods'.
    A deverbal noun after 'be' and a preposition ('under investigation', 'under review', 'in custody')
    takes the subject as the event's undergoer, not its doer (Grimshaw 1990, Argument Structure, ch. 3
    on the arguments of event nominals), so the two meet when that subject is `y`'s object."""
    if x.predicate != "be" or not y.theme:
        return False
    subject = (agent_words(x) - PRONOUNS) or reported_subject(x)
    undergoer = {singular(fold(w)) for w in re.findall(r"[^\W\d_]+", y.theme)} - DETERMINERS
    event = {fold(w)[:6] for w in re.findall(r"[^\W\d_]+", x.theme or "")} & found.words
    return (bool(subject & undergoer) or bool(described_names(x) & undergoer)) and bool(event)


def _doer_named(a: ClaimRef, b: ClaimRef, found: Proposition) -> bool:
    """`a`'s doer is a word of `b` (its place, owner or tested thing)."""
    who = doer(a, found.words)
    return who is not None and who[0] in {singular(fold(w)) for w in b.keywords}


def existence_met(a: ClaimRef, b: ClaimRef) -> bool:
    """A denial of existence or possession ('there is no food', 'the people have no water': be/have
    with a 'no' object) is met only by a claim that something is or is had (be, have, exist) or by
    the same predicate, or by the act the denied thing names ('no confirmed cases' / 'officials
    confirmed a case', 'no decision to ban' / 'banned'): 'planners are reluctant to drop food and
    water' asserts neither. Dev stories: 76 of 705 flags fail it (31 only it; one borderline real:
    'no supply of drinking water' against 'water supplies … increasingly reaching people')."""
    no, yes = (a, b) if a.polarity == "negative" else (b, a)
    if no.predicate not in EXISTENTIAL or not _denies_existence(no):
        return True
    theme = fold(no.theme or "")
    named = frozenset().union(*(k for w, k in content_stems(no).items() if fold(w)[:5] in theme))
    if yes.predicate == "be" and yes.agent and not _subject_named(yes, named):
        return False  # 'Haiti is in massive need of food' says what Haiti is, not that food is there
    if yes.predicate in EXISTENTIAL or same_predicate(a, b):
        return True
    if yes.predicate in claim_scope.EFFECTED_OBJECT_VERBS and _theme_names(yes, named):
        return True  # 'has opened an inquiry' says the inquiry exists
    return bool((EQUIVALENTS.get(yes.predicate, _NONE) | {yes.predicate[:6]}) & named)


def _theme_names(claim: ClaimRef, named: frozenset[str]) -> bool:
    """The claim's object holds a word of what a denial says is not there."""
    words = fold(claim.theme or "").split()
    return any({singular(w)[:6], w[:6]} & named or EQUIVALENTS.get(singular(w), _NONE) & named for w in words)


def affirms_and_denies(a: ClaimRef, b: ClaimRef, found: Proposition | None = None) -> bool:
    """The positive side affirms and the negative side denies what they share: a denial framed by
    'there is no doubt that …' asserts its clause (claim_scope.assertion_frame); a positive claim
    whose object opens with a negator ('to be no worse', 'little sign of') is negative in what it
    says (claim_scope.negative_complement); a denial of a part of a set ('many people have seen no
    aid', claim_scope.partial_subject) or of an inference ('does not imply more deaths') leaves the
    thing itself open; under two predicates, the other's event inside a
    to-infinitive of a verb that does not entail it ('negotiating to purchase', 'did not plan to
    ban') is neither asserted nor denied (claim_scope.irrealis_complement); a positive claim that
    negates the shared words inside a phrase ('a never-before-seen mixture', 'to make clear no pork
    ban': claim_scope.negated_inside) says what the denial says."""
    no, yes = (a, b) if a.polarity == "negative" else (b, a)
    if found is not None and claim_scope.negated_inside(yes.text, _shared_lemmas(yes, found)):
        return False
    if claim_scope.assertion_frame(no.text) or claim_scope.negative_complement(yes.theme) \
            or claim_scope.partial_subject(no.agent) or claim_scope.partial_object(no.theme) \
            or no.predicate in claim_scope.INFERENCE_VERBS \
            or claim_scope.own_evidence(no.agent, no.predicate) or claim_scope.denied_comparison(no.predicate, no.theme) \
            or claim_scope.restricted_denial(no.agent, yes.agent) \
            or (claim_scope.evidence_object(no.theme) and not claim_scope.evidence_object(yes.theme)):
        return False
    if not _ascription_met(no, yes) or not _means_met(no, yes) or not _own_place_met(no, yes):
        return False
    if claim_scope.partial_subject(yes.agent) and not claim_scope.universal_subject(no.agent) \
            and not _same_set(yes, no):
        return False  # 'several countries have banned pork' leaves the UAE's 'no decision to ban' open
    if claim_scope.anaphoric_object(no.theme):
        return False  # 'not advising the same to all schools': what is denied is said elsewhere
    if claim_scope.negative_implicative(yes.predicate) and not same_predicate(a, b):
        return False  # 'stopped selling pork' says, like 'we are not selling pork', that none is sold
    if no.predicate in claim_scope.DIRECTIVE_VERBS and not same_predicate(a, b):
        return False  # 'does not recommend travel restrictions' denies a recommendation, not the checks
    if _future(a) != _future(b):
        return False  # a prediction and a report of what is or was: two times, not one proposition
    if same_predicate(a, b):
        return not _other_complements(a, b)
    stance = {claim_scope.adjective_complement(x.predicate, x.theme) for x in (a, b)}
    if stance != {None} and len(stance) == 2:
        return False  # 'not ready to declare a pandemic' denies a readiness, not the pandemic
    return not any(claim_scope.irrealis_complement(x.predicate, x.theme) and _names_event(x.theme, y)
                   for x, y in ((a, b), (b, a)))


def _shared_lemmas(claim: ClaimRef, found: Proposition) -> set[str]:
    """The claim's own content words that make up the proposition it shares."""
    return {w for w, keys in content_stems(claim).items() if keys & found.words}


def _same_set(part: ClaimRef, whole: ClaimRef) -> bool:
    """The denial's subject is the set a partial subject is taken from ('some of their users' / 'their
    users experienced no outages'): a definite plural speaks of all of it (Huddleston & Pullum 2002 ch. 5
    §6, definiteness and maximality), so the two meet."""
    core = []
    for w in partitive_head([singular(w) for w in fold(part.agent or "").split()]):
        if w in PHRASE_END:
            break
        core.append(w)
    return bool(core) and core[-1][:5] in {singular(w)[:5] for w in fold(whole.agent or "").split()}


def _ascription_met(no: ClaimRef, yes: ClaimRef) -> bool:
    """A denied ascription ('X is not Y': be with a subject and a complement) denies a property or a
    class of its subject (Huddleston & Pullum 2002 ch. 4 §5, ascriptive be): it is met by another
    ascription, or by a claim about the same subject, not by an event of some other doer ('it was not
    the new flu strain', said of one suspected case, against 'Mexico began shutting down to slow the
    spread of a new flu strain'; 'it isn't international aid that makes a difference' against praise
    for the readiness to help). A pronoun subject is no subject the other claim can be shown to share."""
    if no.predicate != "be" or not no.agent or fold(no.agent) in ("there", "here") or yes.predicate == "be":
        return True
    subject = (agent_words(no) - PRONOUNS or reported_subject(no)) | described_names(no)
    theirs = {singular(fold(w))[:5] for w in yes.keywords} | {w[:5] for w in agent_words(yes)}
    return any(w[:5] in theirs for w in subject)


def _own_place_met(no: ClaimRef, yes: ClaimRef) -> bool:
    """A denial restricted to its holder's own premises ('it had found no signs of swine flu on its
    farms') is met only by a claim that names such a place ('farm'), not by symptoms in a hospital
    elsewhere (claim_scope.own_place)."""
    place = claim_scope.own_place(no.predicate, no.text)
    return place is None or place[:5] in {w[:5] for w in re.findall(r"[a-z]+", yes.text.lower())}


def _means_met(no: ClaimRef, yes: ClaimRef) -> bool:
    """A denial whose focus is a means or cause adjunct ('swine flu is not spread by eating pork')
    takes the event for granted and denies only the means: it is met by a claim naming that means
    ('pork'), not by one about the event alone ('the spread of the new strain'; claim_scope.means_adjunct)."""
    means = claim_scope.means_adjunct(no.predicate, no.text)
    if not means:
        return True
    theirs = {singular(fold(w))[:5] for w in yes.keywords} | {w[:5] for w in re.findall(r"[a-z]+", yes.text.lower())}
    return bool(means & theirs)


def _other_complements(a: ClaimRef, b: ClaimRef) -> bool:
    """One catenative verb with two to-infinitives of different verbs ('does not advise schools to close'
    / 'are advised to set up text messages'; 'wanted to break the record' / 'didn't want to focus on the
    record'): two acts advised or wanted, not one (claim_scope.complement_verb)."""
    x, y = (claim_scope.complement_verb(c.predicate, c.text) for c in (a, b))
    if x is None or y is None or x[:5] == y[:5]:
        return False
    return not EQUIVALENTS.get(x, _NONE) & EQUIVALENTS.get(y, _NONE)


def _future(claim: ClaimRef) -> bool:
    """A prediction or intention ('will remain open', 'we won't call it swine flu'): 'will' speaks of
    a time after the report (Huddleston & Pullum 2002 ch. 3 §9.5), so it neither asserts nor denies
    what a report of the past or present says; two predictions still dispute each other."""
    return claim.modality == "will" or _WONT.search(claim.text) is not None


_WONT = re.compile(r"(?i)\bwo\s*n[’']?t\b|\bshall\s+not\b|\bshan[’']?t\b")


def _names_event(theme: str | None, other: ClaimRef) -> bool:
    """The other claim's predicate (or an equivalent) is a word of this infinitive."""
    words = {fold(w)[:6] for w in re.findall(r"[^\W\d_]+", theme or "")}
    keys = EQUIVALENTS.get(other.predicate, _NONE) | {other.predicate[:6]}
    return bool(keys & (words | frozenset().union(*(EQUIVALENTS.get(w, _NONE) for w in fold(theme or "").split()))))


def _denies_existence(no: ClaimRef) -> bool:
    """'there is no X', 'Y has no X', and with the negation on the verb 'there isn't a X', 'they don't
    have any X': one denial of existence or possession (Huddleston & Pullum 2002 ch. 9 §2: 'not' with
    the non-affirmative 'any' is the clausal form of 'no'). 'The cull was not a measure against flu'
    (be with a subject) ascribes, it denies no existence."""
    theme = (no.theme or "").lower().split()
    if theme[:1] == ["no"]:
        return True
    existential = no.predicate != "be" or not no.agent or fold(no.agent) == "there"
    return existential and theme[:1] in (["any"], ["a"], ["an"])


def _subject_named(claim: ClaimRef, named: frozenset[str]) -> bool:
    """The claim's subject holds a word of what the denial says is not there ('food is arriving')."""
    subject = {singular(w)[:6] for w in fold(claim.agent or "").split()}
    return bool(subject & named) or any(EQUIVALENTS.get(singular(w), _NONE) & named
                                        for w in fold(claim.agent or "").split())


def _one_sentence(a: ClaimRef, b: ClaimRef) -> bool:
    """One sentence in two articles (whitespace aside), or one claim's sentence inside the other's: a
    report syndicated to two pages, or a sentence split and read twice. Its words cannot disagree with
    themselves; two dates or two polarities come from how each copy was read. Two clauses of one
    sentence in one article stay comparable: 'police said he pointed a gun; witnesses said he did not'
    reports a dispute."""
    x, y = " ".join(a.text.split()), " ".join(b.text.split())
    if x == y:
        return a.article_id != b.article_id
    if min(len(x), len(y)) >= 20 and (x in y or y in x):
        return True
    # the same words with other punctuation: a heading copied before a quotation ("Don't wanna add to
    # that number ." / "Don't wanna add to that number `` We also operate …")
    u, v = _WORDS.sub(" ", x).strip(), _WORDS.sub(" ", y).strip()
    return a.article_id != b.article_id and min(len(u), len(v)) >= 20 and (u in v or v in u)


_WORDS = re.compile(r"[\W_]+")
_OPENING = re.compile(r"``|“")
_CLOSING = re.compile(r"''|”")


def _quote_balance(text: str) -> int:
    """Opening less closing quotation marks ('``' and "''" in tokenised text, curly quotes; a straight
    '"' opens when the text starts with it and closes otherwise, if their count is odd)."""
    balance = len(_OPENING.findall(text)) - len(_CLOSING.findall(text))
    if text.count('"') % 2:
        balance += 1 if text.lstrip().startswith('"') else -1
    return balance


def _one_quotation(a: ClaimRef, b: ClaimRef) -> bool:
    """Two consecutive sentences of one quotation (`` We will call it Mexico flu . We won't call it swine
    flu , '' the minister said): the first opens a quotation that the second closes, so both are the
    words of the source the second names — one attribution relation whose content spans sentences
    (PARC: Pareti 2016, 'PARC 3.0', LREC; Pareti et al. 2013 on multi-sentence quotations). Its two
    halves are one speaker's, not a dispute."""
    if a.article_id != b.article_id:
        return False
    x, y = sorted((a, b), key=lambda r: r.start)
    return 0 <= y.start - x.end <= 3 and _quote_balance(x.text) > 0 and _quote_balance(y.text) < 0


def _corrects(a: ClaimRef, b: ClaimRef) -> bool:
    """`a` names `b`'s value to reject it ("38% … and not 'fewer than 5%', as the ministry said at
    the time"): it speaks of the same measurement, whenever each was said."""
    return bool(a.rejected) and not figures_conflict(a.rejected, b.figures) and bool(_values(b.figures))


def article_corrects(claim: ClaimRef, denial: ClaimRef) -> bool:
    """`denial`, later in the same article and in the writer's own voice (no source, or evidence it
    cites: 'Vale did not vote to cut school funding …, state records show'), denies `claim`, which
    the article attributes to a source ('an advertisement from the Harper campaign says Vale voted
    to cut school funding'): the article reports the allegation to correct it, the fact-check's
    shape (a claim, then its rating and the evidence: Graves 2016, 'Deciding What's True', ch. 4),
    so the two speak of one event whatever time the allegation gives it. The allegation's source is
    no person: a text (an advertisement, a post, a statement) says what it says once, where a
    person's account may speak of another time than the writer's. A denial with a stated time of
    its own speaks of that time, not of the allegation's."""
    if claim.article_id != denial.article_id or denial.start <= claim.start or denial.polarity != "negative":
        return False
    if not claim.attributed or claim.speaker_kind in ("outlet", "person") or person_like(claim.speaker) \
            or claim.cue is None or denial.scope_basis == "stated":
        return False
    own = denial.speaker_kind == "outlet" or not denial.attributed
    cited = denial.cue in FINDING_VERBS and denial.speaker_kind != "person"
    return own or cited


def _marked_correction(claim: ClaimRef, later: ClaimRef) -> Verdict | None:
    """`later`, the sentence right after `claim` in one article, rejects it by a correction marker
    ('That is false: …', 'Records show otherwise: …', 'Contrary to the post, …', a 'Verdict: Mostly
    false' line; rules/disputes.toml [correction_markers]): the article reports the claim to correct
    it, whatever the polarity of either side, so both speak of one event. The marker refers back to the
    sentence before it ('That', 'otherwise', 'the claim'), so no shared word is asked for; the claim
    must be a source's (a reporting verb or 'according to'), not the article's own."""
    if claim.article_id != later.article_id or not 0 <= later.start - claim.end <= 3:
        return None
    if not claim.attributed or claim.speaker_kind == "outlet" or same_speaker(claim.speaker, later.speaker):
        return None
    if not (claim_scope.correction_marker(later.text) or claim_scope.correction_marker(_tail(claim.text))):
        return None
    # the correction's words, not only its claim's: 'That is false: state tests found chlorine in the
    # river' is read as the claim 'that is false', its evidence after the colon; a name's words count
    # ('the Tolvey River' / 'the river')
    words = frozenset(re.findall(r"[a-z]+", later.text.lower()))  # matched only against the claim's content words
    shared = shared_stems(claim, replace(later, keywords=later.keywords | words)) \
        or {w: w[:6] for w in claim.keywords - LIGHT_VERBS if singular(w)[:6] in {singular(x)[:6] for x in words}} \
        or {claim.predicate: claim.predicate}  # 'PolitiFact rated the claim False.': the marker is the anaphor
    return Verdict("opposite", Proposition("claim about " + ", ".join(sorted(shared)), frozenset(shared.values())),
                   corrects=True, marked=True)


def _tail(text: str) -> str:
    """What follows the claim's first sentence in its span ('… was taken. Verdict: Mostly false.')."""
    cut = re.search(r"[.!?][\"'”’]?\s+(?=\S)", text)
    return text[cut.end():] if cut else ""


def _by_correction(a: ClaimRef, b: ClaimRef) -> bool:
    """The denying side uses a correction verb ('the paper corrected its report that …')."""
    return a.polarity != b.polarity and any(c.polarity == "negative" and c.cue in CORRECTION_VERBS for c in (a, b))


def _dates_conflict(a: ClaimRef, b: ClaimRef) -> bool:
    """Two stated days for one event (same predicate, same doer) more than DATE_TOLERANCE apart;
    months and years are too coarse to tell two accounts from two events."""
    if a.scope_basis != "stated" or b.scope_basis != "stated" or not a.scope or not b.scope:
        return False
    if a.scope[0] != a.scope[1] or b.scope[0] != b.scope[1]:
        return False
    if _same_day_report(a) and _same_day_report(b) and a.published != b.published:
        return False  # each article reports what happened on its own day: two events, one per day
    return abs(a.scope[0] - b.scope[0]) > DATE_TOLERANCE


def _same_day_report(claim: ClaimRef) -> bool:
    """The claim dates its event within DATE_TOLERANCE of its own article's publication day ('Seacom
    announced today that …' in each day's article: two announcements, not two accounts of one)."""
    return claim.published is not None and claim.scope is not None \
        and abs(claim.scope[0] - claim.published) <= DATE_TOLERANCE


def _explain(verdict: Verdict, a: ClaimRef, b: ClaimRef) -> str:
    about = verdict.proposition.name
    if verdict.kind == "figures":
        when = same_period(a, b)
        if verdict.corrects:
            fixer = a if _corrects(a, b) else b
            when = f"{fixer.speaker} rejects {', '.join(fixer.rejected)} by name, so both speak of one measurement"
        return (f"{a.speaker} gives {', '.join(a.figures)} and {b.speaker} gives {', '.join(b.figures)} for the "
                f"same quantity ({about}), no two within {FIGURE_TOLERANCE:.0%} of each other; {when}: "
                f"the figures cannot both be right")
    if verdict.kind == "dates":
        assert a.scope and b.scope  # _dates_conflict checked both
        return (f"{a.speaker} dates it {a.scope[0]} and {b.speaker} {b.scope[0]}: two days for one event "
                f"({a.predicate}; {about}), more than {DATE_TOLERANCE.days} day apart")
    if verdict.marked:
        said, fix = sorted((a, b), key=lambda r: r.start)
        return (f"the article reports {said.speaker}'s claim ({said.predicate}) and rejects it in the next sentence "
                f"({' '.join(fix.text.split()[:6])} …): a correction, {about}")
    yes, no = (a, b) if a.polarity == "positive" else (b, a)
    when = f"the article reports {yes.speaker}'s claim to correct it, so both speak of one event" \
        if verdict.corrects else same_period(a, b)
    return (f"{yes.speaker} affirms it ({yes.predicate}) and {no.speaker} denies it (not {no.predicate}): "
            f"opposite claims, {about}; {when}")


def find_contradictions(articles: Sequence[Article]) -> list[Contradiction]:
    """Every pair of claims across `articles` that cannot both hold, with an explanation; pairs
    between the same two speakers about the same proposition are numbered as one dispute."""
    groups = {a.id: a.duplicate_of or a.id for a in articles}
    anchors = event_anchors(articles)
    refs = [r for a in articles for r in claim_refs(a, anchors)]
    topic = story_topic(refs)
    found, seen = [], set()
    for a, b in combinations(refs, 2):
        key = frozenset({(a.article_id, a.start), (b.article_id, b.start)})
        verdict = None if key in seen else flag_pair(a, b, groups, topic)
        if verdict:
            seen.add(key)
            found.append(Contradiction(a, b, verdict.kind, verdict.proposition.name, _explain(verdict, a, b),
                                       topic=verdict.proposition.words,
                                       correction=verdict.corrects or _by_correction(a, b)))
    return _number_disputes(found)



def _topical(verdict: Verdict, a: ClaimRef, b: ClaimRef, topic: frozenset[str]) -> bool:
    """An assertion and a denial of different predicates that share only two of the story's topic
    words. Figures and dates of one quantity or event, one predicate, or three shared words are
    kept: a story about solvent in wells disputes whether solvent was found in wells."""
    words = verdict.proposition.words
    return verdict.kind == "opposite" and not verdict.marked and len(words) < STRONG_SHARED_WORDS and words <= topic \
        and not same_predicate(a, b)


def flag_pair(a: ClaimRef, b: ClaimRef, groups: dict[str, str], topic: frozenset[str] = frozenset()) -> Verdict | None:
    """The verdict on two claims when they contradict in overlapping time, else None; a proposition
    named only by the story's topic words (story_topic) is none."""
    verdict = _compare(a, b)
    if verdict and _topical(verdict, a, b, topic):
        return None
    timeless = verdict is not None and (verdict.kind == "dates" or verdict.corrects)
    return verdict if verdict and (timeless or scopes_overlap(a, b, groups)) else None


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
