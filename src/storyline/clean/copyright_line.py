"""A page's copyright notice and its holder: '© 2024 Ledger Media. All rights reserved.', 'Sermitsiaq.gl ©
Copyright 2024', 'L'Écho des Vallées - Tous droits réservés'. Moved out of clean.outlet_finders, which asks
`copyright_line` for the holder and weighs it against the page's other evidence of its outlet.
"""
from __future__ import annotations

import re
from functools import cache

from storyline.model import Article
from storyline.rules import pattern, word_sequence

# The credit lines' cues are in rules/credits.toml (copyright marks and 'All rights reserved' in
# 34 languages; the English-only cues say there why they are English only).


@cache
def _copyright() -> re.Pattern[str]:
    """'© 2024 Ledger Media. All rights reserved.' / '(c) Ledger, Alle Rechte vorbehalten': the holder; a dot
    goes on in a domain ('Ledger.com') and between a company form's letters ('Ediciones Ledger S.L.', 'S.p.A.')."""
    marks = "|".join(re.escape(w) for w in sorted(word_sequence("credits", "copyright_marks"), key=len, reverse=True))
    # 'Copyright owned or licensed by Torstar Ltd.': the clause naming the holder after the mark (rules/credits.toml
    # [copyright_holder_leads]; the holder read after a mark only, the notice lines copyright_line is given)
    leads = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(word_sequence("credits", "copyright_holder_leads"), key=len, reverse=True))
    return re.compile(rf"^\s*(?:(?:{marks}|@|·|by\b|(?:{leads})\b)[\s,]*|\d{{4}}\s*[-–]?\s*)+(?P<name>(?:[^|.]|\.(?=[a-z]{{2,6}}\b)|(?<=\b[^\W\d_])\.(?=[^\W\d_]{{1,2}}\.))+?)[.,]?\s*(?:\d{{4}}\s*)?"
                      rf"(?:(?:{_rights_reserved()}).*)?$", re.I)


@cache
def _holder_first() -> re.Pattern[str]:
    """'Sermitsiaq.gl © Copyright 2024. All rights reserved.': the holder before the mark, nothing
    but the mark, years and the reservation after it."""
    marks = "|".join(re.escape(w) for w in sorted(word_sequence("credits", "copyright_marks"), key=len, reverse=True))
    return re.compile(rf"^\s*(?P<name>[^\W\d][^|©]{{1,40}}?)\s*[-–—|,]?\s*(?:(?:{marks})\s*)+(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?)?"
                      rf"(?:[.,]|\s+[-–|])?\s*(?:(?:{_rights_reserved()})\.?)?\s*$", re.I)


@cache
def _holder_reserving() -> re.Pattern[str]:
    """"L'Écho des Vallées - Tous droits réservés", 'Ledger Media, 2024. All rights reserved.': the holder
    and the reservation with no mark (the Buenos Aires Convention's notice is the reservation itself)."""
    return re.compile(rf"^\s*(?P<name>[^\W\d][^|©]{{1,40}}?)\s*[-–|,.]\s*(?:\d{{4}}\s*[-–|,.]?\s*)?"
                      rf"(?:{_rights_reserved()})\.?\s*$", re.I)


@cache
def _rights_reserved() -> str:
    return "|".join(re.escape(w) for w in word_sequence("credits", "rights_reserved"))


# A '© NAME' line with no year and no 'All rights reserved' above the page's last fifth is a picture's
# credit ('© Getty Images', '© Red Bull Content Pool' under a photo), not the site's notice, which
# sits in the footer. dates-dev text dev half: 14 such lines were taken for the outlet, 11 of them
# a photographer or agency; the 3 right ones are repeated by the footer's notice.
FOOTER_FROM = 0.8
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _dated_or_reserved(line: str) -> bool:
    """A notice's year or its 'All rights reserved': the site's notice, not a picture's credit."""
    return bool(_YEAR.search(line) or re.search(_rights_reserved(), line, re.I))


def _picture_credit(line: str, line_no: int, total: int) -> bool:
    if _dated_or_reserved(line):
        return False
    return total > 0 and 0 < line_no < FOOTER_FROM * total


