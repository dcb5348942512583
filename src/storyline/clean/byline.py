"""Bylines: who wrote an article, read from the byline line of a page in any of its common forms.

    By Jane Doe and John Roe            Von Eva Kirchner-Rätsch | 31.10.23
    BY NORA GÁMEZ TORRES                Por Juliet Jimenez 5 mayo, 2022
    Jane Doe, CNN                       WASHINGTON (Reuters) - …      (an agency credit)

The introducer words ('By', 'Von', 'Par', …) come from rules/bylines.toml. A name is a run of
capitalised words; whatever follows it on the line (a date, an outlet, a role) is not part of it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from storyline.clean.outlet import registry_outlet
from storyline.rules import word_sequence, words

_NAME_WORD = r"(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*|(?:de|da|del|van|von|der|la|le|di|du|bin|al|ten|ter)(?=\s+[A-ZÀ-Þ]))"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
# A person's full name: two to four capitalised words ('Jane Roe', 'AWR Hawkins', 'Rudy W. Giuliani').
NAME = rf"[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+{_NAME_WORD}){{1,3}}"


# A byline line is short: names, a date, an outlet. Longer lines are prose ("Von der Leyen sagte …").
MAX_BYLINE_WORDS = 16


@dataclass(slots=True, frozen=True)
class Byline:
    """The authors named on a byline line, the outlet it credits (if any), and the line."""

    names: tuple[str, ...]
    outlet: str | None
    line: str

    @property
    def text(self) -> str:
        return ", ".join(self.names)


@cache
def _introducer() -> re.Pattern[str]:
    intro = sorted(word_sequence("bylines", "byline_words"), key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in intro) + r")\s*:?\s+(?P<rest>\S.*)$", re.I)


@cache
def _joiner() -> re.Pattern[str]:
    joiners = "|".join(re.escape(w) for w in word_sequence("bylines", "joiners"))
    return re.compile(rf"\s*(?:,\s*(?:{joiners})?|\s(?:{joiners}))\s+", re.I)


def read_byline(line: str, languages: Iterable[str] = ()) -> Byline | None:
    """The byline on `line` ('By X and Y', 'Von X | date', 'X, CNN', 'March 3, 2023 by X'), or None
    if it is not one."""
    text = " ".join(line.split())
    m = _introducer().match(text) or _introducer().match(_after_date(text, languages))
    if m and m["rest"][:1].isupper():
        names, rest = _names(m["rest"])
        if _is_range(rest):
            return None
        return Byline(names, _credited_outlet(rest), text) if names else None
    return _name_comma_outlet(text)


def _is_range(rest: str) -> bool:
    """'Von München bis Aachen', 'Von Tunis nach Teheran': German 'von' also opens a range ('from …
    to …'), a headline's form, not a byline (rules/bylines.toml [range_words])."""
    first = rest.split(maxsplit=1)[0].casefold() if rest.split() else ""
    return first in words("bylines", "range_words")


# A post's meta line prints its fields apart: 'Do 25.04.24 | 14:07 Uhr | Von Eva Nordmann',
# 'Accueil | Par Jean Dupré | 30 septembre 2018'.
_FIELD_SEPARATOR = re.compile(r"\s+[|·•]\s+")


def read_byline_fields(line: str, languages: Iterable[str] = ()) -> Byline | None:
    """The byline on `line`, else on one of its '|'-separated fields (a post meta line)."""
    found = read_byline(line, languages)
    text = " ".join(line.split())  # a run of blanks before no separator was scanned once per blank
    if found or not _FIELD_SEPARATOR.search(text):
        return found
    fields = _FIELD_SEPARATOR.split(text)
    for field in fields[1:]:
        found = read_byline(field, languages)
        if found:
            return Byline(found.names, found.outlet, line)
    return None


# WordPress's default themes print a post's meta line as 'Posted on DATE by AUTHOR' (Twenty Fifteen
# to Twenty Twenty-One: the posted_on / posted_by template tags), and news CMSs as 'DATE, TIME von
# AUTHOR': the byline introducer then follows the date and its time.
_TIME_AFTER_DATE = re.compile(r"^[\s,;|·•/–—-]*(?:(?:um|at|à|a las|alle)\s+)?(?:\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?)?"
                              r"[\s,;|·•/–—-]*", re.I)


LABEL_BEFORE_DATE_WORDS = 4


def _after_date(text: str, languages: Iterable[str]) -> str:
    """What follows a date (and its time) opening `text`, or '' when no date opens it."""
    from storyline.clean.dateline import find_dates

    stripped = _posted_on().sub("", text)
    found = find_dates(stripped[:40], languages, any_year=True)
    # a section label may come first on a post's meta line ('Stars (1 / 1) 06.11.2023 13:30 von Olga')
    if not found or len(stripped[:found[0].start].split()) > LABEL_BEFORE_DATE_WORDS:
        return ""
    rest = stripped[found[0].end:]
    rest = rest[_TIME_AFTER_DATE.match(rest).end():]  # type: ignore[union-attr]
    # WordPress themes print the published and the updated date side by side ('28. Juli 2019 28. Juli 2019
    # Author …'; the theme's CSS hides one of them, a scrape keeps both)
    again = find_dates(rest[:40], languages, any_year=True)
    if again and again[0].start == 0:
        rest = rest[again[0].end:]
        rest = rest[_TIME_AFTER_DATE.match(rest).end():]  # type: ignore[union-attr]
    return rest


@cache
def _posted_on() -> re.Pattern[str]:
    labels = sorted(word_sequence("bylines", "posted_on"), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in labels) + r")\s+", re.I)


def _names(text: str) -> tuple[tuple[str, ...], str]:
    """The names at the start of `text`, joined by commas or 'and', and what follows them."""
    names: list[str] = []
    pos = 0
    while True:
        m = re.compile(_NAME).match(text, pos)
        if not m or m.group(0).casefold() in words("bylines", "not_names"):
            break
        name = m.group(0)
        if text[m.end():m.end() + 1] == ":" and " " in name:  # 'Ana Ruiz Lesezeit: 4 Min.': a label follows
            name = name.rsplit(" ", 1)[0]
        names.append(_display(name.rstrip(".")))
        j = _joiner().match(text, m.end())
        if not j or registry_outlet(text[j.end():].split(",")[0].strip()):
            pos = m.end()
            break
        pos = j.end()
    return tuple(n for n in names if _plausible_name(n)), text[pos:].strip(" ,|/-–—:")


def _plausible_name(name: str) -> bool:
    """Not a placeholder, and not a label itself ('Auteur :' above 'Auteur(s) :')."""
    folded = name.casefold()
    return len(name) >= 2 and folded not in words("bylines", "not_names") and folded not in words("bylines", "role_labels")


def _credited_outlet(rest: str) -> str | None:
    """'…, CNN' or '| Reuters' after the names: the outlet the byline credits (credited_outlet)."""
    first = re.split(r"\s*[,|/]\s*|\s+[-–—]\s+", rest)[0].strip() if rest else ""
    return credited_outlet(first)


# An outlet's name on a credit line: a few capitalised words ending in a newspaper's, agency's or
# broadcaster's head word ('Tri-County Herald', 'The Harbour Ledger'; rules/citations.toml
# [outlet_heads]), less a role after it ('… Staff Writers', rules/bylines.toml [credit_roles]).
CREDIT_NAME_WORDS = 5


def credited_outlet(text: str) -> str | None:
    """The outlet a byline's credit names: one the registry knows, else a name shaped as an outlet's."""
    known = registry_outlet(text)
    if known:
        return known.name
    name = " ".join(text.split())
    roles = sorted(words("bylines", "credit_roles"), key=len, reverse=True)
    for role in roles:
        if name.casefold().endswith(" " + role):
            name = name[: -len(role) - 1].rstrip()
            break
    known = registry_outlet(name)
    if known:
        return known.name
    parts = name.split()
    heads = words("citations", "outlet_heads")
    shaped = 2 <= len(parts) <= CREDIT_NAME_WORDS and all(p[:1].isupper() for p in parts) \
        and (parts[-1] in heads or " ".join(parts[-2:]) in heads)
    return name if shaped else None


def _name_comma_outlet(text: str) -> Byline | None:
    """'Jane Doe, CNN' (a name, then an outlet: credited_outlet): the form broadcasters' sites print."""
    m = re.fullmatch(rf"(?P<name>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)\s*[,/|]\s*(?P<outlet>[^,/|]{{2,40}})", text)
    if not m:
        return None
    outlet = credited_outlet(m["outlet"])
    if outlet is None:
        return None
    names = tuple(_display(n.strip()) for n in re.split(r"\s+(?:and|&)\s+", m["name"]))
    return Byline(names, outlet, text)


def agency_credit(paragraph: str) -> str | None:
    """The agency or paper a wire dateline opening a paragraph credits ('WASHINGTON (Reuters) -',
    'HARBOR CITY, June 3, 2024 (Tri-County Herald) -'): one the registry knows or shaped as an outlet's
    name (credited_outlet)."""
    from storyline.clean.wire_dateline import opening_dateline

    found = opening_dateline(paragraph.strip())
    return credited_outlet(found.credit) if found and found.credit else None


def labelled_byline(line: str) -> Byline | None:
    """The names after an author label and its colon ('Autoren: Ana Ruiz, Tom Lee'); the label is
    the caller's to check (clean.page_head.credited_lines)."""
    from storyline.clean.page_head import KOREAN_REPORTER, cjk_credit

    cjk = cjk_credit(line) or tuple(m["name"] for m in KOREAN_REPORTER.finditer(line))
    if cjk:
        return Byline(cjk, None, line)
    if ":" not in line:
        return read_byline(line)
    _label, _colon, value = " ".join(line.split()).partition(":")
    names, _rest = _names(value.strip())
    # one capitalised word after a full name is a role as German capitalises it ('Ana Ruiz, Projektleiterin')
    names = names[:1] + tuple(n for n in names[1:] if len(n.split()) > 1)
    return Byline(names, None, line) if names else None


def first_byline(lines: Iterable[str], languages: Iterable[str] = ()) -> Byline | None:
    """The first byline among `lines`; a label printed alone on the line above its names
    ('Autor' / 'Nikolai Huke,') reads as one line with them."""
    previous = ""
    langs = tuple(languages)
    lines = list(lines)
    for line in lines:
        joined = f"{previous.strip().rstrip(':')} {line}" if _is_label(previous) else line
        if _word_count(joined) <= MAX_BYLINE_WORDS and (found := read_byline_fields(joined, langs)):
            return _with_credit_below(found, line, lines)
        previous = line
    return None


def _with_credit_below(found: Byline, line: str, lines: list[str]) -> Byline:
    """A byline whose outlet is printed on the line below it, wherever `lines` hold that line in page
    order ('By MARIA LENZ and TOM REYES' / 'Tri-County Herald Staff Writers'; the AP's 'Associated
    Press Writer' credit line)."""
    if found.outlet:
        return found
    below = (lines[j + 1].strip() for j in range(len(lines) - 1) if lines[j] == line)
    outlet = next((o for text in below if len(text.split()) <= CREDIT_NAME_WORDS + 2
                   and (o := credited_outlet(text))), None)
    return Byline(found.names, outlet, found.line) if outlet else found


def _word_count(line: str) -> int:
    """Words without digits: a byline's dates and times ('June 12, 2020 9:49 am') are part of it, as a
    dateline's are (clean.dateline counts its words the same way)."""
    return sum(1 for w in line.split() if not any(c.isdigit() for c in w))


def _is_label(line: str) -> bool:
    return line.strip().rstrip(":").strip().casefold() in words("bylines", "byline_words")


def _display(text: str) -> str:
    """'NORA GÁMEZ TORRES' -> 'Nora Gámez Torres' (an all-capitals byline); mixed case stays."""
    letters = [c for c in text if c.isalpha()]
    return text.title() if letters and all(c.isupper() for c in letters) else text


# A byline printed as the bare name(s) next to the dateline ("Ryan Devereaux" / "April 28 2023"):
# two to four capitalised words, no digits, nothing else on the line.
_ONE_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
_BARE_NAMES = re.compile(rf"^(?P<names>{_ONE_NAME}(?:\s*(?:,|and|und|&)\s*{_ONE_NAME})*)$")


# A paragraph of fewer words is the author's contact or signature line ('Ryan Devereaux  email  @handle'),
# a caption or a credit, which prints the author's name without using it in the story's text.
SENTENCE_WORDS = 8


def name_beside(lines: list[str], index: int, body: str = "") -> Byline | None:
    """Bare author names on a line right above or below the dateline at `index`, if there are any.
    A line whose words the article's own text uses ('Letzte Kommentare', 'News Reporter') is a
    label, not an author: an author's name is printed above the article, rarely inside it."""
    used = {w.casefold() for paragraph in body.split("\n") if len(paragraph.split()) >= SENTENCE_WORDS
            for w in re.findall(r"\w+", paragraph)}
    for j in (index - 1, index + 1, index - 2):
        if 0 <= j < len(lines):
            line = " ".join(lines[j].split())
            m = _BARE_NAMES.match(line)
            tokens = [w.casefold() for w in re.findall(r"\w+", line)]
            if m and not registry_outlet(line) and not any(t in words("bylines", "not_names") or t in used
                                                             for t in tokens):
                names = tuple(n for n in re.split(r"\s*(?:,|\band\b|\bund\b|&)\s*", _display(line)) if n)
                return Byline(names, None, line)
    return None
