"""Claims: one structured statement per event or reporting sentence.

For each sentence: the content predicate (lemma, negation), agent, theme, polarity, modality, who
asserts it (the speaker of a reporting frame, else the outlet), the event's time (its own time
expression; never the publication date silently) and the evidence span. Timelines and
contradictions are built on these; no NLI model is involved.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from storyline import rules
from storyline.extract.claim_conjuncts import is_verb_conjunct, shared_negation, shares_auxiliaries, verb_conjuncts
from storyline.extract.claim_denials import by_phrase_doer, denied_by_truth_noun, falsified_clause, passive_gerund
from storyline.extract.claim_figures import figures
from storyline.extract.claim_modality import claim_modality
from storyline.extract.claim_modifiers import by_agent, dated_relative
from storyline.extract.claim_negation import negated_verb
from storyline.extract.claim_times import participle_modifier, subordinate_times, subordinators, time_of, time_of_report
from storyline.extract.cues import is_according

STAGE = "claims"
# The lexicons are data (rules/claims.toml, each with its source).
REPORTING = rules.words("claims", "reporting_verbs") | rules.words("claims", "finding_verbs")
# (finding verbs frame what they establish like speech does: "the inquiry has found that tanks
# leaked" asserts the leak, by the inquiry)
DENIAL = rules.words("claims", "denial_verbs")
# 'denied reports that X', 'disputed the report that X': the report noun's clause is denied (_noun_frames)
REPORT_DENIAL = rules.words("claims", "report_denying_verbs")
# Predicates that negate their object: "did not rule out a negotiated exit" asserts the exit is possible.
NEGATING_PREDICATES = rules.words("claims", "negating_predicates")
COMPLEX_TRANSITIVE = rules.words("claims", "complex_transitive_verbs")
IMPLICATIVE = rules.words("claims", "implicative_verbs")
DEFINITE = rules.words("claims", "definite_determiners")
SEPARATORS = rules.words("claims", "clause_separators")
# "announced on Monday that …": the act of making known is an event of its own, dated by its own
# time expression (rules/claims.toml [disclosure_events]).
DISCLOSURE = rules.words("claims", "disclosure_events")
_KEEP_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


@dataclass(slots=True, frozen=True)
class Claim:
    start: int                 # the evidence: the sentence, offsets into the body
    end: int
    text: str
    predicate: str             # lemma of the content verb ("offer"), or the copula's complement
    negated: bool
    polarity: str              # "positive" | "negative" (negation, or a denial verb, flips it)
    modality: str              # "asserted" | "would" | "may" | … | "conditional" | "reported" | "alleged" | "hedged" | "asked"
    agent: str | None
    theme: str | None
    keywords: tuple[str, ...]  # content lemmas of the clause (not of clauses with their own subject)
    asserter: str | None       # who says so: a speaker's name or description, else the outlet
    asserter_kind: str         # "person" | "org" | "anonymous" | "outlet" | "unknown"
    cue: str | None            # the reporting verb's lemma, when there is one
    time: str | None           # the event's time (TIMEX value) from the sentence's own time expression
    time_text: str | None
    figures: tuple[str, ...] = ()  # percentages and amounts in the clause ("52%"), to compare values
    rejected: tuple[str, ...] = ()  # figures the clause negates: the values it corrects
    time_of: str | None = None     # "report": `time` dates the reporting frame, the event is on or before it
    presupposed: tuple[str, ...] = ()  # keywords found only in a definite description's modifiers


@dataclass(slots=True, frozen=True)
class Attribution:
    """Who asserts what: a quote or reporting span [start, end) and its speaker, from the quotes stage."""

    start: int
    end: int
    speaker: str | None
    kind: str


def _children(token, *deps: str) -> list:
    return [c for c in token.children if c.dep_ in deps]


def _phrase(token, limit: int = 12) -> str:
    words = list(token.subtree)
    return " ".join(w.text for w in words[:limit]) if words else token.text


def _content_verb(root):
    """Follow reporting frames down to the reported clause: said → (saying →) pursuing."""
    verb, cue, source = root, None, None
    while verb.lemma_.lower() in REPORTING:
        inner = _children(verb, "ccomp", "xcomp", "parataxis")
        if not inner:
            break
        cue, source = verb, (_children(verb, "nsubj", "nsubjpass") or [source])[0]
        verb = inner[0]
    return verb, cue, source


def _theme(verb, cue=None):
    if passive_gerund(verb) and cue is not None and cue.lemma_.lower() in GERUND_FRAMES:
        return _controller(cue)  # 'denied being investigated by X': the denier undergoes the act
    if by_agent(verb) is not None:
        return _children(verb, "nsubjpass")[0]  # what a passive with a named doer says was done to
    # a double object whose direct one is a sum or count ('fined the resort $2 million', 'paid the workers
    # $400', 'owes the bank 3 million'): the dative is who the act is done to, the sum its amount (the small
    # parser's 'dative' beside a money 'dobj'; lead48: the fined party was lost and no denial met it)
    dative = _children(verb, "dative")
    if dative and any(o.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or o.like_num for o in _children(verb, "dobj")):
        return dative[0]
    objects = _children(verb, "dobj", "attr", "acomp", "xcomp", "oprd") or \
        [_children(c, "nsubj", "nsubjpass")[0] for c in _children(verb, "ccomp") if small_clause(c)] or \
        [c for c in _children(verb, "advcl") if _infinitive_complement(verb, c)] or \
        [p for prep in _children(verb, "prep", "agent") for p in _children(prep, "pobj")]
    return objects[0] if objects else None


def _infinitive_complement(verb, clause) -> bool:
    """An implicative verb's to-infinitive hung as an adverbial clause when a time phrase stands
    between them ('voted on March 3 to close the branch': the small parser's advcl, its xcomp in 'voted
    to close the branch on March 3'): the complement that states the act (rules/claims.toml
    [implicative_verbs]), not the object the time phrase would give."""
    return verb.lemma_.lower() in IMPLICATIVE and clause.i > verb.i and clause.tag_ == "VB" \
        and any(a.lower_ == "to" for a in _children(clause, "aux")) \
        and not _children(clause, "nsubj", "nsubjpass", "mark")


def small_clause(clause) -> bool:
    """A verbless complement with its own subject: 'ordered [the plant closed]', 'declared [the vote
    void]', 'found [the company liable]' — the complex-transitive pattern, whose object and its
    predicative are what the verb takes (Huddleston & Pullum 2002 ch. 4 §5; Quirk et al. 1985 §16.43).
    The small parser hangs it as a clausal complement (ccomp) with a subject, like a finite clause
    ('said the plant closed', and it tags 'closed' a past tense either way); after a complex-transitive
    verb (rules/claims.toml [complex_transitive_verbs]) with no auxiliary, no subordinator and a
    participle or adjective for its head it is no clause of its own, so its words are the claim's (lead17: 'has ordered the lift
    closed' / 'nobody ordered us to shut that lift' shared only 'order')."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in COMPLEX_TRANSITIVE \
        and clause.tag_ in ("VBN", "VBD", "JJ") and clause.i > clause.head.i \
        and not _children(clause, "aux", "auxpass", "mark", "neg") \
        and any(s.i < clause.i for s in _children(clause, "nsubj", "nsubjpass"))


