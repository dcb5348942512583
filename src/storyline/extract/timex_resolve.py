"""Calendar arithmetic and context cues for normalising time expressions against an anchor.

Everything here is pure date maths plus two cheap textual cues: the tense around an expression
(past/future markers in its sentence) and number words. `times.py` combines them per rule.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline import rules
from storyline.extract.timex_rules import SMALL_NUMBERS

_PRECISIONS = {"year": 1, "month": 2, "day": 3}


class Unanchored(Exception):
    """Raised by `Anchor.need` when a value needs a finer anchor than the one known."""


@dataclass(slots=True, frozen=True)
class Anchor:
    """The reference date and how much of it is known ("day", "month", "year"), or none."""

    date: dt.date | None
    precision: str = "day"

    def need(self, precision: str) -> dt.date:
        if self.date is None or _PRECISIONS.get(self.precision, 0) < _PRECISIONS[precision]:
            raise Unanchored(precision)
        return self.date


# Future cues: modal and scheduling words. Past cues: reporting verbs, auxiliaries, -ed forms.
# Chosen on TimeBank weekdays (313 with a day value): "will meet Bush on Thursday", "is to resume
# trading in Paris Tuesday". "by", "until", "set", "plan(ned)" were dropped as cues: "Until
# Thursday, they had not…", "signed an economic cooperation plan Friday" are past. "could" was
# dropped too: "could not be reached Wednesday", "could be located Wednesday" report the past.
_FUTURE = re.compile(r"(?i)^(will|'ll|wo|shall|would|expected|expects|expect|scheduled|slated|plans|planning|effective|"
                     r"due|upcoming|next|going|intends|intend|hopes|must|should|resume|resumes|might)$")
_PAST = re.compile(r"(?i)^(said|says|was|were|had|did|told|reported|announced|ago|last|since|earlier|"
                   r"has|have|been|came|went|began|took|made|got|gave|saw|held|met|left|won|lost|fell|rose|"
                   r"closed|brought|bought|sought|thought|fought|caught|taught|found|sold|paid|spent|sent|led|kept|struck|"
                   r"became|ran|wrote|spoke|chose|grew|knew|threw|drew|flew|shot|fled|stood|heard|meant|felt|"
                   r"\w{2,}[^e]ed|\w+ied|agreed|freed)$")
_NOT_PAST = {"need", "red", "bed", "speed", "united", "embed", "seed", "feed", "proceed"}
_SOON = re.compile(r"(?i)\bas (?:soon|early|late) as\s*$")
_BOUNDARY = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'`(A-Z])|\n\s*\n")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Co|Inc|Corp|Ltd|No|Lt|Col|Jan|Feb|"
                           r"Aug|Sept|Oct|Nov|Dec|vs|Mass|Calif|Fla|Ind|Mo|N\.Y|Ariz|Conn|Ill|Mich|Pa|Va|Wash))\.$")
_TOKEN = re.compile(r"[\w']+")


def _boundaries(text: str) -> list[int]:
    """Sentence starts in `text`: after . ! ? and a capital, unless the dot ends "U.S." or "Mr."."""
    return [m.end() for m in _BOUNDARY.finditer(text)
            if not _ABBREVIATION.search(text[max(0, m.start() - 6):m.start() + 1])]


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence's text before and after [start, end), at most 200 characters each way."""
    left = text[max(0, start - 200):start]
    # the boundary's look at the next sentence's first letter needs the expression's own first character:
    # without it a sentence-opening "Late Saturday night, …" read the sentence before it as its own
    cuts = _boundaries(text[max(0, start - 200):start + 1])
    left = left[cuts[-1]:] if cuts else left
    right = text[end:end + 200]
    stops = _boundaries(right)
    return left, right[:stops[0]] if stops else right


def _passive_future(before: list[str]) -> bool:
    """"would be paid", "will be held", "would likely be lifted": a participle after a modal and
    "be" is not past; adverbs may stand between the modal and "be" (Quirk et al. 1985, 8.20: the
    position after the operator is the commonest for 'likely', 'also', 'not')."""
    if len(before) < 2 or before[-1].lower() != "be":
        return False
    i = len(before) - 2
    while i > 0 and len(before) - 2 - i < _MAX_ADVERBS and _between_modal_and_be(before[i]):
        i -= 1
    return bool(_FUTURE.match(before[i]))


_MAX_ADVERBS = 2  # 'will most likely be', 'would not also be'
_MID_ADVERBS = frozenset({"also", "still", "not", "never", "then", "soon", "again", "only", "already", "now",
                          "certainly", "probably", "likely", "eventually", "first", "finally"})


