"""Bare bylines: authors a page prints with no introducer ('By', 'Von'), only as names.

    Ryan Devereaux                      Bettina Kugler 19.10.2019, 05:00 Uhr
    April 28 2023                       Fiona Castellane in Calveras

Apart from clean.byline because a bare run of capitalised words is as often a headline, a label or a
menu as an author: each reader here checks the names against the article's own words and the page's
lone lines before trusting them, where clean.byline reads a line its introducer already marks.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from storyline.clean.byline import NAME, Byline, _bare_names, _display, given_first
from storyline.clean.outlet import registry_outlet
from storyline.clean.title_lines import is_menu
from storyline.model import Article
from storyline.rules import pattern, word_sequence, words

# 'Fiona Castellane in Calveras', 'Jon Roe in Lima and Ana Ruiz in Quito': the Guardian's online byline
# names where each reporter filed from (its style guide, 'bylines'; other British and Australian papers
# print it so). A place is one to three capitalised words.
_PLACE = r"[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,2}"
_NAME_IN_PLACE = re.compile(rf"(?P<name>{NAME})(?:\s+in\s+{_PLACE})?")


def names_in_places(lines: Iterable[str], body: str) -> Byline | None:
    """The first line of `lines` that is 'NAME in PLACE' (more joined by 'and' or commas), each name
    opened by a listed given name and none of its words used by the body's sentences: a headline
    has the shape too ('Storm Ciara in Wales', 'Joe Biden in Paris': the story names its subject)."""
    for line in lines:
        text = " ".join(line.split())
        parts = re.split(r"\s*,\s*|\s+and\s+", text)
        found = [m for part in parts if (m := _NAME_IN_PLACE.fullmatch(part))]
        if len(found) < len(parts) or " in " not in text or not all(given_first(m["name"]) for m in found):
            continue
        used = words_used(body, text)
        if not any(w.casefold() in used for m in found for w in m["name"].split()):
            return Byline(tuple(_display(m["name"]) for m in found), None, text)
    return None


# A paragraph of fewer words is the author's contact or signature line ('Ryan Devereaux  email  @handle'),
# a caption or a credit, which prints the author's name without using it in the story's text.
SENTENCE_WORDS = 8


def words_used(body: str, line: str) -> set[str]:
    """The words the body's sentences use, less the copies of `line` as printed, unquoted: a label's
    words are the text's own words, a person's full name is only that person ('GROOVE-Autorin
    Charlotte Elsen hat …', an author bio opening with the author's name)."""
    return {w.casefold() for paragraph in body.split("\n") if len(paragraph.split()) >= SENTENCE_WORDS
            for w in re.findall(r"\w+", _without_name(paragraph, line))}


# A quotation mark before a capitalised run makes it a title ('„Brave New Woman“'), not a person's name.
_QUOTES = "\"'„“”‚‘’«»"


def _without_name(paragraph: str, line: str) -> str:
    if len(line.split()) < 2:
        return paragraph
    return re.sub(rf"(?<![{_QUOTES}\w]){re.escape(line)}(?![{_QUOTES}\w])", " ", paragraph)


@cache
def _role_after() -> re.Pattern[str]:
    """The role a byline prints after the name ('Richard Adams Education editor'): rules/bylines.toml [name_roles]."""
    roles = "|".join(re.escape(w) for w in sorted(word_sequence("bylines", "name_roles"), key=len, reverse=True))
    # and the AP's form: a comma, then the role in title case ('Jane Doe, Staff Writer', 'Jane Doe,
    # Chief Political Correspondent'; AP Stylebook "bylines"). Without the comma a title-case role is
    # part of a desk's credit ('HT Correspondent', dates-dev's gold keeps it)
    # A spaced dash stands where the comma does ('Jane Doe - Technology Editor': East African dailies' name
    # line over the date; branch probe28; dates-dev text prints the form on 1 line of 588 pages, not a byline)
    return re.compile(rf"(?<=\w)\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){{0,2}}(?:{roles})$"
                      rf"|(?<=\w)(?:,|\s+[-–—])\s+(?:[A-Z][a-z]+\s+){{0,2}}(?i:{roles})s?$")


@cache
def _title_role_after() -> re.Pattern[str]:
    """A role in title case glued after the name with no comma ('Eimear Quill Local Democracy Reporter',
    'Amy Gibbons Political Correspondent'): rules/bylines.toml [name_roles] and [credit_roles], up to two
    capitalised words before the role word, the role word capitalised."""
    roles = sorted(set(word_sequence("bylines", "name_roles")) | set(word_sequence("bylines", "credit_roles")),
                   key=len, reverse=True)
    titled = "|".join(re.escape(" ".join(w[:1].upper() + w[1:] for w in r.split())) for r in roles)
    return re.compile(rf"(?<=\w)\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:{titled})s?$")


NAME_WORDS_LEFT = 2  # a person's name stays ('Jane Roe'); 'HT Correspondent', 'Antrim Court Reporter' are desks


def _without_title_role(line: str) -> str:
    """The name line less a title-case role glued after it, when two words or more stay: the role's words
    are no part of the name, so a story that uses them ('the local network' under 'NAME Local Democracy
    Reporter', the UK's Local Democracy Reporting Service credit on Reach and Newsquest papers) does not make
    the name a label. A desk's credit keeps its role ('HT Correspondent': dates-dev's gold keeps it). On
    dates-dev text dev the form is 2 lines of 1 page ('NAME Political Correspondent', already read); branch
    probe35 lost the byline 'NAME Local Democracy Reporter' over a story about the local network."""
    found = _title_role_after().search(line)
    if found is None or len(line[:found.start()].split()) < NAME_WORDS_LEFT:
        return line
    return line[:found.start()]


# The reporter's social account after the name ('Nadine Okafor @nadine_reports'): an X/Twitter handle,
# 1 to 15 letters, digits or '_' (X's username rules), as news sites print it in their bylines.
_HANDLE_AFTER = re.compile(r"(?<=\w)\s+@\w{1,15}$")


@cache
def _agencies_after() -> re.Pattern[str]:
    """The agencies a reporter's name line credits after 'with' ('Elena Vogt with AFP, Reuters': DW's English
    byline line; its German pages print 'mit dpa, AFP'): rules/citations.toml [wire_services]. The names before
    them are the byline (branch probe33: the line was no name, and the page had no byline)."""
    agencies = "|".join(re.escape(w) for w in sorted(words("citations", "wire_services"), key=len, reverse=True))
    return re.compile(rf"(?<=\w)\s+(?:with|mit|avec|con)\s+(?:{agencies})(?:\s*(?:,|and|&|und|et|y)\s*(?:{agencies}))*$")


# the city a reporter filed from after a bare name ('Chae-rin Yoon in Seoul': SCMP's name line over its stamp),
# one to three capitalised words; read only after a person's name (`_person_shaped`): 'Democracy Dies in
# Darkness', 'Associated Press in Valencia' print the shape on dates-dev text dev
_PLACE_AFTER = re.compile(r"(?<=\w)\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}$")


def _without_place(line: str) -> str:
    """The line less the city after a person's name."""
    name = _PLACE_AFTER.sub("", line)
    return name if name != line and _person_shaped(name) else line