_SUBCLAUSES = frozenset({"relcl", "ccomp", "advcl", "parataxis", "conj"})


def _clause(verb) -> list:
    """The verb's clause: its subtree without subordinate clauses that have a subject of their own
    ('leaders, who have said Trump's statement risked sidelining their negotiations' is another claim)."""
    kept, stack = [], [verb]
    while stack:
        token = stack.pop()
        kept.append(token)
        stack.extend(c for c in token.children
                     if (not (c.dep_ in _SUBCLAUSES and _children(c, "nsubj", "nsubjpass", "expl")) or small_clause(c))
                     and not is_verb_conjunct(c))  # 'and destroyed 312 homes' is a claim of its own
    return sorted(kept, key=lambda t: t.i)


def _keywords(tokens: Sequence) -> tuple[str, ...]:
    # spaCy's stop list holds nouns ("well", "part", "side", "amount"): a noun is content whatever the list says
    words = {t.lemma_.lower() for t in tokens if t.pos_ in _KEEP_POS and t.is_alpha
             and (t.pos_ in ("NOUN", "PROPN") or not t.is_stop)}
    return tuple(sorted(words))


def _presupposed(tokens: Sequence) -> tuple[str, ...]:
    """Keywords that occur only inside the modifiers (of-phrase, relative or participle clause) of a
    definite noun phrase: 'has not found the cause of the fire' does not deny a fire
    (a definite description's content survives negation;
    Strawson 1950, Levinson 1983 ch. 4)."""
    inside: set[int] = set()
    for t in tokens:
        if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                                               for c in t.children):
            for mod in _children(t, "prep", "acl", "relcl"):
                inside.update(w.i for w in mod.subtree)
    kept = [t for t in tokens if t.i not in inside]
    free = set(_keywords(kept))
    return tuple(w for w in _keywords(tokens) if w not in free)