def _between_modal_and_be(word: str) -> bool:
    word = word.lower()
    return word in _MID_ADVERBS or (word.endswith("ly") and len(word) > 4) or word == "most"


# Verbs whose to-infinitive is a plan for later than the telling ("planned to leave Thursday",
# "did not plan to remove him Thursday"): the infinitive's time follows the plan's
# (Quirk et al. 1985, 16.38 'future-oriented' catenatives). "plan(ned)" alone stays no cue (above).
_PROSPECTIVE = rules.words("timex", "prospective_verbs")


def _prospective(tokens: list[str], i: int) -> bool:
    return tokens[i].lower() == "to" and i > 0 and tokens[i - 1].lower() in _PROSPECTIVE


def _past_perfect(before: list[str]) -> bool:
    """"had been scheduled to expire Friday", "had expected": a plan told in the past perfect is
    over by the reference time (TimeML reads the time from tense; TBAQ-dev: 2 of 2 such weekdays
    are the past one)."""
    words = [w.lower() for w in before[-2:]]
    return words[-1:] == ["had"] or words == ["had", "been"]


# A participle right after a determiner or a degree adverb is an adjective ("on a still unspecified
# date", "the reported deal", "its planned merger"): it says nothing about tense (Huddleston &
# Pullum 2002, ch. 7.5 'adjectival passives'; the "would be paid on a still unspecified date in
# January" of TBAQ-dev read the month as past).
_ATTRIBUTIVE_BEFORE = rules.words("timex", "attributive_before")


# a future cue word that is also a plural noun ('his plans') is a noun right after a determiner or a possessive
# (rules/timex.toml [nominal_cues]); a modal there is a pronoun's verb ('This will become')
_NOMINAL_CUES = frozenset(rules.words("timex", "nominal_cues"))
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our",
                          "my", "your"})


def _not_temporal(tokens: list[str], i: int) -> bool:
    """"next to the embassy" is a place, not the future; "a still unspecified date" no past."""
    word = tokens[i].lower()
    if word.endswith("ed") and i > 0 and tokens[i - 1].lower() in _ATTRIBUTIVE_BEFORE:
        return True
    if word in _NOMINAL_CUES and i > 0 and tokens[i - 1].lower() in _DETERMINERS:
        return True  # 'unveiled his plans for … in March': a noun, no verb
    return word == "next" and i + 1 < len(tokens) and tokens[i + 1].lower() in {"to", "door"}


def tense(text: str, start: int, end: int) -> str | None:
    """"future", "past" or None: the nearest tense cue left of the expression, else right of it."""
    left, right = _sentence_around(text, start, end)
    if _SOON.search(left):
        return "future"
    if right.startswith("'s "):
        return "past"  # "Wednesday's ruling", "follows Tuesday's declaration": an event that happened
    every = _TOKEN.findall(left)
    far = max(0, len(every) - _NEAR_LEFT)
    tokens = every[far:]
    if (near := _left_cue(every, far, len(every))) is not None:
        return near
    for token in _right_tokens(right, fronted=len(tokens) <= _FRONTED_LEFT and right.lstrip().startswith(",")):
        if _FUTURE.match(token):
            return "future"
        if _PAST.match(token) and token.lower() not in _NOT_PAST:
            return "past"
    # the clause's verb may stand further back than the near words when only its complements and
    # prepositional phrases follow it ('will be named commander of the … team for a mission in
    # December'): TimeML resolves an underspecified date from the tense of the event it anchors
    # (TimeML Annotation Guidelines 1.2.1, 2.3), so the rest of the sentence's left side is read last.
    # Only a modal's future is taken from that far: a far past verb adds little to news's default lean
    # to the past, and a perfect there ('has extended … loans through January') still runs past the
    # telling (tempeval3-train dev: 2 far future cues right, 1 far past cue wrong when both were read)
    if any(t.lower() in _OTHER_EVENT_SIGNALS for t in tokens):
        return None  # 'was scheduled to fly home Friday, after his fight at the weekend': the fight's weekend
    return "future" if _left_cue(every, 0, far, far=True) == "future" else None


_NEAR_LEFT = 10
# TimeML's temporal signals that relate a time to an event of their own phrase (TimeML Annotation Guidelines
# 1.2.1, 2.3 SIGNAL: 'after', 'before', 'since', 'until', 'following'): past one, the far verb governs another event
_OTHER_EVENT_SIGNALS = frozenset({"after", "before", "since", "until", "following"})


