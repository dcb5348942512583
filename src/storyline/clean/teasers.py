"""The teasers of a plain-text scrape's related lists ('Read also' / a headline / its date): their dates are
other stories', not the page's. Apart from clean.pubdate, which had reached 600 lines (branch text37)."""
from __future__ import annotations

import re
from functools import cache

from storyline.model import Article

# A related-stories label ('Lesen Sie auch', 'Read also', 'Related': rules/boilerplate.toml
# [related], which cleaning drops as "related") introduces a teaser: the dated line under it is the
# teaser's date, not the page's. On dates-dev's dev half: 1 text page's wrong date right, no other
# dev page changed. Text scrapes only: an HTML page's lines carry no cleaning reasons. Lines are
# counted without blank ones (a scrape may put a blank line between blocks).
RELATED_LABEL_WORDS = 4
TEASER_LINES = 1
# Below the article a related list's label stands over its teasers, each a headline and its date (or a
# kicker, the headline, the date): the date is the second or third line under the label (invented pages of 28
# languages, branch text37: 3 such teaser days taken where the page's own day was unread). Only there: above
# the body the label's second line down is as often the page's own byline and date (dates-dev dev text half:
# 'Read the Full Article' / 'by NAME / Oct 6, 2020' on 2 pages).
BELOW_TEASER_LINES = 3
TEASER_LIST_LINES = 12  # four teasers of three lines
# a post header's line ('Patrick Danowski 06 PM | 18 Mai'), not a sentence of the story naming a day ('on March 3')
HEADER_WORDS = 8


def teaser_lines(article: Article) -> set[int]:
    """Numbers of the (non-blank) lines just below a short related-stories label of a plain-text scrape,
    and of the longer lines cleaning dropped as related: a label with its teaser on one line ('Related:
    Ski area sale closes (Feb. 27, 2024)' between a headline and its byline was read as the dateline on
    an invented page, branch htmlmeta3)."""
    if article.kind != "text":
        return set()
    from storyline.clean.normalise import normalised_scrape

    related = [d for d in article.dropped if d.reason == "related"]
    labels = {d.line_no for d in related if len(d.text.split()) <= RELATED_LABEL_WORDS}
    teasers = {d.line_no for d in related if d.line_no not in labels}
    if not labels:
        return teasers
    numbers = [no for no, raw in enumerate(normalised_scrape(article.raw).split("\n"), start=1) if raw.strip()]
    return teasers | {after for i, no in enumerate(numbers) if no in labels for after in numbers[i + 1: i + 1 + TEASER_LINES]}


def teaser_list_lines(article: Article) -> set[int]:
    """`teaser_lines`, a comment thread's lines (`comment_thread_lines`) and, for a related list below the article's first line, its teasers' lines: from its
    label down, each dated line at most BELOW_TEASER_LINES lines below the label or the teaser before (a
    headline and its date, or a kicker, the headline and the date), at most TEASER_LIST_LINES lines in all.
    Further down, a dated line is no teaser's: an author box under a list of undated teasers (dates-dev dev
    text half: 'Auch interessant' / five headlines / 'NAME' / the page's own day)."""
    if article.kind != "text":
        return set()
    from storyline.clean.dateline import find_dates
    from storyline.clean.normalise import normalised_scrape

    dropped = {d.line_no for d in article.dropped}
    lines = [(no, raw) for no, raw in enumerate(normalised_scrape(article.raw).split("\n"), start=1) if raw.strip()]
    body_start = next((no for no, _raw in lines if no not in dropped), 0)
    labels = {d.line_no for d in article.dropped if d.reason == "related" and d.line_no > body_start
              and len(d.text.split()) <= RELATED_LABEL_WORDS}
    languages = [article.language or ""]
    out: set[int] = set()
    for i, (no, _text) in enumerate(lines):
        if no not in labels:
            continue
        item: list[int] = []
        for below, text in lines[i + 1: i + 1 + TEASER_LIST_LINES]:
            item.append(below)
            if find_dates(text, languages):
                out.update(item)
                item = []
            elif len(item) >= BELOW_TEASER_LINES:
                break
    return teaser_lines(article) | out | comment_thread_lines(article)


def comment_thread_lines(article: Article) -> set[int]:
    """Numbers of the (non-blank) lines below a comment section's short label ('Kommentare', 'Комментарии':
    rules/boilerplate.toml [comments*], which cleaning drops as "comments") that lies below the article's
    first line: the dated lines there are readers' comments ('Peter M. schrieb am 14.03.2025 um 18:22:'), not
    the page's (branch text38: 13 of 108 invented pages of 29 languages took a comment's day as the page's).
    A line whose day a writer's credit or a publication label dates ('Posted by NAME on DATE', 'Published:')
    is kept: a blog prints its own post's day under its comments (branch text37)."""
    if article.kind != "text":
        return set()
    from storyline.clean.date_markers import after_marker, credited_date
    from storyline.clean.dateline import find_dates
    from storyline.clean.normalise import normalised_scrape

    lines = [(no, raw) for no, raw in enumerate(normalised_scrape(article.raw).split("\n"), start=1) if raw.strip()]
    paragraphs = article.paragraphs()
    lead = " ".join(paragraphs[0].split()) if paragraphs else None
    # below the story's first paragraph (its last copy: a summary box repeats it above the header): a header's
    # 'Comments' button stands over the page's own dateline (dates-dev dev text half: a Korean page's '댓글'
    # above its '입력 :' stamp, its AI summary printed twice)
    body_start = max((no for no, raw in lines if " ".join(raw.split()) == lead), default=None)
    labels = [d.line_no for d in article.dropped if d.reason == "comments" and body_start is not None
              and d.line_no > body_start and len(d.text.split()) <= RELATED_LABEL_WORDS]
    if not labels:
        return set()
    languages = [article.language or ""]
    header_days = yearless_days([text for no, text in lines if no < min(labels) and len(text.split()) <= HEADER_WORDS],
                                 languages)

    def own_day(text: str) -> bool:
        return any(credited_date(text, m.start) or after_marker(text, m.start, "published_markers")
                   or (m.value.month, m.value.day) in header_days for m in find_dates(text, languages))

    return {no for no, text in lines if no > min(labels) and not own_day(text)}


@cache
def _yearless_day(languages: tuple[str, ...]) -> re.Pattern[str]:
    from storyline.clean.dateline import month_names

    month = "|".join(re.escape(n) for n in sorted(month_names(languages), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:(?P<day>\d{{1,2}})\.?\s+(?P<month>{month})|(?P<month2>{month})\.?\s+(?P<day2>\d{{1,2}}))"
                      rf"(?![\w.,]*\s*\d)", re.I)


def yearless_days(lines: list[str], languages: list[str]) -> set[tuple[int, int]]:
    """(month, day) of the dates printed with no year on `lines` ('Patrick Danowski 06 PM | 18 Mai'): a blog
    theme's post header, whose year a reader's comment of that same day below names (dates-dev dev text half:
    1 page dated only so; its comment label would otherwise hide the day)."""
    from storyline.clean.dateline import month_names

    langs = tuple(sorted(set(languages) - {""}))
    names = month_names(langs)
    found = set()
    for line in lines:
        for m in _yearless_day(langs).finditer(line):
            month, day = names.get((m["month"] or m["month2"]).casefold()), int(m["day"] or m["day2"])
            if month and 1 <= day <= 31:
                found.add((month, day))
    return found
