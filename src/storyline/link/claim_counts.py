"""Counts and amounts as values of one quantity ('four riders were hospitalized' / 'three riders were
hospitalized'; 'fined Pellmont $2.1 million in 2022' / '$1.8 million in 2022'), read from a claim's subject
or object phrase, and when two of them are two values of one quantity rather than two quantities.

Percentages are figures of the extractor (link/contradictions.py compares them); a bare count was left
out there because, compared as a figure, every count met every other of the story (disputes6: 370 more
dev flags; 43 with a same-doer gate, about 5 real). A count is of something (the noun it counts, or a
currency), in a role (who acts, or what the act is done to), for an act and a time; two counts are one
quantity only when all of these are the same (`counts_conflict`)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline import rules
from storyline.link.claim_doer import passive
from storyline.link.claim_ref import ClaimRef
from storyline.link.currency import NAMES as CURRENCY_NAMES
from storyline.link.currency import SCALED_ONLY, SCALES, TOKEN_SIGN, currency_of, is_money
from storyline.link.numerals import spelled_number
from storyline.link.propositions import CALENDAR_WORDS

NUMBER_WORDS = rules.mapping("timex", "small_numbers")
# a numeral that multiplies the one before it ("two dozen" 24, "three hundred" 300, "2.1 million"): the complex
# numerals of Huddleston & Pullum 2002 ch. 5 §7.2 ('dozen' is a numeral noun like 'hundred'; the plurals
# 'dozens of', 'hundreds of' name no value and are not numbers here); 'lakh' and 'crore' are the Indian numbering
# system's numeral nouns ('12 lakh women', '₹48 crore'; Oxford English Dictionary 'lakh', 'crore')
MULTIPLIERS = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7,
               "billion": 1e9, "trillion": 1e12}
# 'at least 40', 'more than 40', 'up to 40', 'about 40': bounds and approximations (rules/disputes.toml)
BOUNDS = rules.mapping("disputes", "count_bounds")
CURRENCY = {"$": "$", "£": "£", "€": "€", "us$": "$"}
# a dollar sign after a country's letters names that country's dollar ('A$4.2m', 'C$36-million', 'NZ$'): another
# currency than the bare '$' (Guardian and Economist style guides, 'currencies'; ISO 4217's AUD, CAD, NZD, HKD)
DOLLAR_PREFIXES = rules.mapping("disputes", "dollar_prefixes")
# 'm', 'bn', 'mil', 'crore' after an amount of money (rules/currencies.toml [money_scales]); read only after a
# currency sign, where no unit of measure ('5m' metres) can follow
MONEY_MULTIPLIERS = SCALES
# a count of time or of a measure, not of things the act involves ('in 10 years', '5 miles')
NOT_COUNTED = rules.words("disputes", "count_units_not_counted")
# Two counts this close (relative) are one value: as FIGURE_TOLERANCE.
TOLERANCE = 0.1
# 'not 120 as was reported', 'rather than the 2,400', 'eleven, not 18': a value named to be rejected
CORRECTION = rules.pattern("disputes", "count_corrections", re.IGNORECASE)
# a tally still running or a changed value ('has confirmed', 'so far', 'up from'; claim_period_values)
RUNNING = rules.pattern("disputes", "running_tally_markers", re.IGNORECASE)
_NEGATOR = re.compile(r"(?i)\b(?:not|than|of)\s+")
# a count of people meets a count of any kind of person ('1,800 people' / '2,400 residents')
PERSON_NOUNS = rules.words("speakers", "person_nouns")
PEOPLE = frozenset({"people", "person", "persons"})
# words after a run of capitalised words that end the noun phrase, so the capitalised word was its head ('30
# Britons in Gaza'): prepositions, conjunctions, relative pronouns and forms of be and have
_NOT_HEADS = frozenset(["of", "in", "at", "on", "for", "from", "to", "with", "by", "and", "or", "who", "which",
                        "that", "were", "was", "is", "are", "had", "have", "has", "aboard", "across", "into"])
# count nouns of one set ('pupils' / 'candidates', 'passengers' / 'travellers', 'staff' / 'workers'): WordNet
# synsets and their near hyponyms (rules/disputes.toml [count_noun_synonyms])
COUNT_NOUN_SYNONYMS = rules.mapping("disputes", "count_noun_synonyms")
# Undated counts in reports a day apart speak of one state of affairs (as DATE_TOLERANCE of contradictions).
ONE_DAY = dt.timedelta(days=1)
# the scopes that say how things stood on, or before, the report's own day (claim_scope)
OF_ITS_DAY = frozenset({"published", "reported"})


@dataclass(slots=True, frozen=True)
class Count:
    low: float
    high: float
    unit: str       # the counted noun, singular, or a currency sign
    role: str       # "agent" (the subject) or "theme" (the object)


_TOKEN = re.compile(rf"{TOKEN_SIGN}|\d[\d,]*(?:\.\d+)?|[^\W\d_]+(?:-[^\W\d_]+)*")


def counts(claim: ClaimRef) -> tuple[Count, ...]:
    """The counts of the claim's subject and object phrases: the first number of each phrase with the
    noun that follows it. A partitive ('25 of them', 'six of the sick') counts part of a set named
    elsewhere, a year is a time, and a number before a unit of time or measure counts no participant:
    none of these is read."""
    out = []
    # a passive's subject with no by-phrase is what the act is done to ('2,150 season tickets had been sold' /
    # 'the club has sold 3,400 season tickets'): the parse gives it as the claim's agent (claims._agent)
    undergoer = (claim.theme is None or _calendar_only(claim.theme) or adjunct_theme(claim)) and passive(claim)
    for role, phrase in (("theme" if undergoer else "agent", claim.agent), ("theme", claim.theme)):
        found = _count(phrase or "", role)
        if found is not None:
            out.append(found)
    return tuple(out)


def count_words(claim: ClaimRef) -> tuple[str, ...]:
    """The claim's counts in words, for an explanation ('4 rider', '$2,100,000')."""
    return tuple(f"{c.unit}{c.low:,.0f}" if is_money(c.unit) else f"{c.low:g} {c.unit}" for c in counts(claim))


