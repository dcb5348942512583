"""Quotes and their speakers: direct quotes in quote marks, partial quotes, reported speech.

`find_quotes(text)` returns every `Quote` in an article body, in text order. Direct quotes are found
from the quote marks (`marks.py`), then attached to a reporting verb ("said", "told", "according
to") by the dependency parse: first a verb the quote hangs from, then one right after the quote in
its sentence ("…,” he said), then one just before it ("He added: “…”"), or one closing the previous
paragraph with a colon. A quote with no verb of its own in its paragraph inherits the speaker of its
neighbour, or of the previous paragraph's quote when the paragraph continues it. A paragraph opened
by "NAME:" (a transcript, a headline) is NAME's statement. Reported speech and attitudes without
quote marks ("X said that …", "X opposed the deal", "his claim that …") come from `reported.py`,
sources from `sources.py`, and speakers are resolved by `speakers.SpeakerResolver`.

The cue lexicon (`cues.py`) is grouped by verb class and checked on polnear-dev and the five seed
articles; nothing is per-document.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice, pairwise
from typing import TYPE_CHECKING

from storyline import rules
from storyline.clean.wire_dateline import colon_dateline_end
from storyline.extract.cues import is_according, is_quote_cue
from storyline.extract.marks import Marked, MarkIndex, find_marked, paragraphs
from storyline.extract.reported import Found, find_reported, sourceless_passive
from storyline.extract.sources import source_of
from storyline.extract.speakers import Speaker, SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Quote", "Speaker", "find_quotes"]

DASHES = frozenset("―—–")


@dataclass(slots=True, frozen=True)
class Quote:
    """A quoted or reported statement in an article body.

    `start`/`end` delimit the content (for direct quotes: inside the marks) and `text` is
    `body[start:end]`; `kind` is "direct", "partial" or "indirect"; `cue` is the reporting verb.
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: Speaker
    cue: str | None
    cue_start: int | None
    cue_end: int | None


def find_quotes(text: str, doc: Doc | None = None) -> list[Quote]:
    """Every quote in `text` with its speaker, in text order. `doc`: an optional spaCy parse."""
    if not text.strip():
        return []
    if doc is None:
        from storyline.extract.nlp import parse_one

        doc = parse_one(text)
    marked = find_marked(text)
    marks = MarkIndex(marked)
    paras = paragraphs(text)
    headed = _headed_paragraphs(doc, text, paras)
    found = [_direct(doc, text, m, marks) for m in marked if not _names_a_work(text, m)]
    _sign_headed(found, headed)
    found += _introduced_blocks(doc, text, paras, marks, found)
    _asked_answers(doc, text, paras, marks, found)
    found += find_reported(doc, marks, paras)
    _resolve(doc, found, text)
    _inherit(found)
    return [_to_quote(text, f) for f in sorted(found, key=lambda f: (f.start, f.end))
            if not (f.kind == "partial" and f.speaker.kind == "unknown") and not _nested_attitude(f, found)]


def _nested_attitude(f: Found, found: list[Found]) -> bool:
    """'Pettigrew said she learned of the order from a neighbor': an attitude, plan or perception
    cue ('learned', 'planned', 'questioning') inside another quote's content is part of what that
    source said, no statement of its own; a speech cue there ('she said he told her …') reports
    another statement and stays. PolNeAR annotates the outermost attribution only (quotes.py drops
    nested ones when scoring). Dropped after resolution, so pronoun history is unchanged."""
    if f.kind != "indirect" or f.cue is None:
        return False
    if is_quote_cue(f.cue) and not (f.speaker.kind == "unknown" and sourceless_passive(f.cue)):
        return False  # a passive speech cue with no source inside another's content ('X has been confirmed at the farm, officials said') is theirs
    at = f.cue.idx
    return any(o is not f and o.start <= at < o.end and not (o.start <= f.start and f.end <= o.end and o.cue is f.cue)
               for o in found)


