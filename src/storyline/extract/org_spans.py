"""Organisation names the small recognizer leaves untagged or cuts short (entities10's stories):
a firm named by proper words and its trade ('Haskins Mechanical', 'Relay Clinical Staffing'), and
a union's local body with its number ('… Workers Union Local 237', 'IBEW Local 58', 'Local 237').

Pure functions over an article's mentions and its body (rules/org_names.toml).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import TITLE_WORDS, fold
from storyline.extract.person_names import is_given_name

if TYPE_CHECKING:
    from storyline.extract.entities import Mention

TRADE_HEADS = rules.words("org_names", "trade_heads")
UNION_DESIGNATORS = rules.words("org_names", "union_designators")
GROUP_MEMBERS = rules.words("org_names", "group_member_nouns")
COMPANY_OFFICES = rules.words("org_names", "company_offices")
_FUNCTION_WORDS = rules.words("aliases", "function_words")
_DESIGNATOR = re.compile(r",? (?:Inc|LLC|Co|Corp|Ltd)\b\.?")
# a capitalised word of a name, an ampersand between two, or a lone initial ('J. R.')
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’-]*\.?|&)$")
# a capitalised compound whose last part is lower case modifies the name after it and is none of its words
# ('Chicago-based', 'Dublin-headquartered', 'Kremlin-linked'; a name's own parts are capitalised: 'Rolls-Royce',
# 'Coca-Cola'); probe39: 'Chicago-based Brightquarry Media' became the firm's name
_MODIFIER_COMPOUND = re.compile(r"-[a-z]+$")
_TRADE = re.compile(r"\b(?:" + "|".join(sorted((w.capitalize() for w in TRADE_HEADS), key=len, reverse=True)) + r")\b")
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,6} $")
_LOCAL = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in sorted(UNION_DESIGNATORS)) + r") \d{1,5}\b")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _replace_inside(mentions: list[Mention], new: Mention) -> list[Mention] | None:
    """`mentions` with `new` in place of those it covers; None when one crosses its edges or an
    organisation's own span already covers it."""
    span = (new.start, new.end)
    inside = [m for m in mentions if _overlaps((m.start, m.end), span)]
    if any(m.start < new.start or m.end > new.end for m in inside):
        return None
    if any(m.label == "ORG" and (m.start, m.end) == span for m in inside):
        return None
    return [m for m in mentions if m not in inside] + [new]


def _name_start(body: str, head_start: int, limit: int = 4) -> int:
    """Where the capitalised words right before `head_start` begin (at most `limit` words, on one
    line, no function or title word at their head: 'The', 'Mayor'); `head_start` when none."""
    start = pos = head_start
    for _ in range(limit):
        if pos < 2 or body[pos - 1] != " ":
            break
        word_start = max(body.rfind(" ", 0, pos - 1), body.rfind("\n", 0, pos - 1)) + 1
        word = body[word_start:pos - 1]
        # a sentence's last word ('… Inc. Bexley Electric') ends no name of this one; an initial may
        if not _NAME_WORD.fullmatch(word) or _MODIFIER_COMPOUND.search(word) or (word.endswith(".") and len(word) > 3) \
                or (word != "&" and fold(word) in _FUNCTION_WORDS):
            break
        pos = word_start
        if word != "&":
            start = word_start
    while start < head_start and fold(body[start:].split(" ", 1)[0]).strip(".") in TITLE_WORDS:
        start = body.index(" ", start) + 1
    return start


def _headline(body: str, pos: int) -> bool:
    """A title-case line ('Local Plumbing Firm Wins Bid'): every word capitalised, so capitals
    there tell no name."""
    from storyline.extract.mention_spans import _title_case_line

    return _title_case_line(body, pos)


def trade_firms(mentions: list[Mention], body: str) -> list[Mention]:
    """Capitalised words ending in a trade noun ('Haskins Mechanical', 'Drummond & Sons Excavating',
    'Relay Clinical Staffing'; rules/org_names.toml [trade_heads]) are a firm's name, an ORG mention,
    whatever the recognizer made of its words (untagged, or the first word a person). Its legal
    designator comes with it ('Bexley Electric Inc.')."""
    from storyline.extract.entities import Mention

    out = list(mentions)
    for hit in _TRADE.finditer(body):
        start = _name_start(body, hit.start())
        first = fold(body[start:hit.start()].split(" ", 1)[0])
        if start == hit.start() or first in TRADE_HEADS or _headline(body, hit.start()):
            continue
        end = hit.end()
        if (designator := _DESIGNATOR.match(body, end)) is not None:
            end = designator.end()
        if body[end:end + 2].strip()[:1].isupper() and body[end:end + 1] == " ":
            continue  # 'Bexley Electric Cooperative': a longer name the trade word does not end
        joined = _replace_inside(out, Mention(start, end, body[start:end], "ORG"))
        out = joined if joined is not None else out
    return sorted(out, key=lambda m: m.start) if out != mentions else mentions