REPORT_NOUNS = rules.words("claims", "report_nouns")
GERUND_FRAMES = {e["verb"]: (e["prep"], e["doer"]) for e in rules.entries("claims", "gerund_frames")}
_RELATIVE = frozenset({"that", "which", "who", "whom"})


@dataclass(slots=True, frozen=True)
class Frame:
    """A clause and what frames it: its content verb, the reporting verb or noun (cue), the source."""

    verb: Token
    cue: Token | None
    source: Token | None
    others: tuple[Token, ...] = ()  # the other main clauses joined to this one under the same frame
    disclosure: bool = False  # the verb is an act of making known, stated in the writer's voice
    dated: bool = False  # a clause of time with its own subject: a claim only with a time of its own
    shares: Token | None = None  # a coordinated verb phrase's first verb, whose subject it takes (claim_conjuncts)
    denied: bool = False  # the frame calls its clause untrue without a denial verb ('no truth in the claim that')


def _verb_frames(sent) -> list[Frame]:
    """Reporting verbs anywhere in the sentence ('talks that the envoy said did not happen',
    'the opposition, which claims its candidate won')."""
    frames: list[Frame] = []
    for t in sent:
        inner = _children(t, "ccomp") if t.lemma_.lower() in REPORTING and _verbal(t) else []
        if inner:
            source = (_children(t, "nsubj", "nsubjpass") or _children(t, "compound")[-1:] or [None])[0]
            if source is not None and source.lower_ in _RELATIVE and t.dep_ == "relcl":
                source = t.head
            if t.tag_ == "VBG" and (source is None or not source.ent_type_):
                # "an article in the Journal on Sunday saying …": the organisation named before it
                source = next((w for w in reversed(sent[:t.i - sent.start]) if w.ent_type_ == "ORG"), source)
            # every reported clause: the small parser splits a long one ("Samples collected in June
            # by a laboratory found X, the radio has learned") into two sibling ccomps
            frames.extend(Frame(clause, t, source) for clause in inner)
    return frames


def _verbal(t) -> bool:
    """A verb, or a root the tagger called a noun that still heads a reported clause: in 'X signed it,
    county records show' the small model reads 'county records show' as one noun compound (its last
    word the root, its first two modifiers), yet a noun takes no clausal complement, so the root is the
    verb and the compound before it its subject."""
    return t.pos_ in ("VERB", "AUX") or (t.dep_ == "ROOT" and t.tag_ in ("NN", "NNS", "NNP") and bool(_children(t, "ccomp")))