# -- direct quotes --------------------------------------------------------------------------
def _direct(doc: Doc, text: str, m: Marked, marks: MarkIndex) -> Found:
    kind = "partial" if _is_partial(text, m) else "direct"
    found = Found(m.start, m.end, kind, m.para, continues=m.continues, opens_para=m.opens_para)
    cue = _governing_cue(doc, m, marks) or _cue_after(doc, m, marks) or _cue_before(doc, m, marks) or _message_before(doc, m, marks)
    if cue is not None:
        found.cue, found.source = cue, source_of(cue, marks)
    else:
        found.cue, found.source = _dash_signature(doc, m)
    return found


def _dash_signature(doc: Doc, m: Marked) -> tuple[Token | None, Token | None]:
    """'“…” ― Sonya Herridge': a dash and a name after the closing mark sign the quote
    (vox-pop lists on polnear-dev)."""
    after = list(islice((t for t in _lazy_tokens(doc, m.close_at + 1, m.para_end) if not t.is_space), 5))
    if len(after) < 2 or after[0].text.strip("”\"") not in DASHES or after[1].pos_ != "PROPN":
        return None, None
    name = after[1]
    for tok in after[2:]:
        if tok.pos_ != "PROPN":
            break
        name = tok
    return after[0], name


def _headed_paragraphs(doc: Doc, text: str,
                       paras: list[tuple[int, int]]) -> dict[int, Found]:
    """'PENCE: Well, look, …' (a transcript) and 'Sanders: Clinton needs to …' (a headline): a
    paragraph opened by a name and a colon is that name's statement. The name is one to four
    capitalised words; the statement at least three words."""
    out = {}
    for k, (lo, hi) in enumerate(paras):
        toks = [t for t in _tokens(doc, lo, min(hi, lo + 60)) if not t.is_space]
        while toks and toks[0].text in "\"“'":
            toks = toks[1:]
        colon = next((n for n, t in enumerate(toks[:5]) if t.text == ":"), None)
        if not colon or not all(_name_word(t) for t in toks[:colon]):
            continue
        start = toks[colon].idx + 1
        while start < hi and text[start].isspace():
            start += 1
        rest = text[start:hi]  # not text[:hi]: copying the text up to each paragraph is quadratic
        end = start + len(rest.rstrip(" \"”'.")) if rest.count(" ") >= 2 else start
        if end > start:
            out[k] = Found(start, end, "indirect", k, cue=toks[colon], source=toks[colon - 1])
    if list(out) == [0] and colon_dateline_end(text[paras[0][0]:paras[0][1]]) is not None:
        return {}  # 'LAHORE: The board fined …' heads the story with its place (clean.wire_dateline)
    return out


def _introduced_blocks(doc: Doc, text: str, paras: list[tuple[int, int]], marks: MarkIndex,
                       found: list[Found]) -> list[Found]:
    """'Limbaugh added:' closing a paragraph introduces the next one, quoted or not (a block
    quotation): an unattributed quote opening it takes that cue, an unmarked paragraph becomes
    the quote."""
    out = []
    opening_by_para: dict[int, list[Found]] = {}
    for f in found:
        if f.opens_para and f.cue is None:
            opening_by_para.setdefault(f.para, []).append(f)
    for k, (lo, hi) in enumerate(paras[:-1]):
        if not text[lo:hi].rstrip().endswith(":"):
            continue
        opening = opening_by_para.get(k + 1, [])
        cue = next((t for t in reversed(_tokens(doc, max(lo, hi - 40), hi)[-4:])
                    if is_quote_cue(t) and source_of(t, marks) is not None), None)
        if cue is None and opening:  # a farther verb only for a paragraph its quote marks show is quoted
            cue = _colon_clause_cue(doc, hi, marks)
        if cue is None:
            continue
        for f in opening:
            f.cue, f.source = cue, source_of(cue, marks)
        nlo, nhi = paras[k + 1]
        if not opening and not marks.inside(nlo, nhi):
            out.append(Found(nlo, nlo + len(text[nlo:nhi].rstrip()), "direct", k + 1, cue=cue,
                             source=source_of(cue, marks), opens_para=True))
    return out