_BODY_HEADS = rules.words("aliases", "purpose_heads")
_BODY = re.compile(r"\b(?:" + "|".join(sorted((w.capitalize() for w in _BODY_HEADS), key=len, reverse=True)) + r")\b")


def untagged_bodies(mentions: list[Mention], body: str) -> list[Mention]:
    """Capitalised words ending in an organisation's head noun ('Players First Coalition, a group that …',
    'Warm Homes Trust'; rules/aliases.toml [purpose_heads]) that the recognizer left wholly untagged are an ORG
    mention (the lead's fiftieth invented story: a sentence-opening coalition was no entity at all). Only
    where no mention touches the words, and not before a longer name ('… Council of Europe', '… Trust Fund')."""
    from storyline.extract.entities import Mention

    out = list(mentions)
    for hit in _BODY.finditer(body):
        start = _name_start(body, hit.start())
        if start == hit.start() or _headline(body, hit.start()) or fold(body[start:].split(" ", 1)[0]) in _BODY_HEADS:
            continue
        after = body[hit.end():hit.end() + 12]
        if re.match(r" (?:[A-Z]|of\b|for\b|on\b|&)", after) or any(_overlaps((m.start, m.end), (start, hit.end())) for m in out):
            continue
        out.append(Mention(start, hit.end(), body[start:hit.end()], "ORG"))
    return sorted(out, key=lambda m: m.start) if out != mentions else mentions


def union_locals(mentions: list[Mention], body: str) -> list[Mention]:
    """A union's local body is its name and its number: the recognizer cuts the number off
    ('Healthcare Workers Union Local' + '237') or tags nothing ('Local 237', 'IBEW Local 58'). The
    designation and number join the mention that ends right before them (or holds the designation),
    else stand as an ORG mention of their own (rules/org_names.toml [union_designators])."""
    from storyline.extract.entities import Mention

    out = list(mentions)
    for hit in _LOCAL.finditer(body):
        designation_end = hit.start() + len(hit[0].split(" ")[0])
        holder = next((m for m in out if m.start < hit.start() and m.end == designation_end), None)
        before = next((m for m in out if m.end == hit.start() - 1 and body[m.end] == " " and m.label != "PERSON"), None)
        start = holder.start if holder else before.start if before else hit.start()
        if start == hit.start() and (acronym := _ACRONYM_BEFORE.search(body, 0, start)) is not None:
            start = acronym.start()  # 'IBEW Local 58' with the national union's acronym untagged
        joined = _replace_inside(out, Mention(start, hit.end(), body[start:hit.end()], "ORG"))
        out = joined if joined is not None else out
    return sorted(out, key=lambda m: m.start) if out != mentions else mentions


def possessive_names(mentions: list[Mention], body: str) -> list[Mention]:
    """"St. Brigid's" + 'Regional Medical Center': a name with a possessive in it (a saint's or
    founder's, AP Stylebook 'possessives': 'St. Mary's Hospital') that the model cut after the
    possessive is one organisation when the second span ends in an institution's head
    (rules/aliases.toml [leading_name_tails], [org_heads]); not after a person's full name ("Irving
    Klaw's Movie Star News", ECB+ dev: his company, not its name)."""
    from storyline.extract.names import ORG_HEADS

    tails = ORG_HEADS | rules.words("aliases", "leading_name_tails")
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in ordered:
        before = out[-1] if out else None
        if (before is not None and before.text.endswith(("'s", "’s")) and m.start == before.end + 1
                and body[before.end] == " " and m.label in ("ORG", "FAC") and before.label != "PERSON"
                and not is_given_name(before.text.split()[0])  # "Irving Klaw's Movie Star News": his company
                and fold(m.text.split()[-1]).strip(".") in tails):
            out[-1] = replace(m, start=before.start, text=body[before.start:m.end], label="ORG")
            continue
        out.append(m)
    return out if len(out) != len(mentions) else mentions


# a possessive and a company's office or organ after it, an adjective of tenure aside ("Meridian's chairman",
# "Harwick's former chief executive", "Castell's board of directors")
_OFFICE_AFTER = re.compile(r"['’]s (?:(?:new|former|interim|acting|then|outgoing|incoming) )?(?P<office>"
                           + "|".join(sorted((re.escape(w) for w in COMPANY_OFFICES), key=len, reverse=True))
                           + r")\b", re.I)
_NOT_BODIES = ("GPE", "LOC", "PERSON", "NORP")


