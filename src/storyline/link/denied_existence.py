"""A report of an act that brings a thing about, against a denial that the thing exists.

'The division has opened a formal investigation into Tarrow Chemicals' / 'Tarrow Chemicals denied that
any state probe of the company was under way'; 'The city is investigating Velmont' / '"No such inquiry
exists," Velmont's spokeswoman said'. The two share few words (the denial names the thing, the report
the act), so the generic pairing (propositions.shared_proposition) misses them, and the story's topic
words are exactly what they share. They are paired instead by their participants:

- the denial says that a thing does not exist or is not going on: 'X does not exist', 'X is not under
  way / ongoing' (rules/disputes.toml [in_progress_complements]), 'there is no X';
- the report's act is that thing (its verb is the thing's noun's verb: investigate / investigation) or
  brings it into being (an effected object: 'opened an investigation', [effected_object_verbs]); a
  general noun in the denial covers its kinds ('no inquiry' denies a probe: [denied_general_nouns]);
- every restrictive modifier of the denied thing ('state', 'criminal', 'federal') is a word of the report:
  'no federal probe' leaves a state investigation open (as 'no Gulf country' in [negative_quantifiers]);
- the target is one: the thing's 'of / into' object when the denial names it by name, else the denier
  (its speaker, or the group a quoted speaker is described as speaking for) is what the report's act is
  done to — a word of the report outside its doer.
"""
from __future__ import annotations

import re
from dataclasses import replace

from storyline import rules
from storyline.extract.names import fold
from storyline.link import claim_scope
from storyline.link.claim_ref import ClaimRef
from storyline.link.denied_act import ACT_NOUNS, act_denied
from storyline.link.propositions import (
    DETERMINERS,
    EQUIVALENTS,
    Proposition,
    agent_words,
    attribution_words,
    singular,
    speakers_group,
)

IN_PROGRESS = rules.words("disputes", "in_progress_complements")
OCCURRENCE = rules.words("disputes", "occurrence_predicates")
FALSITY = rules.words("claims", "falsity_adjectives")
REPORT_DENYING = rules.words("claims", "report_denying_verbs")
REPORT_NOUNS = rules.words("claims", "report_nouns")
GENERAL_NOUNS = {e["general"]: frozenset(e["kinds"]) for e in rules.entries("disputes", "denied_general_nouns")}
# words of the denied noun phrase that restrict nothing: negators and the non-affirmative / anaphoric determiners
_OPEN_WORDS = frozenset(["no", "any", "such", "not", "either"]) | DETERMINERS
# 'it was not the subject of a state investigation': the thing done to the denier (rules/disputes.toml
# [undergoer_nouns]); the denier is then the target (_same_target)
_UNDERGOER = re.compile(r"^(?:the |a |an )?(?:" + "|".join(sorted(rules.words("disputes", "undergoer_nouns")))
                        + r") of (?P<thing>.+)$")
_TARGET = re.compile(r"\b(?:of|into|on|against|over|about)\b")
_NONE: frozenset[str] = frozenset()


def existence_denied(a: ClaimRef, b: ClaimRef) -> Proposition | None:
    """The proposition when one of `a`, `b` denies that a thing exists and the other reports the act
    that is that thing or brings it about, with the same kind and target (module docstring)."""
    found = [(no, yes, phrase) for no, yes in ((a, b), (b, a)) if yes.polarity == "positive"
             and (phrase := denied_thing(no) if no.polarity == "negative" else false_report(no))]
    if not found:
        return act_denied(a, b)  # 'Nobody has sued us': the act denied by any doer (denied_act.py)
    no, yes, phrase = found[0]
    noun, target = _split(phrase)
    if not noun or singular(noun[-1]) in REPORT_NOUNS:
        return None  # 'no reports of injuries' denies injuries, not a caller's report (ecbplus-dev)
    kinds = _kinds(noun[-1])
    yes = particle_act(yes)
    target = _taken_up(no, yes, target)
    if not ((kinds and (_act_is(yes, kinds) or _undergone(yes, kinds))) or _nominalises(yes, noun[-1], target)
            or _effects_noun(yes, noun[-1], target) or _act_noun(yes, noun[-1])):
        return None
    theirs = _keys(set(yes.keywords) | {singular(w) for w in fold(yes.theme or "").split()})
    if any(not (_kinds(w) | {w[:6]}) & theirs and not level_doer(w, yes) for w in noun[:-1]):
        return None  # a restrictive modifier the report does not share: another thing
    if not _same_target(no, yes, target) or not _by_doer_met(no, yes) or not _named_doer_met(no, yes):
        return None
    return Proposition(f"existence of {noun[-1]}", frozenset(kinds) or frozenset({singular(noun[-1])[:6]}))