_ASKED = frozenset(w.capitalize() for w in rules.words("speakers", "question_participles"))


def _asked_answers(doc: Doc, text: str, paras: list[tuple[int, int]], marks: MarkIndex, found: list[Found]) -> None:
    """'Asked whether the company had misled the town, he paused.' then a paragraph of quotation with no
    verb: the quotation is the answer of the one asked, the subject of that paragraph's sentence
    (rules/speakers.toml [question_participles]); only a paragraph of one sentence with no quotation of
    its own, whose subject is a pronoun or a name (branch probe21)."""
    for f in found:
        if not (f.kind == "direct" and f.opens_para and f.cue is None and 0 < f.para <= len(paras)):
            continue
        lo, hi = paras[f.para - 1]
        toks = [t for t in _tokens(doc, lo, hi) if not t.is_space]
        if not toks or toks[0].text not in _ASKED or marks.inside(lo, hi) or toks[0].sent != toks[-1].sent:
            continue
        root = toks[0].sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN")), None)
        if subject is not None and root.i > toks[0].i:
            f.cue, f.source = root, subject


def _colon_clause_cue(doc: Doc, hi: int, marks: MarkIndex) -> Token | None:
    """'Marrow described the contract's history:' — the verb of the clause a paragraph-ending colon
    closes, when its object stands between it and the colon (the four-token window above holds only
    'X said:' and 'X told reporters:'); a quote verb with a source, as there. Taken only when the
    next paragraph opens with a quotation mark: 'MSNBC suggested that Clinton has the following
    tasks:' before an unmarked list (polnear-dev) would otherwise make the list a quotation."""
    toks = [t for t in _tokens(doc, max(0, hi - 200), hi) if not t.is_space]
    if not toks or toks[-1].text != ":":
        return None
    root = toks[-1].sent.root
    if root.i >= toks[-1].i or not is_quote_cue(root) or marks.inside(root.idx, toks[-1].idx):
        return None
    return root if source_of(root, marks) is not None else None


def _name_word(tok: Token) -> bool:
    return (tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper)) or (tok.is_upper and tok.is_alpha and len(tok) > 1)


def _sign_headed(found: list[Found], headed: dict[int, Found]) -> None:
    """A quoted paragraph opened by 'NAME:' takes the name as its source; a headed paragraph with
    no quote in it becomes a statement of its own."""
    for f in found:
        line = headed.get(f.para)
        if line is not None and f.cue is None and f.start <= line.start < f.end:
            f.start, f.cue, f.source = line.start, line.cue, line.source
            headed.pop(f.para)
    taken = {f.para for f in found}
    found.extend(line for k, line in headed.items() if k not in taken)


_TITLE_WORDS_MAX = 6  # 'Evening Ledger', 'Fox & Friends', 'All Things Considered': a title is short
_LOWER_IN_TITLES = frozenset({"a", "an", "the", "and", "of", "in", "on", "at", "to", "for", "with", "&"})


def _names_a_work(text: str, m: Marked) -> bool:
    """Quote marks around a title, not words anyone said: a few capitalised words right before a
    noun for a programme or piece ('told KNN's "Evening Ledger" program', 'her "Inside Track"
    column'; rules/citations.toml [media_nouns] [document_nouns]) — AP style sets such titles in
    quotation marks."""
    words = text[m.start:m.end].strip(" ,.").split()
    if not words or len(words) > _TITLE_WORDS_MAX or not words[0][:1].isupper():
        return False
    if any(not (w[:1].isupper() or w[:1].isdigit() or w in _LOWER_IN_TITLES) for w in words):
        return False
    after = text[m.close_at + 1:m.close_at + 40].split()
    nouns = rules.words("citations", "media_nouns") | rules.words("citations", "document_nouns")
    return bool(after) and after[0].strip(",.;:").lower() in nouns


