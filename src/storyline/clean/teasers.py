"""The teasers of a plain-text scrape's related lists ('Read also' / a headline / its date): their dates are
other stories', not the page's. Apart from clean.pubdate, which had reached 600 lines (branch text37)."""
from __future__ import annotations

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
    """`teaser_lines` and, for a related list below the article's first line, its teasers' lines: from its
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
    return teaser_lines(article) | out
