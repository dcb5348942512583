"""A denial of an act by any doer, with its undergoer the denier, against a report of the act by one doer.

'"Nobody has sued us," said chief executive Ron Adair' / 'Three former delivery drivers filed a lawsuit
against Bluefin Logistics'; '"We are not being investigated by anyone," Mwangi said' / 'The Competition
Authority has launched a probe into Savanna Dairies'; 'No government agency is investigating Bayside Solar'
/ 'The Department of Trade and Industry is investigating Bayside Solar'. The denial's doer is a universal
(rules/disputes.toml [universal_doers]: nobody, anyone) or an institution noun under 'no' / 'any'
([institution_nouns]), so it names no doer to match and denied_existence.py (a denied thing) does not read
it: the act is denied, not a thing. They meet when

- or the denial names the report's doer ('is being sued by a passengers' association' / 'A passengers'
  association has filed a lawsuit against …': claims27's 'Reports that … are false');
- the report's act is the denied act: the same verb or one equivalence group, or an effected-object verb
  ([effected_object_verbs]: file, launch, open) whose object is a noun of the act ([act_nouns]: 'filed a
  lawsuit' sues, 'launched a probe' investigates);
- an institutional universal ('no regulator', 'no government agency') covers the report's doer only when
  that doer is an institution ([institution_nouns] in its name, or an initialism): a customer's lawsuit is
  not a regulator's;
- what the report's act is done to names the denial's undergoer: its name, or for 'we' / 'us' the group
  the speaker speaks for (propositions.speakers_group), the denial's article's headline (the company the
  article is about: 'Bluefin Logistics to add 40 jobs') or the one organisation that article names.
"""
from __future__ import annotations

import re

from storyline import rules
from storyline.extract.names import acronym_spellings, fold, is_acronym
from storyline.link import claim_scope
from storyline.link.claim_ref import ClaimRef
from storyline.link.propositions import (
    DETERMINERS,
    EQUIVALENTS,
    PRONOUNS,
    Proposition,
    agent_words,
    attribution_words,
    shared_proposition,
    singular,
    speakers_group,
)

UNIVERSALS = rules.words("disputes", "universal_doers")
STATIVE = rules.words("disputes", "stative_verbs")
INSTITUTIONS = rules.words("disputes", "institution_nouns")
ACT_NOUNS: dict[str, list[str]] = rules.mapping("disputes", "act_nouns")
_FIRST_PERSON = frozenset(["we", "us", "our", "i", "me"])
_WORD = re.compile(r"[^\W\d_][\w'’&.-]*")


def act_denied(a: ClaimRef, b: ClaimRef) -> Proposition | None:
    """The proposition when one of `a`, `b` denies an act by any doer to its undergoer and the other
    reports that act done to it (module docstring)."""
    for no, yes in ((a, b), (b, a)):
        if no.polarity != "negative" or yes.polarity != "positive":
            continue
        kind = _universal(no.agent or "") or ("named" if _one_named_doer(no, yes) else None)
        if kind is None or (kind == "institution" and not _institution(yes.agent or "")):
            continue
        if _same_act(no.predicate, yes) and _undergoer_met(no, yes) and not _with_content(no):
            doer = "anyone" if kind != "named" else " ".join(sorted(_doer_words(no)))
            return Proposition(f"act of {no.predicate} by {doer}", frozenset({no.predicate}))
    return None


def _with_content(no: ClaimRef) -> bool:
    """'Nobody ordered us to shut that terminal': an object and a to-infinitive (a catenative complement,
    H&P ch. 14 §4) give what was ordered or asked, so the denial is of that content, compared by the
    generic pairing (contradictions._other_object), not of the act done to 'us' (lead17's story)."""
    theme = (no.theme or "").split()
    return bool(theme) and re.search(rf"\b{re.escape(theme[-1])}\s+to\s+[a-z]", no.text) is not None


def _one_named_doer(no: ClaimRef, yes: ClaimRef) -> bool:
    """'Reports that SkyLark is being sued by a passengers' association are false' / 'A passengers'
    association has filed a lawsuit against SkyLark': the denial names the report's doer (every word of
    its doer is one of the report's doer's, or its one word is an acronym that spells the report's doer:
    'the CAG' / 'The Comptroller and Auditor General of India'), so the act is denied of that doer. With
    one verb on both sides the generic pairing needs shared words the two rarely have beyond the verb
    ('We have never been audited by the CAG' / 'The CAG is auditing the award of the tenders'), so one verb
    is met here only when that pairing finds nothing."""
    mine = _doer_words(no)
    if no.predicate == yes.predicate and (shared_proposition(no, yes) is not None or not _named(no)
                                          or no.predicate in STATIVE):
        return False  # one verb: only an act, by a doer the denial names ('he was not …' names nobody)
    return bool(mine) and (mine <= _doer_words(yes) or _spelled(mine, yes.agent or ""))


def _named(no: ClaimRef) -> bool:
    """The denial's doer is written as a name: a capitalised word or an acronym, no pronoun."""
    words = [w for w in _WORD.findall(no.agent or "") if fold(w) not in DETERMINERS and fold(w) not in PRONOUNS]
    return any(w[:1].isupper() for w in words)


def _spelled(words: set[str], doer: str) -> bool:
    """One acronym (names.acronym_spellings) that spells the other doer's name."""
    rest = words - DETERMINERS
    return len(rest) == 1 and is_acronym(next(iter(rest)).upper()) and next(iter(rest)) in acronym_spellings(doer)