_PARTICLE_ACTS: dict[str, list[str]] = rules.mapping("disputes", "particle_acts")


def particle_act(yes: ClaimRef) -> ClaimRef:
    """The claim with its particle verb's act as its predicate ('is looking into waiting times' is the act
    'investigate': rules/disputes.toml [particle_acts]), when its sentence has the verb with its particle."""
    particle, act = _PARTICLE_ACTS.get(yes.predicate, ("", ""))
    if not particle or not act or not re.search(rf"\b{re.escape(yes.predicate[:4])}\w*\s+{particle}\b", fold(yes.text)):
        return yes
    return replace(yes, predicate=act)


def denied_thing(no: ClaimRef) -> list[str]:
    """The words of what a denial says does not exist or is not going on, else []."""
    agent, theme = fold(no.agent or "").split(), fold(no.theme or "").split()
    if no.predicate == "exist" and agent and agent != ["there"]:
        return agent
    if no.predicate in ("be", "exist") and (agent == ["there"] or (not agent and theme[:1] == ["no"])):
        return theme  # 'There is no federal review of …': the parse may leave the expletive out
    if no.predicate == "be" and theme[-1:] and theme[-1] in IN_PROGRESS and agent and agent[0] in ("no", "any"):
        return agent
    undergone = _UNDERGOER.match(" ".join(fold(_phrase_end(no.theme)).split())) if no.predicate == "be" and agent else None
    if undergone:
        return undergone["thing"].split()
    return _report_denied(no, theme) or _occurred(no, agent, theme) or _under_process(no, agent, theme) or _not_brought_about(no, theme) \
        or _not_aware(no, theme) or _none_brought_about(no, agent, theme)


def _phrase_end(phrase: str | None) -> str:
    """A noun phrase of the parse up to its first comma: the parse's object may run on into an appositive or
    the attribution after it ('has never been the subject of a competition inquiry, its chairman, … said')."""
    return (phrase or "").split(",")[0]


def _report_denied(no: ClaimRef, theme: list[str]) -> list[str]:
    """'The ministry dismissed as false reports of an EFCC investigation into the agency', 'rejected claims of a
    police inquiry': a verb that denies a report ([report_denying_verbs]) over a report noun's of-object
    ([report_nouns]) denies that the reported thing exists, as 'Reports of a probe are false' does (false_report);
    the of-object is the denied thing. A report noun with a that-clause is read by the extractor as the clause."""
    if no.predicate not in REPORT_DENYING:
        return []
    for i, w in enumerate(theme[:-1]):
        found = _REPORTED.match(" ".join(theme[i + 1:])) if singular(w) in REPORT_NOUNS else None
        if found:
            return found["thing"].split()
    return []


# what a report noun is of: 'reports of an inquiry', 'a report about federal scrutiny of …', with the report's own
# day between ('a Bloomberg report on Tuesday about …'; Quirk et al. 1985 §17.42: 'about' and 'of' both give the
# topic of a noun of communication)
_REPORT_DAYS = "|".join([*sorted(rules.mapping("timex", "weekdays")), "yesterday", "today"])
_REPORTED = re.compile(rf"^(?:(?:on|from|last|this)\s+(?:{_REPORT_DAYS})\s+)?(?:of|about)\s+(?P<thing>.+)$")


