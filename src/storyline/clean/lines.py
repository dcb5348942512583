"""One line of a scrape: its shape features and the explicit boilerplate rules that name it.

`explicit_reason` answers "is this line a known kind of boilerplate, and which?" from the line
alone (promo, social, comments, ad, copyright, byline, dateline, credit, caption, related,
navigation), with the patterns of rules/boilerplate.toml (each table says where it comes from).
The statistical side (is this prose?) lives in `line_features` and `prose_score`, used by
`storyline.clean.text`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
# Sentence ends, with the full-width ones of Chinese and Japanese (。！？ and the closing 」』）).
_TERMINAL = re.compile(r"""[.!?…:;。！？]["'”’»)\]」』）]*$|[.!?]["'”’»)\]]*\s*\(?[A-Z]{2,}\)?$""")


@cache
def _script_terminal() -> re.Pattern[str]:
    """The sentence ends of other scripts (the danda, the Arabic question mark …:
    rules/sentence_ends.toml [script_full_stops]), before closing quotes or brackets."""
    from storyline.rules import words

    marks = "".join(sorted(words("sentence_ends", "script_full_stops") | words("sentence_ends", "script_question_marks")))
    return re.compile(f"[{re.escape(marks)}][\"'”’»)\\]]*$")


# A time of day alone on its line ('11:52', '9.40am', '14h05', '10:15 Uhr'): how live blogs head each
# entry. Comment systems print a date or a name with the time; a live blog's entries are the article
# (with a standfirst of 20+ words above them, every entry after the first was cut: probe7).
BARE_TIME = re.compile(r"^\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?|uhr|h|gmt|bst|cet|cest|et|utc)?\s*$", re.IGNORECASE)
# Han, hiragana and katakana: scripts written without spaces, where one \w+ run is a whole clause.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Characters per word in Chinese and Japanese text (a word is one to three characters; the mean
# length of a segmented word in both is about 1.5-2 characters)
_CHARS_PER_WORD = 2
_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
           "july|august|september|october|november|december")


@cache
def boilerplate_rules() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    """(reason, patterns) for each table of rules/boilerplate.toml, in file order. `MONTHS` in a
    pattern stands for the English month names and abbreviations.

    Each pattern is compiled on its own: a table joined into one alternation matches the same lines
    (it matches when one of its patterns does) but loses each pattern's literal-prefix search, and
    took 3x as long on generated articles (1.3x on extraction-dev's visible text)."""
    from storyline import rules

    compiled = []
    for reason, table in rules.rule_file("boilerplate").items():
        flags = 0 if table.get("case_sensitive") else re.IGNORECASE
        compiled.append((table.get("reason", reason), tuple(re.compile(p.replace("MONTHS", _MONTHS), flags) for p in table["patterns"])))
    return tuple(compiled)


def explicit_reason(line: str) -> str | None:
    """The named boilerplate rule this line matches on its own, or None."""
    text = line.strip()
    for reason, patterns in boilerplate_rules():
        if any(pattern.search(text) for pattern in patterns):
            return reason
    return None


@cache
def _author_box() -> re.Pattern[str]:
    from storyline import rules

    about = "|".join(re.escape(w) for w in rules.word_sequence("boilerplate_context", "author_box_about"))
    return re.compile(rf"^(?:{about})\s+(?P<name>[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){{1,2}})$")


def author_box_name(line: str) -> str | None:
    """NAME when the line is an author-box heading "About NAME" (2-3 capitalised words)."""
    match = _author_box().match(line.strip())
    return match.group("name") if match else None


@dataclass(slots=True, frozen=True)
class LineShape:
    """Surface features of one line; see `line_features`."""

    chars: int
    words: int
    stop_density: float
    terminal: bool
    starts_lower: bool
    capital_share: float
    alpha_share: float
    digit_share: float
    quote: bool
    # two capitalised words in a row after the first word ('… president Gerald Whitlock told …'): a name
    name_run: bool = False


def words_of(line: str) -> list[str]:
    return _WORD.findall(line)


def line_features(line: str, stopwords: frozenset[str] = frozenset()) -> LineShape:
    """Length, function-word density, sentence shape and character mix of one line."""
    text = line.strip()
    words = words_of(text)
    count = _word_count(text, words)
    n = count or 1
    # map() over the str methods counts the same as a generator, at a third of the time (the
    # character counts were 2.5 ms of a generated article's 25 ms ingest, cProfile)
    return LineShape(
        chars=len(text),
        words=count,
        stop_density=sum(map(stopwords.__contains__, map(str.casefold, words))) / n,
        terminal=ends_sentence(text),
        starts_lower=starts_lower(text),
        capital_share=sum(w[0].isupper() for w in words) / n,
        alpha_share=sum(map(str.isalpha, text)) / max(len(text), 1),
        digit_share=sum(map(str.isdigit, text)) / max(len(text), 1),
        quote=bool(text) and text[0] in "\"“‘'«",
        name_run=any(a[:1].isupper() and b[:1].isupper() for a, b in pairwise(words[1:])),
    )


def _word_count(text: str, words: list[str]) -> int:
    """The words of a line; a run of Chinese or Japanese characters counts one word per two
    characters, not one (the prose score's 8-word bar would otherwise fail every clause)."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(words)
    runs = sum(1 for w in words if _UNSPACED.search(w))
    return len(words) - runs + max(unspaced // _CHARS_PER_WORD, runs)


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (period, ?, !, ellipsis, colon, closing quote)."""
    stripped = text.rstrip()
    return bool(_TERMINAL.search(stripped) or _script_terminal().search(stripped))


def starts_lower(text: str) -> bool:
    """True when the first letter (after opening quotes/brackets) is lower-case."""
    for c in text.lstrip("\"“‘'«([—– -"):
        return c.islower()
    return False


def is_headline_shaped(text: str) -> bool:
    """A line that reads like a headline: 3-25 words, no sentence end (a question mark may end
    one, a period may not; nor may 。 or a full-width comma), not starting lower-case. Words are
    letter runs here even in Chinese and Japanese (a run is a clause): a character count would put
    a 60-character headline with its site name past 25."""
    stripped = text.rstrip().rstrip(_CLOSERS).rstrip()
    return (3 <= len(words_of(text)) <= 25 and not stripped.endswith((".", ":", ";", ",", "。", "：", "；", "，"))
            and not starts_lower(text))


# a sentence may end inside its closing quote ('... it should be."', tokenised '... be . \'\''):
# the period before the quote still ends it, so the quote is looked through
_CLOSERS = "\"'”’»」』)]"


@dataclass(slots=True)
class Line:
    """A non-blank line of a document (1-based number), its shape, and why it was dropped."""

    no: int
    text: str
    shape: LineShape = field(repr=False)
    reason: str | None = None
    #: furniture found between body paragraphs (an embedded teaser): it must not end the article
    inline: bool = False
    #: the stamp of an entry in a thread of dated entries (comments): the article ends above it.
    #: A flag, not a reason: the date reader still sees the stamp as the dateline it may be.
    entry: bool = False
