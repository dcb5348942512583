"""A sentence's closing quotation mark, when the parser gave it to the next sentence.

American style puts the period inside the quotation ('… describe its boxes as "100% recycled
cardboard."'); at a paragraph's end the parser closes the sentence at the period and starts the next
one (a sentence of its own in a one-line piece) with the closing mark. The claim's evidence then
shows an open quotation: a reader, or a key quoting the sentence, sees a different text (claims18's
invented mini-stories: two of twelve promoted claims end so). The mark belongs to the sentence
whose quotation it closes: the sentence has an odd number of straight quotation marks, or more
opening than closing curly ones (The Chicago Manual of Style, 17th ed., 6.9: closing quotation
marks follow the period).
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Span

T = TypeVar("T")
_CLOSING = frozenset({'"', "\u201d"})


def closing_end(sent: Span) -> int | None:
    """The character offset just past the closing mark that follows `sent` and closes its open
    quotation, else None."""
    doc = sent.doc
    if sent.end >= len(doc) or doc[sent.end].text not in _CLOSING:
        return None
    text = sent.text
    open_quote = text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")
    if not open_quote or text.rstrip()[-1:] not in (".", "!", "?"):
        return None
    mark = doc[sent.end]
    return mark.idx + len(mark.text)


def closed(claims: list[T], sent: Span) -> list[T]:
    """`claims` of `sent` with their evidence running to the closing mark (module docstring)."""
    end = closing_end(sent)
    if end is None:
        return claims
    text = sent.doc.text[sent.start_char:end]
    return [replace(c, end=end, text=text) for c in claims]  # type: ignore[type-var]