def denial_of_report(claim: ClaimRef) -> ClaimRef:
    """The claim as factual when it denies a report of a thing (_report_denied): the extractor marks the
    negating verbs' claims 'hedged' (rules/claims.toml [negating_predicates]: 'did not rule out X' leaves X
    open), but 'dismissed reports of an investigation' says there is none."""
    if claim.modality != "hedged" or claim.polarity != "negative" or not _report_denied(claim, fold(claim.theme or "").split()):
        return claim
    return replace(claim, modality="asserted")


def _occurred(no: ClaimRef, agent: list[str], theme: list[str]) -> list[str]:
    """'No state investigation of the blasting has taken place': an event predicate of coming to pass
    (rules/disputes.toml [occurrence_predicates]: happen, occur, take place) over a 'no' subject denies that
    the event exists, as 'there is no investigation' does; the subject is the denied thing."""
    said = no.predicate if no.predicate in OCCURRENCE else f"{no.predicate} {' '.join(theme[:1])}"
    if said not in OCCURRENCE or agent[:1] != ["no"] or len(agent) < 2:
        return []
    return fold(_phrase_end(no.agent)).split()


def _none_brought_about(no: ClaimRef, agent: list[str], theme: list[str]) -> list[str]:
    """'No fine was ever issued to Sahyadri Chemicals': the passive of an effected-object verb
    ([effected_object_verbs]) with a 'no' subject says no such thing was brought about, as the active 'had
    not issued any fine' does (_not_brought_about); the passive's subject is the effected object (Quirk et
    al. 1985 §3.63) and its to/into/against-phrase, which the parse gives as the object, is the target."""
    if no.predicate not in claim_scope.EFFECTED_OBJECT_VERBS or agent[:1] != ["no"] or len(agent) < 2 \
            or not re.search(rf"\b{re.escape(agent[-1])}\s+(?:was|were|has|have|had|is|are)\b", fold(no.text)):
        return []
    target = re.search(rf"\b{re.escape(agent[-1])}\b[^,.;:]*?\b(?:to|into|against|on)\s+(?P<who>[^,.;:\"”]+)", no.text.lower())
    return agent + (["against", *fold(target["who"]).split()] if target else [])


def _not_brought_about(no: ClaimRef, theme: list[str]) -> list[str]:
    """'The regulator had not opened any probe into trading in Corella shares': an effected-object verb
    ([effected_object_verbs]) negated over a non-affirmative object ('any', 'no') says no such thing was
    brought about, as 'there is no probe into …' does; its into/of-phrase, which the parse may leave out
    of the object, is the thing's target (claims18's invented cases)."""
    if no.predicate not in claim_scope.EFFECTED_OBJECT_VERBS or theme[:1] not in (["any"], ["no"]) or len(theme) < 2:
        return []
    return theme + _complement(no.text, theme)


def _not_aware(no: ClaimRef, theme: list[str]) -> list[str]:
    """'The agency was not aware of any review of its permits': the knower denies knowing of any such
    thing, the denial of existence an organisation gives in its own name (the BBC Editorial Guidelines'
    'not aware of' as a denial; claims18's invented cases); the noun phrase after 'aware of any'."""
    if no.predicate != "be" or theme[:3] not in (["aware", "of", "any"], ["aware", "of", "a"], ["aware", "of", "an"]):
        return []
    return theme[2:]


def _complement(text: str, theme: list[str]) -> list[str]:
    """The into/of/against-phrase that follows the object's last word in the sentence, when the object ends there."""
    if _TARGET.search(" ".join(theme)):
        return []
    after = re.search(rf"\b{re.escape(theme[-1])}\s+(?P<rest>(?:into|of|against|on)\s+[^,.;:\"”]+)", fold(text))
    return after["rest"].split() if after else []


def _under_process(no: ClaimRef, agent: list[str], theme: list[str]) -> list[str]:
    """'We are not under investigation by the ACSC or any other regulator': to be under a process is to
    undergo it (as 'the subject of' one: [undergoer_nouns]), so the process is the thing denied, and its
    by-phrase names who would run it (the lead's twenty-first invented story); [] otherwise."""
    if no.predicate != "be" or not agent or not theme or not re.search(rf"\bunder\s+{re.escape(theme[0])}\b", fold(no.text)):
        return []
    cut = theme.index("by") if "by" in theme else len(theme)
    return theme[:cut]