def _person_shaped(name: str) -> bool:
    from storyline.extract.romanised_names import family_name_first, given_name_first

    folded = name.casefold().split()
    return given_first(name) or family_name_first(folded) or given_name_first(folded)


def name_beside(lines: list[str], index: int, body: str = "", offsets: tuple[int, ...] = (-1, 1, -2)) -> Byline | None:
    """Bare author names on a line right above or below the dateline at `index` (or at the other
    `offsets` from it), if there are any.
    A line whose words the article's own text uses ('Letzte Kommentare', 'News Reporter') is a
    label, not an author: an author's name is printed above the article, rarely inside it; nor is
    one with a word these lines print alone, a menu's ('Home', 'Live': 'Home World News' as a
    breadcrumb, 'Watch CBSN Live'), as name_on_dateline reads the page."""
    alone = {text.strip().casefold() for text in lines if len(text.split()) == 1}
    for j, stacked in _beside(lines, index, offsets):
        if 0 <= j < len(lines):
            line = _role_after().sub("", _HANDLE_AFTER.sub("", " ".join(lines[j].split())))
            line = _without_title_role(_without_place(_agencies_after().sub("", line)))
            used = words_used(body, line)
            bare, separator = _bare_names()
            # a name's particles ('von', 'de') and joiners ('und', 'et') are words every text uses
            # an initial is no word of the text ('S. Vijayakumar' beside a body whose "hospital's" gives 's'; lead34)
            tokens = [w.casefold() for w in re.findall(r"\w+", line) if w[:1].isupper() and len(w) > 1]
            # a name over its role line is a byline block: one shared word is a surname the story's people share
            # ('Tan Wei Ling' / 'Senior Health Correspondent' over a story quoting a 'Dr Tan'), a label uses all
            shared = (all if stacked else any)(t in used for t in tokens) and not _names_each_unused(line, used)
            # a menu bar's items apart by runs of blanks ('News  Opinion  Multimedia  Live') are capitalised
            # words too, a name's shape once its spaces are collapsed (lead45)
            if bare.match(line) and not registry_outlet(line) and not _label_before_introducer(line) and not shared \
                    and not any(t in not_names() or t in alone for t in tokens) and not page_furniture(line) \
                    and not is_menu(lines[j]):
                names = tuple(_display(n) for n in separator.split(line) if n)
                return Byline(names, None, line)
            if _caseless_person(line, used) and not page_furniture(line) and not is_menu(lines[j]):
                return Byline((line,), None, line)
    return None


