"""The writer on a blog's post-meta row, as a plain-text scrape prints it on one line.

A WordPress theme's entry meta (the default themes' `posted_on` / `posted_by`, then `cat-links`, `tags-links`
and `comments-link`) reads, once the page is text, as the post's date (its published and its updated <time>
element both: the same day twice), the author's display name, the category and tag lists joined by ', '
(`get_the_category_list(', ')`), and the comment count ('26 Mai, 2008 | NAME | Kommentare 34',
'1. Februar 2022 NAME Kaufratgeber, Katzen, … 0'). The display name is one word when it is the account's
login, WordPress's default display_name ('Steffi', 'ThE_PaiN'), a shape the two-word bare-name readers pass
over. dates-dev dev text: 5 sites print their writer only on such a row (MISSES.md, branch byline40).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from storyline.clean.bare_byline import not_names, page_furniture, words_used
from storyline.clean.byline import Byline
from storyline.rules import word_sequence

# the row's fields apart by a bar or a dot ('26 Mai, 2008 | NAME | Kommentare 34')
_FIELD = re.compile(r"\s+[|·•]\s+|\s+[|·•]$|^[|·•]\s+")
# the post's time after its date ('18.10.2019, 15:07 Uhr', 'at 6:52 PM')
_TIME = re.compile(r"^[\s,;]*(?:(?:um|at|à|a las|alle)\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?",
                   re.I)
# a name's word: capitalised ('Lena', 'Vogt-Ruiz')
_NAME_WORD = re.compile(r"[A-ZÀ-ÞĀ-ŽΑ-ΩЀ-Я][\w'’-]+")
# a one-word display name: a capitalised word with a small letter ('Miri', 'DarkRider') or a login's
# underscores ('ThE_PaiN'); not a capitalised run ('FAQ', an acronym) nor a small-letter word ('allgemein', a
# category's slug, as often as a login)
_DISPLAY_NAME = re.compile(r"(?=[\w-]*[a-zà-ÿ])[A-ZÀ-ÞĀ-ŽΑ-ΩЀ-Я][\w-]{2,29}|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")
NAME_WORDS = 3  # a writer's name on the row: given name, (middle,) surname
LIST_COMMAS = 2  # a category or tag list: three items or more ('Bahn, Fahrplan, Pendler')


def name_in_meta_row(line: str, body: str, languages: Iterable[str] = (), page: Iterable[str] = ()) -> Byline | None:
    """The writer a post-meta row names right after its date: a display name or a person's name, ended by the
    row's next field, its category / tag list, its comment count or the line's end. A word the story uses, a
    word the `page` prints alone on a line (a menu's, 'Politik'), a count's or a date's label is none."""
    from storyline.clean.dateline import find_dates

    text = " ".join(line.split())
    found = find_dates(text, tuple(lang for lang in languages if lang), any_year=True)
    # the published and the updated <time> print the same day twice; two days are two things' dates. (A row
    # apart by bars is a menu's shape to title_lines.is_menu; its date makes it the post's meta.)
    if not found or len({mention.value for mention in found}) != 1:
        return None
    after = _TIME.sub("", text[found[-1].end:], count=1)
    fields = [f for f in _FIELD.split(after.strip(" ,;")) if f.strip()]
    name = _leading_name(fields[0].strip(), last_field=len(fields) == 1) if fields else None
    if not name or not _credible(name, body, page):
        return None
    return Byline((name,), None, line)


def _leading_name(field: str, last_field: bool) -> str | None:
    """The name that opens a row's field, if the field's next words are a list or a count or nothing."""
    tokens = field.split()
    run: list[str] = []
    for token in tokens:
        word = token.rstrip(",")
        if not _NAME_WORD.fullmatch(word) and not _DISPLAY_NAME.fullmatch(word):
            break
        run.append(word)
        if token.endswith(","):
            # the list's first item closes the run: 'Lena Vogt Bahn, Fahrplan, Pendler'
            return _before_list(run, field)
        if len(run) > NAME_WORDS:
            return None
    rest = tokens[len(run):]
    # a name alone after the date is name_on_dateline's to read; the row's shape needs a field after it
    if not run or not (_opens_count(rest) if rest else not last_field):
        return None
    return _one_name(run)


def _before_list(run: list[str], field: str) -> str | None:
    """The words before a category or tag list's first item, if the field holds such a list (three items or
    more, not a list of names: 'Lena Vogt, Tom Berg, Ana Lutz' are three writers)."""
    items = [item.strip() for item in field.split(",")][1:]
    if field.count(",") < LIST_COMMAS or all(len(item.split()) > 1 and _NAME_WORD.match(item) for item in items):
        return None
    return _one_name(run[:-1])


def _opens_count(rest: list[str]) -> bool:
    """Whether the words after the name open a comment or view count ('3 Kommentare', 'Kommentare 34', '0')."""
    head = rest[0].strip(".:").casefold()
    return head.isdigit() or head in _count_words()


def _one_name(run: list[str]) -> str | None:
    if not run or len(run) > NAME_WORDS:
        return None
    if len(run) == 1 and not _DISPLAY_NAME.fullmatch(run[0]):
        return None
    if len(run) > 1 and not all(_NAME_WORD.fullmatch(word) for word in run):
        return None
    return " ".join(run)


def _credible(name: str, body: str, page: Iterable[str]) -> bool:
    """No word of the story, no menu item, no label: a writer's name is printed above the article, not in it."""
    tokens = [w.casefold() for w in re.findall(r"\w+", name)]
    alone = {text.strip().casefold() for text in page if len(text.split()) == 1}
    used = words_used(body, name)
    return not any(t in used or t in alone or t in not_names() or t in _label_words() for t in tokens) \
        and not page_furniture(name)


@cache
def _count_words() -> frozenset[str]:
    from storyline.rules import words

    return words("bylines", "count_labels")


@cache
def _label_words() -> frozenset[str]:
    """The words of a date's labels ('Updated', 'Aktualisiert', 'Veröffentlicht'): rules/datelines.toml."""
    labels = word_sequence("datelines", "published_markers") + word_sequence("datelines", "updated_markers")
    return frozenset(w.casefold() for label in labels for w in re.findall(r"\w+", label))