def _by_doer_met(no: ClaimRef, yes: ClaimRef) -> bool:
    """The denial's 'under investigation by X' names the report's doer, by a shared name word or an acronym
    its name spells; 'or any other …' after it widens it to every such body; no by-phrase: any doer."""
    from storyline.extract.names import acronym_spellings, is_acronym

    by = re.search(r"\bunder\s+\w+\s+by\s+(?P<who>[^.;,\"”]+)", no.text)
    if not by or re.search(r"\bany\s+other\b", by["who"]):
        return True
    words = by["who"].split()
    theirs = {fold(w) for w in (yes.agent or "").split()} - DETERMINERS
    spelled = acronym_spellings(yes.agent or "")
    return any((is_acronym(w) and fold(w).replace(".", "") in spelled) or (w[:1].isupper() and fold(w) in theirs)
               for w in words)


def _named_doer_met(no: ClaimRef, yes: ClaimRef) -> bool:
    """A denial of bringing the thing about ('X had not opened any probe') by a doer named by name is the
    report's doer's only when the name is (a shared name word, or an acronym its name spells): 'the ASX had not
    opened any probe' leaves ASIC's probe open. An unnamed doer ('the regulator', 'it', 'we') may be it."""
    from storyline.extract.names import acronym_spellings, is_acronym

    if no.predicate not in claim_scope.EFFECTED_OBJECT_VERBS:
        return True
    names = [w for w in re.findall(r"[^\W\d_][\w.&-]*", no.agent or "") if w[:1].isupper() and fold(w) not in _OPEN_WORDS]
    if not names:
        return True
    theirs = {fold(w) for w in (yes.agent or "").split()} - DETERMINERS
    spelled = acronym_spellings(yes.agent or "")
    return any((is_acronym(w) and fold(w).replace(".", "") in spelled) or fold(w) in theirs for w in names)


def false_report(claim: ClaimRef) -> list[str]:
    """'Reports of a federal probe are false': a report noun's 'of' object called false (rules/claims.toml
    [report_nouns], [falsity_adjectives]) is denied to exist, as 'there is no federal probe' (a positive
    'be' claim as the parse reads it). Else []."""
    theme, agent = fold(claim.theme or "").split(), fold(claim.agent or "").split()
    if claim.predicate != "be" or claim.polarity != "positive" or not theme or theme[-1] not in FALSITY:
        return []
    cut = next((i for i, w in enumerate(agent[:-1]) if singular(w) in REPORT_NOUNS and agent[i + 1] == "of"), None)
    return agent[cut + 2:] if cut is not None else []


def _split(phrase: list[str]) -> tuple[list[str], list[str]]:
    """The noun phrase before its of/into complement (without determiners) and the complement."""
    text = " ".join(phrase)
    cut = _TARGET.search(text)
    head, target = (text[:cut.start()], text[cut.end():]) if cut else (text, "")
    noun = [singular(w) for w in re.findall(r"[^\W\d_]+", head) if w not in _OPEN_WORDS]
    # a possessive's 's' is no word of the target ('the charity's accounts')
    return noun, [w for w in re.findall(r"[^\W\d_]+", target) if w not in DETERMINERS and w != "s"]


def _kinds(noun: str) -> frozenset[str]:
    return EQUIVALENTS.get(noun, _NONE) | GENERAL_NOUNS.get(noun, _NONE)


def _keys(words: set[str]) -> frozenset[str]:
    return frozenset().union(*(EQUIVALENTS.get(singular(w), _NONE) | {singular(w)[:6]} for w in words))


def _nominalises(yes: ClaimRef, noun: str, target: list[str]) -> bool:
    """A denied noun no equivalence group holds is the report's act when it is that verb's noun, by
    zero derivation or a suffix after the same six letters ('no federal review' / 'is reviewing',
    'examination' / 'examining': the six-letter stems link/propositions.py pairs words by), and its
    of-object is what the act is done to ('of our inspections' / 'the city's bridge inspection
    records'). A report noun is no such act: 'no reports of injuries' denies injuries, not that a
    caller 'reported the fire' (ecbplus-dev, two wrong flags; rules/claims.toml [report_nouns])."""
    if len(noun) < 5 or singular(noun)[:6] != (yes.predicate or "")[:6] or singular(noun) in REPORT_NOUNS:
        return False
    done_to = {singular(w)[:6] for w in fold(yes.theme or "").split()} | {singular(w)[:6] for w in yes.keywords}
    return all(singular(w)[:6] in done_to for w in target)