# A name in a script without capitals (Arabic, Hebrew, Persian, Devanagari, Thai) beside its page's date,
# with no introducer: two or three such words alone on the line (a given name and a family name), none used
# by the story's sentences, which a headline's words are, nor a section name's word (rules/bylines.toml
# [caseless_section_words]: 'أخبار محلية'). Branch text38: 6 of 108 invented pages of 29 languages, in Arabic,
# Persian, Hebrew, Hindi and Thai, printed their writer so over their date, as the Latin pages read above do.
# Not CJK or Hangul, whose names are written without spaces (clean.byline._caseless_name).
CASELESS_NAME_WORDS = (2, 3)


def _caseless_person(line: str, used: set[str]) -> bool:
    from storyline.clean.byline import _caseless_name

    tokens = line.split()
    sections = words("bylines", "caseless_section_words")
    return (CASELESS_NAME_WORDS[0] <= len(tokens) <= CASELESS_NAME_WORDS[1] and _caseless_name(line) == line
            and not any(t.casefold() in used or any(w in t for w in sections) for t in tokens))



# A header's buttons between the date and a stacked byline (BBC's article header: 'Published 3 June 2025' / 'Share' /
# 'Save' / 'NAME' / 'Chief cricket writer'): one-word lines or share-bar lines, three at most (branch probe38)
BUTTON_LINES = 3


def stacked_byline_below(lines: list[str], index: int, body: str = "") -> Byline | None:
    """A name over its role line ('Callum Boyd' / 'Chief cricket writer') below the dateline at `index`, past up
    to three button lines; the role line under the name is what makes the block a byline, not a caption."""
    j = index + 1
    while j < len(lines) and j - index <= BUTTON_LINES and _button(lines[j]):
        j += 1
    if j == index + 1 or j + 1 >= len(lines) or not role_line().fullmatch(" ".join(lines[j + 1].split())):
        return None
    return name_beside(lines, j, body, offsets=(0,))


def _button(line: str) -> bool:
    return len(line.split()) == 1 or page_furniture(line)


def _names_each_unused(line: str, used: set[str]) -> bool:
    """A list of two full names or more ('Kim Ha-eun, Lee Jun-seo') none of which the body uses whole: a word
    one name shares with the story's people is a surname, as Korean and Chinese surnames are shared widely
    ('Lee' of a quoted 'Lee Seo-yeon'; branch probe33 lost the Korea Herald's two reporters so). A label is one
    phrase, not a list of two-word names."""
    _bare, separator = _bare_names()
    names = [n for n in separator.split(line) if n]
    if len(names) < 2 or any(len(n.split()) < 2 for n in names):
        return False
    return not any(all(w.casefold() in used for w in re.findall(r"\w+", n)) for n in names)


def page_furniture(line: str) -> bool:
    """A line the boilerplate rules name as a share bar, menu or call to action ('Share  Tweet  WhatsApp',
    'Facebook Count': two capitalised words, a name's shape, beside the date; branch probe25)."""
    from storyline.clean.lines import explicit_reason

    return explicit_reason(line) in _FURNITURE