_ADJUNCT_PREPOSITIONS = rules.words("disputes", "adjunct_prepositions")


def adjunct_theme(claim: ClaimRef) -> bool:
    """The claim's object as the parse gave it follows a preposition in its sentence ('12,400 children were
    vaccinated in the programme's first month'): an adjunct of time, place or circumstance, not what the act
    is done to ([adjunct_prepositions])."""
    words = re.findall(r"\w+", claim.theme or "")
    if not words:
        return False
    found = re.search(r"(\w+)\W+" + r"\W+".join(map(re.escape, words)), claim.text)
    return found is not None and found.group(1).lower() in _ADJUNCT_PREPOSITIONS


def _calendar_only(theme: str) -> bool:
    """An object that is only a day's name ('Eleven schools were shut on Wednesday' parsed with 'Wednesday' as
    the object): a time, not what the act is done to, so the passive's subject still is (counts)."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", theme)]
    return bool(words) and all(w in CALENDAR_WORDS for w in words)


def _name_modifiers(raw: list[str], at: int) -> int:
    """The index of the counted noun after the number: past the capitalised name words that modify it
    ('Eleven Lincoln County schools', '40 Boeing jets': a proper-noun modifier before the head, Quirk et al.
    1985 §17.108), when a common noun follows them; else `at` ('500 Americans', '30 Britons in …')."""
    k = at
    while k < len(raw) - 1 and raw[k][:1].isupper():
        k += 1
    if k == at or not raw[k][:1].islower() or raw[k].lower() in _NOT_HEADS:
        return at
    return k


# a compound numeral as the parse's phrase gives it, its hyphen split off by the tokenizer ('Twenty - three
# people'): 21 to 99 are written with a hyphen (Chicago Manual of Style 9.2; Guardian and Observer style guide,
# 'numbers'), so the two words are one number (probe32: 'Twenty-three people were taken to hospital' read as 20)
_SPLIT_COMPOUND = re.compile(r"\b([^\W\d_]+) - ([^\W\d_]+)\b")


def _joined_numerals(phrase: str) -> str:
    def join(m: re.Match[str]) -> str:
        both = m.group(1).lower() in NUMBER_WORDS and m.group(2).lower() in NUMBER_WORDS
        return f"{m.group(1)}-{m.group(2)}" if both else m.group(0)
    return _SPLIT_COMPOUND.sub(join, phrase)


def _count(phrase: str, role: str) -> Count | None:
    raw = _TOKEN.findall(_joined_numerals(phrase))
    words = [w.lower() for w in raw]
    for i, w in enumerate(words):
        value, after = number_at(words, i)
        if value is None:
            continue
        currency = _currency(words[i - 1]) if i else None
        if currency and after < len(words) and words[after] in MONEY_MULTIPLIERS and after == i + 1:
            value, after = value * MONEY_MULTIPLIERS[words[after]], after + 1
        if currency and words[i - 1] in SCALED_ONLY and after == i + 1:
            return None  # 'the N2', 'R40': a road, not an amount
        if currency is None and after < len(words) and words[after] in CURRENCY_NAMES:
            currency, after = CURRENCY_NAMES[words[after]], after + 1  # '15 billion naira'
        rest = words[after:]
        measured = None if currency else _measured_substance(rest)
        if currency is None and measured is None and (
                not rest or rest[0] in ("of", "%", "percent") or rest[0] in NOT_COUNTED
                or (re.fullmatch(r"\d{4}", w) and 1800 <= value <= 2100)):
            return None
        unit = currency or measured or noun_singular(words[_name_modifiers(raw, after)])
        low, high = bounds(words[:i - (1 if currency else 0)], value)
        return Count(low, high, unit, role)
    return None


# a unit of mass or volume before 'of' and a noun measures an amount of that substance ('12,000 tonnes of wheat',
# '9,000 gallons of the chemical'): a measure partitive (Huddleston & Pullum 2002 ch. 5 §9.3, measure nouns), the
# amount of a participant of the act, so two of them of one substance and unit are two values of one quantity
AMOUNT_UNITS = rules.words("disputes", "amount_units")
_SUBSTANCE_STOPS = _NOT_HEADS | {"the", "a", "an", "its", "their", "his", "her", "this", "that", "when", "as"}


def _measured_substance(rest: list[str]) -> str | None:
    """'tonne of wheat' for ['tonnes', 'of', 'imported', 'wheat', 'when', …]: the unit and the substance's head noun
    (the last word of its noun group), or None when the words after the number are no measure partitive."""
    if len(rest) < 3 or rest[0] not in AMOUNT_UNITS or rest[1] != "of":
        return None
    group: list[str] = []
    for w in rest[2:]:
        if w in _NOT_HEADS or not w.isalpha():
            break
        if w not in _SUBSTANCE_STOPS:
            group.append(w)
    return f"{noun_singular(rest[0])} of {noun_singular(group[-1])}" if group else None


def money_amounts(text: str) -> tuple[Count, ...]:
    """Every amount of money the text writes with a currency sign ('$48,000', '£1.3m', 'A$2.5 million'), with
    its bounds ('more than $40,000' allows many values)."""
    words = [w.lower() for w in _TOKEN.findall(text)]
    out = []
    for i in range(1, len(words)):
        currency = _currency(words[i - 1])
        value, after = number_at(words, i) if currency else (None, i)
        if value is None or currency is None:
            continue
        if after == i + 1 and after < len(words) and words[after] in MONEY_MULTIPLIERS:
            value, after = value * MONEY_MULTIPLIERS[words[after]], after + 1
        if words[i - 1] in SCALED_ONLY and after == i + 1:
            continue  # 'the N2', 'R40': a road, not an amount
        low, high = bounds(words[:i - 1], value)
        out.append(Count(low, high, currency, "theme"))
    return tuple(out)


def _currency(token: str) -> str | None:
    """The currency a sign names: '$', '£', '€', a country's dollar ('a$' -> 'A$'; 'us$' is '$'), or another
    currency's sign or code (rules/currencies.toml: '₹' and 'rs' -> 'Rs', 'rm' -> 'RM')."""
    return currency_of(token, DOLLAR_PREFIXES)


