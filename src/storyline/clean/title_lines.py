"""The title of a plain-text scrape: which of its first lines is the headline (a menu, a site name, the
headline's dek and the page <title> aside), and its later copies. Split from storyline.clean.text
(branch probe18) when that module neared 600 lines."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from storyline.clean.lines import Line, explicit_reason, is_headline_shaped
from storyline.clean.normalise import normalise_text
from storyline.extract.outlet_names import AU_CALL_SIGN_SHAPE

_SPACES = re.compile(r"\s+")


def line_key(line: str) -> str:
    """The comparison form of a line: normalised, whitespace collapsed, case-folded."""
    return _SPACES.sub(" ", normalise_text(line)).strip().casefold()


def mark_title(lines: list[Line]) -> str | None:
    """The first headline-shaped line among the first few is the title; its later copies too.

    Scrapes start with the headline (after a promo line at most); html-text pages start with the
    <title> ("Headline - Site"), and repeat the bare headline above the article.
    """
    found = _headline_candidates(lines)
    top, shaped = found.top, found.shaped
    first = shaped[0].text if shaped else ""
    # capitals read title-cased, as the outlet readers read them ('SPORTS INTEGRITY MONITOR', branch probe13)
    if len(shaped) > 1 and (is_masthead(first.title() if first.isupper() else first) or _over_menu(shaped[0], lines)):
        shaped = shaped[1:]  # the site's name printed above the headline ('The Calder Tribune')
    head = shaped[0] if shaped else None
    above = _above_credit(top, shaped, lines)
    if above is not None and (head is None or _menu_like(head, above)):
        over = _headline_over_dek(above, shaped, lines)
        head = over if over is not None else above
    named = _named_by_page_title(lines)
    head = named or head
    if head is None or not _copies(lines, head):
        twice = _printed_twice(lines)
        if twice is not None and (head is None or _menu_like(head, twice)):
            head = twice
    if head is None:
        return None
    title = head.text
    # the <title> line itself stays a title line: the region reads the bare headline below it as the
    # page's copy of the headline, which bounds the article from above (region._headline_copy)
    for ln in [*([lines[0]] if named is head else []), head, *_copies(lines, head)]:
        ln.reason = "title"
    return title


HEADLINE_REACH = 8  # the headline is among a scrape's first lines (after a promo line, a masthead, a menu bar)
# a menu whose links a scrape prints one per line ('Tech' / 'Reviews' / 'Science' / 'Policy'): the innerText of a
# nav list of block links; its items are short and capitalised (title_lines._menu_word), three of them or more in a row
VERTICAL_MENU_ITEMS = 3
MENU_ITEM_WORDS = 3


def _headline_candidates(lines: list[Line]) -> _Candidates:
    """The top lines the headline is among, and the headline-shaped ones there: the first HEADLINE_REACH
    lines; when none of them is shaped so, once a slogan over a menu column is set aside, the reach past
    the header's menu columns (`_headline_reach`)."""
    column = _menu_column(lines)

    def shaped_in(top: list[Line]) -> list[Line]:
        return [ln for ln in top if ln.reason is None and is_headline_shaped(ln.text) and not is_menu(ln.text)]

    def below_menus(shaped: list[Line]) -> list[Line]:
        # the line between the page's first line and a menu column is the header's slogan ('BYTE LEDGER' /
        # 'Biting the hand that feeds IT' / 'Security' / 'Software' / …): a logo, its slogan, the menus, then
        # the headline; the first line stays (an html-text page opens with its <title>, then the menus: dates-dev)
        return [ln for ln in shaped if not (len(lines) > 1 and ln is lines[1] and _over_column(ln, lines, column))]

    top = lines[:HEADLINE_REACH]
    shaped = shaped_in(top)
    if [ln for ln in below_menus(shaped) if not _masthead_over_column(ln, lines, column)] or not column:
        return _Candidates(top, below_menus(shaped) or shaped)
    reach = _headline_reach(lines, column)
    candidates = below_menus(shaped_in(reach))
    dated = [ln for ln in candidates if _dated_below(ln, lines) and not _under_byline(ln, lines)]
    return _Candidates(reach, dated or [ln for ln in candidates if _dated_above(ln, lines)][:1] or shaped)


@dataclass(slots=True, frozen=True)
class _Candidates:
    top: list[Line]
    shaped: list[Line]