def _gerund_frames(sent) -> list[Frame]:
    """'regulators accused Kestrel of hiding the results', 'Kestrel denied hiding them': the act is a
    claim of its own under the verb as its frame (rules/claims.toml [gerund_frames]); its doer is read
    by `_agent` from the frame."""
    frames: list[Frame] = []
    for t in sent:
        prep, _doer = GERUND_FRAMES.get(t.lemma_.lower(), (None, None))
        if prep is None or t.pos_ != "VERB":
            continue
        heads = [p for p in _children(t, "prep") if p.lower_ == prep] if prep else [t]
        acts = [g for h in heads for g in _children(h, "pcomp" if prep else "xcomp")
                if g.tag_ == "VBG" or passive_gerund(g)]  # 'denied being investigated by …'

        source = (_children(t, "nsubj") or [None])[0]
        frames.extend(Frame(act, t, source) for act in acts)
    return frames


def _noun_frames(sent) -> list[Frame]:
    """'the announcement from the Council that he had won …': a that-clause after a reporting noun
    (the parser often attaches it elsewhere, so the noun is looked for just before the clause)."""
    frames = []
    for t in sent:
        if t.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            continue
        before = [w for w in sent if t.i - 14 <= w.i < t.i and w.lemma_.lower() in REPORT_NOUNS]
        if before:
            noun = before[-1]
            source = next((p for prep in _children(noun, "prep") if prep.lower_ in ("from", "by")
                           for p in _children(prep, "pobj")), None) or (_children(noun, "poss") or [None])[0]
            frames.append(_denied_report(t, noun) or Frame(t, noun, source))
    return frames


def _denied_report(clause, noun) -> Frame | None:
    """'The ministry categorically denied reports that the EFCC was investigating the agency': the report
    noun is the object of a verb that denies it (rules/claims.toml [report_denying_verbs]), so its clause is
    denied by that verb's subject, as in 'denied that the EFCC was investigating' (claims22's cases)."""
    if denied_by_truth_noun(noun):  # 'There is no truth in the suggestion that …' (claim_denials)
        return Frame(clause, None, None, denied=True)
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in REPORT_DENIAL or verb.pos_ != "VERB":
        return None
    # 'The ministry has insisted that the wells are safe, rejecting a report that …': a supplementive participle
    # clause's subject is the superordinate clause's (Quirk et al. 1985 §15.58), which the parser may hang on the
    # reported clause ('are'); after a comma it is the sentence's main clause
    doer = verb
    if not _children(verb, "nsubj") and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        doer = verb.sent.root if verb.i > 0 and verb.doc[verb.i - 1].text == "," else verb.head
    return Frame(clause, verb, (_children(doer, "nsubj") or [None])[0])


def _disclosure_frames(sent) -> list[Frame]:
    """'the council announced on Monday that it will close X', 'the closure, which the council
    announced on Wednesday': the announcement itself, when its own words hold a time expression
    (checked in _disclosure_claim) — the reported clause or the noun it modifies is what was made known."""
    return [Frame(t, None, None, disclosure=True) for t in sent
            if t.lemma_.lower() in DISCLOSURE and t.pos_ == "VERB"
            and (_children(t, "ccomp") or (t.dep_ == "relcl" and _relative_object(t)) or _temporal_object(t))]


# Subordinators of a clause of time, whose event the sentence takes as given ('When the council announced
# the plan on March 10, it …' presupposes the announcing: Huddleston & Pullum 2002 ch. 8 §7.2, temporal
# adjuncts; Karttunen 1971 on presupposition of temporal clauses)
_TEMPORAL_MARKS = frozenset({"when", "after", "once", "since", "as"})


def _temporal_object(verb) -> bool:
    """'When the commission announced its contract with X on March 10, …': an announcing verb in a
    clause of time, with its own subject and what it made known as its object."""
    return verb.dep_ == "advcl" and bool(subordinators(verb) & _TEMPORAL_MARKS) \
        and bool(_children(verb, "nsubj")) and bool(_children(verb, "dobj"))