def _is_partial(text: str, m: Marked) -> bool:
    """A fragment woven into the sentence ('swore “absolute loyalty”'), not a full statement:
    it starts in lower case, or is at most three words not ending a sentence."""
    content = text[m.start:m.end]
    first = next((c for c in content if c.isalpha()), "")
    short = len(content.split()) <= 3 and not content.rstrip("”\"’' ").endswith((".", "!", "?"))
    return first.islower() or short


def _length(doc: Doc) -> int:
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _token_range(doc: Doc, start: int, end: int) -> range:
    """The indices of the tokens overlapping [start, end) (char_span bisects: no scan)."""
    # len(doc.text) would rebuild the whole text from its tokens on every call (O(n) each time)
    start, end = max(0, start), min(end, _length(doc))
    if end <= start:
        return range(0)
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    return [doc[i] for i in _token_range(doc, start, end)]


# Cues are looked for next to a quote, so only a few tokens either side are read, one at a time:
# building the paragraph's token list for every quote took 34 s on '“a” ' * 1,000 (one paragraph).
def _lazy_tokens(doc: Doc, start: int, end: int) -> Iterator[Token]:
    return (doc[i] for i in _token_range(doc, start, end))


def _unquoted_tokens_back(doc: Doc, marks: MarkIndex, start: int, end: int) -> Iterator[Token]:
    """The tokens of [start, end) outside quote marks, last first; a quoted stretch is jumped
    over in one step (skipping its tokens one by one is quadratic in a run of quotes)."""
    span = _token_range(doc, start, end)
    i, jumps = span.stop - 1, 0
    while i >= span.start and jumps <= _MAX_QUOTES_BACK:
        tok = doc[i]
        opened = marks.opening_of(tok.idx)
        if opened is None:
            yield tok
            i -= 1
        else:
            i, jumps = min(i - 1, _token_range(doc, start, opened).stop - 1), jumps + 1


# A cue before a quote is at most this many other quotes further back ('He said: “a” “b” “c”');
# without a bound, a paragraph of n back-to-back quotes costs n² jumps. Quote extraction on
# polnear-dev is unchanged with the bound (tests/extract/test_quotes.py).
_MAX_QUOTES_BACK = 3


def _governing_cue(doc: Doc, m: Marked, marks: MarkIndex) -> Token | None:
    """A reporting verb outside the marks, in the quote's paragraph, that the quote hangs from."""
    toks = _tokens(doc, m.start, m.end)
    ids = {t.i for t in toks}
    for tok in toks:
        if tok.head.i in ids and tok.head.i != tok.i:
            continue
        head = tok.head
        while head.i not in ids and not marks.covers(head.idx) and m.para_start <= head.idx < m.para_end:
            if is_quote_cue(head):
                return head
            if head.head.i == head.i:
                break
            head = head.head
    return None


def _cue_after(doc: Doc, m: Marked, marks: MarkIndex) -> Token | None:
    """'“…,” he said.' — the first reporting verb between the quote and its sentence's end."""
    for tok in _lazy_tokens(doc, m.close_at + 1, m.para_end):
        if marks.covers(tok.idx) or (tok.text in ".!?" and tok.i > 0):
            return None
        if is_quote_cue(tok) and source_of(tok, marks) is not None:
            return tok
    return None


def _cue_before(doc: Doc, m: Marked, marks: MarkIndex) -> Token | None:
    """'He added: “…”' — a reporting verb at most four tokens before the opening mark."""
    for tok in islice(_unquoted_tokens_back(doc, marks, m.para_start, m.open_at), 6):
        if tok.text in ".!?":
            return None
        if is_quote_cue(tok) and source_of(tok, marks) is not None:
            return tok
    return None


_MESSAGE_NOUNS = rules.words("speakers", "message_nouns")