# a headline's credit stack: the dek, the author's name and a line of bio above the date at most
CREDIT_STACK = 4


# a photo between the headline and its credit stack is no line of the stack ('Headline' / 'CAPTION. Photo credit:
# …' / 'By NAME' / 'Role' / 'Outlet' / 'DATE': Nation Africa's and other dailies' lead image sits under the headline;
# branch probe36)
_FURNITURE = frozenset({"promo", "social", "navigation", "ad", "caption"})


def _under_byline(ln: Line, lines: list[Line]) -> bool:
    """A line printed right under a byline line is the writer's role ('By NAME' / 'Senior Business Writer' /
    'Nation Media Group' / DATE), never the headline, which stands above its credit (branch probe36: the role line,
    nearer the date than the headline over a photo caption, was taken for the title)."""
    from storyline.clean.byline import read_byline

    at = lines.index(ln)
    above = next((other for other in reversed(lines[:at]) if other.text.strip()), None)
    return above is not None and (above.reason == "byline" or read_byline(above.text) is not None)


def _dated_below(ln: Line, lines: list[Line]) -> bool:
    """A date close under a line past the menus: the headline / dek / byline / date stack that tells the
    headline from a menu's longer item ('Black Lives Matter movement' in a column of topics: dates-dev dev)."""
    from storyline.clean.dateline import find_dates

    at = lines.index(ln)
    # blank lines and furniture ('Why you can trust SCMP', a share bar) do not count: a scrape keeps the page's
    # blank lines between the stack's lines (branch probe33: the headline three lines of text over its date was
    # passed over for its dek)
    stack = [other for other in lines[at + 1:] if other.text.strip() and other.reason not in _FURNITURE][:CREDIT_STACK]
    return any(find_dates(other.text) for other in stack)


def _dated_above(ln: Line, lines: list[Line]) -> bool:
    """A date in the stack right over a line past the menus, when no line there has one below it: GhanaWeb's
    head prints the section and date first ('Business News of Monday, 16 November 2026' / 'Source: NAME,
    Contributor' / HEADLINE; branch probe36: the headline was lost); the first such line only."""
    from storyline.clean.dateline import find_dates
    from storyline.rules import words

    label = ln.text.split(":", 1)[0].strip().casefold() if ":" in ln.text else ""
    if label in words("bylines", "source_labels"):
        return False  # 'Source: NAME, Contributor' is the credit under the date, not the headline
    at = lines.index(ln)
    stack = [other for other in reversed(lines[:at]) if other.text.strip() and other.reason not in _FURNITURE]
    return any(find_dates(other.text) for other in stack[:CREDIT_STACK - 2])


def _menu_column(lines: list[Line]) -> set[int]:
    """The ids of the lines that are the items of a menu printed one per line, among the page's top lines."""
    in_column: set[int] = set()
    run: list[int] = []
    for ln in [*lines[:PAGE_TITLE_REACH], None]:
        if ln is not None and is_menu_item(ln.text):
            run.append(id(ln))
            continue
        if len(run) >= VERTICAL_MENU_ITEMS:
            in_column.update(run)
        run = []
    return in_column


def _headline_reach(lines: list[Line], column: set[int]) -> list[Line]:
    """The first HEADLINE_REACH lines, not counting the items of a menu printed one per line: a header with
    seven sections in a column put the headline ninth (the lead's forty-ninth invented story: three of its
    four header forms lost their title)."""
    reach: list[Line] = []
    counted = 0
    for ln in lines:
        if counted >= HEADLINE_REACH:
            break
        reach.append(ln)
        counted += id(ln) not in column
    return reach


# lines between a masthead and the menu column under it: a date ('Gulf Standard Daily' / 'Thursday, March 12, 2026' /
# 'UAE' / 'Gulf' / …, as Gulf and South Asian dailies print today's date under the logo) or a blank
MASTHEAD_GAP = 2


