"""When a claim's event happened: the sentence's own time expression for the claim's clause, not one
dating another main clause, a subordinate clause's event or a topic noun; and whether it dates the
report instead (split from extract/claims.py, unchanged, when that module passed 600 lines)."""
from __future__ import annotations

from collections.abc import Sequence

from storyline import rules
from storyline.extract.nlp import text_of

TOPIC_PREPOSITIONS = rules.words("claims", "topic_prepositions")


def _children(token, *deps: str) -> list:
    return [c for c in token.children if c.dep_ in deps]


def subordinators(verb) -> set[str]:
    """The words that open `verb`'s clause as a subordinate one ('when', 'after'; a mark or, as the small
    parser often reads 'when', an adverb before the verb), lower case."""
    return {m.lower_ for m in _children(verb, "mark", "advmod") if m.i < verb.i}



SEQUENTIAL = rules.words("claims", "sequential_subordinators")


def participle_modifier(token) -> bool:
    """A past participle modifying a noun, a reduced relative clause ('the lease, signed on 19 June, runs
    …'; 'the plant opened in 2019'): the event it names happened to the noun (Huddleston & Pullum 2002
    ch. 12 §8, past-participial relatives are passive)."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.pos_ == "VERB"


def subordinate_times(verb) -> frozenset[int]:
    """Character offsets of the words of clauses under `verb` that have their own time: a relative
    clause ('the bridge, which closed in March, reopened'), its reduced form on the subject ('the
    lease, signed in May, runs'), and an adverbial clause of sequence or reason ('after a patient died in February';
    [sequential_subordinators]). A time there dates that clause's event, not the claim's."""
    out: set[int] = set()
    for t in verb.subtree:
        if t.i == verb.i:
            continue
        # a reduced relative on the subject ('The lease, signed in May, runs'), not on a noun of the report
        # ('In a statement issued on Thursday, it said …': Thursday is when it said so)
        subject_participle = participle_modifier(t) and t.head.dep_ in ("nsubj", "nsubjpass")
        if subject_participle or (t.dep_ in ("relcl", "advcl") and _children(t, "nsubj", "nsubjpass")
                                      and (t.dep_ == "relcl" or subordinators(t) & SEQUENTIAL)):
            out.update(w.idx for w in t.subtree)
    return frozenset(out)


def time_of(sent, verb, times: Sequence, elsewhere: frozenset[int] = frozenset()):
    """The sentence's time expression nearest the predicate (only DATE/TIME values with a year), not
    one inside another main clause of the sentence: in 'Vale did not vote to cut funding; the bill he
    voted for in March raised it', March dates the other vote."""
    inside = [t for t in times if sent.start_char <= t.start < sent.end_char and t.value and t.value[:1].isdigit()
              and getattr(t, "type", "DATE") in ("DATE", "TIME") and t.start not in elsewhere
              and _clause_part(sent, t.start) == _clause_part(sent, verb.idx) and not _dates_a_topic(sent, t)]
    return min(inside, key=lambda t: abs(t.start - verb.idx)) if inside else None


def _dates_a_topic(sent, time) -> bool:
    """A time in the genitive before the noun a topic preposition takes ('pending its investigation
    into Saturday's stoppage': rules/claims.toml [topic_prepositions]) dates that noun's event, not the
    claim's act (lead17: 'has ordered the lift closed' was dated to the stoppage two days before)."""
    end = getattr(time, "end", None)  # a time given by its start alone (a caller's own record) is read whole
    if end is None or text_of(sent.doc, end, end + 2) not in ("'s", "’s"):
        return False
    span = sent.doc.char_span(time.start, end, alignment_mode="expand")
    if span is None:
        return False
    noun = span[-1].head
    while noun.dep_ in ("compound", "amod") and noun.head is not noun:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPOSITIONS


def _clause_part(sent, offset: int) -> int:
    """Which semicolon-separated part of the sentence holds `offset`: a semicolon joins independent
    clauses (Chicago Manual of Style 6.57; Huddleston & Pullum 2002 ch. 20 §4), so a time expression
    after it dates the other clause, whatever the parse attached it to ('State filings show the company
    did not cut the budget; it rose from $410,000 in 2020 …': 2020 dates the rise, not the cut)."""
    return sent.text.count(";", 0, max(0, offset - sent.start_char))


def time_of_report(verb, cue, time) -> str | None:
    """'report' when the time expression lies outside the reported clause ('first reported in March
    2021 that the wells had been closed', 'In a statement issued on Thursday, it said …'): it dates
    the report, and the event is known only to be on or before it."""
    if cue is None or time is None:
        return None

    def covers(token) -> bool:
        tokens = list(token.subtree)
        return tokens[0].idx <= time.start < tokens[-1].idx + len(tokens[-1])

    # the cue's own words, not any clause it reports (the parser may split one reported clause in two)
    reported = [verb, *_children(cue, "ccomp", "xcomp", "parataxis")]
    return "report" if covers(cue) and not any(covers(c) for c in reported) else None