def _message_before(doc: Doc, m: Marked, marks: MarkIndex) -> Token | None:
    """'Mabey forwarded it to two staff with a single line: “Keep it quiet …”' — a colon right before the
    opening mark after 'with' and a noun for a written message (rules/speakers.toml [message_nouns]): the
    quotation is that message, and the verb 'with' hangs from, with a subject, is its cue (branch probe21)."""
    back = list(islice(_unquoted_tokens_back(doc, marks, m.para_start, m.open_at), 6))
    if len(back) < 3 or back[0].text != ":" or back[1].lower_ not in _MESSAGE_NOUNS:
        return None
    prep = next((t for t in back[2:] if t.lower_ == "with"), None)
    if prep is None or any(t.text in ".!?" for t in back[:back.index(prep)]):
        return None
    verb = prep.head  # 'with' may hang from the object ('to two senior staff with …'): its verb above
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if source_of(verb, marks) is not None else None


# -- speakers -------------------------------------------------------------------------------
def _resolve(doc: Doc, found: list[Found], text: str) -> None:
    """Resolve sources in the order they are written, so pronouns see only earlier speakers."""
    resolver = SpeakerResolver(doc, text)
    cache: dict[int, Speaker] = {}
    sourced = [(f.source, f) for f in found if f.source is not None]
    for source, f in sorted(sourced, key=lambda pair: pair[0].i):
        if source.i not in cache:
            cache[source.i] = resolver.resolve(source)
        f.speaker = cache[source.i]


def _inherit(found: list[Found]) -> None:
    """Unattributed quotes take the speaker of a neighbouring quote in their paragraph, or of the
    previous paragraph's last quote when their paragraph opens with a quote (a continuation)."""
    direct = sorted((f for f in found if f.kind != "indirect"), key=lambda f: f.start)
    for prev, cur in pairwise(direct):
        same = cur.para == prev.para or (cur.para == prev.para + 1 and cur.opens_para)
        # a fragment in scare quotes continues nobody's statement (polnear-dev: 'Miss Piggy')
        if cur.cue is None and cur.kind == "direct" and prev.speaker.kind != "unknown" and same:
            cur.speaker, cur.cue = prev.speaker, prev.cue
    _inherit_reported(found)
    for nxt, cur in zip(reversed(direct), list(reversed(direct))[1:]):
        if (cur.cue is None and cur.kind == "direct" and cur.speaker.kind == "unknown"
                and cur.para == nxt.para and nxt.cue):
            cur.speaker, cur.cue = nxt.speaker, nxt.cue


def _inherit_reported(found: list[Found]) -> None:
    """A quote paragraph with no verb after a paragraph that ends by reporting a named person's words
    ('Mrs Delaney said nobody had called them.' then '"We trusted them …"') is that person's: news
    writing introduces a speaker in indirect speech and goes on in their own words (AP Stylebook
    'quotations in the news': a new paragraph of quotation from the same speaker needs no new
    attribution). Only a person: an organisation's reported statement is rarely followed so."""
    last_in: dict[int, Found] = {}
    for f in sorted(found, key=lambda f: f.end):
        last_in[f.para] = f
    for cur in found:
        prev = last_in.get(cur.para - 1)
        if (cur.cue is None and cur.kind == "direct" and cur.opens_para and cur.speaker.kind == "unknown"
                and prev is not None and prev.kind == "indirect" and prev.speaker.kind == "person"):
            cur.speaker, cur.cue = prev.speaker, prev.cue


def _to_quote(text: str, f: Found) -> Quote:
    cue = f.cue
    cue_span: tuple[int | None, int | None] = (None, None)
    if cue is not None:
        last = cue.doc[cue.i + 1] if is_according(cue) and cue.i + 1 < len(cue.doc) else cue
        cue_span = (cue.idx, last.idx + len(last.text))
    cue_text = text[cue_span[0]:cue_span[1]] if cue is not None else None
    return Quote(f.start, f.end, text[f.start:f.end], f.kind, f.speaker, cue_text, *cue_span)