def _masthead_over_column(ln: Line, lines: list[Line], column: set[int]) -> bool:
    """The page's first line, a newspaper's name by its shape (is_masthead), over a menu printed one link per
    line ('The Korea Herald' / 'K-pop' / 'Business' / 'National' / …): the logo, not the headline, which is
    under the menus past the first HEADLINE_REACH lines (branch probe33: five of eleven pages of four outlets,
    in the Korea Herald's, SCMP's, Gulf News' and the Japan Times' page forms, were titled by their masthead).
    On dates-dev text dev no page opens with a masthead over such a column."""
    at = lines.index(ln)
    first = next((other for other in lines if other.text.strip()), None)
    if first is not ln or not is_masthead(ln.text.title() if ln.text.isupper() else ln.text):
        return False
    return any(id(other) in column for other in lines[at + 1:at + 2 + MASTHEAD_GAP])


def _over_column(ln: Line, lines: list[Line], column: set[int]) -> bool:
    at = lines.index(ln)
    return at + 1 < len(lines) and id(lines[at + 1]) in column


def is_menu_item(text: str) -> bool:
    """One link of a menu printed one per line: a few words, capitalised, no sentence's end, no year."""
    words = text.split()
    return 0 < len(words) <= MENU_ITEM_WORDS and _menu_word(words[0]) and not re.search(r"[.!?:,;]$|\d{4}", text.strip())


# The separators between a page <title>'s headline and its site name ('Headline | Site', 'Headline - Site')
_TITLE_SITE = re.compile(r"\s+(?:[|–—-]|::)\s+")
PAGE_TITLE_MIN_WORDS = 3  # 'Home - Site' names no headline
PAGE_TITLE_REACH = 40  # the headline below the page's menus: lines from the top


def _named_by_page_title(lines: list[Line]) -> Line | None:
    """The line that is the page <title>'s headline ('Headline' below 'Headline | Site' on an html-text
    page's first line), when the title has a site name after it: a teaser's headline or a menu above the
    article's is no title then (an invented JNews page put its 'popular' widget above the headline, whose
    date was read as the page's; branch htmlmeta4)."""
    if not lines:
        return None
    parts = _TITLE_SITE.split(" ".join(lines[0].text.split()))
    if len(parts) < 2 or len(parts[0].split()) < PAGE_TITLE_MIN_WORDS:
        return None
    key = line_key(parts[0])
    return next((ln for ln in lines[1:PAGE_TITLE_REACH] if line_key(ln.text) == key), None)


def _above_credit(top: list[Line], shaped: list[Line], lines: list[Line]) -> Line | None:
    """The headline-shaped line standing directly above the first byline or dateline line: news
    pages print the headline over its credit ('Headline' / 'By NAME' / 'Updated DATE'), so a menu
    of section names above it ('Watch Live Weather Traffic Contests') is not the title."""
    from storyline.clean.byline import read_byline

    for i, (above, ln) in enumerate(pairwise(top)):
        if ln.reason in ("byline", "dateline") or (ln.reason is None and read_byline(ln.text) is not None):
            if i > 0 and top[i - 1] in shaped and _author_name_line(above, top[i - 1], lines):
                above = top[i - 1]  # 'Headline' / 'NAME' / 'DATE': the author's bare name between
            return above if above in shaped or _first_sentence_headline(above, top) else None
    return None


def _first_sentence_headline(ln: Line, top: list[Line]) -> bool:
    """The page's first kept line over its credit is its headline even when it ends in a period:
    headlines of two short sentences ('Ad says the state is flu-free. It isn't.') are a common
    fact-check and explainer form; a dek that ends in one sits under a headline, not first."""
    first = next((x for x in top if x.reason is None), None)
    return first is ln and is_headline_shaped(ln.text.rstrip().rstrip(".").rstrip())


# 'Priya Raman', 'Ana de la Cruz': two to four words, each capitalised or a surname particle, nothing else
_BARE_NAME = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]+|de|da|del|della|di|van|von|der|la|le|bin|al)"
                        r"(?:\s(?:[A-ZÀ-Þ][\w'’.-]+|de|da|del|della|di|van|von|der|la|le|bin|al)){1,3}$")


def _author_name_line(ln: Line, above: Line, lines: list[Line]) -> bool:
    """A line that is an author's name alone, as online-first sites print it between the headline and
    the date with no 'By': shaped like a name, no copy of the line above it (a title-case headline
    under 'Site | Headline' is, dates-dev dev), and a person's: its first word a census given name,
    or the page closing on the name's bio ('Priya Raman is The Ledge's city reporter.')."""
    text = " ".join(ln.text.split())
    if not _BARE_NAME.match(text) or any(c.isdigit() for c in text) or line_key(text) in line_key(above.text):
        return False
    from storyline.extract.person_names import is_given_name

    return is_given_name(text.split()[0]) or any(
        other.text.startswith(text + " ") and other.shape.words > len(text.split()) + 2 for other in lines
        if other is not ln)


