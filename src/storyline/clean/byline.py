"""Bylines: who wrote an article, read from the byline line of a page in any of its common forms.

    By Jane Doe and John Roe            Von Eva Kirchner-Rätsch | 31.10.23
    BY NORA GÁMEZ TORRES                Por Juliet Jimenez 5 mayo, 2022
    Jane Doe, CNN                       WASHINGTON (Reuters) - …      (an agency credit)

The introducer words ('By', 'Von', 'Par', …) come from rules/bylines.toml. A name is a run of
capitalised words; whatever follows it on the line (a date, an outlet, a role) is not part of it.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from storyline.clean.byline_guards import calendar_word, colon_headline, initials_credit, possessor, source_credit
from storyline.clean.credited_outlet import CREDIT_NAME_WORDS, credited_outlet, name_before_outlet
from storyline.clean.outlet import domain_of, registry_outlet
from storyline.clean.relative_stamps import is_relative_stamp
from storyline.rules import word_sequence, words

# A surname's particles, lower case before a capitalised word: Spanish and Portuguese two-word ones
# ('Pérez de la Fuente', 'de los Ríos', 'dos Santos', 'do Carmo'), Dutch and German ('van der Berg', 'von der
# Leyen') count as one word of the name; a name may open with a Greek or Cyrillic capital (probe8), or an
# Armenian one (html33).
_NAME_WORD = (r"(?:[A-ZÀ-ÞĀ-ŽΆ-ΏΑ-ΩЀ-ЯԱ-Ֆ][\w'’.-]*|(?:de la|de las|de los|van der|van den|von der|de|da|dos|do|del|van|von|der|la|le|di|du"
              r"|bin|al|ten|ter)(?=\s+[A-ZÀ-ÞΆ-ΏΑ-ΩЀ-Я]))")
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
# A person's full name: two to four capitalised words ('Jane Roe', 'AWR Hawkins', 'Rudy W. Giuliani').
NAME = rf"[A-ZÀ-ÞĀ-ŽΆ-ΏΑ-ΩЀ-ЯԱ-Ֆ][\w'’.-]*(?:\s+{_NAME_WORD}){{1,3}}"


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
    # a colon or a spaced dash after it ('كتب - NAME', 'كتب ـ NAME': the Egyptian press's credit line; branch htmlmeta4)
    return re.compile(r"^\s*(?P<intro>" + "|".join(re.escape(w) for w in intro) + r")(?:\s*:|\s+[-–—ـ])?\s+(?P<rest>\S.*)$", re.I)


@cache
def _joiner() -> re.Pattern[str]:
    joiners = "|".join(re.escape(w) for w in word_sequence("bylines", "joiners"))
    return re.compile(rf"\s*(?:,\s*(?:{joiners})?|\s(?:{joiners}))\s+", re.I)


def read_byline(line: str, languages: Iterable[str] = ()) -> Byline | None:
    """The byline on `line` ('By X and Y', 'Von X | date', 'X, CNN', 'March 3, 2023 by X'), or None
    if it is not one."""
    from storyline.clean.byline_guards import before_bio

    text = before_bio(" ".join(line.split()))
    sourced = source_credit(text)
    if sourced:
        return sourced
    m = _introducer().match(text) or _introducer().match(_after_date(text, languages))
    if m and (lead := _role_before_name().match(m["rest"])):
        m = _introducer().match(f"{m['intro']} {m['rest'][lead.end():]}")
    if m and m["rest"][:1].isupper():
        names, rest = _names(m["rest"])
        from storyline.clean.co_authors import less_filed_places  # co_authors reads this module's name patterns

        names = tuple(n for n in less_filed_places(names, languages) if not calendar_word(n, languages))
        # lower(), not casefold(): case folding turns the final sigma of 'Της' into 'σ'
        if _is_range(rest) or colon_headline(rest) or possessor(names, rest) or (m["intro"].lower() in words("bylines", "article_introducers")
                                                        and any(len(n.split()) < 2 for n in names)):
            return None
        credit = initials_credit(names)
        names = names[:-1] if credit else names
        return Byline(_staff_credit(names, m["rest"]), _credited_outlet(rest) or credit, text) if names else None
    caseless = _caseless_name(m["rest"]) if m else None
    if caseless:
        return Byline((caseless,), None, text)
    handle = _user_handle(m["rest"], languages) if m else None
    if handle:
        return Byline((handle,), None, text)
    from storyline.clean.email_byline import email_byline
    from storyline.clean.filed_byline import filed_byline

    return _name_comma_outlet(text) or email_byline(text) or filed_byline(text)


# A name in a script without capitals (Arabic, Hebrew, Persian, Devanagari, Thai) after an introducer
# ('بقلم: سارة الحسن', 'מאת דנה לוי'): the name pattern reads capitals, which these scripts do not
# have, so a name there is two to four words of letters that are neither upper nor lower case, up to a
# separator, a digit or the line's end. A word goes on through its combining marks: the vowel signs of
# Devanagari and Thai ('राहुल', 'ใจดี') and Arabic's and Hebrew's points are no letters to `\w` (Unicode
# category M), so without them a Hindi or Thai name stopped at its first vowel sign.
_SCRIPT_MARKS = r"\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_CASELESS_WORD = rf"[^\W\d_]*[^\W\d_a-zA-Z\u00c0-\u024f\u0370-\u052f](?:(?!\d)[^\W_]|(?!\d)[{_SCRIPT_MARKS}])*"
_CASELESS_NAME = re.compile(rf"(?P<name>{_CASELESS_WORD}(?:\s+{_CASELESS_WORD}){{1,3}})\s*(?:$|[|,،·•/–—-]|\d)")


@cache
def _role_before_name() -> re.Pattern[str]:
    """'North America correspondent ' in 'By North America correspondent Tom Gillard': up to three
    desk words, a lower-case role (rules/bylines.toml [roles_before_name]), then a capitalised name."""
    roles = "|".join(re.escape(w) for w in sorted(word_sequence("bylines", "roles_before_name"), key=len, reverse=True))
    return re.compile(rf"^(?:[\w'’.-]+\s+){{0,3}}?(?:{roles})\s+(?=[A-Z][\w'’.-]*\s+[A-Z])")


def _caseless_name(rest: str) -> str | None:
    m = _CASELESS_NAME.match(rest.strip())
    # not CJK or Hangul: their names are written without spaces and read by their own labels (page_head)
    # Georgian's Mkhedruli letters are lower case to Unicode (their capitals, Mtavruli, are for titles only)
    # but the script writes names without capitals: 'ავტორი: ნინო ბერიძე' (branch html33)
    if not m or any(((c.isupper() or c.islower()) and not "\u10d0" <= c <= "\u10ff") or "\u3040" <= c <= "\u9fff"
                    or "\uac00" <= c <= "\ud7a3" for c in m["name"]):
        return None
    return m["name"]


# A CMS user name printed in lower case after the introducer ('By oradmin', 'Gespeichert von rasos am
# 24. Juli 2017', 'von flerche'): one token of letters, digits, '_', '.', '-' that ends the line or
# stands before the post's date ('am'/'on'/'le'/'el'/'il' and the date, as WordPress's and Drupal's
# 'Submitted by USER on DATE' print it). A lower-case word before other words is prose ('von oben her').
_HANDLE = re.compile(r"(?P<handle>[a-z][\w.-]{2,29})(?=\s|$)(?P<rest>.*)$")
_DATE_LEAD = re.compile(r"^[\s,|·•-]*(?:(?:am|on|le|el|il|op|at)\s+)?", re.I)


def _user_handle(rest: str, languages: Iterable[str]) -> str | None:
    from storyline.clean.dateline import find_dates

    m = _HANDLE.match(rest)
    if not m or m["handle"].casefold() in words("bylines", "not_names") | words("bylines", "role_labels"):
        return None
    after = m["rest"][_DATE_LEAD.match(m["rest"]).end():]  # type: ignore[union-attr]
    if after.strip() and not any(f.start == 0 for f in find_dates(after[:40], languages, any_year=True)):
        return None
    return m["handle"].rstrip(".-")


def _staff_credit(names: tuple[str, ...], rest: str) -> tuple[str, ...]:
    """'By Politics.co.uk staff': a newsroom's credit keeps its role as printed (the newsroom is the
    author, 'staff' says so); a person's names are left as they are."""
    if len(names) != 1 or not (registry_outlet(names[0]) or domain_of(names[0])):
        return names
    m = re.match(rf"{re.escape(names[0])}\s+(?P<role>[a-z][a-z ]*)$", rest.strip())
    roles = words("bylines", "credit_roles")
    return (f"{names[0]} {m['role']}",) if m and m["role"].strip() in roles else names


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
    # a run of blanks before no separator was scanned once per blank; a meta line may end on its separator
    # ('NAME · OUTLET ·' above its date line, CBC's byline)
    text = " ".join(line.split()).rstrip(" |·•")
    if not found and text != line.strip():
        found = read_byline(text, languages)
        found = Byline(found.names, found.outlet, line) if found else None
    if found or not _FIELD_SEPARATOR.search(text):
        return found
    fields = _FIELD_SEPARATOR.split(text)
    for field in fields[1:]:
        found = read_byline(field, languages)
        if found:
            return Byline(found.names, found.outlet, line)
    return _beside_relative_stamp(fields, line, tuple(languages))