_FURNITURE = frozenset({"social", "navigation", "promo", "ad", "related", "comments"})


@cache
def not_names() -> frozenset[str]:
    """Words no bare name holds: CMS placeholders (rules/bylines.toml [not_names]) and the comment and view
    counts of a post's meta line and its widgets ([count_labels]: 'Letzte Kommentare', 'Neueste Kommentare',
    'Recent Comments' are the titles of WordPress's comments widget, printed beside a sidebar's dates; branch
    meta25, dates-dev dev-a text: the one such line taken beside a dateline was the widget's title)."""
    return words("bylines", "not_names") | words("bylines", "count_labels")


# A particle that is also a byline introducer (German 'von', Italian 'di') before a given name and a
# surname: 'Beitrag von Teodora Vance', 'Articolo di Mario Rossi' credit a writer, they are no one's name.
# A surname's own particle is followed by the surname alone ('Christoph von Eichhorn') or by its article
# ('Ursula von der Leyen'); found on invented scrapes (branch meta25): the bare-name shape read the
# genre noun and its 'von' as a given name and a particle.
_INTRODUCER_PARTICLE = re.compile(r"(?:^|\s)(?:von|di)\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+[A-ZÀ-ÞĀ-Ž]")


def _label_before_introducer(line: str) -> bool:
    return bool(_INTRODUCER_PARTICLE.search(line))


@cache
def role_line() -> re.Pattern[str]:
    """A line that is only a reporter's role ('QUEEN'S PARK REPORTER', 'Senior Writer', 'Staff
    Reporter'): rules/bylines.toml [name_roles] and [credit_roles] after up to three capitalised words
    (a desk or beat), in any case — the role half of a stacked byline, never a name."""
    roles = sorted(set(word_sequence("bylines", "name_roles")) | set(word_sequence("bylines", "credit_roles")),
                   key=len, reverse=True)
    return re.compile(r"(?:[A-ZÀ-Þ][\w'’.&-]*\s+){0,3}(?:" + "|".join(re.escape(w) for w in roles) + r")s?", re.I)


# The place a stacked byline prints between the role and the date ('JULIEN MERCIER' / 'QUEEN'S PARK
# REPORTER' / 'TORONTO' / 'PUBLISHED MARCH 5, 2024': the Globe and Mail's and National Post's web
# byline block; AP style's dateline city in capitals): one to three words in capitals, no digits.
_PLACE_LINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,2},?")


def _beside(lines: list[str], index: int, offsets: tuple[int, ...]) -> list[tuple[int, bool]]:
    """The lines `name_beside` reads, in order, each with whether it sits over a stacked byline's role:
    above the dateline, first the line over a stacked byline's role (and place), then the line itself —
    a desk's credit alone ('HT Correspondent') is the byline dates-dev's gold keeps."""
    found: list[tuple[int, bool]] = []
    for offset in offsets:
        if offset < 0 and (above := _past_stacked_credit(lines, index + offset)) != index + offset:
            found.append((above, True))
        found.append((index + offset, False))
    return found


def _past_stacked_credit(lines: list[str], j: int) -> int:
    """The line above a stacked byline's role line (and the place line below the role), from `j`
    upward: the name sits on top of its role and the place it filed from, the date below them. A
    capitalised line is a place only under a role: an all-caps name has the place's shape."""
    def text(k: int) -> str:
        return " ".join(lines[k].split()) if 0 <= k < len(lines) else ""

    if _PLACE_LINE.fullmatch(text(j)) and role_line().fullmatch(text(j - 1)):
        j -= 1
    # a role line opening with a given name is a name and its role on one line ('Richard Adams
    # Education editor', 'Daniel Großert Redakteur': dates-dev dev pages)
    return j - 1 if role_line().fullmatch(text(j)) and not given_first(text(j)) else j