def number_at(words: list[str], i: int) -> tuple[float | None, int]:
    """The number at words[i] and the index after it ('2.1 million' → 2.1e6; 'four' → 4)."""
    w = words[i]
    if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", w):
        value = float(w.replace(",", ""))
    elif (spelled := spelled_number(words, i))[0] is not None and spelled[1] > i + 1:
        return spelled  # 'two hundred and forty', 'half a million' (numerals.py)
    elif w in NUMBER_WORDS and w not in ("a", "an", "half"):
        value = float(NUMBER_WORDS[w])
    elif "-" in w and all(p in NUMBER_WORDS for p in w.split("-")):
        value = float(sum(NUMBER_WORDS[p] for p in w.split("-")))  # 'twenty-five'
    else:
        return None, i
    j = i + 1
    if j < len(words) and words[j] in MULTIPLIERS:
        value *= MULTIPLIERS[words[j]]
        j += 1
    return value, j


def bounds(before: list[str], value: float) -> tuple[float, float]:
    """The values the count allows: 'at least 40' [40, inf), 'about 40' within the tolerance."""
    for n in (2, 1):
        kind = BOUNDS.get(" ".join(before[-n:])) if len(before) >= n else None
        if kind == "min":
            return value, float("inf")
        if kind == "max":
            return 0.0, value
        if kind == "about":
            return value * (1 - TOLERANCE), value * (1 + TOLERANCE)
    return value, value