def _predicative(clause) -> bool:
    """A complex-transitive verb's predicative participle hung as a clause ('ordered the plant shut on
    Jan. 21': small_clause's pattern with the object left on the verb): no clause of its own, so its
    time is the verb's; so is small_clause's own ('ordered [the plant shut] on Jan. 21')."""
    if small_clause(clause):
        return True
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in COMPLEX_TRANSITIVE \
        and clause.tag_ in ("VBN", "VBD", "JJ") and clause.i > clause.head.i \
        and not _children(clause, "aux", "auxpass", "mark", "neg", "nsubj", "nsubjpass") \
        and bool(_children(clause.head, "dobj"))


def _dated_clause_frames(sent) -> list[Frame]:
    """'Since the board approved the four-day week on Oct. 12, 2023, enrollment has fallen': the
    event of a clause of time is taken as given (_TEMPORAL_MARKS), so the writer asserts it, and its
    own time expression dates it (checked in claim_from_frame); an undated one says only how two
    events are ordered, and acts of making known have frames of their own (_disclosure_frames). So is
    the event of a dated participle modifying a noun ('The lease, signed on 19 June 2021, runs …'),
    and of a dated 'whose' relative clause ('a freezer whose pump failed on 12 October'): a relative
    clause's content is asserted or presupposed, not open (Huddleston & Pullum 2002 ch. 12), so its
    own time says when that happened."""
    return [Frame(t, None, None, dated=True) for t in sent
            if (t.dep_ == "advcl" and t.pos_ == "VERB" and t.lemma_.lower() not in DISCLOSURE
                and bool(subordinators(t) & _DATED_MARKS) and bool(_children(t, "nsubj", "nsubjpass")))
            or participle_modifier(t) or dated_relative(t)]


# 'as' is left out: it also gives a reason or a manner ('as prices rose on Monday')
_DATED_MARKS = _TEMPORAL_MARKS - {"as"}


def _relative_object(verb) -> bool:
    """The relative pronoun is what the verb made known: 'which the council announced', 'which was
    announced'."""
    return any(c.lower_ in _RELATIVE for c in _children(verb, "dobj", "nsubjpass"))


def _own_time(verb, times: Sequence):
    """A time expression in the verb's own words, not in what it reports ('announced on Monday that it
    will close at the end of June': Monday)."""
    reported = {t.i for c in _children(verb, "ccomp", "xcomp", "parataxis", "advcl") if not _predicative(c)
                for t in c.subtree}
    own = [w for w in verb.subtree if w.i not in reported]
    spans = [(w.idx, w.idx + len(w)) for w in own]
    inside = [t for t in times if t.value and t.value[:1].isdigit() and getattr(t, "type", "DATE") in ("DATE", "TIME")
              and any(a <= t.start < b for a, b in spans)]
    return min(inside, key=lambda t: abs(t.start - verb.idx)) if inside else None


def _disclosure_claim(sent, frame: Frame, times: Sequence, outlet: str | None) -> Claim | None:
    """The act of making known as a claim of the writer's: who made it known, when, and what (the
    reported clause's words, or the noun phrase a relative clause modifies)."""
    verb = frame.verb
    time = _own_time(verb, times)
    if time is None or negated_verb(verb):
        return None  # 'never revealed why …' dates no announcement
    agent = next((s for s in _children(verb, "nsubj") if s.lower_ not in _RELATIVE), None) or next(
        (p for a in _children(verb, "agent") for p in _children(a, "pobj")), None)
    if verb.dep_ == "relcl":
        clause = {w.i for w in verb.subtree}
        made_known = [w for w in verb.head.subtree if w.i not in clause]
        theme = " ".join(w.text for w in made_known[:12])
    else:
        inner = ([c for c in _children(verb, "ccomp") if not _trailing_report(verb, c)] or _children(verb, "dobj"))[0]
        made_known = list(inner.subtree)
        theme = _phrase(inner)
    # what was made known names the event; the announcer's words are its doer, compared as such
    return Claim(sent.start_char, sent.end_char, sent.text, verb.lemma_.lower(), False, "positive", "asserted",
                 _phrase(agent) if agent is not None else None, theme, _keywords(made_known),
                 outlet, "outlet" if outlet else "unknown", None, time.value, time.text,
                 figures(made_known), figures(made_known, rejected=True), None, _presupposed(made_known))


