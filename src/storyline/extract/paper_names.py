"""A newspaper's name the recognizer cut or took for a place: 'The Hollywood Reporter' tagged 'Hollywood' GPE, 'the
Harrowfield Gazette' tagged FAC. A name 'the …' ending in a paper's head word (mention_spans.PAPER_NAME) names
the paper, whatever the mentions inside it were tagged (AP Stylebook 'newspaper names'). Branch ents37: ECB+ dev topic 6
wrote 'The Hollywood Reporter' seven times, tagged whole once; an invented UK story's Gazette was a building."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.extract.mention_spans import PAPER_NAME

if TYPE_CHECKING:
    from storyline.extract.entities import Mention

# a person's name inside is a person the paper is named for or a byline run into it: left as tagged
_KEPT = frozenset({"PERSON", "DESC"})


def paper_names(mentions: list[Mention], body: str) -> list[Mention]:
    """The mentions inside a paper's name ('Hollywood' GPE in 'The Hollywood Reporter said') give way to one ORG
    mention over the name; a mention running past it, or a person's, leaves the name as tagged."""
    out = list(mentions)
    for hit in PAPER_NAME.finditer(body):
        if " " not in hit[0]:
            continue  # one head word alone ('the Gazette') is untagged_papers' when untagged, else as tagged
        # the masthead's own 'The', capitalised inside a sentence, is part of the name ('THR' spells it)
        start = hit.start() - 4 if body[hit.start() - 4 : hit.start()] == "The " else hit.start()
        inside = [m for m in out if m.start < hit.end() and m.end > hit.start()]
        if (
            not inside
            or any(m.label in _KEPT or m.start < hit.start() - 4 or _runs_past(m, hit.end(), body) for m in inside)
            or any(m.label == "ORG" and m.end >= hit.end() for m in inside)
        ):
            continue
        first = min(inside, key=lambda m: m.start)
        out = [m for m in out if m not in inside]
        out.append(replace(first, start=start, end=hit.end(), text=body[start : hit.end()], label="ORG"))
    return sorted(out, key=lambda m: m.start)


def _runs_past(m: Mention, end: int, body: str) -> bool:
    """The mention runs on past the paper's name by more than closing quotation marks ("The Hollywood Reporter''")."""
    return m.end > end and body[end : m.end].strip("'\"’”` ") != ""