def _doer_words(claim: ClaimRef) -> set[str]:
    return {w for w in agent_words(claim) if _WORD.fullmatch(w)}


def _universal(doer: str) -> str | None:
    """'anyone', 'nobody' → "anyone"; 'no government agency (in …)', 'any regulator' → "institution"."""
    words = fold(doer).split()
    if " ".join(words) in UNIVERSALS:
        return "anyone"
    if words[:1] not in (["no"], ["any"]):
        return None
    head = next((w for w in words[1:4] if singular(w) in INSTITUTIONS), None)
    return "institution" if head else None


def _institution(doer: str) -> bool:
    return any(singular(fold(w)) in INSTITUTIONS or is_acronym(w) for w in _WORD.findall(doer))


def _same_act(verb: str, yes: ClaimRef) -> bool:
    """The report's act is `verb`'s: one verb or equivalence group, or an effected object of its act."""
    mine = EQUIVALENTS.get(verb, frozenset()) | {verb}
    if yes.predicate in mine or EQUIVALENTS.get(yes.predicate, frozenset()) & mine:
        return True
    if yes.predicate not in claim_scope.EFFECTED_OBJECT_VERBS:
        return False
    nouns = set(ACT_NOUNS.get(verb, ()))
    head = [singular(w) for w in fold(yes.theme or "").split()[:3] if w not in DETERMINERS]
    return bool(head) and head[0] in nouns


def _undergoer_met(no: ClaimRef, yes: ClaimRef) -> bool:
    """What the report's act is done to names who the denial says it was not done to."""
    done_to = {singular(fold(w)) for w in yes.keywords} | {singular(fold(w)) for w in _WORD.findall(yes.theme or "")}
    done_to -= agent_words(yes) | DETERMINERS
    theme = [fold(w) for w in _WORD.findall(no.theme or "")]
    if not theme:
        return False
    if theme[0] in _FIRST_PERSON:
        group = speakers_group(no.text) | {singular(fold(w)) for w in attribution_words(no.text) if w[:1].isupper()}
        group |= {singular(fold(w)) for w in _WORD.findall(no.speaker or "")} | _article_subject(no)
        return bool(group & done_to & _names_of(yes))
    if _same_head(no, yes):
        return True
    if _definite_description(no.theme or ""):
        return bool(_article_subject(no) & done_to & _names_of(yes))
    named = {singular(w) for w, raw in zip(theme, _WORD.findall(no.theme or "")) if raw[:1].isupper()} - DETERMINERS
    return bool(named) and bool(named & done_to)


# What ends a noun phrase's head: a relative pronoun, a preposition, a comma ('the outage that left …', 'the
# outage at its plant').
_PHRASE_END = frozenset(["that", "which", "who", "whose", "where", "of", "in", "into", "on", "at", "over", "for",
                         "by", "with", "from", "after", "during", ","])
# What a report's effected act is done to: 'opened an inquiry into the outage', 'filed a lawsuit against the firm'.
_DONE_TO = re.compile(r"(?i)\b(?:into|against|of|over)\s+(.+)$")


def _head(phrase: str) -> str | None:
    """The head noun of a noun phrase: its last word before what ends the head (Quirk et al. 1985 §17.2: the
    head precedes its postmodifiers, relative clauses and prepositional phrases)."""
    words: list[str] = []
    for w in re.findall(r"[^\W\d_][\w'’-]*|,", phrase):
        if fold(w) in _PHRASE_END and words:
            break
        words.append(w)
    words = [w for w in words if fold(w) not in DETERMINERS and w not in ("'s", "’s")]
    return singular(fold(words[-1])) if words else None


def _same_head(no: ClaimRef, yes: ClaimRef) -> bool:
    """'No federal agency is investigating the outage that …' / 'The FTC has opened an inquiry into Halden's
    outage': a definite undergoer ('the outage') takes up the thing the report's act is done to when both
    phrases have one head noun (a same-head anaphor, Poesio & Vieira 1998)."""
    theme = " ".join((no.theme or "").split())
    if not re.match(r"(?i)(?:the|this|that)\s", theme):
        return False
    done = _DONE_TO.search(yes.theme or "") if yes.predicate in claim_scope.EFFECTED_OBJECT_VERBS else None
    mine, theirs = _head(theme), _head(done.group(1) if done else (yes.theme or ""))
    return mine is not None and mine == theirs and mine not in INSTITUTIONS


def _article_subject(no: ClaimRef) -> set[str]:
    """What the denial's article is about: its headline's words and the one organisation it names (no other
    group for 'we' or 'the company' to be)."""
    group = {singular(w) for w in no.headline}
    doer = _doer_words(no)
    others = [b for b in no.bodies if not (b in doer or set(b.split()) <= doer)]  # not the body the denial names as doer
    if len(others) == 1:
        group |= {singular(w) for w in others[0].split()}
    return group


def _definite_description(theme: str) -> bool:
    """'The company has never been sued': a bare definite description ('the company', 'the firm') takes up
    the organisation its article is about (its antecedent in the text before it: Poesio & Vieira 1998), as
    contradictions._taken_up reads a correction's doer."""
    words = _WORD.findall(theme)
    return len(words) == 2 and fold(words[0]) in ("the", "this", "that") and words[1].islower()


def _names_of(yes: ClaimRef) -> set[str]:
    """The capitalised words of the report's sentence: the undergoer the group must match is named."""
    return {singular(fold(w)) for w in _WORD.findall(yes.text) if w[:1].isupper()}