def _trailing_report(verb, clause) -> bool:
    """'The carrier announced the suspension on Monday, the Ledger reported': a reporting clause set off by
    a comma after the verb's object, which the small parser hangs as the verb's complement; it attributes
    the sentence and says nothing of what was made known (lead39)."""
    return clause.i > verb.i and clause.lemma_.lower() in REPORTING and bool(_children(verb, "dobj")) \
        and bool(_children(clause, "nsubj")) and any(t.text == "," for t in clause.lefts)


def _frames(sent) -> list[Frame]:
    """The sentence's main clause (unless it only reports) plus every framed clause inside it, each
    with the main clauses coordinated or juxtaposed with it under the same frame."""
    # each finder looks for a token whose lemma is in its word list: a sentence holding none of a list's
    # lemmas (one pass over its tokens) is not walked again for it (issue 16: four walks per sentence)
    lemmas = {t.lemma_.lower() for t in sent}
    embedded = (_verb_frames(sent) if not lemmas.isdisjoint(REPORTING) else []) \
        + (_noun_frames(sent) if not lemmas.isdisjoint(REPORT_NOUNS) else []) \
        + (_gerund_frames(sent) if not lemmas.isdisjoint(GERUND_FRAMES) else [])
    root = sent.root
    reports = root.lemma_.lower() in REPORTING and _children(root, "ccomp")
    # 'Officials said A, and B happened': a clause coordinated with the reporting verb is the writer's
    frames = [] if reports else [Frame(root, None, None)]
    seen: set[int] = set()
    unique = []
    for frame in frames + embedded:
        group = [frame.verb, *_coordinates(frame.verb, framed=frame.cue is not None)]
        for clause in group:
            if clause.i not in seen:
                seen.add(clause.i)
                unique.append(Frame(clause, frame.cue, frame.source, tuple(g for g in group if g is not clause),
                                    denied=frame.denied))
    unique += [Frame(c, f.cue, f.source, shares=f.verb, denied=f.denied) for f in list(unique)
               for c in verb_conjuncts(f.verb) if c.i not in seen]
    # the announcing verb beside the clause it announces
    dated = [f for f in _dated_clause_frames(sent) if f.verb.i not in seen]
    return unique + dated + (_disclosure_frames(sent) if not lemmas.isdisjoint(DISCLOSURE) else [])


def _coordinated(verb, *deps: str) -> list:
    """`verb`'s dependents of `deps` that are main clauses of their own: a verb with its own subject,
    not itself a verb of saying with a reported clause (its frame is found as such)."""
    return [c for c in _children(verb, *deps) if c.pos_ in ("VERB", "AUX") and _children(c, "nsubj", "nsubjpass", "expl")
            and not (c.lemma_.lower() in REPORTING and _children(c, "ccomp"))]