def _taken_up(no: ClaimRef, yes: ClaimRef, target: list[str]) -> list[str]:
    """The target without a bare definite description's noun that takes up what the denial's article is about
    ('no audit of the charity's accounts' in an article headed 'Harvest Table responds'): the noun names the
    organisation the report names, when the report's words hold that article's subject (its headline or its one
    organisation; Poesio & Vieira 1998 on definite descriptions and their antecedents)."""
    subject = {singular(w) for w in no.headline} | ({singular(w) for w in next(iter(no.bodies)).split()}
                                                     if len(no.bodies) == 1 else set())
    named = {singular(fold(w)) for w in re.findall(r"[^\W\d_]+", yes.text) if w[:1].isupper()}  # a name, not a topic word
    if not subject & named - DETERMINERS:
        return target
    return [w for w in target if not re.search(rf"\bthe\s+{re.escape(w)}(?:'s|’s|\s+'s)?\b", no.text)]


def _act_noun(yes: ClaimRef, noun: str) -> bool:
    """The denied noun is the noun of the report's act ('is being sued' / 'no lawsuit had been filed against it':
    rules/disputes.toml [act_nouns], WordNet's derivational links), as denied_act reads 'filed a lawsuit' as
    suing."""
    return singular(noun) in ACT_NOUNS.get(yes.predicate, ())


def _effects_noun(yes: ClaimRef, noun: str, target: list[str]) -> bool:
    """The report brings about the very thing the denial names ('NHS England has started a review of waiting
    times' / 'no review of waiting times … was under way'): an effected-object verb ([effected_object_verbs])
    whose object's head is the denied noun, by the six-letter stems link/propositions.py pairs words by. A
    general noun's kinds (_act_is) widen the denial; its own noun must meet it too. A report noun is no
    such thing ('no reports of injuries', as _nominalises), and the denied thing's of-object is what the
    report's is about, word for word ('no review of parking fees' leaves a review of ambulance times open)."""
    if yes.predicate not in claim_scope.EFFECTED_OBJECT_VERBS or singular(noun) in REPORT_NOUNS:
        return False
    head = re.split(r"\b(?:of|into|on|against|over|about|at)\b", fold(yes.theme or ""))[0].split()
    if not head or singular(head[-1])[:6] != singular(noun)[:6]:
        return False
    done_to = {singular(w)[:6] for w in fold(yes.theme or "").split()} | {singular(w)[:6] for w in yes.keywords}
    return all(singular(w)[:6] in done_to for w in target)


def _act_is(yes: ClaimRef, kinds: frozenset[str]) -> bool:
    """The report's verb is the thing's own verb, or brings its object (the thing) into being."""
    if EQUIVALENTS.get(yes.predicate, _NONE) & kinds:
        return True
    if yes.predicate not in claim_scope.EFFECTED_OBJECT_VERBS:
        return False
    theme = fold(yes.theme or "").split()
    return any(EQUIVALENTS.get(singular(w), _NONE) & kinds for w in theme) or _official_inquiry(yes, theme, kinds)


def _undergone(yes: ClaimRef, kinds: frozenset[str]) -> bool:
    """'The lender was under investigation by the regulator': to be under a process is to undergo it (Grimshaw
    1990 ch. 3 on event nominals after 'under'; the denial side's _under_process), so a positive 'be under X'
    reports the process X as going on, as 'is investigating' does."""
    under = re.search(r"\bunder\s+(?:an?\s+|the\s+)?(?P<noun>\w+)(?:\s+(?P<next>\w+))?", fold(yes.text)) \
        if yes.predicate == "be" else None
    # the process noun, or the one after a modifier ('under formal investigation')
    return under is not None and any(bool(_kinds(singular(w)) & kinds) for w in (under["noun"], under["next"] or ""))


