"""Reported speech and attitudes without quote marks: a cue, its source and the content it carries.

"X said (that) …", "…, X said", "according to X, …" (the clause); "X opposed the deal", "X denied
it" (the object); "X called for …" (the preposition's object); "the plan was backed by X" (the
passive subject). The content is the parse subtree of that clause or phrase, trimmed of outer
punctuation and kept inside its paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.cues import (
    CLAUSE_DEPS,
    CLAUSE_VERBS,
    CUE_LEMMAS,
    EMPTY_OBJECTS,
    NAMING_VERBS,
    OBJECT_DEPS,
    OBJECT_VERBS,
    PREP_CUES,
    VERBAL,
    is_according,
    is_nominal_cue,
    is_reporting_verb,
)
from storyline.extract.marks import MarkIndex
from storyline.extract.nominal import nominal_content, nominal_source
from storyline.extract.sources import fronted_participle, source_of
from storyline.extract.speakers import UNKNOWN, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CLAUSE_PREPOSITIONS = rules.words("speakers", "clause_prepositions")
# Share of a clause inside quote marks above which it is the direct quote already found (so it is
# not reported speech as well).
MOSTLY_MARKED = 0.6
ASIDE_DEPS = frozenset({"advcl", "conj"})
# What completes an object: 'called him a liar' (oprd), 'called it "a disgrace"' (ccomp, xcomp).
COMPLEMENT_DEPS = frozenset({"oprd", "ccomp", "xcomp", "attr", "acomp"})


@dataclass(slots=True)
class Found:
    """A quote under construction: its content, cue token and source head (when found)."""

    start: int
    end: int
    kind: str
    para: int
    cue: Token | None = None
    source: Token | None = None
    speaker: Speaker = UNKNOWN
    continues: bool = False
    opens_para: bool = False


def find_reported(doc: Doc, marks: MarkIndex, paras: list[tuple[int, int]]) -> list[Found]:
    """Every reporting cue outside quote marks with a content span and a source (or a passive
    that leaves its source out)."""
    out = []
    for tok in _cue_tokens(doc):
        if marks.covers(tok.idx):
            continue
        span, source = _frame(tok, marks)
        span = _within_paragraph(span, tok.idx, paras) if span is not None else None
        if span is None or marks.inside(*span) >= MOSTLY_MARKED * (span[1] - span[0]):
            continue
        source = source or (source_of(tok, marks) if is_reporting_verb(tok) else None)
        if source is not None or (sourceless_passive(tok) and not _time_clause(tok)) or fronted_participle(tok):
            para = next((k for k, (s, e) in enumerate(paras) if s <= span[0] < e), 0)
            out.append(Found(span[0], span[1], "indirect", para, cue=tok, source=source))
    return out


def _cue_tokens(doc: Doc) -> list[Token]:
    """The tokens whose lower-cased lemma is a cue lemma, in order. The lemma column is read once
    and each distinct lemma looked up once: walking every Token object for its lemma_ took 0.15 s
    CPU of polnear-dev's 18 s extraction."""
    from spacy.attrs import LEMMA

    lemmas = doc.to_array(LEMMA).tolist()
    strings = doc.vocab.strings
    cues = {h for h in set(lemmas) if strings[h].lower() in CUE_LEMMAS}
    return [doc[i] for i, h in enumerate(lemmas) if h in cues]


def _frame(tok: Token, marks: MarkIndex) -> tuple[tuple[int, int] | None, Token | None]:
    """(content span, source) of a verb cue (its source found later) or a nominal cue."""
    if is_reporting_verb(tok):
        return content_span(tok), None
    if is_nominal_cue(tok):
        source = nominal_source(tok, marks)
        toks = nominal_content(tok) if source is not None else None
        return (_trim(toks, words=1) if toks else None), source
    return None, None


def content_span(cue: Token) -> tuple[int, int] | None:
    """Characters of what the cue reports: its clause, the clause it interrupts, its object, the
    object of its preposition, or its passive subject."""
    if is_according(cue):
        own = {t.i for t in cue.subtree}
        return _trim(t for t in cue.head.subtree if t.i not in own) if cue.head.i != cue.i else None
    lemma = cue.lemma_.lower()
    for frame in (_clause, _interrupted, _object, _prep_object, _passive_subject):
        span = frame(cue, lemma)
        if span is not None:
            return span
    return None


def _clause(cue: Token, lemma: str) -> tuple[int, int] | None:
    """'X said (that) …', or '…, X said' parsed with the clause before the verb."""
    if lemma not in CLAUSE_VERBS:
        return None
    clauses = [c for c in cue.children if c.dep_ in CLAUSE_DEPS and c.pos_ in VERBAL]
    return _trim(_content_tokens(max(clauses, key=lambda c: c.i > cue.i))) if clauses else None