# What a dateline prints beside its date and the author's name: a time and its zone, a weekday, a
# comment or view count, separators ('Bettina Kugler 19.10.2019, 05:00 Uhr', '28. Jan. 2022 Paula
# Balov', 'Michael Mäser, 02.02.2022', 'Sat 3 Oct 2020 09.00 CET'). The time may be glued to the name's last
# letter ('Jane Roe13:45, Dec 03 2024': the author and the stamp are two inline elements a scrape joins without a
# space, Stuff's article header; branch probe26. No dates-dev text page glues a letter to a time: 0 of 588).
_DATELINE_FURNITURE = re.compile(r"(?:\b|(?<=[^\W\d_]))\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?(?:\s+(?-i:[A-Z]{2,5})\b)?"
                                 r"|\b\d+\b|[|,·•/–—-]", re.I)


@cache
def _date_label() -> re.Pattern[str]:
    """A dateline's own label after the name ('Evgenia Karp Zuletzt geändert am 06.11.2023'):
    rules/datelines.toml [published_markers] and [updated_markers], with 'am'/'le'/'on' after them."""
    labels = sorted(word_sequence("datelines", "published_markers") + word_sequence("datelines", "updated_markers"),
                    key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in labels) + r")(?:\s+(?:am|um|on|le|el|il))?\s*:?\s*$", re.I)


def _without_date_label(rest: str) -> str:
    return _date_label().sub("", rest)


def name_on_dateline(line: str, body: str, languages: Iterable[str] = (), page: Iterable[str] = ()) -> Byline | None:
    """Bare author names on the dateline's own line, once its date, its time, weekday and counts
    are gone (rules/bylines.toml [count_labels]). A word the `page` prints alone on a line is a menu
    item or a label ('Aktuelles'), not part of a name."""
    from storyline.clean.dateline import find_dates
    from storyline.clean.weekdays import weekday_names

    langs = tuple(lang for lang in languages if lang)
    text = _before_update(" ".join(line.split()))
    found = find_dates(text, langs, any_year=True)
    if len(found) != 1:
        return None
    rest = _without_service_credits(text[:found[0].start] + " " + text[found[0].end:])
    rest = _DATELINE_FURNITURE.sub(" ", pattern("bylines", "reading_times", re.I).sub(" ", rest))
    furniture = set(weekday_names(langs)) | words("bylines", "count_labels")
    rest = _without_date_label(" ".join(w for w in rest.split() if w.strip(".:").casefold() not in furniture))
    page = list(page)
    alone = {text.strip().casefold() for text in page if len(text.split()) == 1}
    rest = _before_categories(rest, page)
    if not rest or any(w.casefold() in alone for w in rest.split()):
        return None
    # the author label before the name, its colon left out ('24/10/2024 · Yazar Burak Şahin'; invented pages
    # of branch html38: 5 of 10 dateline lines kept it in the name)
    from storyline.clean.author_check import without_label

    return name_beside([without_label(rest) or rest, ""], 1, body, offsets=(-1,))


# the parts of a byline line set apart by a spaced slash or bar ('Sindhu Rao / TNN / Updated: …')
_LINE_PARTS = re.compile(r"\s+[/|]\s+")


def _without_service_credits(text: str) -> str:
    """The dateline's line less the parts that are a news service's credit ('NAME / TNN / Updated: DATE': The Times
    of India's byline line, the reporter then the paper's in-house service; an agency's 'PTI' or 'IANS' in its
    place): rules/citations.toml [wire_services] and rules/bylines.toml [house_services]. The credit is no part of
    the name (branch probe36: 'Sindhu Rao TNN')."""
    credits = {w.casefold() for w in words("citations", "wire_services") | words("bylines", "house_services")}
    parts = _LINE_PARTS.split(text)
    kept = [part for part in parts if part.strip().casefold() not in credits]
    return " / ".join(kept) if len(kept) < len(parts) and kept else text


@cache
def _update_stamp() -> re.Pattern[str]:
    """A revision stamp after the publication date ('NAME Published December 3, 2024 Updated about 3 hours
    ago', '… Updated December 10, 2024 10:12am': Dawn's byline line, name, label and both stamps on one line):
    rules/datelines.toml [updated_markers] after a year."""
    labels = sorted(word_sequence("datelines", "updated_markers"), key=len, reverse=True)
    # after a dash or bar too ('NAME |03.03.2025 - Update : 03.03.2025': Anadolu's byline line; lead46)
    return re.compile(r"(?<=\d)(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?(?:\s*[-–—|•·]\s*|\s+)(?:"
                      + "|".join(re.escape(w) for w in labels) + r")\b.*$", re.I)