def _beside_relative_stamp(fields: list[str], line: str, languages: tuple[str, ...] = ()) -> Byline | None:
    """'3 days ago | Hamish Tulloch': a post meta line's relative time (rules/bylines.toml
    [relative_stamps]) and one other field, a bare name opened by a listed given name (a relative
    time dates nothing, so no dateline reader sees the name beside it); or its date, perhaps labelled
    ('Hamish Tulloch | Published 10:42 AM EST Mar 5, 2024': an HTML page's dateline lines are not read
    for bare names, its post meta line's fields are)."""
    kept = [f for f in fields if not is_relative_stamp(f) and not _date_field(f, languages)]
    if len(kept) == len(fields):
        return None
    if len(kept) == 2:
        # 'NAME · OUTLET · Posted: DATE' (CBC's meta line): the name and its newsroom without the date
        paired = read_byline(" · ".join(kept), languages)
        return Byline(paired.names, paired.outlet, line) if paired and paired.outlet else None
    if len(kept) != 1:
        return None
    bare, _separator = _bare_names()
    name = kept[0]
    return Byline((name,), None, line) if bare.match(name) and given_first(name) else None


LABEL_WORDS = 2  # 'Published', 'Last updated' beside a field's date



def _date_field(field: str, languages: tuple[str, ...]) -> bool:
    """A meta line's field holding a date and little else: its time, zone and a label of a word or two."""
    from storyline.clean.dateline import find_dates

    found = find_dates(field, languages, any_year=True)
    if len(found) != 1:
        return False
    rest = _after_zone(field[found[0].end:]) if found[0].end < len(field) else ""
    clock = {"am", "pm", "a.m.", "p.m.", "uhr", "h"} | {z.casefold() for z in word_sequence("bylines", "clock_zones")}
    label = [w for w in field[:found[0].start].split() if not any(c.isdigit() for c in w) and w.casefold().strip(",") not in clock]
    return not rest.strip() and len(label) <= LABEL_WORDS


