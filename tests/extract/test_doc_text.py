"""`extract.nlp.text_of` reads a stretch of a Doc's text from the tokens that hold it, without
rebuilding the whole text as `Doc.text` does (issue 16: claims' genitive-time check asked for
`Doc.text` once per time expression). It must give exactly `doc.text[start:end]`. No model is loaded:
a blank English tokenizer makes the Docs."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.nlp import text_of


def _blank():
    import spacy

    return spacy.blank("en")


_NLP = _blank()
_PIECES = st.sampled_from(["Smith", "'s", "’s", " ", "  ", "\n", "\n\n", ".", ",", "Tuesday", "on", "U.S.",
                           "\"", "é", "3", "-", "\t", "don't"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=20), st.integers(0, 200), st.integers(0, 8))
def test_a_stretch_is_the_docs_own_text(parts, start, width):
    doc = _NLP("".join(parts))
    start = start % (len(doc.text) + 3)
    assert text_of(doc, start, start + width) == doc.text[start:start + width]


def test_every_stretch_of_a_doc_with_leading_and_inner_whitespace():
    doc = _NLP("  Rivera's  plan,\n\nsaid on Tuesday's  call. ")
    text = doc.text
    for start in range(len(text) + 2):
        for end in range(max(0, start - 1), len(text) + 3):
            assert text_of(doc, start, end) == text[start:end], (start, end)
    assert text_of(_NLP(""), 0, 2) == ""
