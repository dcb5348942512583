"""Who does what a claim says (its doer), and whether two claims name the same one: a pronoun subject
read as its reporter when they agree, a partitive subject read by its set (link/contradictions.py)."""
from __future__ import annotations

import re
from dataclasses import replace

from storyline import rules
from storyline.extract.names import ORG_HEADS, acronym_spellings, fold, is_acronym, looks_like_org
from storyline.link import claim_scope
from storyline.link.claim_ref import ClaimRef
from storyline.link.denied_existence import level_doer
from storyline.link.propositions import (
    DETERMINERS,
    EQUIVALENTS,
    PHRASE_END,
    PRONOUNS,
    agent_words,
    singular,
)

_NONE: frozenset[str] = frozenset()


def doer(claim: ClaimRef, topic: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """(head, modifiers) of who the claim says acts ('Opposition leaders in Venezuela' → leader,
    {opposition}); None when unknown: no agent, a pronoun, or the agent is the proposition itself
    ('high-level talks … did not happen')."""
    words = [singular(w) for w in fold(claim.agent or "").replace("'s", " ").replace("'", " ").split()]
    own_side = bool(words) and words[0] in rules.words("stance", "first_person_possessives")
    if any(w in topic or EQUIVALENTS.get(w, _NONE) & topic for w in words) or own_side:
        return None  # the proposition itself, or the speaker's own side ("our site"): no third party
    core = []
    for w in partitive_head(words):
        if w in PHRASE_END:
            break
        core.append(w)
    core = [w for w in core if w not in DETERMINERS]
    if core and core[-1] in _REPORTED_PRONOUNS and claim.agent != claim.speaker:
        return _reporter(claim, core[-1], topic)
    if not core or core[-1] in PRONOUNS or core[-1] in claim_scope.NEGATIVE_UNIVERSALS:
        return None
    return core[-1], frozenset(core[:-1])



# 'other', 'another': the referent is not the one the discourse has already named (Huddleston & Pullum 2002
# ch. 5 §7.3, 'other' as a marker of non-identity)
_OTHER = frozenset({"other", "another"})


# name heads that tell a body's kind ('Air' names an airline): rules/disputes.toml [described_kind_heads]
_KIND_HEADS = {noun: frozenset(singular(h) for h in heads)
               for noun, heads in rules.mapping("disputes", "described_kind_heads").items()}


def _described_body(described: ClaimRef, named: ClaimRef) -> bool:
    """'The district emailed …' and 'Harlow Unified emailed …': a definite description of one common
    noun ('the district', 'the company') refers back to the one organisation its article named with
    that noun as head (a definite description's referent is the unique one the text makes salient:
    Huddleston & Pullum 2002 ch. 5 §6.1), and the other claim's doer is that organisation when its
    words are all words of the name (a short name: 'Harlow Unified' for 'Harlow Unified School
    District'). Two such organisations in the article leave the description open."""
    words = fold(described.agent or "").split()
    name = _described_name(described)
    if name is None:
        return False
    other = agent_words(named) - {singular(words[1])}
    return bool(other) and (other <= {singular(w) for w in name.split()} or _body_of_kind(named, name))


def _described_name(described: ClaimRef) -> str | None:
    """The one organisation of its article a doer 'the NOUN' refers back to (_described_body), else None."""
    words = fold(described.agent or "").split()
    if len(words) != 2 or words[0] != "the":
        return None
    noun = singular(words[1])
    kind = {noun} | set(_KIND_HEADS.get(noun, ()))
    names = {name for name in described.bodies if (head := _name_head(name)) and singular(head) in kind}
    names |= {name for name, noun in described.kinds if singular(noun) in kind or noun in kind}
    return next(iter(names)) if len(names) == 1 else None


def _name_head(name: str) -> str | None:
    """The head noun of an organisation's name: its last word, or the last before 'of' ('Maryland
    Department of Housing and Community Development': department; an of-phrase postmodifies its head,
    Quirk et al. 1985 §17.38)."""
    words = name.split(" of ", 1)[0].split()
    return words[-1] if words else None


def _body_of_kind(described: ClaimRef, name: str) -> bool:
    """'State housing regulators' and the Maryland Department of Housing and Community Development: a
    public body's noun (rules/disputes.toml [state_agency_nouns]) whose modifiers are its level, met by
    the name ('state': a state's name in it, denied_existence.level_doer), and words of the name, at least
    one ('housing'), describes that body (the lead's twentieth invented story: a report of a state inquiry
    and the department's spokeswoman denying it)."""
    words = [singular(w) for w in fold(described.agent or "").split()]
    if len(words) < 2 or words[-1] not in _BODY_NOUNS:
        return False
    own = {singular(w) for w in name.split()}
    levels = [w for w in words[:-1] if w in _LEVELS]
    domain = [w for w in words[:-1] if w not in _LEVELS]
    body = replace(described, agent=name)
    return bool(domain) and set(domain) <= own and all(level_doer(w, body) for w in levels)


_LEVELS = frozenset({"state", "federal"})


def _spelled_out(short: ClaimRef, named: ClaimRef) -> bool:
    """'The DEP has not opened any review' and 'The Maine Department of Environmental Protection has
    opened a review': a doer named by an acronym alone is the body whose name it spells
    (names.acronym_spellings: initials, with 'of', without a home state or country's name)."""
    words = [w for w in (short.agent or "").split() if fold(w) not in DETERMINERS]
    if len(words) != 1 or not is_acronym(words[0]) or not named.agent:
        return False
    return fold(words[0]).replace(".", "") in acronym_spellings(named.agent)


# the nouns a public body's name ends in (USA.gov state directory; rules/disputes.toml [state_agency_nouns])
_BODY_NOUNS = frozenset(singular(w) for w in rules.words("disputes", "state_agency_nouns") if " " not in w)


def _none_of_a_kind(denial: ClaimRef, other: ClaimRef) -> bool:
    """'No federal agency is investigating our department' against 'Federal regulators are investigating
    the hospital's department': a subject with the determiner 'no' and a public body's noun denies the act
    of every body of its kind (the level its modifiers name: 'federal', 'state'), so it meets a doer that is
    such a body — a body noun with those words ('federal regulators'), or a body the level's lists name
    ('the FDA', 'the Ohio Department of Health': denied_existence.level_doer)."""
    words = [singular(w) for w in fold(denial.agent or "").split()]
    if len(words) < 2 or words[0] != "no" or words[-1] not in _BODY_NOUNS:
        return False
    theirs = {singular(w) for w in fold(other.agent or "").split()}
    levels = words[1:-1]
    named = bool(levels) and all(level_doer(m, other) for m in levels)
    return named or (bool(theirs & _BODY_NOUNS) and all(m in theirs for m in levels))


def _undergoes(x: ClaimRef, y: ClaimRef) -> bool:
    """`x` is passive and its subject is what `y`'s act is done to ('Dravik Paving denied that it is
    being investigated' / 'prosecutors are investigating Dravik Paving'): a passive's subject undergoes
    the act, so it is no doer to set against `y`'s, when `y`'s object names it."""
    if not passive(x) or not y.theme:
        return False
    subject = (agent_words(x) - PRONOUNS) or (reported_subject(x) if x.agent else set())
    if subject & {singular(fold(w)) for w in re.findall(r"[^\W\d_]+", y.theme)}:
        return True
    # 'has not barred the firm': a bare definite description is the organisation its article is about
    return _described(y.theme) and bool(subject & _article_bodies(y))


def _described(theme: str) -> bool:
    """A bare definite description ('the firm', 'the company'): its antecedent is in the text before it
    (Poesio & Vieira 1998), as contradictions._taken_up reads a correction's doer."""
    words = re.findall(r"[^\W\d_]+", theme)
    return len(words) == 2 and words[0].lower() == "the" and words[1].islower()


def _article_bodies(claim: ClaimRef) -> set[str]:
    """What the claim's article is about: its headline's words and the one organisation it names (none when it
    names several)."""
    one = {singular(w) for w in next(iter(claim.bodies)).split()} if len(claim.bodies) == 1 else set()
    return one | {singular(w) for w in claim.headline}


def passive(claim: ClaimRef) -> bool:
    """The predicate is a passive participle after a form of be or get ('is being investigated', 'was
    not arrested'): its subject is what the act is done to (Huddleston & Pullum 2002 ch. 16 §10)."""
    text = claim.text.lower()
    if any(_participle_of(m.group(1), claim.predicate) for m in _REDUCED_PASSIVE.finditer(text)):
        return True  # 'The closure of the unit, first announced on Oct. 2, …': a past-participial supplement
    return any(_participle_of(m.group(1), claim.predicate) and not _ADJECTIVE_USED.match(text, m.start(1))
               for m in _PASSIVE.finditer(text))


# A past-participial clause set off by a comma after its noun is passive, its noun the undergoer (Huddleston &
# Pullum 2002 ch. 14 §9.3, supplementary past-participials: 'the plan, unveiled last week, …'), when a time
# or agent adjunct follows the participle and the participle is the claim's own predicate ('X, based in
# Leeds, said …' is a claim of saying, untouched)
_REDUCED_PASSIVE = re.compile(r"[^\W\d_],\s+(?:first|already|only|initially|originally|previously|officially|formally)?\s*"
                              r"([^\W\d_]+(?:ed|en))\s+(?:on|in|at|by|last|earlier|this|late|early|yesterday|today|"
                              r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


# 'was not used to dealing with earthquakes': the adjective 'used to' (accustomed; Oxford English Dictionary
# 'used' adj. 2b, Huddleston & Pullum 2002 ch. 14 §4), no passive of 'use' (timeline17-dev, one wrong flag
# when short verbs' participles were first read)
_ADJECTIVE_USED = re.compile(r"used\s+to\s+(?:\w+ing|the|a|an|it|this|that|such)\b")


def _participle_of(word: str, predicate: str) -> bool:
    """`word` is the predicate's past participle: a regular one (-ed / -en after the lemma's first four
    letters), or an irregular one ('were shut', 'was sold': rules/claims.toml [irregular_participles])."""
    if _IRREGULAR.get(word) == predicate:
        return True
    # the -ed spellings of a short verb: 'sued', 'barred', 'banned', 'tied' (Quirk et al. 1985 App. I.A)
    if word in (predicate + "d", predicate + "ed", predicate + predicate[-1:] + "ed", predicate[:-1] + "ied"):
        return True
    return len(predicate) >= 4 and word[:4] == predicate[:4] and word.endswith(("ed", "en"))


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten|'s|'re)\s+"
                      r"(?:(?:not|n't|never|also|still|now|yet|already|\w+ly)\s+)*(?!(?:be|been|being|get|got|gotten)\b)(\w+)\b")