def copyright_line(article: Article) -> tuple[str | None, str]:
    total = article.raw.count("\n") + 1 if article.kind == "text" else 0
    for line, line_no in _notices(article, total):
        if _picture_credit(line, line_no, total):
            continue
        notice = pattern("credits", "footer_link_tail").sub("", _ADDRESS_TAIL.sub("", _from_mark(line)))
        m = _copyright().match(notice) or _holder_first().match(_NOTICE_TAIL.sub("", notice)) \
            or _holder_reserving().match(notice)
        name = _holder_name(m["name"]) if m else ""
        if re.search(r"[^\W\d_]", name) and not _notice_words(name) and _name_shaped(name):
            return name, line
    return None, ""


# A footer row of links before the notice ('Terms of use | Privacy policy | © 2024 Ledger Limited'): the row's
# items apart by a spaced bar or dot, the notice the item holding the mark (NZ and UK news sites' footers print
# their legal links and the notice on one line; branch probe38, no dates-dev dev page prints one so)
_FOOTER_ITEMS = re.compile(r"\s+[|·•]\s+")


def _from_mark(line: str) -> str:
    """The footer row from its first item holding a copyright mark, or the line as it is."""
    items = _FOOTER_ITEMS.split(line)
    marks = word_sequence("credits", "copyright_marks")
    first = next((i for i, item in enumerate(items) if any(m in item.casefold() for m in marks)), 0)
    return " | ".join(items[first:]) if first else line


def _notice_words(name: str) -> bool:
    """The notice's own words where the holder should be ('Copyright. All rights reserved © 1998–2024': a tech
    site's footer that names nobody; the lead's forty-ninth story took it for the outlet)."""
    marks = {m.casefold() for m in word_sequence("credits", "copyright_marks")}
    return bool(re.search(_rights_reserved(), name, re.I)) or name.strip(" .").casefold() in marks


# lower-case words a holder's name may hold ('Ediciones de la Nación', 'Museum of the City', 'Times and Star')
_NAME_PARTICLES = frozenset({"of", "the", "and", "de", "del", "la", "le", "du", "des", "di", "da", "von", "van", "y", "et", "&", "for"})
HOLDER_LOWER_WORDS = 2


def _name_shaped(name: str) -> bool:
    """A holder is a name, not the notice's sentence ('Copyright: Any unauthorized use or reproduction of
    The Dhaka Ledger content … is strictly prohibited', a South Asian daily's footer; lead32): more than
    two lower-case words besides a name's particles, or a leading colon, make it prose."""
    lower = [w for w in name.split() if w[:1].islower() and w not in _NAME_PARTICLES]
    return not name.lstrip().startswith(":") and len(lower) <= HOLDER_LOWER_WORDS


def _notices(article: Article, total: int) -> list[tuple[str, int]]:
    """The lines cleaning set aside as copyright notices; on a text scrape also a footer line set aside
    for another reason that is a notice by its shape (a mark and a year, or 'All rights reserved', in
    the page's last fifth): a related-stories list above the footer takes the lines below its label
    ('Leia também' / teaser / 'Jornal da Enseada © 2024 - Todos os direitos reservados')."""
    notices = [(d.text.strip(), d.line_no) for d in article.dropped if d.reason == "copyright"]
    if article.kind == "html":  # the footer's notices, read by clean.page_head.notice_lines (line number 0: no position test)
        notices += [(line, 0) for line in article.metadata.get("page_notices", "").split("\n") if line]
    if total:
        marks = word_sequence("credits", "copyright_marks")
        notices += [(d.text.strip(), d.line_no) for d in article.dropped
                    if d.reason != "copyright" and d.line_no >= FOOTER_FROM * total
                    and _dated_or_reserved(d.text)
                    and (any(m in d.text.casefold() for m in marks) or re.search(_rights_reserved(), d.text, re.I))]
    return notices