def _official_inquiry(yes: ClaimRef, theme: list[str], kinds: frozenset[str]) -> bool:
    """'The Ohio Department of Health has opened an inquiry into how the district reported …': an
    inquiry into something that a public body opens is the official process to find the facts of
    something gone wrong (Cambridge Dictionary 'inquiry'), WordNet's investigation.n.02 ('an inquiry
    into … questionable activities'), so it is of the kinds the general noun covers; any other
    inquiry ('questions from the health authority') stays only a general one."""
    general = next((i for i, w in enumerate(theme) if GENERAL_NOUNS.get(singular(w), _NONE) & kinds), None)
    return general is not None and theme[general + 1: general + 2] == ["into"] and _public_body(yes.agent or "")


def _public_body(doer: str) -> bool:
    return bool(_FEDERAL_PATTERN.search(doer) or _STATE_PATTERN.search(doer))


def _same_target(no: ClaimRef, yes: ClaimRef, target: list[str]) -> bool:
    """What the report's act is done to (its words outside its doer) names the denial's target: the
    thing's named object, or, when it names none, the denier."""
    done_to = {singular(fold(w)) for w in yes.keywords} | {singular(w) for w in re.findall(r"[^\W\d_]+", fold(yes.theme or ""))}
    # 'is investigating whether FreshCrate misled customers': the act is done to the whether-clause's parties
    # (the parse leaves the clause out of the object: the lead's twenty-first invented story)
    asked = re.search(r"\bwhether\b(?P<clause>[^.;]*)", yes.text) if not yes.theme else None
    if asked:
        done_to |= {singular(fold(w)) for w in re.findall(r"[^\W\d_]+", asked["clause"])}
    done_to -= agent_words(yes)
    named = {w for w in target if any(x[:1].isupper() and fold(x) == w for x in re.findall(r"[^\W\d_]+", no.text))}
    if named:
        return bool(named & done_to) or (not _names_anyone(yes) and _headline_target(yes, named))
    # 'no inquiry had been opened into its loan fees' / 'was under investigation … over its loan fees': the
    # process's complement names what the report's process is about, word for word
    about = {singular(w) for w in target} - DETERMINERS
    if about and about <= done_to:
        return True
    denier = {singular(fold(w)) for w in re.findall(r"[^\W\d_]+", no.speaker)} | speakers_group(no.text) | _undergoer(no)
    # a quoted denier is described by the attribution around the quote ('authority chairman Owen Pike')
    # an indirect speech's sayer as described before 'said' counts when the denied thing names no target of its
    # own ('there is no such investigation'); 'no audit of the charity's accounts' is about the charity
    sayer = [] if target else _sayer_words(no.text)
    described = {singular(fold(w)) for w in attribution_words(no.text) + _according_to(no.text) + sayer} - _keys_free(yes)
    if (denier | described) & done_to or (not target and _doer_denies(denier | described, yes)):
        return True
    return not _names_anyone(yes) and _headline_target(yes, (denier | described) & {singular(w) for w in yes.headline})


def _doer_denies(denier: set[str], yes: ClaimRef) -> bool:
    """The denier is the report's doer by a name word ('Sport Tasmania has launched a review of …' / '"There is no
    review," a Sport Tasmania spokesperson said'): a body denying that its own process exists denies the report
    whatever the process is done to, when the denial names no target of its own (probe38: the quoted bare denial
    went unpaired; dispute39 left a chief executive's quoted denial)."""
    names = {singular(fold(w)) for w in re.findall(r"[^\W\d_]+", yes.agent or "") if w[:1].isupper()}
    return bool((names - DETERMINERS - _OPEN_WORDS) & denier)