def _copies(lines: list[Line], head: Line) -> list[Line]:
    """The other lines that are the headline, or a part of it the page prints alone (html-text's
    <title> 'Headline - Site' above the bare headline); a copy printed twice near the top was
    taken for a caption by `_mark_duplicates` and is the headline's too."""
    key = line_key(head.text)
    return [ln for ln in lines if ln is not head and ln.reason in (None, "repeated", "caption")
            and len(other := line_key(ln.text)) >= 12 and (other == key or other in key)]


def _bare_headline(ln: Line) -> bool:
    """A headline-shaped line of 4+ words with no sentence inside it, that no explicit rule took
    (a caption with its credit in brackets is printed twice too, but ends in the credit)."""
    text = ln.text
    return (ln.reason in (None, "caption") and ln.shape.words >= 4 and is_headline_shaped(text)
            and not re.search(r"[.!?]\s", text) and explicit_reason(text) is None)


def _headline_over_dek(above: Line, shaped: list[Line], lines: list[Line]) -> Line | None:
    """'Headline' / 'Dek' / 'By NAME': the line over the credit is the headline's dek (standfirst) when the
    headline-shaped line right above it reads as prose, five words or more with function words: a dek
    runs longer than its headline, which the shorter-is-a-menu test took for a menu (the news sites'
    headline-dek-byline stack; probe18: a national daily's page took its dek for the title), while a
    menu or a site's tagline has no function word. That line, else None."""
    at = next((i for i, ln in enumerate(lines) if ln is above), 0)
    head = lines[at - 1] if at > 0 else None
    if head is not None and head in shaped and head.shape.words >= 5 and head.shape.stop_density > 0 \
            and not head.shape.terminal and not is_menu(head.text):
        return head
    return None


# a menu's items apart by bars or dots ('Watch Live | Weather | 9 On Your Side | Contests'): three or more
# items are a menu, however many function words its items hold, never the headline ('Headline | Site' is
# two); lead15's station page took it for the title after probe18, an invented page of the same shape before
# (anchored at a run's first blank: from inside a run of blanks the split backed off blank by blank, 17 s of CPU on a
# line of 50,000 blanks; the same matches, a split's leftmost match starts there anyway)
MENU_BARS = re.compile(r"(?<!\s)\s+[|·•]\s+")


def _over_menu(first: Line, lines: list[Line]) -> bool:
    """The line right above the page's menu bar ('The Daily Current' / 'News  Politics  Money …'): a
    page header prints its logo, then its menu, and the headline below them (lead23's and lead26's
    wires and online newsrooms, whose names end in no newspaper word)."""
    # only the page's first line, shaped as a name (capitalised words, 'The' at most before them): a
    # headline above a related-links bar is no logo (dates-dev text dev: 18 such headlines)
    top = next((ln for ln in lines if ln.text.strip()), None)
    if top is not first or not (LOGO_NAME.fullmatch(" ".join(first.text.split())) or acronym_logo(first.text)):
        return False
    following = next((ln for ln in lines[lines.index(first) + 1:] if ln.text.strip()), None)
    return following is not None and (following.reason == "navigation" or is_menu(following.text))


# a site name as its logo prints it: capitalised words, 'The' at most before them; a later word may open
# with a digit, as broadcasters' and online brands carry a channel number or a '24x7' ('France 24', 'Channel
# 4', 'NDTV 24x7': Wikipedia 'List of news television channels'); an Australian station's logo opens with its
# call sign, a state digit and two or three capitals ('3AW', '2GB Sydney', '3RV Riverina Radio': ACMA's call
# sign rules; lead29); clean.outlet_finders reads logos with it too
LOGO_NAME = re.compile(rf"(?:The\s)?(?:[A-ZÀ-Þ][\w'’&.-]+|{AU_CALL_SIGN_SHAPE})(?:\s[A-ZÀ-Þ0-9][\w'’&.-]+){{0,2}}")