# What follows the holder on a footer's notice: the theme's or CMS's credit ('Flawless Food on the
# Foodie Pro Theme', 'RNA NEWS - Theme by HappyThemes', '· Powered by GeneratePress': WordPress and
# Genesis themes' default footer text), a tagline after a middle dot, the years of a range
# ('Bundespolizei 1999-2021') or a stray number ('Kyffhäuser Nachrichten 2.6411'), and the group that
# owns the paper, after a comma ('Brimfield Herald, a Tollard Newspapers publication', 'Vellin Herald, part
# of Halsey Media Group': US chains' footers name the paper first, its owner in apposition).
_HOLDER_TAIL = re.compile(r",\s+(?:(?:a|an)\s+[^,]{1,60}?\s(?:publication|company|newspaper|brand|property)"
                          r"|(?:part|a\s+(?:division|member|subsidiary|unit))\s+of\s+[^,]{1,60})$"
                          r"|\s+on\s+(?:the\s+)?[\w\s-]*\b(?:theme|framework)\b.*$"
                          r"|\s*(?:[-–|·•]\s*)?(?:[\w-]+\s+)?\btheme\s+by\b.*$"
                          r"|\s*(?:[-–|·•]\s*)?(?:proudly\s+)?(?:powered|designed|made)\s+by\b.*$"
                          r"|\s+[·•]\s.*$|(?:\s+[-–]?\s*\d[\d.,–-]*)+$"
                          # the notice's legal reach after the owner ('Guardian News & Media Limited or its
                          # affiliated companies', '… and its licensors'): the Guardian's and many US sites' form
                          r"|\s+(?:and/or|or|and)\s+its\s+(?:affiliated\s+companies|affiliates|licensors|subsidiaries)\b.*$", re.I)
# what a footer prints after a holder-first notice ('The Ledgerline © 2024 · Powered by Ghost'): the
# CMS's or theme's credit, as _HOLDER_TAIL cuts it after a holder
_NOTICE_TAIL = re.compile(r"\s*[-–|·•]?\s*(?:proudly\s+)?(?:powered|designed|made|hosted)\s+by\b.*$"
                          r"|\s*[-–|·•]?\s*(?:[\w-]+\s+)?\btheme\s+by\b.*$", re.I)
# a street address after the holder ('© 2024 Millbrook Courier, 12 Main St., Millbrook': US local
# papers' footers print the office's address in the notice): a number, capitalised words and a street
# suffix of USPS Publication 28, appendix C1 (the common ones)
_ADDRESS_TAIL = re.compile(r",\s*\d{1,5}\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive"
                           r"|Ln|Lane|Way|Pl|Place|Sq|Square|Ct|Court|Pkwy|Parkway|Hwy|Highway)\b.*$")


def _holder_name(name: str) -> str:
    """The copyright holder without what its footer prints after it (_HOLDER_TAIL), cut until nothing
    more goes: a year left before a cut tail is a tail too ('© WMR 2024 · Impressum · Datenschutz')."""
    name = name.strip(" ,-–—")
    while (cut := _HOLDER_TAIL.sub("", name).strip(" ,-–—")) != name:
        name = cut
    return name


def company_prefix_printed(holder: str, lines: list[str]) -> str | None:
    """The longest of the company name's first words (two or more, fewer than all) that another line
    prints as a name ('Join the Calder Courier's WhatsApp channel' for 'Calder Courier Press Holdings Ltd.')."""
    from storyline.clean.outlet import is_legal_entity

    words_ = holder.split()
    for n in range(len(words_) - 1, 1, -1):
        prefix = " ".join(words_[:n])
        printed = re.compile(rf"(?<![\w-]){re.escape(prefix)}(?![\w-]|\s+[A-ZÀ-Þ])")
        # or in capitals, as a photo credit prints the paper ('FILE PHOTO | LEDGER DAILY'; branch probe26)
        capitals = re.compile(rf"(?<![\w-]){re.escape(prefix.upper())}(?![\w-]|\s+[A-ZÀ-Þ])")
        if not is_legal_entity(prefix) and any(printed.search(line) or capitals.search(line) for line in lines):
            return prefix
    return None