def _coordinates(verb, framed: bool = True) -> list:
    """The main clauses joined to `verb`'s clause by a conjunction ('conj', under a reporting frame
    only), juxtaposed with it ('parataxis'), or before it across a semicolon, colon or dash: 'Vale
    did not vote to cut funding; the bill he voted for raised it, records show' makes two claims
    under one frame, each with its own subject and polarity. A ccomp needs a verb of saying or
    finding to take it; the small parser hangs the clause before a semicolon on the verb after it as
    one, and that is two clauses. Clauses joined by 'and'/'but' in the writer's own voice are left
    as one claim: on the dev stories they added only look-alike flags (docs/models/claims.md)."""
    found, stack = [], [verb]
    while stack:
        head = stack.pop()
        joined = _coordinated(head, *(("conj", "parataxis") if framed else ("parataxis",))) + \
            [c for c in _coordinated(head, "ccomp") if c.i < head.i and head.lemma_.lower() not in REPORTING
             and any(p.text in SEPARATORS and c.right_edge.i < p.i < head.i for p in _children(head, "punct"))]
        found.extend(joined)
        stack.extend(joined)
    return sorted(found, key=lambda t: t.i)


def _agent(verb, cue):
    doer = by_agent(verb)
    if doer is not None:
        return doer
    agent = (_children(verb, "nsubj", "nsubjpass") or [None])[0]
    if agent is None and participle_modifier(verb):
        return verb.head  # 'the lease, signed on …': the noun is the participle's passive subject
    if agent is None and cue is not None and cue.lemma_.lower() in GERUND_FRAMES:
        # a passive gerund's doer is its by-phrase's ('denied being investigated by the authority')
        return by_phrase_doer(verb) if passive_gerund(verb) else _controller(cue)
    if agent is not None and agent.lower_ in _RELATIVE and cue is not None and cue.dep_ == "relcl":
        return cue.head  # 'talks that the envoy said did not happen': what did not happen is the talks
    return agent


def _controller(cue):
    """The gerund's understood subject: the accused (object control) or the denier (subject control)
    ('X was accused of hiding': the passive's subject is the accused)."""
    doers = ("dobj", "nsubjpass") if GERUND_FRAMES[cue.lemma_.lower()][1] == "object" else ("nsubj",)
    return (_children(cue, *doers) or [None])[0]


def _core(token) -> list:
    """A noun with its compounds and modifiers ('high-level talks'), not its whole subtree."""
    return sorted([token] + [c for c in token.children if c.dep_ in ("compound", "amod", "nummod", "poss")],
                  key=lambda t: t.i)


def _without_frame(clause: list, cue) -> list:
    """The clause without its own reporting frame when the parse hangs the frame inside it ('X is
    investigating Y over the outage, according to a commission order': 'according' is a modifier of
    'investigating'): the frame says who asserts the clause, not what it asserts, so its words
    ('accord', 'order', 'commission') are no keywords of the claim."""
    frames = [t for t in clause if (cue is not None and t.i == cue.i) or is_according(t)]
    inside = {w.i for t in frames for w in t.subtree}
    return [t for t in clause if t.i not in inside]


def claim_from_frame(sent, frame: Frame, times: Sequence = (), attributions: Sequence[Attribution] = (),
                     outlet: str | None = None) -> Claim | None:
    """The claim one framed clause makes, or None when the clause has no verbal predicate."""
    if frame.disclosure:
        return _disclosure_claim(sent, frame, times, outlet)
    own = _own_time(frame.verb, times) if frame.dated else None
    if frame.dated and own is None:
        return None
    verb, cue = frame.verb, frame.cue
    denied = falsified_clause(verb)
    if denied is not None:
        verb = denied
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    first = frame.shares if frame.shares is not None else verb
    negated = negated_verb(verb) or denied is not None or (first is not verb and shared_negation(verb, first))
    flipped = negated != (frame.denied or (cue is not None and cue.lemma_.lower() in (DENIAL | REPORT_DENIAL)))
    flipped = flipped != (verb.lemma_.lower() in NEGATING_PREDICATES)
    agent, theme = _agent(verb, cue) if first is verb else _agent(first, cue), _theme(verb, cue)
    inside = {t.i for t in verb.subtree}  # an argument found outside the clause (a controller) is one of its words
    clause = _clause(verb) + [w for x in (agent, theme) if x is not None and x.i not in inside for w in _core(x)]
    clause = _without_frame(clause, cue)
    asserter, kind = _asserter(sent, verb, frame.source, attributions, outlet)
    # a shared subject's relative clause ('The fire, which crews contained on Tuesday, …') dates its own event
    time = own or time_of(sent, verb, times, _other_clauses(verb, frame.others) | subordinate_times(verb)
                          | (subordinate_times(first) if first is not verb else frozenset()))
    return Claim(sent.start_char, sent.end_char, sent.text, verb.lemma_.lower(), negated,
                 "negative" if flipped else "positive",
                 "hedged" if verb.lemma_.lower() in NEGATING_PREDICATES else
                 claim_modality(first if first is not verb and shares_auxiliaries(verb, first) else verb, cue),
                 _phrase(agent) if agent is not None else None, _phrase(theme) if theme is not None else None,
                 _keywords(clause), asserter, kind, cue.lemma_.lower() if cue is not None else None,
                 time.value if time else None, time.text if time else None, figures(clause),
                 figures(clause, rejected=True), time_of_report(verb, cue, time), _presupposed(clause))


