"""The visible lines of an HTML page around the start of its article: where its dateline and
byline are printed when the markup does not carry them.

trafilatura keeps only the article's prose, so the "By …" and date lines shown above it are gone
from the body. This module renders the page as visible lines (one per block element, as a browser
shows them), finds the article's first paragraph among them and returns the lines just above it
and its first lines, for the same dateline and byline readers that plain-text scrapes go through.
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "time", "tr", "ul",
))
# elements whose text a browser does not show
_HIDDEN = frozenset(("script", "style", "noscript", "template", "svg", "head"))
_SPACES = re.compile(r"\s+")
# Same window as for plain-text scrapes (storyline.clean.pubdate): a page prints its date and
# byline just above the article or within its first lines.
LINES_ABOVE = 8
LINES_BELOW = 4
_PROBE_CHARS = 40
# A labelled date sits on a short line (label, date, time, author); prose is longer.
_LABELLED_MAX_CHARS = 160


def visible_lines(tree: HtmlElement) -> list[str]:
    """The page's text as a browser lays it out: one line per block element (`tree` is not changed)."""
    return [line for line in (" ".join(raw.split()) for raw in _visible_text(tree).split("\n")) if line]


def _visible_text(root: HtmlElement) -> str:
    """The text of `root` without its invisible elements (their tails kept), a newline before and
    after every block element's text: one walk in document order. It was a copy of the tree with
    the invisible elements dropped and newlines written into the block elements' text and tails,
    then the copy's text_content(); the same string on every extraction-dev and dates-dev page
    (tests/clean/test_page_head.py), at ~2/3 of the CPU (no copy, no XPath). A tree from
    storyline.clean.html_parse holds no comments or processing instructions (its parser removes
    them), so the walk's elements are all its nodes; libxml2 lowercases HTML tag names."""
    from lxml import etree

    parts: list[str] = []
    closed = False  # an inline element has just ended with no text after it
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        hidden = tag in _HIDDEN
        block = not hidden and tag.lower() in _BLOCKS
        if event == "start":
            if hidden:
                walker.skip_subtree()  # its end event still comes, with its tail
            elif block:
                parts += ("\n", node.text or "")
            elif node.text:
                if closed and parts and _word_break(parts[-1][-1:], node.text[:1]):
                    parts.append(" ")
                parts.append(node.text)
            closed = closed and not node.text and not block
        elif node is not root:
            if block:
                parts += ("\n", node.tail or "")
            elif node.tail:
                parts.append(node.tail)
            closed = not block and not node.tail
    return "".join(parts)


def _word_break(before: str, after: str) -> bool:
    """Whether two inline elements' texts printed one right after the other cannot be one word: a
    letter before a digit, a digit or a small letter before a capital. A byline's and a date's `<span>`s
    that a style sheet lays out apart ('By Jane RoeNov. 5, 2024', '記者：山田太郎2024年5月21日', 'May 9, 2024By
    Jane Roe' as the text runs; Next.js and React pages with CSS-module class names, branch html35) are
    two texts."""
    if not (before and after):
        return False
    return (before.isalpha() and after.isdigit()) or ((before.islower() or before.isdigit()) and after.isupper())


def head_lines(lines: list[str], first_paragraph: str, headline: str | None) -> list[str]:
    """The visible `lines` just above the article's first paragraph and its first lines (or, when
    that paragraph is not found, around the headline); empty when neither is found."""
    start = _find(lines, first_paragraph)
    if start is None and headline:
        start = _find(lines, headline)
        start = None if start is None else start + 1
    if start is None:
        return []
    return lines[max(0, start - LINES_ABOVE): start + LINES_BELOW]


# A page prints its byline in the headline's block: the headline, a standfirst, the byline, the date
# (storyline.clean.pubdate reads its dateline there too). The headline is matched by its first words,
# on a line not much longer than it (a paragraph opening with the same words is prose).
HEADLINE_PROBE_WORDS = 4
HEADLINE_EXTRA_WORDS = 2
BELOW_HEADLINE_LINES = 4