_IRREGULAR: dict[str, str] = {e["form"]: e["lemma"] for e in rules.entries("claims", "irregular_participles")}


# Third-person pronouns and what their reporter must be to be their referent: a person's name, one
# organisation or body, or a plural.
_REPORTED_PRONOUNS = {"he": "person", "she": "person", "it": "one", "they": "many"}


def _reporter(claim: ClaimRef, pronoun: str, topic: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """The doer of a reported clause whose subject is a third-person pronoun: the reporting clause's
    subject when it agrees ('Seacom's CEO said he …', 'the British government stresses it has enough
    drugs', 'health officials say they have ample stocks'), the referent that the subject preference of
    pronoun resolution picks first (Hobbs 1978, 'Resolving pronoun references'; centering: Grosz, Joshi &
    Weinstein 1995). None (unknown) when nothing reports the clause, the reporter does not agree in
    person and number ('police who claim he pointed a gun'), or 'it' may be the expletive of a
    copula ('it was not the new strain', 'it isn't aid that makes a difference'), or the reporter is
    not known ('It said it had found no signs': the outlet stands in for it) or not named before the
    pronoun in the claim's own sentence ('He said he had owned it'; a reporter read from another
    sentence may be wrong, and the pronoun's referent with it)."""
    if not (claim.cue and claim.attributed) or (pronoun == "it" and claim.predicate == "be"
                                                 and not claim_scope.predicative_pp(claim.text)):
        return None
    words = [w for w in re.findall(r"[^\W\d_]+", claim.speaker)]
    last = words[-1] if words else ""
    named = re.search(rf"\b{re.escape(last)}\b.*?\b{pronoun}\b", claim.text, re.IGNORECASE | re.DOTALL) if last else None
    # 'He said he had owned it': the same pronoun as the reporting clause's subject, which the
    # extractor resolved to the speaker
    same = re.search(rf"\b{pronoun}\s+\w+\s+(?:that\s+)?{pronoun}\b", claim.text, re.IGNORECASE)
    if named is None and same is None:
        return None  # the reporter is not named before the pronoun in its sentence: another referent may be
    plural = last.islower() and last.endswith("s") and not last.endswith("ss")
    # a named reporter the extractor knows to be an organisation, or named as one ('Kestrel Foods Inc.'), is an 'it'
    body = claim.speaker_kind == "org" or (claim.speaker_kind != "person" and looks_like_org(claim.speaker))
    agrees = {"person": last[:1].isupper() and not last.isupper() and not body,
              "one": (last.islower() and not plural) or (len(last) >= 2 and last.isupper()) or body,
              "many": plural}[_REPORTED_PRONOUNS[pronoun]]
    return doer(replace(claim, agent=claim.speaker), topic) if agrees else None


def reported_subject(claim: ClaimRef) -> set[str]:
    """The words of the reporter a third-person pronoun subject refers to ('Kestrel Foods Inc. said it
    is not under investigation': kestrel, food, inc), when _reporter finds it; else nothing."""
    pronoun = fold(claim.agent or "")
    found = _reporter(claim, pronoun, frozenset()) if pronoun in _REPORTED_PRONOUNS else None
    return {found[0], *found[1]} if found else set()


def partitive_head(words: list[str]) -> list[str]:
    """'some of their users' → 'their users': a partitive phrase is about the noun after 'of'
    (rules/disputes.toml [partitive_quantifiers])."""
    if "of" not in words:
        return words
    i = words.index("of")
    before = [w for w in words[:i] if w not in ("the", "a", "an")]
    quantifiers = rules.words("disputes", "partitive_quantifiers") | rules.words("disputes", "partial_quantifiers")
    numbers = rules.mapping("timex", "small_numbers")
    if before and all(w in quantifiers or w in numbers or w.isdigit() for w in before):
        return words[i + 1:]
    return words


def same_doer(a: ClaimRef, b: ClaimRef, topic: frozenset[str]) -> bool:
    """Both claims name the same doer, or one of them names none: same head, modifiers that do not
    exclude each other ('the administration' and 'the Biden administration' agree; 'opposition
    leaders' and 'both countries' leaders' do not)."""
    if _undergoes(a, b) or _undergoes(b, a):
        return True
    if _two_named(a, b):
        return False  # the names pick the doers, whatever words of the topic their descriptions hold
    x, y = doer(a, topic), doer(b, topic)
    if x is None or y is None:
        return True
    if _OTHER & (x[1] | y[1]):
        return False  # 'two other districts': 'other' sets its referent apart from the one already named
    if x[0] in _doer_words(b, topic) or y[0] in _doer_words(a, topic):
        # "Acme" and "storage tanks at Acme Coatings": one names the other's owner; a reported 'it' is its
        # reporter ('the Prosecutors Office said it had not opened …' / 'Prosecutors … have opened'; lead40)
        return True
    if _named_before(b, a) or _named_before(a, b):
        return True  # 'Lauren Pike, a Pellham spokeswoman, said the company had not …' / 'Pellham has …'
    if _described_body(a, b) or _described_body(b, a) or _spelled_out(a, b) or _spelled_out(b, a) \
            or _none_of_a_kind(a, b) or _none_of_a_kind(b, a):
        return True
    return (x[0] == y[0] and not (x[1] and y[1] and x[1].isdisjoint(y[1]))) or _shared_party(a, b, topic)


def _named_before(described: ClaimRef, named: ClaimRef) -> bool:
    """The claim's doer is a definite description of an organisation ('the company'; rules/aliases.toml
    [org_heads]) and a name word of the other claim's doer is written before it in its own sentence: the attribution's
    'a Pellham spokeswoman' names the body 'the company' takes up (a definite description's antecedent
    precedes it in the text: Poesio & Vieira 1998; as propositions.described_names, restricted to the
    words before the description, so a body named after it in the clause is not taken)."""
    words = fold(described.agent or "").split()
    if len(words) != 2 or words[0] != "the" or words[1] not in ORG_HEADS:
        return False
    at = fold(described.text).find(" ".join(words))
    before = described.text[:at] if at > 0 else ""
    names = {fold(w) for w in re.findall(r"[^\W\d_]+", named.agent or "") if w[:1].isupper()}
    return bool(names & {fold(w) for w in re.findall(r"[^\W\d_]+", before)[1:] if w[:1].isupper()})


def kinds_apart(a: ClaimRef, b: ClaimRef) -> bool:
    """The two subjects are one head noun with modifiers that exclude each other ('the speed limit' / 'the
    weight limit'): two things of one kind, whatever else the two phrases share ('on Kerrigan Road' / 'on the
    Kerrigan bridge'). same_doer lets a head found among the other's words through (a name's owner), and
    reads no doer in a subject made of the shared words; here the subject is read whatever the topic."""
    x, y = doer(a, frozenset()), doer(b, frozenset())
    return x is not None and y is not None and x[0] == y[0] and bool(x[1]) and bool(y[1]) and x[1].isdisjoint(y[1])


def _doer_words(claim: ClaimRef, topic: frozenset[str]) -> set[str]:
    """The agent's words, or its reporter's when the agent is a pronoun the reporter resolves (`_reporter`)."""
    words = [w for w in fold(claim.agent or "").split() if w not in DETERMINERS]
    if len(words) == 1 and words[0] in _REPORTED_PRONOUNS and claim.agent != claim.speaker \
            and _reporter(claim, words[0], topic) is not None:
        return agent_words(replace(claim, agent=claim.speaker))
    return agent_words(claim)


_AND = re.compile(r"\s+(?:and|&)\s+|,\s+")


def _shared_party(a: ClaimRef, b: ClaimRef, topic: frozenset[str]) -> bool:
    """'Castlegate Transport and Local 1190 announced …' and 'Castlegate Transport and the drivers'
    union announced …': a joint act's doers are its coordinated parties, and the two claims share one
    of them (the other may be named or described: branch probe15). The doer of a coordination is
    otherwise read off its last conjunct ('1190' / 'union'), which sets one act's two tellings apart."""
    parts = [[doer(replace(c, agent=p), topic) for p in _AND.split(c.agent or "") if p.strip()] for c in (a, b)]
    if max(len(parts[0]), len(parts[1])) < 2:
        return False
    heads = [{(d[0], d[1]) for d in ps if d is not None} for ps in parts]
    return any(x[0] == y[0] and not (x[1] and y[1] and x[1].isdisjoint(y[1])) for x in heads[0] for y in heads[1])


def _appositive_name(claim: ClaimRef) -> frozenset[str]:
    """The name before an appositive that describes it ('Kamala, the oldest elephant at the zoo,' →
    {kamala}): a non-restrictive appositive adds to the name's referent and does not pick it (Quirk
    et al. 1985, 17.65-17.67); empty when the doer does not open so."""
    head, comma, rest = (claim.agent or "").partition(",")
    names = head.split()
    if not (comma and rest.strip() and names and all(w[:1].isupper() for w in names)):
        return frozenset()
    return frozenset(fold(w) for w in names)


def _two_named(a: ClaimRef, b: ClaimRef) -> bool:
    """'Kamala, the oldest elephant, died on Sunday' and 'Bindu, a 38-year-old elephant, died on
    Saturday': two doers each named before their appositive, neither name among the other doer's
    words, are two individuals however alike their descriptions (the lead's twenty-second invented
    story: the two descriptions shared their head noun)."""
    x, y = _appositive_name(a), _appositive_name(b)
    return bool(x and y) and x.isdisjoint(agent_words(b)) and y.isdisjoint(agent_words(a))