# WordPress's default themes print a post's meta line as 'Posted on DATE by AUTHOR' (Twenty Fifteen
# to Twenty Twenty-One: the posted_on / posted_by template tags), and news CMSs as 'DATE, TIME von
# AUTHOR': the byline introducer then follows the date and its time.
_TIME_AFTER_DATE = re.compile(r"^[\s,;|·•/–—-]*(?:(?:um|at|à|a las|alle)\s+)?(?:\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?)?"
                              r"[\s,;|·•/–—-]*", re.I)


LABEL_BEFORE_DATE_WORDS = 4
# A numeric day opening a post's meta line in either order ('12/04/2020', '2020-04-12', '04.12.20'):
# the date reader leaves an ambiguous one unread without the page's order.
_NUMERIC_DATE = re.compile(r"^\s*(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\d./-])")


def _after_date(text: str, languages: Iterable[str]) -> str:
    """What follows a date (and its time) opening `text`, or '' when no date opens it."""
    from storyline.clean.dateline import find_dates

    stripped = _posted_on().sub("", text)
    numeric = _NUMERIC_DATE.match(stripped)
    if numeric:  # '12/04/2020 by Kay': which order it is in does not matter for what follows it
        return _after_zone(stripped[numeric.end():])
    found = find_dates(stripped[:40], languages, any_year=True)
    # a section label may come first on a post's meta line ('Stars (1 / 1) 06.11.2023 13:30 von Olga')
    if not found or len(stripped[:found[0].start].split()) > LABEL_BEFORE_DATE_WORDS:
        return ""
    rest = _after_zone(stripped[found[0].end:])
    # WordPress themes print the published and the updated date side by side ('28. Juli 2019 28. Juli 2019
    # Author …'; the theme's CSS hides one of them, a scrape keeps both)
    again = find_dates(rest[:40], languages, any_year=True)
    if again and again[0].start == 0:
        rest = rest[again[0].end:]
        rest = rest[_TIME_AFTER_DATE.match(rest).end():]  # type: ignore[union-attr]
    return rest