def _content_tokens(head: Token) -> list[Token]:
    """The clause's subtree without a reporting aside hanging off it ('…, arguing that …', '…
    and warned …'): that is an attribution of its own (polnear-dev: content recall
    +0.006, F1 unchanged; PolNeAR's one cue per attribution)."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        if tok is not head and tok.dep_ in ASIDE_DEPS and is_reporting_verb(tok) and _set_off(tok):
            continue
        out.append(tok)
        stack.extend(tok.children)
    return out


def _set_off(tok: Token) -> bool:
    """Preceded by a comma, dash or 'and' (an aside or a coordinated statement)."""
    first = tok.left_edge
    prev = tok.doc[first.i - 1] if first.i > 0 else None
    return first.is_punct or first.dep_ == "cc" or (prev is not None and (prev.is_punct or prev.dep_ == "cc"))


def _interrupted(cue: Token, lemma: str) -> tuple[int, int] | None:
    """'The court, the official said, is …', 'As experts have noted, the plan …': the clause around
    the cue."""
    if lemma not in CLAUSE_VERBS or any(c.dep_ in CLAUSE_DEPS for c in cue.children):
        return None
    as_said = cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    aside = as_said or cue.dep_ == "parataxis" or (cue.dep_ in ("ccomp", "advcl") and cue.i > cue.head.i)
    # '…, the official said, …' has its own subject; '…, calling for …' is a participle, no aside
    aside = aside and any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    first = cue.left_edge
    # set off by punctuation, not 'X says that Y shows …' (where 'shows' is no aside)
    if not aside or not (as_said or first.is_punct or (first.i > 0 and cue.doc[first.i - 1].is_punct)):
        return None
    own = {t.i for t in cue.subtree}
    return _trim(t for t in cue.head.subtree if t.i not in own)


def _object(cue: Token, lemma: str) -> tuple[int, int] | None:
    """'X opposed the deal', 'X denied it', 'called him a liar', 'sees the deal as a betrayal': the
    direct object and its complement."""
    naming = lemma in NAMING_VERBS
    if lemma not in OBJECT_VERBS and not naming:
        return None
    obj = next((c for c in cue.children if c.dep_ in OBJECT_DEPS), None)
    if obj is None or (obj.lower_ in EMPTY_OBJECTS and not obj.n_lefts + obj.n_rights):
        return None  # a bare 'said nothing'; 'said little about how …' has content (PolNeAR annotates it)
    if _relative(obj, cue):
        return _antecedent(cue)
    complement = [c for c in cue.children if c.i > obj.i and (c.dep_ in COMPLEMENT_DEPS or
                                                              (c.dep_ == "prep" and c.lower_ == "as"))]
    if naming and not complement and not any(c.dep_ in COMPLEMENT_DEPS for c in obj.children):
        return None
    return _trim((t for p in [obj, *complement] for t in p.subtree), words=1)


def _prep_object(cue: Token, lemma: str) -> tuple[int, int] | None:
    """'X called for new talks', 'spoke of a crisis': the preposition's object."""
    preps = PREP_CUES.get(lemma)
    if not preps:
        return None
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                return _trim((t for o in objs for t in o.subtree), words=1)
    return None


def _passive_subject(cue: Token, lemma: str) -> tuple[int, int] | None:
    """'The plan was endorsed by the union': the subject, when an agent says who holds the view."""
    if lemma not in OBJECT_VERBS | NAMING_VERBS:
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and _relative(subj, cue):
        return _antecedent(cue)
    return _trim(subj.subtree, words=1) if subj is not None else None


def _relative(token: Token, cue: Token) -> bool:
    """'the closure, which the council announced', 'a plan that was endorsed by the union': the
    relative pronoun stands for the noun its clause modifies."""
    return cue.dep_ == "relcl" and token.tag_ in ("WDT", "WP")


def _antecedent(cue: Token) -> tuple[int, int] | None:
    """The noun phrase a relative clause modifies, without the clause."""
    own = {t.i for t in cue.subtree}
    return _trim((t for t in cue.head.subtree if t.i not in own), words=1)


def sourceless_passive(cue: Token) -> bool:
    """'The deal was widely criticized': an attribution whose source the text leaves out."""
    return any(c.dep_ == "nsubjpass" for c in cue.children) and not any(c.dep_ == "agent" for c in cue.children)


def _time_clause(cue: Token) -> bool:
    """'… seven weeks after bird flu was confirmed there': a passive cue heading a clause that a
    time preposition takes (rules/speakers.toml [clause_prepositions]) dates the main clause by an
    event; it attributes nothing."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_PREPOSITIONS for c in cue.children)


def _trim(tokens, words: int = 2) -> tuple[int, int] | None:
    """The span of `tokens` without outer punctuation; None under `words` words (a clause of one
    word is a parse slip; an object of one word is fine: 'denied it', 'backed Clinton')."""
    toks = sorted((t for t in tokens if not t.is_punct or t.text in "“”\"’"), key=lambda t: t.i)
    if len(toks) < words or not toks or all(t.ent_type_ in ("DATE", "TIME") for t in toks):
        return None  # 'spoke Thursday', 'his remarks on Saturday': a time, not a content
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _within_paragraph(span: tuple[int, int], at: int,
                      paras: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The parse can run a clause across a paragraph break; keep the cue's paragraph."""
    para = next(((s, e) for s, e in paras if s <= at < e), None)
    if para is None:
        return span
    start, end = max(span[0], para[0]), min(span[1], para[1])
    return (start, end) if end > start else None