def _undergoer(no: ClaimRef) -> set[str]:
    """'Contrary to reports, the mayor's office is not the subject of a police inquiry': in the undergoer form
    ([undergoer_nouns]) the subject is what the process would be done to, whoever denies it (claims27); 'Keystone
    Valley dismissed as untrue a report about federal scrutiny of its equipment': the one who rejects a report of a
    process is the party it speaks of, as a quoted denial's speaker is."""
    if no.predicate in REPORT_DENYING and _report_denied(no, fold(no.theme or "").split()):
        return {singular(w) for w in re.findall(r"[^\W\d_]+", fold(no.agent or ""))} - DETERMINERS - _OPEN_WORDS
    if no.predicate != "be" or not _UNDERGOER.match(" ".join(fold(no.theme or "").split())):
        return set()
    return {singular(w) for w in re.findall(r"[^\W\d_]+", fold(no.agent or ""))} - DETERMINERS - _OPEN_WORDS


# 'Jenna Ruiz, a Stratton Hydro spokeswoman, said there is no such investigation': the indirect speech's sayer
# is described before its reporting verb, as a quote's is around the quote (probe30: the denial went unpaired)
_SAYER = re.compile(r"^(?P<who>[^.;:\"“”]{3,120}?)\s+(?:said|says|told|stated|added|insisted|maintained)\b")


def _sayer_words(text: str) -> list[str]:
    """The names in an indirect-speech sentence's subject before its reporting verb ('Jenna Ruiz, a Stratton
    Hydro spokeswoman, said …' → Jenna, Ruiz, Stratton, Hydro): the sayer and whom the sayer speaks for."""
    found = _SAYER.match(text.strip())
    return [w for w in re.findall(r"[^\W\d_]+", found["who"]) if w[:1].isupper()] if found else []


def _according_to(text: str) -> list[str]:
    """The words of an 'according to' phrase ('There is no ban, according to Arlow Roofing's director Paul
    Oakes'): the source as the sentence describes it, as a quote's attribution does (claims18's invented
    cases)."""
    found = re.search(r"\baccording\s+to\s+(?P<who>[^.;:\"“”]+)", text)
    return re.findall(r"[^\W\d_]+", found["who"]) if found else []


def _names_anyone(yes: ClaimRef) -> bool:
    """The report's object names someone: a capitalised word of its theme past its first word."""
    return any(w[:1].isupper() for w in (yes.theme or "").split()[1:])


_FEDERAL = rules.words("disputes", "federal_bodies")
_FEDERAL_PATTERN = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in sorted(_FEDERAL, key=len, reverse=True))
                              + r")(?![\w])", re.IGNORECASE)


# a state's name or 'state', then up to four name words, then an agency noun: 'the Ohio Department of Health',
# 'the State Water Resources Control Board', 'the Texas Attorney General'
_STATE_PATTERN = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in sorted(rules.words("disputes", "state_bodies"), key=len, reverse=True)) + r")"
    r"(?:\s+(?:of\s+)?[A-Z][\w&'’.-]*){0,4}?\s+(?:" + "|".join(re.escape(w) for w in rules.words("disputes", "state_agency_nouns")) + r")(?![\w])",
    re.IGNORECASE)


def level_doer(modifier: str, yes: ClaimRef) -> bool:
    """'no federal investigation' and a report whose doer is a federal body by name ('the USDA's
    Office of Inspector General has opened …'; rules/disputes.toml [federal_bodies]); 'no state
    investigation' and a state's body by name ('the Ohio Department of Health', [state_bodies])."""
    if modifier == "state":
        return bool(_STATE_PATTERN.search(yes.agent or ""))
    return modifier == "federal" and bool(_FEDERAL_PATTERN.search(yes.agent or ""))


def _headline_target(yes: ClaimRef, named: set[str]) -> bool:
    """A report whose act's object names nobody ('an investigation into how the cull was carried
    out') is about what its article's headline names with that object ('… during Brightwater cull'):
    the headline names the denial's target and shares a word of the object."""
    cut = _TARGET.search(fold(yes.theme or ""))
    obj = {singular(w) for w in re.findall(r"[^\W\d_]+", fold(yes.theme or "")[cut.end():])} - DETERMINERS if cut else set()
    headline = {singular(w) for w in yes.headline}
    return bool(named) and bool(obj & headline) and named <= headline


def _keys_free(yes: ClaimRef) -> set[str]:
    """The report's act itself: a word of it in the attribution ('of reports that the city was
    investigating') names no target."""
    return {yes.predicate, singular(yes.predicate)}