# an agency's or broadcaster's logo line giving its initials and its name ('AMP - Agence Mondiale de Presse',
# 'Ghana News Agency (GNA)'), as agencies' sites head their pages; the initials must spell the name
# (Schwartz & Hearst's long-form match, extract.long_forms), so a headline with a dash is no logo (lead36)
# The initials may stand glued to the name with no mark between ('KNA Korea News Agency'), and the logo may
# end on its language edition ('… ENGLISH', as Asian agencies' English sites print it; lead40)
_INITIALS_FIRST = re.compile(r"(?P<initials>[A-Z]{2,6})\s+(?:[-–—|:]\s+)?(?P<name>[A-ZÀ-Þ][^()|]{3,60}?)(?:\s+(?:ENGLISH|English))?")
_INITIALS_LAST = re.compile(r"(?P<name>[A-ZÀ-Þ][^()|]{3,60}?)\s*(?:\(|[-–—|]\s+)(?P<initials>[A-Z]{2,6})\)?")


def acronym_logo(text: str) -> str | None:
    """The initials of a logo line that prints an organisation's initials beside its name, else None."""
    from storyline.extract.long_forms import long_form

    line = " ".join(text.split())
    m = _INITIALS_FIRST.fullmatch(line) or _INITIALS_LAST.fullmatch(line)
    if m is None or len(m["name"].split()) > 6:
        return None
    name = m["name"].strip()
    return m["initials"] if long_form(m["initials"], name + " ") == name else None


# or by runs of blanks, as a text scrape writes a nav bar's links ('Home  News  Sport  Weather  Sounds'): four
# items or more, each one to three capitalised words (a headline has lower-case words, and a scrape's double
# space inside one splits it in two or three; lead31: two such bars were taken for the headline)
_BLANK_RUN = re.compile(r"\s{2,}")
MENU_ITEMS_APART_BY_BLANKS = 4


def section_labels(lines: list[str]) -> frozenset[str]:
    """The items after the first of the menu lines among `lines`: a page prints the section it files the
    story under between its menu and the headline ('News  Business  Global Nation  Technology' / 'Global
    Nation'), and a section's name ending in a masthead word ('Nation', 'Post') is no masthead. The first
    item is left: a logo may open its own menu or breadcrumb (probe27). Branch probe28."""
    items: set[str] = set()
    for text in lines:
        if is_menu(text):
            parts = MENU_BARS.split(text.strip())
            parts = parts if len(parts) >= 3 else _BLANK_RUN.split(text.strip())
            items.update(" ".join(p.split()) for p in parts[1:])
    return frozenset(items)


def is_menu(text: str) -> bool:
    if len(MENU_BARS.split(text.strip())) >= 3 or masthead_crumbs(text):
        return True
    items = _BLANK_RUN.split(text.strip())
    # an item may be in sentence case after its first word ('Rugby union', 'Life and style', 'US sports': the
    # Guardian's sections; lead37), so long as it opens with a capital
    return len(items) >= MENU_ITEMS_APART_BY_BLANKS and all(
        len(item.split()) <= 3 and _menu_word(item.split()[0]) for item in items)




def _menu_word(word: str) -> bool:
    """A capitalised word, a number or sign, or a brand with a capital after its first letter or its hyphen
    ('iPlayer', 'e-Paper')."""
    return word[:1].isupper() or not word[:1].isalpha() or word[1:2].isupper() or (word[1:2] == "-" and word[2:3].isupper())


def _menu_like(head: Line, twice: Line) -> bool:
    """Whether `head` reads as a menu, a site name or a button rather than the headline printed
    twice: it is shorter, or it has no function word ('Startseite Lokales Politik Sport' is as
    long as a German headline). A real headline with no copy above a link printed twice ('Alles zu
    SITEPlus', dates-dev dev) is longer and has function words: it stays the title."""
    return head.shape.words < twice.shape.words or head.shape.stop_density == 0


# A page prints its headline twice near the top (the <title> or og:title, then the h1 above the
# article); a menu line ('News Sports Business Opinion') or a site name is printed once there.
_TITLE_LINES = 12


