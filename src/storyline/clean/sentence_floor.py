"""Score adjustments before the body run is chosen (storyline.clean.region): sentence-shaped lines are no
menu lines, and a block of in-body furniture costs one penalty (branch clean35, docs/cleaning.md "Twelfth
pass"). Both apply to the scores the run is chosen on only; the learned line model reads the scores as it
was trained on them.
"""
from __future__ import annotations

import re
from functools import cache

from storyline.clean.lines import Line
from storyline.rules import words

# A line that ends in a full stop, 6+ words, in sentence case, is a sentence: it scores at least as short
# prose (`short_prose`, the region's _ITEM_SCORE), whatever its share of function words; a question of 4+
# words is no menu line either (0). Names, figures and agglutinative or unlisted languages leave a sentence few listed function
# words (Turkish 'Belediye Başkanı NAME, projenin … söyledi.', Korean one-sentence paragraphs, Arabic
# interview questions), and scored as menu lines (-0.7 to -1.5) such a line ended the article (or cut off
# its first or last paragraph: branch clean35's invented pages, tr, ko, ar). Menus, tags and other
# stories' headlines do not end in a full stop; a teaser cut with an ellipsis does not count. Only one
# sentence of at most _PLAIN_MAX_WORDS words: rows of a consent dialog's cookie table ('_ga 2 years The
# _ga cookie, installed by …. This cookie …', English on a German page) and a honeypot link's repeated
# sentence are several, and floored they let the consent dialog win the region (silver dates-dev dev
# half, 2 pages, before this limit).
_PLAIN_WORDS = 6
_PLAIN_MAX_WORDS = 30
# On a page whose own prose is sparse in listed function words (the region lowered its density bar), that
# share cannot tell a sentence from a menu line at all, and a short answer of two or three sentences ('솔직히
# 쉽지 않아요. 월세를 내고 나면 …') scored as a menu line and cut an interview in two (branch clean37's invented
# Korean interview). Not with figures: a consent dialog's cookie table ('_ga 2 years The _ga cookie … . This
# cookie …', English) lowers a German page's bar by itself, and its rows then won the region (silver dates-dev
# dev, one page 1.0 -> 0.27, the failure that set the one-sentence limit); every row names a duration.
_SPARSE_SENTENCES = 3
_INNER_SENTENCE_END = re.compile(r"[.!?。！？।؟۔][\"'”’»)]*\s+[\"“‘'«„(]?[^\W\d_]")
_QUESTION_WORDS = 4
_FULL_STOPS = (".", "!", "。", "！")
_QUESTION_MARKS = ("?", "？")
_CLOSERS = "\"'”’»)]」』）"


def share_module_penalty(lines: list[Line], scores: list[float], penalty: float) -> None:
    """A block of in-body furniture (consecutive `inline` lines scoring -`penalty`: a newsletter box's
    heading, pitch and button, a 'Read also' heading and its links) costs `penalty` once, shared by its
    lines: at one penalty per line a three-line box between the last two paragraphs cost more than a short
    closing paragraph scores, and the article ended above the box (branch clean33's invented it page:
    the paragraph after 'Iscriviti alla newsletter' was cut)."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].inline and scores[j] == -penalty:
            j += 1
        for k in range(i, j):
            scores[k] = -penalty / (j - i)
        i = max(j, i + 1)


def floor_sentences(lines: list[Line], scores: list[float], short_prose: float, skip: re.Pattern[str],
                    sparse: bool = False) -> None:
    """Raise the scores of sentence-shaped lines no rule named (nor `skip` matches: bare links) to their
    floor (see _PLAIN_WORDS). `sparse`: the page's own prose holds few listed function words (its density
    bar was lowered: Korean, Turkish, Finnish …), so a line of two or three sentences counts too (see
    _SPARSE_SENTENCES)."""
    for i, ln in enumerate(lines):
        if ln.reason is None and not ln.entry and scores[i] < short_prose and not skip.match(ln.text):
            scores[i] = max(scores[i], sentence_floor(ln, short_prose, sparse))


@cache
def _script_marks() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The full stops and question marks of other scripts (rules/sentence_ends.toml)."""
    return (_FULL_STOPS + tuple(sorted(words("sentence_ends", "script_full_stops"))),
            _QUESTION_MARKS + tuple(sorted(words("sentence_ends", "script_question_marks"))))


def sentence_floor(ln: Line, short_prose: float, sparse: bool = False) -> float:
    """The least a sentence-shaped line scores (see _PLAIN_WORDS), or -inf for other lines."""
    text = ln.text.rstrip().rstrip(_CLOSERS)
    s = ln.shape
    if s.starts_lower or s.capital_share >= 0.5 or text.endswith(("...", "…")):
        return float("-inf")
    inner = len(_INNER_SENTENCE_END.findall(text))
    several = sparse and s.digit_share == 0
    if s.words > _PLAIN_MAX_WORDS or inner > (_SPARSE_SENTENCES - 1 if several else 0):
        return float("-inf")
    full_stops, question_marks = _script_marks()
    if text.endswith(full_stops) and s.words >= _PLAIN_WORDS:
        return short_prose
    if text.endswith(question_marks) and s.words >= _QUESTION_WORDS:
        return 0.0
    return float("-inf")


# Chinese and Japanese prose carries a word in about two characters (storyline.clean.lines._CHARS_PER_WORD),
# English in about six (five letters and a space): a prose line's score, its characters / 100, rated a
# Japanese paragraph at a third of the same paragraph in English, and one caption credit between two such
# paragraphs (-0.3) outweighed the paragraph after it (branch clean37's invented Japanese photo essay kept its
# first two captions of six). A prose line mostly in Han or kana scores as its words at this many characters each.
_LATIN_CHARS_PER_WORD = 6
_UNSPACED_SHARE = 0.5
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def weigh_unspaced_prose(lines: list[Line], scores: list[float], most: float) -> None:
    """Rescore the prose lines (score above 0.2, as their characters / 100) written mostly in Han or kana by
    their words (see _LATIN_CHARS_PER_WORD), up to `most`."""
    for i, ln in enumerate(lines):
        chars = ln.shape.chars
        if ln.reason is None and scores[i] == min(chars, 600) / 100.0 and scores[i] > 0.2 \
                and len(_UNSPACED.findall(ln.text)) >= _UNSPACED_SHARE * chars:
            scores[i] = max(scores[i], min(ln.shape.words * _LATIN_CHARS_PER_WORD / 100.0, most))