def noun_singular(word: str) -> str:
    """A counted noun's singular ('babies' -> 'baby', 'wells' -> 'well')."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _apart(x: Count, y: Count) -> bool:
    """No value both counts allow, beyond the tolerance ('at least 40' and '25' are apart; 'about 25' and
    '24' are not)."""
    return x.low > y.high * (1 + TOLERANCE) or y.low > x.high * (1 + TOLERANCE)


def counts_conflict(a: ClaimRef, b: ClaimRef) -> bool:
    """Two counts of one thing, in one role, for one act (the caller asks for one predicate) and one
    time, that no value satisfies. One time is either the same stated period, ended before both
    reports ('in 2022', 'Thursday night's storm'), or no stated time in reports a day apart (each says
    how things stand on its day); then the later report must count fewer: a count that rises from one
    day's report to the next is an update (more found, more reported), one that falls is two accounts
    (or a correction). A later time stated for the later count ('by Thursday, 17') is another time.
    Two reports of one day cannot be ordered, so neither is the other's update: two asserters' undated
    counts of one day are two accounts of how things stood that day ('More than 300 families were
    displaced' / 'The floods displaced 250 families', both said on Monday; same_day_accounts), unless a
    sentence tells a running tally or names another day of report."""
    if a.published is None or b.published is None or (a.published == b.published and not same_day_accounts(a, b)):
        return False
    pairs = [(x, y) for x in counts(a) for y in counts(b)
             if one_thing(x.unit, y.unit) and x.role == y.role and _apart(x, y)]
    if not pairs:
        return False
    if one_closed_period(a, b):
        return True
    # a past act told as before its report ('reported': 'demanded $850,000', told on Wednesday) is of that
    # day's account as much as a present state is: two accounts a day apart of one act
    if not ({a.scope_basis, b.scope_basis} <= OF_ITS_DAY and abs(a.published - b.published) <= ONE_DAY):
        return False
    if a.published == b.published:
        return True  # same_day_accounts held above
    falls = [y.low < x.low for x, y in pairs]  # b's count below a's
    return any(falls) if a.published < b.published else not all(falls)


def same_day_accounts(a: ClaimRef, b: ClaimRef) -> bool:
    """Two reports of one day, each telling how things stood on it: no running tally in either sentence
    ([running_tally_markers]: 'has confirmed', 'so far', 'up from' tell a count still moving, which two
    reports of one day may catch at two moments) and no two days of report named ('said on Monday' /
    'said on Tuesday' in one day's papers are two times). One article's two counts are two things it counts,
    not a dispute it leaves unmarked (dev stories: 'The Asian flu killed 2 million people' / 'It killed an
    estimated 1 million people', two pandemics; 'will provide 137m euros' / 'an additional 92m euros', two
    pledges: both wrong flags, both within one article)."""
    if a.article_id == b.article_id:
        return False
    if RUNNING.search(a.text.split("\n\n")[0]) or RUNNING.search(b.text.split("\n\n")[0]):
        return False
    return a.report_day is None or b.report_day is None or a.report_day == b.report_day


def one_thing(x: str, y: str) -> bool:
    """Two counted nouns (singular) or currencies that count one set: the same word, or two words of one
    synonym group ([count_noun_synonyms])."""
    return x == y or (x in COUNT_NOUN_SYNONYMS and COUNT_NOUN_SYNONYMS[x] == COUNT_NOUN_SYNONYMS.get(y))


def one_closed_period(a: ClaimRef, b: ClaimRef) -> bool:
    """One stated period, over before either report (a finished act); False when a report is undated."""
    if a.published is None or b.published is None:
        return False
    return a.scope_basis == b.scope_basis == "stated" and a.scope is not None and a.scope == b.scope \
        and a.scope[1] < min(a.published, b.published)


def rejected_counts(claim: ClaimRef) -> tuple[float, ...]:
    """The values the claim's sentence names to reject them (rules/disputes.toml [count_corrections]):
    the first number after the match's last 'not' / 'than' / 'of'."""
    out = []
    for m in CORRECTION.finditer(" ".join(claim.text.split())):
        cut = list(_NEGATOR.finditer(m.group()))
        if not cut:
            continue
        words = [w.lower() for w in _TOKEN.findall(m.group()[cut[-1].end():])]
        words = words[1:] if words[:1] == ["the"] else words
        start = 1 if words[:1] and " ".join(words[:1]) in BOUNDS else 0
        value = number_at(words, start)[0] if len(words) > start else None
        if value is not None:
            out.append(value)
    return tuple(out)


def count_correction(fix: ClaimRef, other: ClaimRef) -> Count | None:
    """`other`'s count that `fix` rejects by naming its value, where `fix` gives a count of its own of
    the same thing ('Only 85 households had to leave, not 120 as was reported' against 'About 120
    households were evacuated'): two values of one quantity, the one correcting the other. The
    rejected value must be one `other` allows, and both counts must count one kind of thing (a count of
    people meets one of residents)."""
    rejected = rejected_counts(fix)
    if not rejected:
        return None
    mine = [c for c in counts(fix) if not any(c.low <= n <= c.high for n in rejected)]
    for c in (*counts(other), *_clause_counts(other)):
        if c.high == float("inf") or c.low == 0:
            continue  # 'at least 40', 'up to 40': a bound names no value to reject
        if any(c.low <= n <= c.high for n in rejected) and any(_one_kind(c.unit, m.unit) for m in mine):
            return c
    return None


def _clause_counts(claim: ClaimRef) -> tuple[Count, ...]:
    """The counts of the claim's sentence outside its subject and object ('The levee failed …, sending
    water into about 340 homes'): a count in a participle or adjunct the parse left out of the claim,
    read only when another claim rejects its very value (count_correction), which names what it
    corrects."""
    words = [w.lower() for w in _TOKEN.findall(claim.text)]
    out = []
    for i in range(len(words)):
        found = _count(" ".join(words[max(0, i - 2):]), "theme") if number_at(words, i)[0] is not None else None
        if found is not None:
            out.append(found)
    return tuple(out)


def corrected_words(fix: ClaimRef, other: ClaimRef) -> tuple[str, str] | None:
    """The two counts of a correction in words, the corrector's and the one it rejects ('at most 200
    home', 'about 340 home'), for an explanation; None when `fix` corrects no count of `other`."""
    rejected = count_correction(fix, other)
    if rejected is None:
        return None
    own = next((c for c in counts(fix) if _one_kind(c.unit, rejected.unit)), None)
    return (_phrase(own) if own else "another count"), _phrase(rejected)


def _phrase(c: Count) -> str:
    value = (c.low + c.high) / 2
    if c.low == c.high:
        text = f"{c.low:,.0f}"
    elif c.low == 0:
        text = f"at most {c.high:,.0f}"
    elif c.high == float("inf"):
        text = f"at least {c.low:,.0f}"
    else:
        text = f"about {value:,.0f}"
    return f"{c.unit}{text}" if is_money(c.unit) else f"{text} {c.unit}"


def _one_kind(x: str, y: str) -> bool:
    return x == y or (x in PEOPLE and y in PERSON_NOUNS) or (y in PEOPLE and x in PERSON_NOUNS)
