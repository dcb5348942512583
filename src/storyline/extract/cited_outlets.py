"""Outlets a sentence cites by a name the recognizer leaves untagged ('Stuff reported on Thursday', 'told Stuff',
'Vanguard reported last week').

A masthead that is an everyday word ('Stuff', 'Punch', 'Vanguard'; rules/outlets.toml [common_word_names]) is no
name to the small model, so the outlet a citation names had no entity mention: the New Zealand paper 'Stuff'
twice in branch ents38's invented story and never an entity. The citation finder reads it as an outlet by its
frame and the corpus's own outlets (`find_citations` with the batch's known outlets), and that reading names
an organisation wherever no mention holds the words already.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from storyline.model import Span
from storyline.payloads import MentionPayload


def cited_outlet_spans(body: str, spans: Sequence[Span], known_outlets: Iterable[str]) -> list[Span]:
    """An ORG mention for each outlet name a citation writes where no entity span lies; an outlet named twice
    is one referent, and one the article already names keeps its referent."""
    from storyline.extract.citations import find_citations
    from storyline.extract.entities import Mention
    from storyline.extract.names import fold
    from storyline.extract.span_overlap import overlaps_any

    refs = {fold(s.payload.name): s.payload.ref for s in spans
            if isinstance(s.payload, MentionPayload) and s.payload.name and s.label == "ORG"}
    next_ref = 1 + max((s.payload.ref for s in spans if isinstance(s.payload, MentionPayload)
                        and s.payload.ref is not None), default=-1)
    found: list[Span] = []
    for citation in find_citations(body, (), known_outlets):
        at = body.find(citation.outlet, citation.start, citation.end)
        if at < 0 or " and " in citation.outlet:
            continue
        end = at + len(citation.outlet)
        if overlaps_any(spans, at, end) or overlaps_any(found, at, end):
            continue
        name = Mention(at, end, citation.outlet, "ORG").name
        if fold(name) not in refs:
            refs[fold(name)], next_ref = next_ref, next_ref + 1
        found.append(Span(at, end, "ORG", "entities", citation.outlet, MentionPayload(name, refs[fold(name)])))
    return found