def _after_zone(rest: str) -> str:
    """`rest` less the time opening it and the time zone after that ('7:45 am PST by …' -> 'by …')."""
    rest = rest[_TIME_AFTER_DATE.match(rest).end():]  # type: ignore[union-attr]
    zone = re.match(r"([^\s,;|]+)[\s,;|·•/–—-]*", rest)
    return rest[zone.end():] if zone and zone.group(1) in word_sequence("bylines", "clock_zones") else rest


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
        name = _before_credit_for(_before_capital_joiner(m.group(0)))
        name = name_before_outlet(name)
        end = m.start() + len(name)
        if text[end:end + 1] == ":" and " " in name:  # 'Ana Ruiz Lesezeit: 4 Min.': a label follows
            name = name.rsplit(" ", 1)[0]
        name = _less_contact_links(_less_date_lead(name, text[end:]))
        name = _less_picture_label(name, text[m.start() + len(name):])
        name = _less_special_credit(name, text[m.start() + len(name):])
        names.append(_display(name.rstrip(".")))
        from storyline.clean.co_authors import filed_place_end

        end = filed_place_end(text, end)
        j = _joiner().match(text, end)
        if not j or _credit_follows(text[j.end():].split(",")[0].strip()):
            pos = end
            break
        pos = j.end()
    return tuple(n for n in names if _plausible_name(n)), text[pos:].strip(" ,|/-–—:")


def _less_contact_links(name: str) -> str:
    """'Jane Doe Email Twitter' -> 'Jane Doe': the contact and social links a byline prints after the
    name (rules/bylines.toml [contact_links]), when two name words stay."""
    tokens = name.split()
    while len(tokens) > 2 and tokens[-1].casefold() in words("bylines", "contact_links"):
        tokens = tokens[:-1]
    return " ".join(tokens) if len(tokens) < len(name.split()) else name


def _less_picture_label(name: str, after: str) -> str:
    """'Ana Ruiz Photos' before 'by Tom Lee': the photographer's credit label is no part of the name."""
    from storyline.clean.author_check import before_picture_credit

    cut = before_picture_credit(f"{name} {after.strip()}")
    return cut if len(cut) < len(name) else name


def _less_special_credit(name: str, after: str) -> str:
    """'Ana Ruiz Special' before 'to the Gazette': a contributor's credit printed without its comma
    (rules/bylines.toml [special_credits]) is no part of the name, when two name words stay."""
    head, _, last = name.rpartition(" ")
    if len(head.split()) < 2:
        return name
    return head if _special_credit(f"{last} {after.strip()}") else name