def below_headline(lines: list[str], headline: str | None, *, skip_first: bool = False) -> list[str]:
    """The `lines` just below every copy of `headline` on the page (at most BELOW_HEADLINE_LINES
    each, in page order); a byline's second chance when the body's first paragraph was found
    elsewhere (a promo box trafilatura put first, a scrape whose menus read as body)."""
    probe = _words(headline or "")
    if not probe:
        return []
    out: list[str] = []
    for i, line in enumerate(lines):
        # a line whose words start with the headline's holds its first word: most lines do not, and
        # are not split into words (the same lines found; 0.09 -> 0.025 s on extraction-dev)
        if (i or not skip_first) and probe[0] in line.casefold() and _is_headline(_words(line), probe):
            out += [below for below in lines[i + 1: i + 1 + BELOW_HEADLINE_LINES] if below not in out]
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _is_headline(tokens: list[str], headline: list[str]) -> bool:
    n = min(HEADLINE_PROBE_WORDS, len(headline))
    return len(tokens) >= n and tokens[:n] == headline[:n] and len(tokens) <= len(headline) + HEADLINE_EXTRA_WORDS


def _find(lines: list[str], text: str) -> int | None:
    probe = _SPACES.sub(" ", text).strip()[:_PROBE_CHARS]
    if len(probe) < 12:
        return None
    return next((i for i, line in enumerate(lines) if probe in line), None)


# A site's copyright notice sits in its footer: the page's last fifth (as a text scrape's, clean.outlet_finders)
NOTICE_FROM = 0.8
NOTICE_MAX_CHARS = 200


def notice_lines(lines: list[str]) -> list[str]:
    """The visible lines of the page's footer that carry a copyright mark or an 'All rights reserved'
    (rules/credits.toml [copyright_marks], [rights_reserved]): where an HTML page names its holder, as a
    text scrape's set-aside copyright lines do."""
    from storyline.rules import word_sequence

    cues = tuple(word_sequence("credits", "copyright_marks")) + tuple(word_sequence("credits", "rights_reserved"))
    start = int(NOTICE_FROM * len(lines))
    return [line for line in lines[start:] if len(line) <= NOTICE_MAX_CHARS and any(c in line.casefold() for c in cues)]


def labelled_lines(lines: list[str]) -> list[str]:
    """The visible lines that may label a date as the page's publication ('Erstellt am: 01.11.2023'),
    with a label printed alone on the line above joined to its value ('Datum:' / '03.02.2022').
    Which of them really hold a labelled date is for storyline.clean.dateline.labelled_dateline."""
    from storyline.rules import words

    markers = words("datelines", "published_markers") | words("datelines", "published_after")
    self_references = words("datelines", "self_references")
    out: list[str] = []
    for i, line in enumerate(lines):
        # lines without a digit are most of a page: test that first (it was 0.5 ms a generated article)
        if len(line) > 2 * _LABELLED_MAX_CHARS or not any(map(str.isdigit, line)):
            continue
        folded = line.casefold()
        # a post's meta sentence ('Dieser Artikel wurde am … geschrieben und unter … eingeordnet') runs longer
        longest = _LABELLED_MAX_CHARS * (2 if any(s in folded for s in self_references) else 1)
        if len(line) > longest:
            continue
        above = lines[i - 1] if i else ""
        if _event_detail(lines, i):
            continue
        if above.casefold().strip().rstrip(": ") in markers:
            out.append(f"{above} {line}")
        elif any(marker in folded for marker in markers) or _credit_opening(folded):
            out.append(line)
    return out


def _credit_opening(folded: str) -> bool:
    """Whether a (case-folded) line opens with a byline word ('by …', 'von …'): it may date its credit."""
    from storyline.rules import words

    first = folded.split(" ", 1)[0]
    return first in words("bylines", "byline_words")


# An event's details block prints its date, time and place one under another ('Datum: 20.04.2024' /
# 'Uhrzeit: 10 bis 18 Uhr' / 'Ort: Stadtpark'): a generic date label within EVENT_NEIGHBOURS lines of
# a time or place label dates the event (rules/datelines.toml [event_labels]).
EVENT_NEIGHBOURS = 2
_LABEL = re.compile(r"^\s*([^\W\d_]+)\s*:")


def _event_detail(lines: list[str], i: int) -> bool:
    """Whether line `i` (or a label alone above it) is a generic date label of an event's details."""
    from storyline.rules import words

    generic, details = words("datelines", "event_date_labels"), words("datelines", "event_labels")
    own = [lines[j] for j in (i - 1, i) if j >= 0]
    if not any((m := _LABEL.match(line)) and m[1].casefold() in generic for line in own):
        return False
    near = lines[max(0, i - EVENT_NEIGHBOURS): i + EVENT_NEIGHBOURS + 1]
    return any((m := _LABEL.match(line)) is not None and m[1].casefold() in details for line in near)


