"""An assertion and a denial of one proposition: whether they meet on it.

For an opposite-polarity pair that shares words, contradictions.py asks whether what they share is
what the denial denies and what the assertion asserts (denied, asserted), whether both are about the
same doer or the denial's subject is the report's undergoer (same_participants), whether a denied
existence or possession is met by a claim that the thing is or is had (existence_met), and whether
the positive side affirms and the negative side denies the shared words at all (affirms_and_denies:
assertion frames, negated complements, partial subjects, ascriptions, means, own premises,
catenative complements, predictions). These checks read only the two claims and the proposition
they share; they are apart from contradictions.py, which decides which pairs to compare, their
figures, dates and corrections, and how each flag is explained and numbered.
"""
from __future__ import annotations

import re

from storyline import rules
from storyline.extract.names import fold
from storyline.link import claim_scope
from storyline.link.claim_converse import converse
from storyline.link.claim_doer import doer, partitive_head, reported_subject, same_doer
from storyline.link.claim_light_undergoer import light_undergoer
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_undergoers import other_undergoers
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
    singular,
)

_NONE: frozenset[str] = frozenset()

# Verbs of existence and possession: "there is no X" and "Y has no X" deny that X exists or is had.
EXISTENTIAL = frozenset(["be", "have", "exist"])
# Relational verbs of having (rules/disputes.toml [containing_verbs]): 'the merger includes plans to close X'
# says the plans are had, as 'has' would; they meet a denial of possession ('we have no plans'), not one of
# existence: 'the help needed includes food' does not say food is there ('there is no food', timeline17-dev).
CONTAINING = rules.words("disputes", "containing_verbs")


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
    if same_predicate(a, b) or len(found.words - _common_doer(a, b)) >= STRONG_SHARED_WORDS:
        return True
    return _in_focus(a if a.polarity == "positive" else b, found)


def _common_doer(a: ClaimRef, b: ClaimRef) -> frozenset[str]:
    """The name both claims have as their subject ('Velmont made the closure public in an email to season
    ticket holders' / 'Velmont has not refunded season tickets'): it says who acts in both, not what
    either asserts, so it does not count toward the words that spare an assertion the focus check."""
    return frozenset("name:" + w for w in agent_words(a) & agent_words(b))


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
    if same_predicate(a, b) or same_doer(a, b, found.words) or _undergoer(a, b, found) or _undergoer(b, a, found) \
            or light_undergoer(a, b) or light_undergoer(b, a):  # 'never paid a fine' / 'fined X' (claims17)
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
    if yes.predicate in EXISTENTIAL or (yes.predicate in CONTAINING and no.predicate == "have") or same_predicate(a, b):
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
    if claim_scope.negative_implicative(yes.predicate) and not same_predicate(a, b) \
            and not claim_scope.negative_implicative(no.predicate):
        # 'stopped selling pork' says, like 'we are not selling pork', that none is sold; 'suspended
        # enrollment' / 'had not stopped recruiting' deny each other (two verbs of ceasing: probe29)
        return False
    if no.predicate in claim_scope.DIRECTIVE_VERBS and not same_predicate(a, b):
        return False  # 'does not recommend travel restrictions' denies a recommendation, not the checks
    if _future(a) != _future(b):
        return False  # a prediction and a report of what is or was: two times, not one proposition
    if found is not None and not same_predicate(a, b) and not converse(a, b) and _act_on_definite_denied(no, found):
        return False  # 'did not answer the Current's questions' / 'is facing questions from regulators'
    if same_predicate(a, b):
        # 'arrested two teachers' / 'denied that any candidate had been arrested' (claim_undergoers.py)
        return not _other_complements(a, b) and not other_undergoers(a, b)
    stance = {claim_scope.adjective_complement(x.predicate, x.theme) for x in (a, b)}
    if stance != {None} and len(stance) == 2:
        return False  # 'not ready to declare a pandemic' denies a readiness, not the pandemic
    return not any(claim_scope.irrealis_complement(x.predicate, x.theme) and _names_event(x.theme, y)
                   for x, y in ((a, b), (b, a)))


_VERB_NEGATED = re.compile(r"(?i)\b(?:not|never)\b|n['’]t\b")
_DEFINITE_OPENERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
                               "your"})


def _act_on_definite_denied(no: ClaimRef, found: Proposition) -> bool:
    """A verb negated in its clause with a definite object ('did not answer the Current's questions', 'did
    not announce the release') denies the act and presupposes its object: a definite description's
    content survives negation (Strawson 1950; Huddleston & Pullum 2002 ch. 5 §6.1). Under another
    predicate, a claim that shares only that object ('is facing questions from regulators', 'an
    investigation into the release') meets no denial, unless the denied act is itself among what the
    two share (lead29: two such pairs flagged as opposite)."""
    words = fold(no.theme or "").split()
    # a copula's or possession's denial ('was not the new strain', 'has not the licence') denies an ascription, not
    # an act on its object (existence_met and _ascription_met read those)
    if no.predicate in EXISTENTIAL or not words or words[0] not in _DEFINITE_OPENERS or not _VERB_NEGATED.search(no.text):
        return False
    if claim_scope.universal_subject(no.agent) or fold(no.agent or "").split()[:1] == ["no"]:
        return False
    return not ((EQUIVALENTS.get(no.predicate, _NONE) | {no.predicate[:6], no.predicate}) & found.words)


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