def company_possessives(mentions: list[Mention], body: str) -> list[Mention]:
    """A one-word name tagged a place, person or people in its possessive before a company's office or organ
    ("Meridian's chairman NAME", "Harwick's shareholders"; rules/org_names.toml [company_offices]) is an
    organisation: a company has a chairman and shareholders, a town or a person has none (branch probe27:
    a company's first word, its short name, tagged a place where the article never names it in full). Not a
    surname of a person the article names in full ("Trump's chairman of the Fed" is his appointee)."""
    people = {fold(m.text).split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    return [replace(m, label="ORG") if m.label in _NOT_BODIES and len(m.text.split()) == 1
            and fold(m.text) not in people and _OFFICE_AFTER.match(body, m.end) else m for m in mentions]


# 'Fenwick Parents for Safe Water', 'Mothers Against Drunk Driving': capitalised words ending in a
# plural member noun, 'for' or 'Against', and the capitalised words of the cause
_GROUP = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’.-]* ){0,3}([A-Z][a-z]+)) (for|Against) "
                    r"((?:the )?[A-Z][\w'’-]*(?: (?:and|of|the|&) [A-Z][\w'’-]*| [A-Z][\w'’-]*){0,4})")


def advocacy_groups(mentions: list[Mention], body: str) -> list[Mention]:
    """An advocacy or residents' group named by its members and its cause ('Fenwick Parents for Safe
    Water': the small model tags 'Fenwick Parents' a person and 'Safe Water' an organisation) is one
    ORG mention (rules/org_names.toml [group_member_nouns]). With 'for', a capitalised word must stand
    before the members ('Workers for Amazon said' may be workers of Amazon); 'Against' is a name's
    own capital."""
    from storyline.extract.entities import Mention

    out = list(mentions)
    for hit in _GROUP.finditer(body):
        if fold(hit[2]) not in GROUP_MEMBERS or (hit[3] == "for" and hit[1] == hit[2]) or _headline(body, hit.start()):
            continue
        start = hit.start() + len(hit[1]) - len(hit[1].lstrip()) if fold(hit[1].split()[0]) not in _FUNCTION_WORDS \
            else hit.start() + len(hit[1].split()[0]) + 1
        joined = _replace_inside(out, Mention(start, hit.end(), body[start:hit.end()], "ORG"))
        out = joined if joined is not None else out
    return sorted(out, key=lambda m: m.start) if out != mentions else mentions


# 'Garrity, Lowe & Brandt': partners' surnames, commas between, an ampersand before the last (a
# person's name never holds one, CMOS 10.24; 'Smith, Jones and Brown' may be three people)
# (surnames, not a list of acronyms: 'IBF, WBO, WBA & IBO', ECB+ dev)
_PARTNERSHIP = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*(?:, [A-Z][a-z][\w'’-]*)+,? & [A-Z][a-z][\w'’-]*"
                          r"(?:,? (?:LLP|LLC|PC|PLLC)\b)?")


def partnerships(mentions: list[Mention], body: str) -> list[Mention]:
    """A partnership named by its partners' surnames ('Garrity, Lowe & Brandt', which the model cuts
    into 'Garrity,' and 'Lowe & Brandt') is one ORG mention."""
    from storyline.extract.entities import Mention

    out = list(mentions)
    for hit in _PARTNERSHIP.finditer(body):
        inside = [m for m in out if m.start < hit.end() and hit.start() < m.end]
        if any(m.start < hit.start() or m.end > hit.end() for m in inside if not m.text.endswith(",")):
            continue
        kept = [m for m in out if m not in inside]
        out = [*kept, Mention(hit.start(), hit.end(), hit[0], "ORG")]
    return sorted(out, key=lambda m: m.start) if out != mentions else mentions


# a name the model ran on into the acronym bracketed after it ('U.S. Army Corps of Engineers (USACE', with or
# without the closing bracket): the definition form of Schwartz & Hearst 2003 (acronym_spans.defined_acronyms)
_RUN_INTO_ACRONYM = re.compile(r"^(.*\S) \(([A-Z][A-Z.&]{1,9})\)?$")


def bracketed_acronym_split(mentions: list[Mention], body: str) -> list[Mention]:
    """'The U.S. Army Corps of Engineers (USACE' as one span is two mentions, the name and its acronym
    (probe16: the span's unclosed bracket made a third entity that neither form joined)."""
    out: list[Mention] = []
    for m in mentions:
        hit = _RUN_INTO_ACRONYM.match(m.text) if m.label != "PERSON" else None
        if hit is None:
            out.append(m)
            continue
        at = m.start + hit.start(2)
        out += [replace(m, end=m.start + hit.end(1), text=hit[1]), replace(m, start=at, end=at + len(hit[2]), text=hit[2])]
    return out if len(out) != len(mentions) else mentions