def _before_update(text: str) -> str:
    """The dateline up to its revision stamp: the names and the first date are before it."""
    return _update_stamp().sub("", text, count=1)


# A blog theme's entry meta prints the date, the author and the post's categories on one line ('13/06/2014
# Tony Carter All, Books, Kit Reviews', 'October 26, 2020 AJ Taylor Audio, Local News, …': the entry
# meta of WordPress's default themes, twentyten to twentytwenty, as a browser's text joins it). A
# category is a link the page's menus print on a line of its own: the names end where one begins.
CATEGORY_WORDS = 3


def _before_categories(rest: str, page: list[str]) -> str:
    menu = {" ".join(text.split()).casefold() for text in page if len(text.split()) <= CATEGORY_WORDS}
    tokens = rest.split()
    for i in range(1, len(tokens)):
        if any(" ".join(tokens[i:i + n]).casefold() in menu for n in range(1, CATEGORY_WORDS + 1)):
            return " ".join(tokens[:i])
    return rest


# the lines between an HTML page's headline and its first paragraph read for a dateline naming its writer: a
# kicker, an event box, a standfirst and the dateline (invented pages of branch html37: at most 3 above it)
HEAD_DATELINE_LINES = 5


def person_on_head_dateline(lines: list[str], body: str, languages: list[str], page: Iterable[str] = ()) -> Byline | None:
    """On an HTML page, the person's name on a dateline below the headline and above the first paragraph
    ('Giulia Ferraresi · 11 dicembre 2021'), when its first word is a listed given name (rules/given_names.toml)
    and every name has two words or more: the lines around an HTML page's date are menus as often as names
    (right on 0 of 4 dates-dev dev pages read as a text scrape's are), but a listed given name opening the
    date's own line is a person's (invented pages of branch html37: 5 of 132 credited their writer only so)."""
    from storyline.clean.dateline import find_dates

    paragraphs = {p.strip() for p in body.split("\n") if p.strip()}
    for line in lines[:HEAD_DATELINE_LINES]:
        if line.strip() in paragraphs:
            break
        if not find_dates(line, languages, any_year=True):
            continue
        found = name_on_dateline(line, body, languages, page)
        if found and all(len(n.split()) > 1 for n in found.names):
            return found
    return None


# the lines above the body a page's own date stands in: the header's headline / byline / date stack
DATE_LINE_REACH = 12


def printed_date_line(article: Article) -> str | None:
    """The page's line printing the day its date was read elsewhere from ('9 October 2025' under the headline of a
    JSONL record whose 'published' field says 2025-10-09, or of a page dated by its URL): the dateline the byline
    stands beside, though the date was not read from it (the lead's fifty-first invented story lost two bylines
    in its dates-given run). Looked for in the page's first lines and in those right above the body: a site's
    menu printed one link a line pushes the header's stack down (probe39: a DW page's eleven menu lines)."""
    if not article.published.value or article.published.precision != "day":
        return None
    from storyline.clean.site_links import page_texts

    body = {p.strip() for p in article.body.split("\n") if p.strip()}
    texts = page_texts(article)
    first_body = next((i for i, t in enumerate(texts) if t in body), len(texts))
    reach = dict.fromkeys([*range(min(DATE_LINE_REACH, first_body)), *range(max(0, first_body - DATE_LINE_REACH), first_body)])
    for i in reach:
        if texts[i] not in body and _prints_day(texts[i], article.published.value[:10]):
            return texts[i]
    return None


# a numeric date of both orders ('02/06/2024': DW's English pages and US sites print month first, most others day
# first); with the day known from elsewhere either reading that gives it is the page's date line
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")


def _prints_day(text: str, day: str) -> bool:
    """Whether `text` prints the ISO `day`, in any form find_dates reads or as a numeric date in either order."""
    from storyline.clean.dateline import find_dates

    if any(d.value.isoformat() == day for d in find_dates(text)):
        return True
    for m in _NUMERIC_DATE.finditer(text):
        a, b, year = int(m[1]), int(m[3]), m[4]
        if day in (f"{year}-{a:02d}-{b:02d}", f"{year}-{b:02d}-{a:02d}"):
            return True
    return False
