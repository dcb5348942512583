"""Lines that look like bylines and are not, or are in a form the byline reader does not open with: a
time phrase after 'By' ('By Tuesday afternoon, …'), a source label before a reporter and the brand she
files for ('Source: NAME | BRAND'), and an author's one-sentence bio. Split from clean/byline.py."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from storyline.rules import rule_file, word_sequence, words

if TYPE_CHECKING:
    from storyline.clean.byline import Byline
    from storyline.model import DroppedLine


def calendar_word(name: str, languages: Iterable[str]) -> bool:
    """'By Tuesday afternoon, 3,000 had …', 'By March the plan …': a lone weekday or month after 'By'
    opens a sentence's time phrase, not a byline (CLDR's names, rules/datelines.toml). A two-word
    name keeps its month ('June Fox'), and so does a given name ('Jan', 'April'; census lists)."""
    from storyline.clean.dateline import month_names
    from storyline.clean.weekdays import weekday_names
    from storyline.extract.person_names import is_given_name

    if " " in name or len(name) < 4 or is_given_name(name):
        return False
    langs = tuple(sorted(set(languages) - {""}))
    return name.casefold() in weekday_names(langs).keys() | month_names(langs).keys()


# 'By Kestrel's count, about 61,000 …', 'By Reuters' tally, …': the introducer's idiom of measure, a possessor
# and its noun opening a sentence; a byline's name owns no noun after it
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])$")


def possessor(names: tuple[str, ...], rest: str) -> bool:
    """A name that owns the noun after it is no byline's."""
    return bool(names) and bool(_POSSESSIVE_END.search(names[-1])) and rest[:1].islower()


# A headline that opens with the byline's introducer: 'Von Ast getroffen: …', 'Von Fans gefeiert: …' (German's
# passive 'by X hit / celebrated', a headline's form): after the capitalised words, one or two lower-case words
# and the headline's colon. On dates-dev's dev text 3 lines on 3 sites have this shape, all headlines (one was
# read as the byline 'Ast'); a date label there ('Von NAME aktualisiert: DATE') stays a byline's.
_COLON_HEADLINE = re.compile(r"^(?P<words>[a-zäöüßà-ÿ][\w-]*(?:\s+[a-zäöüßà-ÿ][\w-]*)?):")


def colon_headline(rest: str) -> bool:
    m = _COLON_HEADLINE.match(rest)
    labels = words("datelines", "updated_markers") | words("datelines", "published_markers")
    return m is not None and m["words"].casefold() not in labels


def source_credit(text: str) -> Byline | None:
    """'Source: Kwame Asare | VoltaFM': a source label before a reporter's full name and the outlet he
    files for is the page's credit of its reporter (West African news sites print it so); a source
    label before anything else ('Source: AFP', 'Source: Ministry of Health') credits no author."""
    from storyline.clean.byline import _name_comma_outlet

    labels = "|".join(re.escape(w) for w in sorted(word_sequence("bylines", "source_labels"), key=len, reverse=True))
    m = re.match(rf"(?:{labels})\s*:\s*(?P<rest>.+)$", text, re.I)
    found = _name_comma_outlet(m["rest"]) if m else None
    return found if found and found.outlet and all(len(n.split()) >= 2 for n in found.names) else None


def initials_credit(names: tuple[str, ...]) -> str | None:
    """'By Maria Lopez, CNX': capitals alone after a reporter's full name are the outlet she files for (a
    broadcaster's or agency's initials, as 'By Jane Doe, CNN' credits CNN), never a second author: a
    person's name has two words or more (lead38)."""
    if len(names) < 2 or not any(len(n.split()) >= 2 for n in names[:-1]):
        return None
    last = names[-1]
    return last if last.isalpha() and last.isupper() and 2 <= len(last) <= 5 else None


@cache
def tagline_pattern() -> re.Pattern[str]:
    """An author's one-sentence bio ('Jane Roe is a professor of …', 'Jane Roe is Ledger Daily's energy
    correspondent'): rules/credits.toml [author_tagline], NAME and ROLE filled in."""
    from storyline.clean.byline import NAME

    roles = sorted(words("bylines", "name_roles") | words("bylines", "credit_roles"), key=len, reverse=True)
    role = "|".join(re.escape(r) for r in roles)
    return re.compile(rule_file("credits")["author_tagline"]["patterns"][0].replace("NAME", NAME).replace("ROLE", role))


# A byline line with the writer's box sentence run on after it ('By Lena Hart, Senior Contributor. Lena
# Hart covers biotech, clinical trials and drug pricing.': a contributor page's author strip flattened into
# one line; probe29 read 'Senior Contributor. Lena Hart' as a second writer). The sentence opens with a
# name (two capitalised words) and a verb of the author box (rules/boilerplate_context.toml
# [author_bio_verbs]); the byline is what comes before it.
_RUN_ON_BIO = re.compile(r"(?<=[^\W\d_]{3}\.)\s+[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+\s+(?P<verb>\w+)\b.*$")


def before_bio(text: str) -> str:
    """The byline line without a writer's bio sentence run on after it."""
    m = _RUN_ON_BIO.search(text)
    verbs = {w.casefold() for w in word_sequence("boilerplate_context", "author_bio_verbs")}
    return text[:m.start()].rstrip(" .") if m and m["verb"].casefold() in verbs else text


def own_byline_lines(dropped: Iterable[DroppedLine]) -> list[str]:
    """The byline lines cleaning set aside, less a list's of other stories: those after a related list's heading
    or teaser ('Most Popular' / a headline / 'By NAME' / a headline / 'By NAME'), up to the next line set aside
    for another reason (the headline, the dateline: the page's own head). dates-dev dev text: a 'Most Popular'
    rail inside the story gave its first teaser's writer as the page's (byline40; invented pages: 1 of 2 related
    lists)."""
    out: list[str] = []
    in_list = False
    for line in dropped:
        if line.reason == "related":
            in_list = True
        elif line.reason == "byline" and not in_list:
            out.append(line.text)
        elif line.reason not in ("byline", "boilerplate"):
            in_list = False
    return out


def opened_as_a_name(name: str, language: str | None) -> bool:
    """Whether a bare name opens as a person's does in the page's language: a listed given name
    (clean.byline.given_first), or on a Vietnamese page a listed family name, written first
    (rules/east_asian_names.toml [vietnamese_family_names]; 'Nguyễn Minh Anh')."""
    from storyline.clean.byline import given_first

    first = name.split()[0].casefold() if name.split() else ""
    return given_first(name) or (language == "vi" and first in words("east_asian_names", "vietnamese_family_names"))
