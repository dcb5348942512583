"""Claims: one structured statement per event or reporting sentence.

For each sentence: the content predicate (lemma, negation), agent, theme, polarity, modality, who
asserts it (the speaker of a reporting frame, else the outlet), the event's time (its own time
expression; never the publication date silently) and the evidence span. Timelines and
contradictions are built on these; no NLI model is involved.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

STAGE = "claims"
REPORTING = frozenset("""say tell report add state claim deny confirm announce insist warn accuse suggest urge
argue write reiterate explain acknowledge admit note stress assert maintain allege reveal disclose declare
dismiss reject refute contend testify promise pledge vow""".split())
DENIAL = frozenset({"deny", "dismiss", "reject", "refute"})
# "The notion that we are negotiating is just flat-out wrong": the embedded clause is denied.
FALSITY = frozenset({"wrong", "false", "untrue", "incorrect", "nonsense", "baseless", "fake", "inaccurate"})
MODALS = {"would": "would", "could": "could", "might": "may", "may": "may", "can": "can", "should": "should",
          "will": "will", "must": "must", "'d": "would", "'ll": "will"}
HEDGES = {"allegedly": "alleged", "reportedly": "reported", "apparently": "hedged", "probably": "hedged",
          "possibly": "hedged", "perhaps": "hedged", "likely": "hedged"}
NEGATORS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "neither", "nor"})
_KEEP_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


@dataclass(slots=True, frozen=True)
class Claim:
    start: int                 # the evidence: the sentence, offsets into the body
    end: int
    text: str
    predicate: str             # lemma of the content verb ("offer"), or the copula's complement
    negated: bool
    polarity: str              # "positive" | "negative" (negation, or a denial verb, flips it)
    modality: str              # "asserted" | "would" | "may" | … | "conditional" | "reported" | "alleged" | "hedged"
    agent: str | None
    theme: str | None
    keywords: tuple[str, ...]  # content lemmas of predicate, agent and theme, to align propositions
    asserter: str | None       # who says so: a speaker's name or description, else the outlet
    asserter_kind: str         # "person" | "org" | "anonymous" | "outlet" | "unknown"
    cue: str | None            # the reporting verb's lemma, when there is one
    time: str | None           # the event's time (TIMEX value) from the sentence's own time expression
    time_text: str | None


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


def _denied_clause(verb):
    """'the notion that X is wrong' → X's verb (to be read with negative polarity), else None."""
    if verb.lemma_ != "be" or not any(c.lemma_.lower() in FALSITY for c in verb.subtree):
        return None
    subject = (_children(verb, "nsubj") or [None])[0]
    clause = _children(subject, "acl", "relcl", "ccomp") if subject is not None else []
    return clause[0] if clause else None


def _negated(verb) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in verb.children if c.dep_ in ("neg", "advmod", "det")):
        return True
    return any(d.lower_ == "no" and d.dep_ == "det" for obj in _children(verb, "dobj", "attr") for d in obj.children)


def _modality(verb, cue) -> str:
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS:
            return MODALS[c.lower_]
        if c.dep_ == "advmod" and c.lower_ in HEDGES:
            return HEDGES[c.lower_]
    if any(m.lower_ in ("if", "unless") for a in _children(verb, "advcl") for m in _children(a, "mark")):
        return "conditional"
    return "reported" if cue is not None and cue.lemma_.lower() == "report" else "asserted"


def _theme(verb):
    objects = _children(verb, "dobj", "attr", "acomp", "xcomp", "oprd") or \
        [p for prep in _children(verb, "prep", "agent") for p in _children(prep, "pobj")]
    return objects[0] if objects else None


def _keywords(tokens: Sequence) -> tuple[str, ...]:
    words = {t.lemma_.lower() for t in tokens if t.pos_ in _KEEP_POS and not t.is_stop and t.is_alpha}
    return tuple(sorted(words))


def claim_from_sentence(sent, times: Sequence = (), attributions: Sequence[Attribution] = (),
                        outlet: str | None = None) -> Claim | None:
    """The claim a parsed sentence makes, or None for a sentence with no verbal predicate."""
    verb, cue, source = _content_verb(sent.root)
    denied = _denied_clause(verb)
    if denied is not None:
        verb = denied
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    negated = _negated(verb) or denied is not None
    flipped = negated != (cue is not None and cue.lemma_.lower() in DENIAL)
    agent = (_children(verb, "nsubj", "nsubjpass") or [None])[0]
    theme = _theme(verb)
    scope = [verb] + ([*agent.subtree] if agent is not None else []) + ([*theme.subtree] if theme is not None else [])
    asserter, kind = _asserter(sent, source, attributions, outlet)
    time = _time_of(sent, verb, times)
    return Claim(sent.start_char, sent.end_char, sent.text, verb.lemma_.lower(), negated,
                 "negative" if flipped else "positive", _modality(verb, cue),
                 _phrase(agent) if agent is not None else None, _phrase(theme) if theme is not None else None,
                 _keywords(scope), asserter, kind, cue.lemma_.lower() if cue is not None else None,
                 time.value if time else None, time.text if time else None)


def _asserter(sent, source, attributions: Sequence[Attribution], outlet: str | None) -> tuple[str | None, str]:
    for a in attributions:  # a quote or attributed span covering the sentence names its speaker
        if a.start < sent.end_char and sent.start_char < a.end and a.speaker:
            return a.speaker, a.kind
    if source is not None and source.pos_ in ("PROPN", "NOUN"):
        return _phrase(source, 6), "person" if source.ent_type_ == "PERSON" else "org" if source.ent_type_ else "unknown"
    return (outlet, "outlet") if outlet else (None, "unknown")


def _time_of(sent, verb, times: Sequence):
    """The sentence's time expression nearest the predicate (only DATE/TIME values with a year)."""
    inside = [t for t in times if sent.start_char <= t.start < sent.end_char and t.value and t.value[:1].isdigit()
              and getattr(t, "type", "DATE") in ("DATE", "TIME")]
    return min(inside, key=lambda t: abs(t.start - verb.idx)) if inside else None


def find_claims(doc, times: Sequence = (), attributions: Sequence[Attribution] = (),
                outlet: str | None = None) -> list[Claim]:
    """One claim per sentence of a parsed body that has a verbal predicate."""
    claims = []
    for sent in doc.sents:
        claim = claim_from_sentence(sent, times, attributions, outlet)
        if claim is not None:
            claims.append(claim)
    return claims