def _before_capital_joiner(name: str) -> str:
    """'HOLLIS VANTERPOOL AND NADIA KOSTELECKY' -> 'HOLLIS VANTERPOOL': a byline set in capitals sets
    its joiner in capitals too ('BY JANE ROE AND JOHN DOE', 'POR ANA RUIZ Y JUAN PÉREZ'), and a
    capitalised word is a name word to the name pattern. Only before a listed given name (a person
    follows: 'U.S. CUSTOMS AND BORDER PROTECTION', an agency credited in capitals on a dates-dev dev
    page, stays whole), and a one-letter joiner ('Y', 'E', 'I') only between two names of two words
    or more (else it is an initial: 'JOHN E SMITH')."""
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name
    parts = list(re.finditer(r"\S+", name))
    joiners = words("bylines", "joiners")
    for i in range(1, len(parts) - 1):
        short = len(parts[i][0]) == 1 and (i < 2 or len(parts) - i - 1 < 2)
        if parts[i][0].casefold() in joiners and not short and given_first(parts[i + 1][0]):
            return name[:parts[i - 1].end()]
    return name


def _before_credit_for(name: str) -> str:
    """'HENRIETTA BOYLE FOR MAILONLINE', 'Jane Roe For Dailymail.Com' -> the name before 'for': the
    credit of a reporter writing for another title (the Daily Mail's bylines set it in capitals, and a
    title-cased byline capitalises 'For'); 'for' is no word of a name."""
    m = re.search(r"\s(?:For|FOR)(?=\s)", name)
    return name[:m.start()] if m and m.start() > 0 else name


def _credit_follows(segment: str) -> bool:
    """After a comma, the byline's credit rather than another name: an outlet ('By Ana Ruiz and Tom
    Lee, Tri-County Herald': credited_outlet) or a role ('By Ana Ruiz, Staff Writer'; _is_role), or a
    part opened by a lower-case particle: Portuguese and Spanish bylines credit the reporter's desk or
    paper so ('Por Ana Souza, da Redação', 'Por João Lima, do G1', 'Por Ana Ruiz, de la Redacción':
    'of the newsroom'), where a co-author's name opens with a capital (branch htmlmeta2)."""
    if name_before_outlet(segment) != segment:
        return False  # 'DEVIN ROSS Associated Press': a second name, then the agency
    if segment.strip().casefold() in words("bylines", "post_nominals"):
        return True  # a degree or licence after the name ('Jane Roe, P.E.'): no co-author
    return segment[:1].islower() or _is_role(segment) or _special_credit(segment) or credited_outlet(segment) is not None


def _less_date_lead(name: str, after: str) -> str:
    """'Ana Ruiz On' before '11/13/19': the word leading the post's date is no part of the name
    (rules/bylines.toml [date_leads]); nor is the month opening the date ('Ana Ruiz November' before
    '20, 2019')."""
    from storyline.clean.dateline import find_dates

    head, _, last = name.rpartition(" ")
    if " " not in head:
        return name
    if last.casefold() in words("bylines", "date_leads"):
        found = find_dates(after[:40], any_year=True)
        return head if (found and not after[:found[0].start].strip()) or _dated_after_time(after) else name
    if last.casefold() in _date_labels():
        # 'Por NAME Publicado em 14/03/2024', 'Von NAME Aktualisiert am …': a post meta line's date
        # label, its preposition between, as a scrape joins the byline and date spans (probe8)
        found = find_dates(after[:40], any_year=True)
        return head if (found and len(after[:found[0].start].split()) <= 1) or _dated_after_time(after) else name
    found = find_dates((last + after)[:40], any_year=True)
    return head if found and found[0].start == 0 else name


def _dated_after_time(after: str) -> bool:
    """A date after a time and its zone, perhaps its weekday first ('3:45 PM EDT, Mon June 3, 2024' after
    'By NAME Updated', as US news sites print a revision's stamp; branch htmlmeta2)."""
    from storyline.clean.dateline import find_dates

    rest = _after_zone(after.lstrip())
    if rest == after.lstrip():
        return False  # no time opened it: the checks above had their say
    found = find_dates(rest[:40], any_year=True)
    return bool(found) and len(rest[:found[0].start].split()) <= 1


@cache
def _date_labels() -> frozenset[str]:
    """The one-word published and updated labels (rules/datelines.toml [published_markers],
    [updated_markers]), case-folded."""
    return frozenset(w.casefold() for table in ("published_markers", "updated_markers")
                     for w in words("datelines", table) if " " not in w)