def _left_cue(tokens: list[str], above: int, below: int, *, far: bool = False) -> str | None:
    """The tense the nearest cue among tokens[above:below] names, reading leftwards; read `far` from the
    time, none past a signal word (the time there is the signal's event's, not the far verb's)."""
    for i in range(below - 1, above - 1, -1):
        if far and tokens[i].lower() in _OTHER_EVENT_SIGNALS:
            return None
        if _not_temporal(tokens, i):  # the word before the window still tells a noun ('his plans')
            continue
        window = tokens[above:]  # the auxiliaries looked back at stay inside the window read
        at = i - above
        if _FUTURE.match(window[at]) or _prospective(window, at):
            # the plan's own verb stands before 'to': 'had planned to attend … on Wednesday' is a plan
            # told in the past perfect, as 'had been scheduled to' is (branch probe37)
            verb_at = at - 1 if _prospective(window, at) else at
            return "past" if _past_perfect(window[:verb_at]) else "future"
        if _PAST.match(window[at]) and window[at].lower() not in _NOT_PAST:
            return "future" if _passive_future(window[:at]) else "past"
    return None


# A time adverbial that opens its sentence, set off by a comma ('In January, a week after the
# anniversary, a bombing killed…', 'On Tuesday, the League plans to…'), has its clause's verb after
# the subject, often beyond the six words looked at otherwise (Quirk et al. 1985, 8.17: fronted
# adjuncts are usually separated by a comma); so the rest of the sentence is read, less any
# non-restrictive relative clause (', who will be taking part,': its tense is not the main
# clause's; Quirk et al. 1985, 17.22). At most a preposition stands before such a time ('In',
# 'On'). tempeval3-train dev: 2 values right, none broken; timeline17-dev (dev topics): 1 right,
# none broken. Without the comma ("Saturday's concert, which will be broadcast…") the near words stay.
_FRONTED_LEFT = 2
_NEAR_RIGHT = 6
_RELATIVE_CLAUSE = re.compile(r"(?i),\s*(?:who|which|whose|whom)\b[^,]*,")


def _right_tokens(right: str, *, fronted: bool) -> list[str]:
    if not fronted:
        return _TOKEN.findall(right)[:_NEAR_RIGHT]
    return _TOKEN.findall(_RELATIVE_CLAUSE.sub(",", right))


def looks_back(text: str, start: int, end: int) -> bool:
    """A past perfect ("had filed") in the sentence, or a possessive ("Friday's purchases"): the
    clause speaks of the time as already past."""
    left, right = _sentence_around(text, start, end)
    if right.startswith("'s "):
        return True
    return any(t.lower() == "had" for t in _TOKEN.findall(left)[-10:] + _TOKEN.findall(right)[:6])


def number(word: str) -> float | None:
    """A number written in digits or words ("six", "twenty-five", "2 1/2"); None when vague."""
    word = word.lower().strip()
    if word.endswith(" 1/2"):
        base = number(word[:-4])
        return base + 0.5 if base is not None else None
    try:
        return float(word)
    except ValueError:
        pass
    if word in SMALL_NUMBERS:
        return float(SMALL_NUMBERS[word])
    count, _, scale = word.rpartition(" ")
    if scale in {"hundred", "thousand"} and count in SMALL_NUMBERS:  # 'two hundred', 'ten thousand'
        return float(SMALL_NUMBERS[count] * SMALL_NUMBERS[scale])
    tens, _, ones = word.replace(" ", "-").partition("-")  # 'twenty-five', or 'twenty five' in transcripts
    if tens in SMALL_NUMBERS and ones in SMALL_NUMBERS:
        return float(SMALL_NUMBERS[tens] + SMALL_NUMBERS[ones])
    return None


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, 28))


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _weighted(delta: int, bias: str | None) -> float:
    """Distance from the anchor, penalising the direction the tense argues against.

    News mostly reports the past, so without a cue a future reading costs double (seed
    'Jan. 23' in a July article is the January before, not after)."""
    if bias == "future":
        # a tie goes to the future the verb names ('will come in December' said in March): the
        # half step never reorders two distinct distances, which are whole numbers
        return -delta * 3 if delta < 0 else delta - 0.5
    return delta * (3 if bias == "past" else 2) if delta > 0 else -delta


def closest_month(anchor: dt.date, month: int, bias: str | None) -> int:
    """The year of the `month` nearest the anchor, weighted by tense."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(years, key=lambda y: _weighted((y - anchor.year) * 12 + month - anchor.month, bias))


def closest_day(anchor: dt.date, month: int, day: int, bias: str | None) -> dt.date | None:
    """The date with this month and day nearest the anchor, weighted by tense."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: _weighted((d - anchor).days, bias), default=None)


def weekday_date(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    """The weekday relative to the anchor: "past" on or before it, "future" on or after it,
    "last" strictly before, "next" strictly after."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "last":
        return anchor - dt.timedelta(days=back or 7)
    if direction == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if direction == "future":
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) `weekday` of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
