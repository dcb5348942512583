"""Names the text itself gives as another name of a named mention: 'the Central Bank of Tarsenia,
known locally as the Citadel,'; 'Mrs. Halvorsen, known as Ingrid Castellane before her marriage,'.

An appositive clause of naming (Quirk et al. 1985 §17.80) states that two names are one referent,
so every mention of the other name in the article is a mention of the first — whatever the
recognizer labelled it, or where it saw no name at all ('The Citadel said …'). A maiden name after
'née' ('Ingrid Halvorsen, née Castellane') is no mention of a namesake of that surname (AP
Stylebook 'nee'). A storm is named by a class word and a personal name ('Hurricane Delphine'), and
later by the name alone ('Delphine weakened'): that name is the storm's, not a person's (WMO naming;
rules/aliases.toml [storm_class_words]); so is a seat of government named by its palace
('Miraflores Palace', then 'Miraflores said': [seat_class_words]). Patterns: rules/aliases.toml [alias_statements],
[maiden_name_statements].
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import alias_key, canonical_alias, fold, initials, is_acronym

if TYPE_CHECKING:
    from storyline.extract.entities import Mention

_STATED = rules.pattern("aliases", "alias_statements")
_MAIDEN = rules.pattern("aliases", "maiden_name_statements")
_TICKER = rules.pattern("aliases", "ticker_statements")
# how far back (characters) 'trade under the symbol ORVH' looks for the company: about two sentences
_TICKER_BACK = 300
# how far after a mention a naming clause may start (a comma or bracket and spaces)
_GAP = 3
# how far after the mention the other name may start: the clause's words, and a describing noun phrase
# before them ('Faisalabad, the Punjab city formerly known as Lyallpur': 36 characters)
_REACH = 48
_STORM_WORDS = sorted(rules.words("aliases", "storm_class_words"), key=len, reverse=True)
_SEATS = "|".join(sorted(rules.words("aliases", "seat_class_words"), key=len, reverse=True))
_SEAT = re.compile(rf"(?:[Tt]he\s+)?([A-Z][\w'’-]+)\s+(?:{_SEATS})", re.IGNORECASE)
_STORM = re.compile(r"(?:{})\s+([A-Z][\w'’-]+)".format("|".join(w.replace(" ", r"\s+") for w in _STORM_WORDS)),
                    re.IGNORECASE)


def stated_names(mentions: list[Mention], body: str) -> list[Mention]:
    """The mentions, each occurrence of a stated other name now a mention referring to the named
    one (its label, `refers_to` its start); a maiden surname after 'née' is no mention."""
    from storyline.extract.entities import Mention

    mentions = _local_acronyms(mentions)
    found: list[tuple[Mention, str]] = []
    dropped: set[tuple[int, int]] = set()
    for m in mentions:
        if (hit := _STATED.match(body, m.end, m.end + _GAP + 80)) is not None and hit.start("name") - m.end <= _REACH:
            found.append((m, hit["name"].rstrip(".,;:")))
        elif m.label == "PERSON" and (hit := _MAIDEN.match(body, m.end)) is not None:
            dropped.add((hit.start(1), hit.end(1)))
        elif m.label != "PERSON" and (storm := _STORM.fullmatch(m.text.strip())) is not None and storm[1][:1].isupper():
            found.append((m, storm[1]))  # 'Hurricane Delphine', later 'Delphine'
        elif m.label != "PERSON" and (seat := _SEAT.fullmatch(m.text.strip())) is not None and seat[1][:1].isupper():
            found.append((m, seat[1]))  # 'Miraflores Palace', later 'Miraflores said'

    found += _tickers(mentions, body)
    if not found and not dropped:
        return mentions
    out = [m for m in mentions if not any(s < m.end and m.start < e for s, e in dropped)]
    for named, other in found:
        spans = _occurrences(body, other, named)
        out = [m for m in out if not any(s < m.end and m.start < e for s, e in spans)]
        out += [Mention(s, e, body[s:e], named.label, named.start) for s, e in spans]
    return sorted(out, key=lambda m: (m.start, m.end))


def _tickers(mentions: list[Mention], body: str) -> list[tuple[Mention, str]]:
    """'Orvane Hydroelectric Co. (NASDAQ: ORVH)', 'Its shares, which trade under the symbol ORVH': the
    ticker names the organisation named right before the bracket, or the name last before 'symbol'
    (rules/aliases.toml [ticker_statements])."""
    out = []
    for hit in _TICKER.finditer(body):
        symbol, at = (hit[1], hit.start()) if hit[1] else (hit[2], hit.start())
        # the name right before: a company name the recognizer took for a person's counts ('Quarry Trust,
        # which trades under the ticker QTBC'), a place does not
        orgs = [m for m in mentions if m.label in ("ORG", "PERSON") and at - _TICKER_BACK <= m.end <= at
                and m.text.strip() != symbol and (hit[2] or not body[m.end:at].strip())]
        if orgs:
            out.append((max(orgs, key=lambda m: m.end), symbol))
    return out


def _occurrences(body: str, other: str, named: Mention) -> list[tuple[int, int]]:
    """Where the article writes the other name (a leading 'the' in either case, or none), outside
    the named mention and not as the first word of a longer name."""
    bare = re.sub(r"^[Tt]he\s+", "", other)
    # not the first word of a longer name ('Sandy Hook' beside 'Hurricane Sandy')
    pattern = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?" + re.escape(bare) + r"(?![\w-])(?![ \t]+[A-Z][a-z])")
    return [(hit.start(), hit.end()) for hit in pattern.finditer(body)
            if not (named.start <= hit.start() < named.end)]


def _local_acronyms(mentions: list[Mention]) -> list[Mention]:
    """'the Food and Drugs Authority (FDA)', later 'the FDA': an acronym the alias table gives to another
    body (rules/aliases.toml: FDA, the US Food and Drug Administration) names the body of the article whose
    words it spells, when the article never names the listed one; it refers to that body's first mention
    (Schwartz & Hearst 2003: the writer defines the short form by the name it abbreviates). Regulators
    and institutes of other countries take the US agencies' initials (Ghana's, Thailand's and the
    Philippines' FDA, Pakistan's NIH; branch probe25)."""
    bodies: dict[str, Mention] = {}
    for m in mentions:
        if m.label in ("ORG", "FAC", "GPE") and m.refers_to < 0 and len(m.name.split()) > 1:
            bodies.setdefault(initials(m.name), m)
    named = {fold(m.name) for m in mentions if not is_acronym(m.text.strip())}
    out = []
    for m in mentions:
        text = m.text.strip()
        listed = canonical_alias(text) if m.label != "PERSON" and is_acronym(text) else None
        body = bodies.get(alias_key(text)) if listed else None
        if body is not None and listed is not None and fold(body.name) != fold(listed) and fold(listed) not in named:
            m = replace(m, label=body.label, refers_to=body.start)
        out.append(m)
    return out