def claims_from_sentence(sent, times: Sequence = (), attributions: Sequence[Attribution] = (),
                         outlet: str | None = None) -> list[Claim]:
    """Every claim a parsed sentence makes: its main clause and each reported or announced clause."""
    claims = (claim_from_frame(sent, f, times, attributions, outlet) for f in _frames(sent))
    return [c for c in claims if c is not None]


def _name_of(token) -> str:
    """The whole entity a token belongs to ('Wall Street Journal' for 'Journal') or its core phrase
    ('Ana Verlo' when the tagger marked only 'Verlo'), whichever is longer."""
    core = " ".join(t.text for t in _core(token))
    if token.ent_iob_ not in ("B", "I"):
        return core
    start, end = token.i, token.i + 1
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    entity = token.doc[start:end].text
    return entity if len(entity) >= len(core) else core


def _asserter(sent, verb, source, attributions: Sequence[Attribution],
              outlet: str | None) -> tuple[str | None, str]:
    """Who asserts the clause: a named source of its frame, else the speaker of a quote or attribution
    covering it ('he said' resolved by the quotes stage), else the outlet."""
    if source is not None and source.pos_ == "NOUN":
        # 'the trust's chief executive, Graham Oduya, told …': the name in apposition is the source
        source = next((c for c in source.children if c.dep_ == "appos" and c.pos_ == "PROPN"), source)
    if source is not None and source.pos_ in ("PROPN", "NOUN") and source.lower_ not in _RELATIVE:
        kind = "person" if source.ent_type_ == "PERSON" else "org" if source.ent_type_ else "unknown"
        named = next((a for a in attributions if a.start <= source.idx < a.end + 40 and a.speaker
                      and source.text in a.speaker), None)
        return (named.speaker, named.kind) if named else (_name_of(source), kind)
    covering = [a for a in attributions if a.start <= verb.idx < a.end and a.speaker] or \
        [a for a in attributions if a.start < sent.end_char and sent.start_char < a.end and a.speaker]
    if covering:
        return covering[0].speaker, covering[0].kind
    return (outlet, "outlet") if outlet else (None, "unknown")


def _other_clauses(verb, others: Sequence) -> frozenset[int]:
    """Character offsets of the words of the other main clauses joined to `verb`'s (their subtrees
    without `verb`'s own, which the parser may hang inside one of them)."""
    own = {t.i for t in verb.subtree}
    return frozenset(t.idx for other in others for t in other.subtree if t.i not in own)


def find_claims(doc, times: Sequence = (), attributions: Sequence[Attribution] = (),
                outlet: str | None = None) -> list[Claim]:
    """The claims of every sentence of a parsed body (sentences without a parse make none); a
    sentence's evidence keeps the closing quotation mark the parser gave the next one."""
    from storyline.extract.closing_quote import closed

    return [c for sent in doc.sents for c in closed(claims_from_sentence(sent, times, attributions, outlet), sent)]