def _printed_twice(lines: list[Line]) -> Line | None:
    """The first headline-shaped line of 4+ words among the first lines that the page prints
    again within the next _TITLE_LINES lines (a menu, the byline and a share bar may stand
    between): the headline, when the first headline-shaped line (a menu, a masthead, a button)
    has no copy. Invented scrapes of 10 site layouts (probe7): 7 of 10 titles were a menu or a
    site name, on pages that printed the headline twice above the body."""
    top = lines[:_TITLE_LINES]
    for i, ln in enumerate(top):
        if not _bare_headline(ln):
            continue
        key = line_key(ln.text)
        if any(line_key(other.text) == key for other in lines[i + 1:i + 1 + _TITLE_LINES]):
            return ln
    return None


_MASTHEAD_WORDS = 4  # 'The St. Louis Post-Dispatch': a paper's name is a few capitalised words
_NAME_JOINERS = frozenset({"the", "of", "and", "de", "la", "el", "&"})


def is_masthead(text: str) -> bool:
    """A line that is an outlet's name alone, not a headline: a few capitalised words ending in
    a word newspaper, agency and broadcaster names end in (rules/citations.toml [outlet_heads]:
    'Times', 'Tribune', 'Network'). A headline names what happened: it has a verb or a lower-case
    word ('Regulators Seize Halden Trust' capitalises every word but does not end in such a word)."""
    from storyline.rules import words

    parts = text.split()
    # an ampersand joins two of the name's words and is no word of its own ('Dam & Levee Engineering News',
    # 'Roads & Bridges': trade titles pair their fields so; branch probe30). Only '&': counting 'the' or 'of'
    # as free let headlines and promos in ('Sign Up To The Sun', 'Through The Darkest Of Times'); on dates-dev
    # text, extraction-dev and polnear-dev dev the change reads one more line as a name, a site's own
    # ('GdP Länder & Bezirke Online')
    if not parts or len([w for w in parts if w != "&"]) > _MASTHEAD_WORDS:
        return False
    if any(not (w[:1].isupper() or w.casefold() in _NAME_JOINERS) for w in parts):
        return False
    # two-word heads ('News Service', 'Wire Service': [masthead_heads]) end a name as one-word heads do
    heads = words("citations", "outlet_heads") | words("credits", "masthead_heads")
    if len(parts) == 1 and parts[0] in heads:
        return False  # a section's label over the headline ('News', 'Sport'; lead37), not the site's name
    return parts[-1] in heads or " ".join(parts[-2:]) in heads


# A newspaper's name as the root of a breadcrumb or of a short section menu on one line ('Emirates Observer ›
# Sport › Cricket', 'Lion City Times  Sport  Cricket': the logo's link text, then the sections down to the
# story's): three items or more, each after the name a section of one to three capitalised words, and the name
# shaped as a newspaper's (is_masthead: capitalised words ending in 'Times', 'Observer', 'Herald'…). On dates-dev
# text, a breadcrumb's root is the site's own name on 4 lines ('utopia.de › …', 'tennisnet.com › …'; 'Home' or
# 'Startseite' on 12), none a newspaper's name, so no dev page's first lines take this shape; branch probe27's
# Gulf and Singapore pages print the masthead there, and the blank-separated line, three items short of a
# menu's four, was taken for the headline.
# Apart by blanks or bars, a line of three items is a breadcrumb's depth (the name, a section, its subsection);
# more are a menu bar, whose first item may be a section named like a paper ('World News  Just In  Politics  …',
# lead43), read by the menu readers instead.
_CRUMB_MARKS = re.compile(r"(?<!\s)\s+[›»]\s+")
_CRUMBS = re.compile(r"(?<!\s)\s+[|·•]\s+|\s{2,}")
CRUMB_ITEMS = 3
CRUMB_WORDS = 3
# a breadcrumb is a short line; a longer one is not read (the blank-run split backs off blank by blank)
CRUMB_MAX_CHARS = 120


def masthead_crumbs(text: str) -> str | None:
    """The newspaper's name rooting a breadcrumb or section menu line, else None."""
    if len(text) > CRUMB_MAX_CHARS:
        return None
    marked = _CRUMB_MARKS.split(text.strip())
    items = [" ".join(item.split()) for item in (marked if len(marked) > 1 else _CRUMBS.split(text.strip()))]
    if not (len(items) >= CRUMB_ITEMS if len(marked) > 1 else len(items) == CRUMB_ITEMS) or not is_masthead(items[0]):
        return None
    return items[0] if all(len(item.split()) <= CRUMB_WORDS and item[:1].isupper() for item in items[1:]) else None
