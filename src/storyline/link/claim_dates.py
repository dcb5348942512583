"""Two dates of one event: when two stated days for a claim are two accounts of when it happened.

The `dates` family of link/contradictions.py: two claims of one predicate and doer dated to days more
than the tolerance apart, of one event (what was done shares a word), not a plan and not each
article's own day (a same-day report), except one undertaking made known once; and an announced plan
('Pellmont said Thursday it would recall …') read as its announcement on that day. These read only the
two claims; contradictions.py decides which pairs to compare and how a flag is explained.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from storyline import rules
from storyline.extract.names import fold
from storyline.extract.timex_rules import SMALL_NUMBERS
from storyline.link.claim_contrast import named_apart
from storyline.link.claim_doer import passive, reported_subject
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_sets import other_member
from storyline.link.phrasal_acts import ends_in_particle
from storyline.link.propositions import (
    CALENDAR_WORDS,
    DETERMINERS,
    EQUIVALENTS,
    HEAD_NOUNS,
    PHRASE_END,
    PRONOUNS,
    STRONG_SHARED_WORDS,
    same_class,
    singular,
    theme_words,
)

DISCLOSURE_VERBS = rules.words("claims", "disclosure_events")
PLAN_SAYING = rules.words("disputes", "plan_saying_verbs")
INSTRUMENT_VERBS = rules.words("disputes", "instrument_verbs")
ONE_SITTING_ACTS = rules.words("disputes", "one_sitting_acts")
INSTRUMENT_NOUNS = rules.words("disputes", "instrument_nouns")
# verbs of handing over a document ([submitting_verbs]): with one object noun, one act
SUBMITTING_VERBS = rules.words("disputes", "submitting_verbs")
# Two stated days of one event: a day apart is one event told from two time zones or two ends of a
# night ("Monday night" / "Tuesday"); more is two accounts of when it happened.
DATE_TOLERANCE = dt.timedelta(days=1)  # claims a week apart still describe the same state of affairs


def dates_conflict(a: ClaimRef, b: ClaimRef) -> bool:
    """Two stated days for one event (same predicate, same doer) more than the tolerance apart;
    months and years are too coarse to tell two accounts from two events. A planned day ('the board
    will announce its findings Friday') is no account of when anything happened: plans move, and the
    act may be another one."""
    if a.scope_basis != "stated" or b.scope_basis != "stated" or not a.scope or not b.scope:
        return False
    if "will" in (a.modality, b.modality):
        return False
    if a.scope[0] != a.scope[1] or b.scope[0] != b.scope[1]:
        return _day_outside_period(a, b)
    tolerance = _date_tolerance(a, b)
    if _same_day_report(a, tolerance) and _same_day_report(b, tolerance) and a.published != b.published \
            and not _one_undertaking(a, b):
        return False  # each article reports what happened on its own day: two events, one per day
    if _two_news_reports(a, b):
        return False
    return tolerance < abs(a.scope[0] - b.scope[0]) <= ACCOUNTS_APART


# Two stated days of one act more than a year apart are two acts of one kind, not two accounts of one: a
# recurring act ('issued a notice on Aug. 14, 2023' in a story about the notice 'issued on March 2' 2026;
# probe31's look-alike). Every two-account date dispute of dispute_families' dev cases lies within weeks.
ACCOUNTS_APART = dt.timedelta(days=366)


# The longest stated period a making-known is read against a day: a month ('earlier this month', 'in
# March', 'last week'); a year or a season is too coarse to hold one act's account.
PERIOD_OF_ONE_ACT = dt.timedelta(days=31)


def _day_outside_period(a: ClaimRef, b: ClaimRef) -> bool:
    """One act of making known dated to a day by one claim and to a period of at most a month that
    leaves that day out by more than the tolerance by the other ('revealed the breach earlier this
    month' in January / 'first revealed the breach on Dec. 30'). An announcement happens once for one
    content ([disclosure_events], as _date_tolerance): a day outside the other's period is a second
    account of when it was made, where for other acts a period may hold a second act of one kind."""
    if a.predicate not in DISCLOSURE_VERBS or b.predicate not in DISCLOSURE_VERBS or not a.scope or not b.scope:
        return False
    days = [x.scope for x in (a, b) if x.scope and x.scope[0] == x.scope[1]]
    periods = [x.scope for x in (a, b) if x.scope and x.scope[0] < x.scope[1]]
    if len(days) != 1 or len(periods) != 1 or periods[0][1] - periods[0][0] >= PERIOD_OF_ONE_ACT \
            or dt.date.min in periods[0] or dt.date.max in periods[0]:
        return False
    day, (start, end) = days[0][0], periods[0]
    return day < start - DATE_TOLERANCE or day > end + DATE_TOLERANCE


# A report's own news: an act it dates within a week of its publication (a weekday name is resolved
# inside that week).
NEWS_WEEK = dt.timedelta(days=7)


def _two_news_reports(a: ClaimRef, b: ClaimRef) -> bool:
    """Each article dates the act inside its own week and the two days are weeks apart ('Mayor Vasko
    signed an order … on Monday' in March 2022 and again in May 2024): news reports tell the latest
    events (timeliness: Galtung & Ruge 1965), so two reports each of its week's act, weeks apart, tell
    two acts of one kind, not two accounts of one act; two accounts of one act are days apart."""
    if a.published is None or b.published is None or not a.scope or not b.scope:
        return False
    own = all(abs(x.scope[0] - x.published) <= NEWS_WEEK for x in (a, b) if x.scope and x.published)
    return own and abs(a.scope[0] - b.scope[0]) > 2 * NEWS_WEEK


_PLAN = re.compile(r"^that\b.*\b(?:would|will|is\s+to|are\s+to)\b")


def _one_undertaking(a: ClaimRef, b: ClaimRef) -> bool:
    """Two announcements of one coming act ('announced on Monday that it would close the Dock Road
    warehouse for three months' / 'announced Tuesday that it would close its Dock Road warehouse for
    three months'): an undertaking is made known once (a commissive: Searle 1976), and later reports
    date it rather than repeat it, so two same-day reports of it on two days are two accounts of one
    day, not two events (a state reached, 'announced today that services were restored', can be
    announced again as it changes). One act: the same verb and two more words of what it is done to.
    Dev stories: 2 dated announcements of a plan, in two stories, none paired."""
    if not all(x.predicate in DISCLOSURE_VERBS and _PLAN.match(fold(x.theme or "")) for x in (a, b)):
        return False
    return len(event_words(a) & event_words(b) - _PLAN_WORDS) >= STRONG_SHARED_WORDS


_PLAN_WORDS = frozenset(["would", "will", "is", "are", "to", "be"])


def _date_tolerance(a: ClaimRef, b: ClaimRef) -> dt.timedelta:
    """DATE_TOLERANCE, except for two acts of making known ([disclosure_events]: an announcement is
    one public act at one moment, dated by its own day) neither of which is told at a day's edge
    ('late Monday', 'Thursday night': rules/disputes.toml [day_edge_words]): there a day apart is two
    accounts of when it was made (issue 11: 'announced on Monday' / 'announced Tuesday'). So too when
    either side gives a clock time away from a day's edge ('the bridge closed at 11 p.m. Saturday' /
    'closed Sunday'): the time of day places the act inside its day, where a bare day a day off is not
    the other end of one night but another day (issue 11's unseen story: 'at 10 p.m. Sunday' / 'Monday')."""
    if any(_DAY_EDGE.search(x.text) for x in (a, b)):
        return DATE_TOLERANCE
    if a.predicate in DISCLOSURE_VERBS and b.predicate in DISCLOSURE_VERBS:
        return dt.timedelta(0)
    if a.keywords & b.keywords & ONE_SITTING_ACTS:
        return dt.timedelta(0)  # 'voted on Tuesday to close' / 'voted on March 3 to close': one sitting
    if a.clock or b.clock:
        return dt.timedelta(0)  # 'closed at 11 p.m. Saturday' / 'closed Sunday': the clock fixes the day
    return DATE_TOLERANCE


_DAY_EDGE = re.compile(r"\b(?:" + "|".join(sorted(rules.words("disputes", "day_edge_words"))) + r")\b", re.IGNORECASE)


def same_event(a: ClaimRef, b: ClaimRef) -> bool:
    """What the two dated claims say was done shares a word: its object, or the act itself when it is
    not the announcing ('announced the recall' / 'said it would recall 12,000 cartons'), so two
    announcements of one doer on two days ('announced the recall' / 'announced new testing rules')
    are two events, not two days for one. A claim with no object found is not told apart, nor one
    whose object has no word of three letters ('closed at 11 p.m. Saturday', the clock time read as
    the object)."""
    if named_apart(a, b):
        return False  # 'the north tower' / 'the south tower': two things of one kind (claim_contrast)
    if other_member((a.agent, a.theme), (b.agent, b.theme)):
        return False  # 'A second clinic in Pangani was shut' / 'The clinic was closed' (claim_sets)
    if _dated_from_the_other(a, b) or _dated_from_the_other(b, a):
        return False  # 'left on November 7, two days after the shipment to Pakistan' / 'left on November 5'
    if repeated(a) or repeated(b):
        return False  # 'visited the plant again on Jan. 15': a repetition is another event of the kind
    aims = [_aim(x) for x in (a, b)]
    if all(aims) and aims[0] != aims[1]:
        return False  # 'ordered the zoo to repair its barn' / 'ordered the zoo to stop breeding': two orders
    if not _object_words(a) or not _object_words(b):
        return True
    contents = [_content(x) for x in (a, b)]
    if all(contents) and contents[0] != contents[1]:
        return False  # 'an order suspending the route' / 'an order restoring the service': two things
    if a.predicate in DISCLOSURE_VERBS and b.predicate in DISCLOSURE_VERBS:
        if another_announced_act(a, b) or another_announced_act(b, a):
            return False  # 'announced the recall' / 'announced that it was widening the recall': two news
        objects = [_announced_of(x) for x in (a, b)]
        if all(objects) and not objects[0] & objects[1]:
            return False  # 'the recall of its oat bars' / 'the recall of the firm's rye crackers': two recalls
        return bool(announced_words(a) & announced_words(b))  # 'made the decision public' / 'announced the fee increase'
    return bool(event_words(a) & event_words(b))


# 'the recall of Brambleford's honey oat bars on Thursday': an event noun's of-object, up to a time or place phrase
_EVENT_OF = re.compile(r"^(?:the |a |an )?[^\W\d_]+ of (?P<thing>.+?)(?: (?:on|in|at|last|this|from|after|before) .*)?$")


def _announced_of(claim: ClaimRef) -> set[str]:
    """The words of what an announced event noun is of, without its possessor ('its', 'Kowhai Dairy's'): two
    announcements of one kind of act on two things ('the recall of its oat bars' / 'the recall of its rye
    crackers') are two events (dispute40's invented look-alike)."""
    found = _EVENT_OF.match(" ".join(fold(claim.theme or "").split()))
    if found is None:
        return set()
    thing = re.sub(r"^.*?['’]\s?s?\s", "", found["thing"])  # the possessor before 's / s' is who, not what
    return {singular(w) for w in re.findall(r"[^\W\d_]+", thing) if len(w) > 2} - DETERMINERS - PRONOUNS


_RELATIVE_DATING = rules.pattern("disputes", "relative_dating", re.IGNORECASE)


def _dated_from_the_other(a: ClaimRef, b: ClaimRef) -> bool:
    """`a` dates its event an interval after or before another event ('two days after the shipment to …'), and
    `b`'s day is the day that interval points to: the writer tells the two events apart (rules/disputes.toml
    [relative_dating])."""
    if not a.scope or not b.scope:
        return False
    for hit in _RELATIVE_DATING.finditer(a.text):
        n = int(hit["n"]) if hit["n"].isdigit() else SMALL_NUMBERS.get(hit["n"].casefold())
        if n is None or n != int(n):
            continue
        days = dt.timedelta(days=int(n) * (7 if hit["unit"].casefold().startswith("week") else 1))
        other = a.scope[0] - days if hit["rel"].casefold() == "after" else a.scope[0] + days
        if abs(other - b.scope[0]) <= DATE_TOLERANCE:
            return True
    return False


# repetitive adverbials ('again', 'a second time', 'once more', 'anew'): the event they mark repeats an
# earlier one of its kind (Quirk et al. 1985, 8.84 and 8.52 on repetitive 'again'; lead23)
_REPEATED = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(rules.words("disputes", "repeat_markers"),
                                                                          key=len, reverse=True)) + r")\b", re.I)


def repeated(claim: ClaimRef) -> bool:
    return _REPEATED.search(claim.text) is not None


def _aim(claim: ClaimRef) -> str | None:
    """The verb of a to-infinitive after the claim's predicate ('ordered the zoo to repair …' → repair): a
    directive's or decision's content, which tells two acts of one verb apart (H&P 2002 ch. 14 §5, the
    catenative complement); None when the claim has none."""
    at = re.search(rf"\b{re.escape(claim.predicate[:4])}\w*", claim.text, re.I) if claim.predicate else None
    if at is None:
        return None
    # 'according to the authority', 'due to rain': a complex preposition's 'to' opens a noun phrase, and no
    # infinitive's verb is a determiner or pronoun ('to the', 'to its'): rules/disputes.toml [to_prepositions]
    return next((m.group(2) for m in _TO_WORD.finditer(claim.text[at.end():])
                 if fold(m.group(1) or "") not in TO_PREPOSITIONS and m.group(2) not in DETERMINERS | PRONOUNS), None)


TO_PREPOSITIONS = rules.words("disputes", "to_prepositions")
_TO_WORD = re.compile(r"(?:\b([A-Za-z]+)\s+)?\bto ([a-z]{3,})\b")


def _content(claim: ClaimRef) -> str | None:
    """The participle right after the object's head noun, a reduced relative that says what the thing
    does ('an executive order suspending the route' → suspend; Huddleston & Pullum 2002 ch. 12 §8). A
    participle after a comma is a supplementary clause about the act, not part of the thing's
    description ('the branch library, citing a budget gap': H&P ch. 15 §5), and is left out."""
    words = re.findall(r"[^\W\d_]+", fold((claim.theme or "").split(",")[0]))
    found = next((i for i, w in enumerate(words) if i and w.endswith("ing") and len(w) > 5), None)
    if found is None or words[found - 1] in PHRASE_END or words[found - 1] in ("the", "a", "an"):
        return None
    return words[found][:-3][:5]


def one_act(a: ClaimRef, b: ClaimRef) -> bool:
    """One predicate (propositions.same_predicate), or two verbs that put one written instrument into
    force ('Mayor Vasko signed an executive order suspending the route on Monday' / 'Vasko issued the
    order suspending the route on March 17': rules/disputes.toml [instrument_verbs], [instrument_nouns]):
    an order is issued by its signature, so the two verbs tell one act on one day. Two verbs of making
    known ([disclosure_events]: 'unveiled its expansion plan on Tuesday' / 'announced its expansion plan
    on June 4') are one kind of act, made once for one content (as _announcement_days reads them). Two
    verbs of handing over a document ([submitting_verbs]) with one object noun are the one handing of it."""
    if same_class(a, b) or (a.predicate in DISCLOSURE_VERBS and b.predicate in DISCLOSURE_VERBS):
        return True  # one predicate, or one class in WordNet ('found' / 'spotted': predicate_class)
    if a.predicate in SUBMITTING_VERBS and b.predicate in SUBMITTING_VERBS:
        head = object_head(a)  # 'tendered his resignation' / 'submitted his resignation as minister'
        return head is not None and head == object_head(b)
    if a.predicate not in INSTRUMENT_VERBS or b.predicate not in INSTRUMENT_VERBS:
        return False
    head = _instrument(a)
    return head is not None and head == _instrument(b)


def object_head(claim: ClaimRef) -> str | None:
    """The head noun of the claim's object: its last word before a preposition, a clause or 'as'."""
    words = []
    for word in re.findall(r"[^\W\d_]+", fold(claim.theme or "")):
        if word in PHRASE_END or word == "as" or word.endswith("ing"):
            break
        words.append(word)
    return singular(words[-1]) if words else None


def _instrument(claim: ClaimRef) -> str | None:
    """The instrument noun heading the claim's object ('an executive order suspending …' → order)."""
    words = []
    for word in re.findall(r"[^\W\d_]+", fold(claim.theme or "")):
        if word in PHRASE_END or word.endswith("ing"):
            break
        words.append(word)
    head = singular(words[-1]) if words else None
    return head if head in INSTRUMENT_NOUNS else None


def _object_words(claim: ClaimRef) -> set[str]:
    return {w for w in theme_words(claim) if len(w) > 2 and not w.isdigit()}


def named_doer(a: ClaimRef, b: ClaimRef) -> str | None:
    """The name both claims' doers are ('The Marlow Street Bridge closed …' / 'The bridge was shut …'):
    their heads are one word, the head of a name in at least one of them; the bare head of the other
    is its short definite form (a definite description taking up a name: Poesio & Vieira 1998), or an
    indefinite one that describes it ('a 91-year-old steel bridge'). Failing the doers, the same for
    what undergoes the act (_undergoer: 'County crews closed a 91-year-old steel bridge' / 'The Harlow
    Bridge was closed'). Two dated acts of one named participant under one predicate can be one event
    with no other shared word."""
    return _named_head(a.agent or "", b.agent or "") or _named_head(_undergoer(a), _undergoer(b)) \
        or _one_word_name(a, b)


def _one_word_name(a: ClaimRef, b: ClaimRef) -> str | None:
    """Both doers are one capitalised word, the same, and a word of a name the articles give an organisation or
    a person ('Pulsewright notified …' / 'Pulsewright first notified …', the articles naming 'Pulsewright Ltd'):
    a one-word company name has no head noun before it for _named_head to read (probe39: two days of one
    notification went unpaired). A capitalised common noun opening a sentence ('Officials notified …') is in no
    name the articles give."""
    words = [(x.agent or "").split() for x in (a, b)]
    if any(len(w) != 1 or not w[0][:1].isupper() for w in words) or fold(words[0][0]) != fold(words[1][0]):
        return None
    word = fold(words[0][0])
    names = a.bodies | b.bodies | a.people | b.people
    return word if len(word) >= 3 and any(word in name.split() for name in names) else None


def _named_head(x: str, y: str) -> str | None:
    heads = [fold(p).split()[-1:] for p in (x, y)]
    if not heads[0] or heads[0] != heads[1] or len(heads[0][0]) < 3:
        return None
    head = heads[0][0]
    names = [_name_words(p) for p in (x, y)]
    if not any(names) or (all(names) and not (names[0] <= names[1] or names[1] <= names[0])):
        return None  # no name, or two names ('the Kessel Bridge' / 'the Marlow Street Bridge')
    if any(set(fold(p).split()) & _ANOTHER for p in (x, y)):
        return None  # 'another bridge', 'a second bridge': a referent other than the one named
    return head


# Words that make a description a referent other than one already known (H&P ch. 5 §7, 'another',
# 'other'; ordinals after the first).
_ANOTHER = frozenset(["another", "other", "second", "third", "fourth", "fifth", "new"])


def _undergoer(claim: ClaimRef) -> str:
    """What undergoes the act: a passive's subject ('The Harlow Bridge was closed'), an intransitive
    subject when the claim has no object but a time ('A 91-year-old steel bridge closed at 10 p.m.':
    the causative alternation, Levin 1993 §1.1.2.1, 'the bridge closed' / 'crews closed the bridge'),
    else the object's first noun phrase."""
    if passive(claim) or not _TIME_ONLY.sub("", claim.theme or "").strip():
        return claim.agent or ""
    words = []
    for word in (claim.theme or "").split():
        if fold(word) in _NP_END:
            break
        words.append(word)
    if _after_preposition(claim.text, words):
        return ""  # 'ran aground off Gull Point': a place or a circumstance, not what undergoes the act
    return " ".join(words)


def _after_preposition(text: str, words: list[str]) -> bool:
    """The phrase follows a preposition in the claim's sentence (the parse took a prepositional object
    for the object)."""
    found = re.search(r"([^\W\d_]+)\s+" + r"\s*".join(re.escape(w) for w in words[:2]), text) if words else None
    return found is not None and fold(found.group(1)) in _PREPOSITIONS and not ends_in_particle(text[:found.end(1)])


# an object that is only a time ('10 p.m.', 'Tuesday', 'March 10'): the parse's reading of an intransitive
_TIME_ONLY = re.compile(r"(?i)\b(?:" + "|".join(sorted(CALENDAR_WORDS | set(rules.mapping("timex", "months"))
                                                      | set(rules.mapping("timex", "parts_of_day")))) +
                        r"|[ap]\.?m\.?|noon|midnight|on|at|the|about|around)\b|[\d\W_]")
_PREPOSITIONS = frozenset(["off", "at", "in", "on", "near", "into", "onto", "from", "to", "over", "under", "along",
                           "across", "through", "by", "outside", "inside", "around", "past", "toward", "towards"])
# where the object's first noun phrase ends: a preposition or a relative word ('a steel bridge over the
# river'); a hyphen is inside a compound the parse spaced out ('91 - year - old')
_NP_END = (PHRASE_END - {"-", "–"}) | {"over", "under", "near", "across", "along", "into", "after", "before",
                                       "during", "between", "through", "off", "about", "against"}


def _name_words(phrase: str) -> set[str]:
    """The capitalised words before the phrase's head that make it a name ('The Marlow Street Bridge':
    marlow, street; 'the Sable Creek levee': sable, creek), none when the head has no such word."""
    words = phrase.split()
    named = set()
    for word in reversed(words[:-1]):
        if not word[:1].isupper() or fold(word) in ("the", "a", "an"):
            break
        named.add(fold(word))
    return named


def event_words(claim: ClaimRef) -> set[str]:
    """What the claim says was done: its object's words, and the act when it is not the announcing."""
    words = theme_words(claim) | ({claim.predicate} if claim.predicate not in DISCLOSURE_VERBS else set())
    return {singular(w)[:6] for w in words if len(w) > 2}


SHELL_NOUNS = rules.words("disputes", "shell_nouns")
# a shell noun's object stands for its article's lead: only the lead's longer words count (names aside)
LEAD_WORD_MIN = 4


def announced_words(claim: ClaimRef) -> set[str]:
    """What an announcement is of: its event words, or when its object is a definite shell noun ('disclosed
    the plan', 'announced the decision'; [shell_nouns]) what its article's lead says — the plan the shell
    noun takes up (Schmid 2000), or its headline, which states the same news in brief ('University raises hostel
    fees by 30%' above 'made the decision public on Thursday': claims23's date_of_event_fee_hike_public)."""
    if passive(claim) and claim.agent and claim.theme and _by_object(claim):
        # 'The decision, announced Tuesday by the board, …': the passive's subject is what was made known, its
        # by-phrase (read as the object) who made it known
        claim = replace(claim, theme=claim.agent.split(",")[0])
    theme = fold(claim.theme or "").split()
    if len(theme) != 2 or theme[0] not in ("the", "its", "their", "this") or theme[1] not in SHELL_NOUNS:
        return event_words(claim)
    lead = {w for w in claim.lead | claim.headline if len(w) >= LEAD_WORD_MIN and w not in SHELL_NOUNS}
    return event_words(claim) | {singular(w)[:6] for w in lead}


# the verb of an announced content clause: 'that it was widening the recall', 'it would close the plant'
_CLAUSE_VERB = re.compile(r"^(?:that\s+)?(?:[^\W\d_]+\s+){1,3}?(?:is|are|was|were|had\s+been|has\s+been|would|will|'ll|"
                          r"planned\s+to|plans\s+to|intended\s+to|intends\s+to)\s+(?:not\s+)?(?:be\s+)?([^\W\d_]{3,})")


def another_announced_act(claim: ClaimRef, other: ClaimRef) -> bool:
    """The claim announces, in a content clause, an act the other announcement does not name though it names
    one: 'announced on Thursday that it was widening the recall' is news of its own beside 'announced the
    recall on Monday' — a second act on the announced thing (widening, lifting, ending it) is a second
    announcement (as same_event's 'announced the recall' / 'announced new testing rules'); 'said it would
    recall 12,000 cartons' names the recall the other announced, and 'which the council announced' (the
    library) names no act to set apart."""
    verb = _clause_verb(claim)
    acts = _announced_acts(other)
    if verb is None or not acts:
        return False
    keys = EQUIVALENTS.get(verb, frozenset())
    # one act to four letters ('close' / 'closure', 'cut' / 'cuts') or in one WordNet group
    return verb[:4] not in {w[:4] for w in acts} and not keys & {k for w in acts for k in EQUIVALENTS.get(w, frozenset())}


def _clause_verb(claim: ClaimRef) -> str | None:
    found = _CLAUSE_VERB.match(fold(claim.theme or ""))
    if found is None:
        return None
    return found[1][:-3] if found[1].endswith("ing") and len(found[1]) > 5 else found[1]


def _announced_acts(claim: ClaimRef) -> set[str]:
    """The acts an announcement's object names: its content clause's verb, or its event nouns ('the recall of
    20,000 pots': [head_nouns])."""
    verb = _clause_verb(claim)
    if verb is not None:
        return {verb}
    return {singular(w) for w in re.findall(r"[^\W\d_]+", fold(claim.theme or "")) if singular(w) in HEAD_NOUNS}


def _by_object(claim: ClaimRef) -> bool:
    """The parse read a passive's by-phrase as its object ('announced Tuesday by the Valemont school board')."""
    return re.search(r"\bby\s+" + re.escape(" ".join((claim.theme or "").split()[:3])), " ".join(claim.text.split())) is not None


def _same_day_report(claim: ClaimRef, tolerance: dt.timedelta = DATE_TOLERANCE) -> bool:
    """The claim dates its event within the tolerance of its own article's publication day ('Seacom
    announced today that …' in each day's article: two announcements, not two accounts of one)."""
    return claim.published is not None and claim.scope is not None \
        and abs(claim.scope[0] - claim.published) <= tolerance



def _sayer_subject(claim: ClaimRef) -> bool:
    """The reported clause's subject is a pronoun after the sayer's name in one sentence ('Brightwater
    said on Friday that it would …'): by the subject preference of pronoun resolution (Hobbs 1978) the
    sayer, whatever kind the recognizer gave the name (a company read as a person)."""
    pronoun = fold(claim.agent or "")
    words = re.findall(r"[^\W\d_]+", claim.speaker)
    return pronoun in ("it", "they", "we") and claim.speaker_kind != "outlet" and bool(words) \
        and re.search(rf"\b{re.escape(words[-1])}\b[^.]*?\b(?:said|says|told|stated|added|confirmed)\b[^.]*?\b{pronoun}\b",
                      claim.text, re.IGNORECASE) is not None


def announced_plan(claim: ClaimRef) -> ClaimRef | None:
    """'Pellmont Dairy said Thursday it would recall 12,000 cartons': a speaker's words, on a day
    they name, of its own coming act (the subject is the speaker, by _reporter) make that act known on
    that day (a commissive: Searle 1976; rules/disputes.toml [plan_saying_verbs]). Read as the
    writer's claim that the speaker announced it that day ('announce', the act as its object), it can
    meet another outlet's day for the announcement ('announced the recall in a statement released on
    Wednesday'); only the dates family compares it (find_contradictions)."""
    if claim.report_day is None or claim.modality not in ("will", "would") or claim.polarity != "positive" \
            or claim.cue not in PLAN_SAYING or not (reported_subject(claim) or _sayer_subject(claim)):
        return None
    return replace(claim, predicate="announce", modality="asserted", cue=None, agent=claim.speaker,
                   theme=f"{claim.predicate} {claim.theme or ''}".strip(), keywords=claim.keywords | {"announce"},
                   scope=(claim.report_day, claim.report_day), scope_basis="stated")