def _plausible_name(name: str) -> bool:
    """Not a placeholder, not a label itself ('Auteur :' above 'Auteur(s) :'), not the next field's ('Datum:')."""
    folded = name.casefold()
    return len(name) >= 2 and folded not in words("bylines", "not_names") | words("bylines", "role_labels") | _date_labels()


_EMAIL_FIELD = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _credited_outlet(rest: str) -> str | None:
    """'…, CNN' or '| Reuters' after the names: the outlet the byline credits (credited_outlet)."""
    # a wire credit's next part follows a semicolon ('for Ledger Daily; Editing by Tom Hale'); the reporter's
    # address may stand between the name and the paper ('By NAME | name@paper.com | The Paper': US chain papers)
    parts = re.split(r"\s*[,|/;]\s*|\s+[-–—]\s+", rest) if rest else [""]
    parts = [p.strip() for p in parts if p.strip() and not _EMAIL_FIELD.fullmatch(p.strip())]
    # a role between the name and the paper ('By NAME – Reporter, OUTLET': ACBJ weeklies' form; branch probe30)
    while len(parts) > 1 and _is_role(parts[0]):
        parts = parts[1:]
    first = parts[0] if parts else ""
    first = re.sub(r"^for\s+", "", first, flags=re.I)  # 'FOR MAILONLINE': the title written for
    return credited_outlet(first)


def _name_comma_outlet(text: str) -> Byline | None:
    """'Jane Doe, CNN' (a name, then an outlet: credited_outlet): the form broadcasters' sites print.
    'Jane Doe / AP' and 'Jane Doe · CBC News' (a spaced middle dot, as news sites' author lines set it)
    are too; 'Jane Doe/Reuters', the slash glued, is a picture's credit (photographer/agency, as
    agencies credit photos: 'Foto: Kay Nietfeld/dpa'), not a byline. A full name and the reporter's
    role ('Jane Doe | Reporter', 'Jane Doe, Senior Correspondent': _is_role) or a contributor's credit
    ('Jane Doe, Special to the Herald': _special_credit) is one as well."""
    m = re.fullmatch(rf"(?P<name>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)(?:\s*[,|]|\s+[/·•])\s*(?P<outlet>[^,/|·•]{{2,40}}(?:/[^,/|·•]{{2,30}})?)", text)
    if not m:
        return _name_slash_role(text)
    names = tuple(_display(n.strip()) for n in re.split(r"\s+(?:and|&)\s+", m["name"]))
    if any(_call_sign(n) for n in names):
        return None
    outlet = credited_outlet(m["outlet"])
    credit = _is_role(m["outlet"]) or _special_credit(m["outlet"])
    if outlet is None and not (credit and all(len(n.split()) >= 2 for n in names)):
        return None
    return Byline(names, outlet, text)


def _name_slash_role(text: str) -> Byline | None:
    """'Jovan Rowe/Senior Staff Reporter', 'Ann Lee and Ben Kerr/Staff Reporters': a glued slash before a
    reporter's role is the byline Caribbean dailies print (the Gleaner's 'NAME/Senior Staff Reporter'
    house style); a role is no agency, so this is no picture credit ('Kay Nietfeld/dpa'). Full names only."""
    m = re.fullmatch(rf"(?P<name>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)/(?P<role>[^,/|·•]{{2,40}})", text)
    if not m or not _is_role(m["role"]):
        return None
    names = tuple(_display(n.strip()) for n in re.split(r"\s+(?:and|&)\s+", m["name"]))
    return Byline(names, None, text) if all(len(n.split()) >= 2 for n in names) else None


def _call_sign(name: str) -> bool:
    """'WCRV' in 'WCRV | Central Ohio Public Radio': a broadcaster's call sign (four capitals opened by K
    or W, FCC 47 CFR 73.3550; extract.outlet_names.station_key) is the station's logo line beside its
    slogan, no reporter's name (branch probe20)."""
    from storyline.extract.outlet_names import station_key

    key = name.casefold()
    return name.isupper() and " " not in name and station_key(key) == key