# An author label prints a name or two after it: 'Autor: Peter Maahn/SP-X'. Longer lines are prose.
_CREDITED_MAX_WORDS = 8


def credited_lines(lines: list[str]) -> list[str]:
    """The visible lines anywhere on the page that label their words as the author ('Autor: NAME',
    'Auteur : NAME'; a label alone joined to the line below), in page order: a page prints its
    author box below the article as often as above it."""
    from storyline.rules import words

    labels = {w.casefold() for w in words("bylines", "author_labels")}
    # a byline introducer of two words or more alone on its line ('Kommentar von', 'Written by'): one
    # word ('Von', 'By') alone is as often a menu's or a form's
    introducers = {w for w in words("bylines", "byline_words") if " " in w}
    out: list[str] = []
    reporters: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        # a Chinese page's meta line holds its credits side by side ('2024-03-08 07:30　来源：NAME　作者：NAME'):
        # each part from a label on is read as a line of its own
        credits = [part for part in _cjk_parts().split(line) if cjk_credit(part)]
        if credits:
            out.extend(credits)
            continue
        # a Korean portal's meta line glues the credit to its stamp's label ('이준호 기자입력 2023. 5. 9.':
        # Daum's byline and stamp are inline spans side by side)
        glued = _korean_credit_before_stamp().match(line)
        if glued:
            out.append(glued["credit"])
            continue
        # a meta row of labelled fields side by side ('Cập nhật: 14/04/2024 09:00 Tác giả: NAME Đăng ngày: …'):
        # the author's field from its label to the next date label, bar or number; a stamp (a number) before
        # it ('FULL TEXT: HEADLINE' is a headline: dates-dev dev)
        beside = _author_field_in_row().search(line)
        if beside and any(c.isdigit() for c in line[: beside.start()]) and len(line.split()) <= 3 * _CREDITED_MAX_WORDS:
            out.append(beside["field"])
            continue
        # '배윤경 기자' lines, one per reporter with an e-mail between them: the first such run only
        if KOREAN_REPORTER.fullmatch(line) and (not reporters or i - reporters[-1][0] <= _REPORTER_GAP):
            reporters.append((i, line))
            continue
        if line.strip().rstrip(":").strip().casefold() in introducers and i + 1 < len(lines) \
                and len(lines[i + 1].split()) <= _CREDITED_MAX_WORDS:  # 'Kommentar von' / 'Ingo Arzt'
            out.append(f"{line.strip().rstrip(':')} {lines[i + 1]}")
            continue
        # Armenian sets its comma-colon '՝' (U+055D) where other languages print the label's colon ('Հեղինակ՝ NAME')
        line = line.replace("\u055d", ":", 1)
        label, colon, value = line.partition(":")
        if not colon or label.strip().casefold() not in labels:
            continue
        # a row of labelled fields between bars ('Phóng viên: NAME | Biên tập: NAME'): the author's field is
        # counted to its bar (Vietnamese names run to four words; invented pages of branch html38)
        if value.strip() and len(value.split("|")[0].split()) <= _CREDITED_MAX_WORDS:
            out.append(_before_date_field(line))
        elif not value.strip() and i + 1 < len(lines) and len(lines[i + 1].split()) <= _CREDITED_MAX_WORDS:
            out.append(f"{line} {lines[i + 1]}")
    if reporters:
        out.append(" · ".join(line for _i, line in reporters))
    return out


# Chinese and Japanese pages credit with a label and a full-width colon ('作者：NAME', '记者：NAME',
# '(责编：NAME、NAME)': the editor in charge, the one person People's Daily-style sites credit);
# Korean papers print 'NAME 기자' ('reporter'), with the reporter's e-mail after it (rules/bylines.toml).
_REPORTER_GAP = 3
KOREAN_REPORTER = re.compile(r"(?P<name>[가-힣]{2,4})\s?기자(?:\s+\S+@\S+)?")
_CJK_NAME = r"[\u4e00-\u9fff]{2,4}"
# a labelled field after a credit on a meta row: a label of Han characters, its colon, its value
_CJK_FIELD = r"[\u4e00-\u9fff]{1,4}\s*[：:].*"


@cache
def _korean_credit_before_stamp() -> re.Pattern[str]:
    """'NAME 기자' right before a Korean date label ('입력', 'published': rules/datelines.toml
    [published_markers], [updated_markers])."""
    from storyline.rules import words

    labels = sorted((w for w in words("datelines", "published_markers") | words("datelines", "updated_markers")
                     if re.search("[가-힣]", w)), key=len, reverse=True)
    # a bar may stand between them ('최서연 기자 | 입력 2025.01.24 10:20': the credit and stamp cells of a meta row)
    return re.compile(rf"(?P<credit>{KOREAN_REPORTER.pattern})(?=\s*[|·]?\s*(?:{'|'.join(map(re.escape, labels))}))")