_LEGAL = rules.words("aliases", "legal_designators")
_QUALIFIERS = rules.words("aliases", "designator_qualifiers")


def _forms(words: frozenset[str]) -> str:
    """The written forms of designator words, longest first: capitalised and in capitals ('Ltd', 'LLC',
    'Bhd', 'Berhad'); 'plc' and 'GmbH' as companies print them. Lower-case common words ('company',
    'limited') are no designator."""
    forms = {f for w in words for f in (w.capitalize(), w.upper())} | {"plc", "GmbH", "KGaA", "SpA"}
    return "|".join(sorted(forms, key=len, reverse=True))


# a legal designator right after a name: ' Bhd', ' Sdn Bhd', ', Inc.', ' Pvt. Ltd.', ' (Pty) Ltd'; never the
# first part of a hyphenated word ('Co-op')
_DESIGNATED = re.compile(rf",? (?:\(?(?:{_forms(_QUALIFIERS)})\.?\)? )?(?:{_forms(_LEGAL)})\b\.?(?![\w-])")


def designated_names(mentions: list[Mention], body: str) -> list[Mention]:
    """A name the recognizer stopped before the legal designator written after it ('Sinar Ladang' PERSON
    before 'Berhad', 'Kelvale' GPE before 'Sdn Bhd'), or took with it for a person's ('… Refinery Sdn Bhd'
    PERSON), is a company's: an ORG mention with its designator (rules/aliases.toml [legal_designators]:
    a company's legal form ends its name, and no person's or place's name ends in one). A span run on over
    the designator's period into the next sentence's name is cut there (`_cut_after_designator`)."""
    from storyline.extract.entities import Mention

    mentions = [part for m in mentions for part in _cut_after_designator(m)]
    out = list(mentions)
    for m in mentions:
        hit, words = _DESIGNATED.match(body, m.end), fold(m.text).split()
        if hit is None and (m.label == "ORG" or len(words) < 2 or words[-1].strip(".") not in _LEGAL):
            continue
        end = hit.end() if hit is not None else m.end
        joined = _replace_inside([x for x in out if x != m], Mention(m.start, end, body[m.start:end], "ORG"))
        out = joined if joined is not None else out
    return sorted(out, key=lambda m: m.start) if out != mentions else mentions


# a designator's period closing a sentence inside one span: 'Githara Holdings Ltd. Githara Holdings said'
_DESIGNATOR_STOP = re.compile(rf"(?<=\w) (?:{_forms(_LEGAL)})\.(\s+)(?=[A-Z])")


def _cut_after_designator(m: Mention) -> list[Mention]:
    """The recognizer ran one span over a designator's period into the next sentence's opening name
    ('… Holdings Ltd. Githara Holdings'): in the text of polnear-, timeline17- and dates-dev a designator's
    period before a capitalised word closes a sentence or a line all 29 times (copyright lines, 'Inc. All rights'
    23; a signature's date; 'News Corp. Elle …', 'Gemfields Group Ltd. Gemfields ist …', 'LLC. Content …'), and
    no company's name holds one. Two mentions: the company with its designator, and the rest with the span's label."""
    from storyline.extract.entities import Mention

    hit = _DESIGNATOR_STOP.search(m.text)
    if hit is None or len(m.text[:hit.start(1)].split()) < 2:
        return [m]
    cut, rest = hit.start(1), hit.end(1)
    return [Mention(m.start, m.start + cut, m.text[:cut], "ORG"), Mention(m.start + rest, m.end, m.text[rest:], m.label)]


def place_possessive_bodies(mentions: list[Mention], body: str) -> list[Mention]:
    """A body's name that the recognizer ran from a country's possessive ("Nepal's Office of the Auditor General",
    "India's Central Electricity Authority"): the possessive says whose body it is, as 'the country's' would, and
    is no part of its name, which the article also writes without it (probe42: the auditor's office stayed apart
    from its own bare name). Countries of rules/countries.toml only: "McDonald's Corporation" keeps its name."""
    from storyline.extract.outlet_names import country_keys

    out = []
    for m in mentions:
        owner = _PLACE_OWNER.match(m.text) if m.label == "ORG" else None
        if owner and fold(owner["owner"]) in country_keys() and len(m.text) > owner.end():
            m = replace(m, start=m.start + owner.end(), text=m.text[owner.end():])
        out.append(m)
    return out


# a country's possessive opening a name: 'Nepal's ', 'New Zealand's '
_PLACE_OWNER = re.compile(r"^(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)\s?['’]s\s+(?=[A-Z])")