def _special_credit(text: str) -> bool:
    """'Special to the Herald', 'Especial para El Tiempo': a contributor's credit, the paper's name after
    the credit words (rules/bylines.toml [special_credits])."""
    credits = "|".join(re.escape(w) for w in sorted(word_sequence("bylines", "special_credits"), key=len, reverse=True))
    return re.fullmatch(rf"(?i:{credits})\s+(?:(?i:the)\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){{0,4}}",
                        " ".join(text.split())) is not None


def _is_role(text: str) -> bool:
    """'Reporter', 'Staff Writer', 'Chief Political Correspondent', 'KVRN 7 reporter': a reporter's role
    as a byline prints it after the name (rules/bylines.toml [credit_roles], [name_roles]; AP Stylebook 'bylines'), up to
    two capitalised words before the role word, not a given name ('John Writer' is a person)."""
    if len(text.split()) > 1 and given_first(text):
        return False
    roles = sorted(words("bylines", "credit_roles") | words("bylines", "name_roles"), key=len, reverse=True)
    role = "|".join(re.escape(r) for r in roles)
    # the outlet may stand before the role as its call sign or initials and channel ('KVRN 7 reporter',
    # 'CNN producer'), as a station's own byline prints it
    # two titles joined by a slash ('Anchor/Reporter', 'Reporter / Photographer'), as a station's staff byline prints them
    return re.fullmatch(rf"(?:(?:[A-Z][a-z]+|[A-Z]{{2,5}}|\d{{1,2}})\s+){{0,2}}(?i:{role})s?(?:\s*/\s*(?i:{role})s?)?",
                        " ".join(text.split())) is not None


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
    # a name in a script without capitals after the label ('எழுதியவர்: ராஜேஷ் குமார்', 'نویسنده: NAME'): the
    # name pattern reads capitals only, as `read_byline` after an introducer (invented pages, branch html33)
    caseless = None if names else _caseless_name(value)
    if caseless:
        return Byline((caseless,), None, line)
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
            from storyline.clean.co_authors import co_authors_below

            return co_authors_below(_with_credit_below(found, line, lines), line, lines)
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


# One capitalised word this short is an acronym ('SPÖ', 'APA', 'SDA'), not a name set in capitals.
ACRONYM_LETTERS = 4


def _display(text: str) -> str:
    """'NORA GÁMEZ TORRES' -> 'Nora Gámez Torres' (an all-capitals byline); mixed case and a short
    one-word acronym stay."""
    letters = [c for c in text if c.isalpha()]
    if " " not in text.strip() and len(letters) <= ACRONYM_LETTERS:
        return text
    return text.title() if letters and all(c.isupper() for c in letters) else text


# A byline printed as the bare name(s) next to the dateline ("Ryan Devereaux" / "April 28 2023"):
# two to four capitalised words, no digits, nothing else on the line; two or more names are joined by
# a comma or by 'and' in the page's language ('Trine Juncher Jørgensen og Tôrtia Reimer-Johansen',
# 'Elsa Provenzano et Mickaël Bosredon': rules/bylines.toml [joiners]).
_ONE_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"


@cache
def _bare_names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The bare-names line and the separator between its names."""
    joiners = "|".join(re.escape(w) for w in sorted(word_sequence("bylines", "joiners"), key=len, reverse=True))
    separator = rf"\s*(?:,|(?<!\w)(?:{joiners})(?!\w))\s*"
    return re.compile(rf"^(?P<names>{_ONE_NAME}(?:{separator}{_ONE_NAME})*)$"), re.compile(separator)


def given_first(name: str) -> bool:
    """The name opens with a listed given name (rules/given_names.toml, written without accents: 'Lucía'
    is 'lucia'; lead45): a person's, not a site's."""
    # and the names it gives both sexes ('Shannon Roe': 4 of dates-dev text dev's 64 English bylines open so; probe29)
    given = words("given_names", "male_given_names") | words("given_names", "female_given_names") \
        | words("given_names", "both_sexes_given_names")
    first = unicodedata.normalize("NFKD", name.split()[0]) if name.split() else ""
    return "".join(c for c in first if not unicodedata.combining(c)).casefold() in given


def folded(name: str) -> str:
    """The name case-folded with its spaces collapsed, for comparing two spellings."""
    return " ".join(name.casefold().split())