@cache
def _author_field_in_row() -> re.Pattern[str]:
    """An author label and its value inside a line, after a date field: Vietnamese, Indonesian and Polish
    CMS themes print 'Updated', 'Author' and 'Published' as one row of spans (invented pages, branch
    html35); the value ends at the next date label (rules/datelines.toml), a bar or a number."""
    from storyline.rules import words

    def alternation(items: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))

    authors = alternation(words("bylines", "author_labels"))
    dates = alternation(words("datelines", "published_markers") | words("datelines", "updated_markers"))
    return re.compile(rf"(?<!\S)(?P<field>(?:{authors})\s*:\s*\S.*?)(?=\s+(?:{dates})(?!\w)|\s*[|·]|\s+\d|$)",
                      re.I)


@cache
def _date_field() -> re.Pattern[str]:
    """The next field's date label and its stamp after an author's name on one row ('Phóng viên: NAME Đăng lúc
    04/08/2024 09:30', the author's and the stamp's spans side by side; invented pages of branch html38: 6 of
    15 kept the label in the name): rules/datelines.toml [published_markers] and [updated_markers]."""
    from storyline.rules import words

    labels = sorted(words("datelines", "published_markers") | words("datelines", "updated_markers"), key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, labels))})(?!\w)\D{{0,12}}\d", re.I)


def _before_date_field(line: str) -> str:
    label, _colon, value = line.partition(":")
    m = _date_field().search(value)
    return f"{label}:{value[: m.start()]}" if m and value[: m.start()].strip() else line


@cache
def _cjk_label() -> re.Pattern[str]:
    from storyline.rules import word_sequence

    ordered = word_sequence("bylines", "cjk_author_labels")
    labels = "|".join(re.escape(w) for w in ordered)
    # a label of two characters or more may stand before the names with a space only ('记者 陈明', a
    # Chinese paper's reporter line over its story), as clean.author_check reads it; the whole line
    # must be the label and names. '文' alone needs its colon or slash.
    spaced = "|".join(re.escape(w) for w in ordered if len(w) >= 2)
    # a colon or a slash after the label ('文/王小明': Chinese papers' and magazines' 'text/NAME' credit)
    # the names may be followed by the stamp a byline row prints beside them ('記者：山田太郎 2024年5月21日 8:30',
    # a Japanese or Chinese page's byline and date spans on one row; branch html35), or after a middle dot or
    # a bar between the spans ('記者 田中陽子 · 2023年5月15日 00:40'; branch html38)
    # or by the next labelled field of a CMS's meta row ('作者:NAME 点击:次': DedeCMS's default article template
    # prints '<small>作者:</small>{writer} <small>点击:</small>' side by side; branch byline44)
    return re.compile(rf"^[（(]?\s*(?:(?:{labels})\s*[：:/／]|(?:{spaced})\s)\s*"
                      rf"(?P<names>{_CJK_NAME}(?:\s*[、，,/\s]\s*{_CJK_NAME})*)\s*[）)]?"
                      rf"(?:(?:\s+|\s*[·|]\s*)(?:19|20)\d\d\s*[年/.-][\d年月日/.:\s-]*|\s+{_CJK_FIELD})?\s*$")


@cache
def _cjk_parts() -> re.Pattern[str]:
    """The spaces before a credit label or a source label ('来源', 'source') on a line."""
    from storyline.rules import word_sequence

    labels = "|".join(re.escape(w) for w in (*word_sequence("bylines", "cjk_author_labels"), "来源", "來源"))
    # the whole run of spaces at once, from its start: tried at every blank of a 50,000-blank line and
    # backed off blank by blank, the look-ahead made the split quadratic (tests/reliability: 120 s of
    # CPU). A shorter run could not match where the whole run fails (the look-ahead skips blanks too).
    return re.compile(rf"(?<!\s)\s++(?=[（(]?\s*(?:{labels})\s*[：:/／])")


def cjk_credit(line: str) -> tuple[str, ...]:
    """The names a Chinese or Japanese credit line gives ('(责编：牛镛、岳弘彬)'), or ()."""
    m = _cjk_label().match(line.strip())
    return tuple(re.findall(_CJK_NAME, m["names"])) if m else ()
