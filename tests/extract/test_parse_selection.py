"""Which sentences get the tagger and parser (extract.nlp.NEEDS_PARSE): the cue forms written as a
prefix tree match exactly what their flat alternation matches (issue 16: 0.28-0.39 -> 0.09-0.12 s
of CPU over extraction-dev's sentence pieces). No model is loaded."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract import nlp
from storyline.extract.cues import cue_forms_pattern

_FLAT = re.compile(cue_forms_pattern(), re.I)
_FACTORED = re.compile(nlp.factored_cue_forms(cue_forms_pattern()), re.I)
_WORDS = [w for part in re.findall(r"\(\?:([a-z|]+)\)", cue_forms_pattern()) for w in part.split("|")]


def test_the_cue_forms_are_searched_as_a_prefix_tree():
    assert cue_forms_pattern() not in nlp.NEEDS_PARSE.pattern
    assert nlp.factored_cue_forms(cue_forms_pattern()) in nlp.NEEDS_PARSE.pattern
    assert nlp.prefix_tree(["add", "address", "adamant", "b"]) == "(?:ad(?:amant|d(?:ress)?)|b)"
    assert nlp.prefix_tree(["add", "address", "adamant"], open_ended=True) == "ad(?:amant|d)"
    assert nlp.factored_cue_forms(r"\b(?:x.y)\w*") == r"\b(?:x.y)\w*"  # another shape: unchanged


_PIECES = st.sampled_from([*_WORDS, "", " ", "-", "'", "n't", "\u017f", "\u212a", "\u0130", "é", "3", "_", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_PIECES, st.sampled_from([str.lower, str.upper, str.title])), max_size=12))
def test_the_factored_forms_match_where_the_flat_ones_do(parts):
    text = "".join(case(piece) for piece, case in parts)
    assert bool(_FACTORED.search(text)) == bool(_FLAT.search(text))
    flat = [m.span() for m in _FLAT.finditer(text)]
    assert [m.start() for m in _FACTORED.finditer(text)] == [start for start, _ in flat]


def test_every_cue_form_alone_and_inflected_matches():
    for word in _WORDS:
        for text in (word, word.upper(), f"x {word}ing.", f"{word}x"):
            assert bool(_FACTORED.search(text)) == bool(_FLAT.search(text)), text
