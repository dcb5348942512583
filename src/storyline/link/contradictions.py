"""Contradictions: claims about the same proposition that cannot both hold in the same period.

No NLI model and no topic lists. Two claims from different asserters state one proposition when they
share its words (a WordNet equivalent counts as the same word): three content words, or two with a
shared theme, the same predicate or figures on both sides; or, for an assertion and a denial, a
matching event head (predicate verb or event noun, from WordNet's lexicographer files) and one more
shared argument, a content word or a name. The dispute
kinds are generic: a report vs its denial, or an allegation vs its correction (opposite polarity,
the same doer when both name one: "opposition leaders have not offered immunity" says nothing about
a US offer); two values of one quantity (figures, none close: 38% and 40% count the same wells, 52%
and 65% do not); two dates of one event (two stated days for the same predicate and doer). Opposite
claims and figures conflict only if their time scopes overlap: a 2019 offer and a 2024 denial "since
the election" are not a contradiction. Hypothetical claims (would, could, if …) and attitudes (a
statement that "risked sidelining" negotiations) never contradict a factual one. Look-alikes of one
story are kept apart (claim_scope.py): reader comments, different places, what a denial denies and an
assertion asserts, one doer, the story's topic words, a denied existence; and pairs of which one side
asserts or denies nothing of the other (a question, "there is no doubt that", a prediction against a
report, a denial of part of a set, of an inference or of one's own evidence; affirms_and_denies)
(docs/models/claims.md).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from storyline import rules
from storyline.extract.names import TITLE_WORDS, fold
from storyline.link import claim_scope
from storyline.link.claim_time import same_period, scope_of, scopes_overlap, span_attr
from storyline.link.related import best_related
from storyline.link.time_anchors import Anchor, event_anchors
from storyline.model import Article, Span


# Lexical equivalence (rules/equivalents.toml, generated from WordNet 3.0 by
# scripts/build_equivalents.py): groups of lemmas that share a frequent sense or are a verb and the
# act it names, so that "negotiating" and "negotiations" can state one proposition. A lemma may be in
# more than one group (its noun and verb senses differ); each group is named by its words joined.
def _equivalents() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    tables = ["equivalents"] + (["siblings"] if "siblings" in rules.rule_file("equivalents") else [])
    for table in tables:
        for e in rules.entries("equivalents", table):
            for w in e["words"]:
                out.setdefault(w, set()).add("/".join(e["words"]))
    return {w: frozenset(groups) for w, groups in out.items()}


EQUIVALENTS: dict[str, frozenset[str]] = _equivalents()
# Event heads (same file, [head_verbs] and [head_nouns]): lemmas whose frequent senses name an action,
# event, communication or transfer in WordNet — a claim's predicate verb or an event noun among its
# other words ("the offer of a loan").
HEAD_VERBS = rules.words("equivalents", "head_verbs")
HEAD_NOUNS = rules.words("equivalents", "head_nouns")
# Graded event match (link/related.py, rules/related_events.toml): two event heads WordNet keeps
# apart would count as one head from this news-thesaurus cosine on. OFF (None): at 0.60, the value
# at which the thesaurus is as precise as the WordNet equivalents on ecbplus-dev coreference
# (benchmarks/related_events_ecbplus.py), it added 47 flags on the dev half of 107 real stories
# (timeline17-dev days, ecbplus-dev topics) and none was a real dispute: the related words of a
# story are its topic (outbreak ~ spread, earthquake ~ disaster) and the shared argument its name
# (flu, Haiti). docs/models/related_events.md; benchmarks/contradiction_stories.py `new`.
RELATED_EVENTS: float | None = None
# The noun after since/after/before/until names when the claim holds, not what it says ("no offers
# … since the election").
_TIME_NOUN = re.compile(r"(?i)\b(?:since|after|before|until)\s+(?:(?:the|a|an|its|their|his|her|last|this)\s+)?"
                        r"(?:[a-z]+\s+)??([a-z]+)\b(?=\s*(?:[,.;:”\"]|$|and\b|or\b))")
_NONE: frozenset[str] = frozenset()
CORRECTION_VERBS = rules.words("claims", "correction_verbs")
# Two claims outside the equivalence sets state one proposition when they share this many content
# words (keywords less light verbs, stems of six letters) and their themes share a word, or their
# predicates are one verb, or both give figures. 2: on the seed and sample sets, 1 paired unrelated claims.
GENERIC_SHARED_WORDS = 2
# With this many shared content words no theme or predicate needs to match: "No public well has
# tested above the legal limit" and "samples found solvent above the legal limit in 11 public wells"
# share legal, limit, public but hang them on different verbs (sample corpus; the seed and sample
# look-alikes share at most two with their counterparts, or are set apart by time).
STRONG_SHARED_WORDS = 3
# 'must' states an obligation (deontic) or an inference (epistemic), like 'should', never a fact
# ("federal scientists must be able to evaluate …"; Huddleston & Pullum 2002 ch. 3 §9.2; dev stories:
# 9 flags, one pair in duplicated articles, none real).
HYPOTHETICAL = frozenset({"would", "could", "may", "can", "should", "must", "conditional", "hedged", "might",
                          "proposed"})
# Verbs of existence and possession: "there is no X" and "Y has no X" deny that X exists or is had.
EXISTENTIAL = frozenset(["be", "have", "exist"])
# Predicates of attitude or risk: their object is not claimed to have happened ("opposition leaders
# said the statement risked sidelining their own negotiations" asserts no talks; seed set).
ATTITUDES = frozenset(["risk", "fear", "hope", "wish", "expect", "doubt", "worry"])
# A word in this share of a story's claims (and in TOPIC_MIN_CLAIMS of them) is what the story is
# about ('flu', 'swine' on an outbreak's day, 'earthquake', 'Haiti'): two claims sharing only such
# words share no proposition. Chosen on the dev stories of benchmarks/contradiction_stories.py
# (docs/models/claims.md); a story's main actor passes it (30% of one story's claims), a word of
# one episode (2%) does not.
TOPIC_SHARE = 0.05
TOPIC_MIN_CLAIMS = 5
# Two stated days of one event: a day apart is one event told from two time zones or two ends of a
# night ("Monday night" / "Tuesday"); more is two accounts of when it happened.
DATE_TOLERANCE = dt.timedelta(days=1)  # claims a week apart still describe the same state of affairs
# Figures this close (relative) are one value reported twice: the sample key's 38% and 40% are 81 and
# 85 of the same 212 wells; 52% vs 65% of one vote count is a conflict.
FIGURE_TOLERANCE = 0.1
_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "it", "they", "who", "which", "that", "this", "these",
                       "those", "one", "someone"])
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this",
                          "that", "these", "those", "some", "any", "all", "both"])
_PHRASE_END = frozenset(["in", "of", "on", "at", "for", "from", "with", "by", "who", "which", "that",
                         "whose", "to", ",", "(", "-", "–"])


@dataclass(slots=True, frozen=True)
class ClaimRef:
    """A claim as it is compared: where it is, who asserts it, what it says, and when it holds."""

    article_id: str
    start: int
    end: int
    text: str
    speaker: str
    predicate: str
    polarity: str
    modality: str
    keywords: frozenset[str]
    figures: tuple[str, ...]
    scope: tuple[dt.date, dt.date] | None   # None: the claim's time is unknown
    agent: str | None = None                # who does what is claimed, as the parse found it
    theme: str | None = None                # its object or complement
    scope_basis: str | None = None          # "stated" | "reported" (only its report is dated) | "since" | "never" | "published" | None
    cue: str | None = None                  # the reporting verb's lemma ("deny", "correct"), when there is one
    rejected: tuple[str, ...] = ()          # figures the claim negates ("and not 'fewer than 5%'")
    presupposed: frozenset[str] = frozenset()   # keywords only in a definite description's modifiers
    places: frozenset[str] = frozenset()        # the places (GPE/LOC) the claim names in its own words


@dataclass(slots=True, frozen=True)
class Contradiction:
    a: ClaimRef
    b: ClaimRef
    kind: str          # "opposite" | "figures" | "dates"
    family: str
    explanation: str
    dispute: int = 0   # flags between the same two speakers about one proposition share a number
    correction: bool = False   # one side corrects the other (rejects its value, or denies with a correction verb)
    topic: frozenset[str] = frozenset()   # the words the two claims share (what the dispute is about)


def claim_refs(article: Article, anchors: Sequence[Anchor] = ()) -> list[ClaimRef]:
    """The article's CLAIM spans as compared; a claim without an asserter is the outlet's. Claims in
    the page's reader comments are left out (claim_scope.comment_start)."""
    comments = claim_scope.comment_start(article)
    places = claim_scope.place_names(article)
    return [_claim_ref(span, article, anchors, places) for span in article.spans
            if span.label == "CLAIM" and (comments is None or span.start < comments)]


def _claim_ref(span: Span, article: Article, anchors: Sequence[Anchor] = (),
               places: dict[str, frozenset[str]] | None = None) -> ClaimRef:
    scope = scope_of(span, article, anchors)
    predicate = span_attr(span, "predicate") or ""
    keywords = frozenset((span_attr(span, "keywords") or "").split()) | {predicate}
    return ClaimRef(article.id, span.start, span.end, span.text,
                    span_attr(span, "asserter") or article.outlet or "the article (outlet unknown)",
                    predicate, span_attr(span, "polarity") or "positive", span_attr(span, "modality") or "asserted",
                    keywords,
                    tuple((span_attr(span, "figures") or "").split()), scope.interval,
                    agent=span_attr(span, "agent"), theme=span_attr(span, "theme"), scope_basis=scope.basis,
                    cue=span_attr(span, "cue"), rejected=tuple((span_attr(span, "rejected") or "").split()),
                    presupposed=frozenset((span_attr(span, "presupposed") or "").split()),
                    places=claim_scope.claim_places(keywords, places or {}))


def same_speaker(a: str, b: str) -> bool:
    """'Anna Smith' and 'Smith' are one speaker; so are 'the official' and 'senior official'."""
    x, y = set(fold(a).split()) - {"the", "a", "an"}, set(fold(b).split()) - {"the", "a", "an"}
    if bool(x) and bool(y) and (x <= y or y <= x):
        return True
    # 'Dr Fukuda' and 'Keiji Fukuda': a title is not part of the name (rules/honorifics.toml)
    x, y = x - TITLE_WORDS, y - TITLE_WORDS
    return bool(x) and bool(y) and (x <= y or y <= x)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def doer(claim: ClaimRef, topic: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """(head, modifiers) of who the claim says acts ('Opposition leaders in Venezuela' → leader,
    {opposition}); None when unknown: no agent, a pronoun, or the agent is the proposition itself
    ('high-level talks … did not happen')."""
    words = [_singular(w) for w in fold(claim.agent or "").replace("'s", " ").replace("'", " ").split()]
    own_side = bool(words) and words[0] in rules.words("stance", "first_person_possessives")
    if any(w in topic or EQUIVALENTS.get(w, _NONE) & topic for w in words) or own_side:
        return None  # the proposition itself, or the speaker's own side ("our site"): no third party
    core = []
    for w in words:
        if w in _PHRASE_END:
            break
        core.append(w)
    core = [w for w in core if w not in _DETERMINERS]
    if not core or core[-1] in _PRONOUNS:
        return None
    return core[-1], frozenset(core[:-1])


def same_doer(a: ClaimRef, b: ClaimRef, topic: frozenset[str]) -> bool:
    """Both claims name the same doer, or one of them names none: same head, modifiers that do not
    exclude each other ('the administration' and 'the Biden administration' agree; 'opposition
    leaders' and 'both countries' leaders' do not)."""
    x, y = doer(a, topic), doer(b, topic)
    if x is None or y is None:
        return True
    if x[0] in _agent_words(b) or y[0] in _agent_words(a):
        return True  # "Acme" and "storage tanks at Acme Coatings": one names the other's owner
    return x[0] == y[0] and not (x[1] and y[1] and x[1].isdisjoint(y[1]))


def _agent_words(claim: ClaimRef) -> set[str]:
    return {_singular(w) for w in fold(claim.agent or "").split()} - _DETERMINERS - _PHRASE_END


def _values(figures: Sequence[str]) -> list[float]:
    out = []
    for f in figures:
        try:
            out.append(float(f.rstrip("%").replace(",", "")))
        except ValueError:
            continue
    return out


def figures_conflict(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when both give figures and none of one is within FIGURE_TOLERANCE of one of the other."""
    x, y = _values(a), _values(b)
    close = any(abs(u - v) <= FIGURE_TOLERANCE * max(abs(u), abs(v)) for u in x for v in y)
    return bool(x) and bool(y) and not close


def _factual(claim: ClaimRef) -> bool:
    return claim.modality not in HYPOTHETICAL and claim.predicate not in ATTITUDES


def _common_noun(word: str, text: str) -> bool:
    """The word is written in lower case somewhere in the claim: not only a name ("Smith", "Mr"),
    which says who the claim is about, not what it says."""
    return re.search(rf"(?<![A-Za-z]){re.escape(word[:5])}", text) is not None


# Words that say when, not what: weekday names (rules/timex.toml [weekdays]) and the deictic day
# adverbs, TIMEX3 dates in TimeML (Pustejovsky et al. 2005). 'He was not returning calls on Tuesday'
# and 'dispatchers got a call on Tuesday' share a call only (dev stories: 3 flags, none real).
CALENDAR_WORDS = frozenset(rules.mapping("timex", "weekdays")) | {"today", "tonight", "yesterday", "tomorrow"}


def _content_stems(claim: ClaimRef) -> dict[str, frozenset[str]]:
    """Each content word with what it matches: its six-letter stem and its equivalence groups."""
    light = rules.words("stance", "light_verbs")
    return {w: _senses(w, claim.text) | {w[:6]} for w in claim.keywords
            if w and w not in light and w not in CALENDAR_WORDS and _common_noun(w, claim.text)}


def _senses(word: str, text: str) -> frozenset[str]:
    """The word's equivalence groups, and those of its plural when the claim writes the plural and
    WordNet lists it as a lemma of its own: "talks" is negotiation.n.01, "talk" a speech; the
    lemmatiser gives "talk" for both (the table holds 30-odd such plurals: authorities, funds, talks,
    works …)."""
    plural = word + "s"
    own = EQUIVALENTS.get(word, _NONE)
    if plural in EQUIVALENTS and re.search(rf"(?i)\b{re.escape(plural)}\b", text):
        return own | EQUIVALENTS[plural]
    return own


def _shared_stems(a: ClaimRef, b: ClaimRef) -> dict[str, str]:
    """The words of `a` that match a word of `b` (an equivalent or the same stem), each with what
    they share; words sharing one thing count once."""
    theirs = frozenset().union(*_content_stems(b).values())
    return {w: min(keys & theirs) for w, keys in _content_stems(a).items() if keys & theirs}


def _theme_words(claim: ClaimRef) -> set[str]:
    words = {_singular(w) for w in fold(claim.theme or "").split()} - _DETERMINERS - _PHRASE_END - _PRONOUNS
    return {w for w in words if _common_noun(w, claim.text)}


@dataclass(slots=True, frozen=True)
class Proposition:
    """What two claims are both about: named by the words they share, never by a topic list."""

    name: str
    words: frozenset[str]   # the shared words (equivalence senses or six-letter stems)


def generic_proposition(a: ClaimRef, b: ClaimRef) -> Proposition | None:
    """One proposition from shared content words: STRONG_SHARED_WORDS of them, or fewer (at least
    GENERIC_SHARED_WORDS) with a shared theme word (the same thing is said to be released, found,
    offered), the same non-light predicate, or figures on both sides (two values of one quantity)."""
    matched = _shared_stems(a, b)
    shared = set(matched.values())
    if len(shared) < GENERIC_SHARED_WORDS:
        return None
    same_predicate = _same_predicate(a, b)
    quantities = bool(a.figures) and bool(b.figures)
    strong = len(shared) >= STRONG_SHARED_WORDS
    if not (strong or quantities or same_predicate or _theme_words(a) & _theme_words(b)):
        return None
    return Proposition("claim about " + ", ".join(sorted(matched)),
                       frozenset(shared))


def _same_predicate(a: ClaimRef, b: ClaimRef) -> bool:
    light = rules.words("stance", "light_verbs")
    same = a.predicate == b.predicate or bool(EQUIVALENTS.get(a.predicate, _NONE) & EQUIVALENTS.get(b.predicate, _NONE))
    return same and a.predicate not in light and b.predicate not in light


def _names(claim: ClaimRef) -> dict[str, frozenset[str]]:
    """The claim's words written only as names ('Orvex', 'the Treasury'): who or what it is about, an
    argument it shares with a claim naming the same one."""
    light = rules.words("stance", "light_verbs")
    return {w: frozenset({"name:" + fold(w)}) for w in claim.keywords
            if w and w not in light and fold(w) not in CALENDAR_WORDS and not _common_noun(w, claim.text)}


def _heads(claim: ClaimRef) -> set[str]:
    """The claim's event heads: its predicate when a head verb, and its head nouns outside the
    doer's phrase (the agent says who acts, not what happens)."""
    agent = _agent_words(claim)
    out = {w for w in claim.keywords if w in HEAD_NOUNS and w not in agent and w != claim.predicate}
    return out | ({claim.predicate} if claim.predicate in HEAD_VERBS else set())


def _time_nouns(claim: ClaimRef) -> set[str]:
    return {_singular(m.group(1).lower()) for m in _TIME_NOUN.finditer(claim.text)}


def head_proposition(a: ClaimRef, b: ClaimRef) -> Proposition | None:
    """An assertion and a denial of one event: an event head of each (_heads) match — the same
    lemma, stem or equivalence group — and one more argument is shared (another content word, or a
    name both claims use). Words naming when the claim holds ('since the election') are not shared."""
    if a.polarity == b.polarity:
        return None
    mine = {w: k for w, k in (_content_stems(a) | _names(a)).items() if w not in _time_nouns(a)}
    theirs = {w: k for w, k in (_content_stems(b) | _names(b)).items() if w not in _time_nouns(b)}
    their_heads = frozenset().union(*(k for w, k in theirs.items() if w in _heads(b)))
    if not any(k & their_heads for w, k in mine.items() if w in _heads(a)):
        return related_proposition(a, b, mine, theirs)
    all_theirs = frozenset().union(*theirs.values())
    matched = {w: min(k & all_theirs) for w, k in mine.items() if k & all_theirs}
    shared = set(matched.values())
    if len(shared) < 2:
        return None
    return Proposition("claim about " + ", ".join(sorted(matched)), frozenset(shared))


def related_proposition(a: ClaimRef, b: ClaimRef, mine: dict[str, frozenset[str]],
                        theirs: dict[str, frozenset[str]]) -> Proposition | None:
    """An assertion and a denial of one event told in two words WordNet keeps apart (link/related.py):
    their most related event heads at RELATED_EVENTS or more in the news thesaurus, and one more
    shared argument, as head_proposition asks of two heads of one equivalence group. Off while
    RELATED_EVENTS is None (it is: see there)."""
    if RELATED_EVENTS is None:
        return None
    best = best_related({w for w in mine if w in _heads(a)}, {w for w in theirs if w in _heads(b)})
    if best is None or best[0] < RELATED_EVENTS:
        return None
    score, x, y = best
    rest = frozenset().union(*(k for w, k in theirs.items() if w != y))
    matched = {w: min(k & rest) for w, k in mine.items() if w != x and k & rest}
    if not matched:
        return None
    return Proposition(f"related events ({x} ~ {y}, {score:.2f} in the news thesaurus) about "
                       + ", ".join(sorted(matched)), frozenset(matched.values()) | {x, y})


def shared_proposition(a: ClaimRef, b: ClaimRef) -> Proposition | None:
    """The generic proposition both claims share (equivalents count as one word: 'negotiating' and
    'negotiations'), else an assertion and a denial of one event (head_proposition), else None. One
    shared word is not enough even when it is a WordNet equivalent: with a table for a general
    vocabulary ("election", "court", "public") it pairs unrelated claims."""
    return generic_proposition(a, b) or head_proposition(a, b)


@dataclass(slots=True, frozen=True)
class Verdict:
    kind: str                  # "opposite" | "figures" | "dates"
    proposition: Proposition
    corrects: bool = False     # one side rejects the other's very value: no time scope needed


def _asserted(claim: ClaimRef) -> ClaimRef:
    """A denial as it is compared: without what its definite descriptions presuppose ('X was not the
    source of the lead found in the river' does not deny that lead was found)."""
    if claim.polarity != "negative" or not claim.presupposed:
        return claim
    return replace(claim, keywords=claim.keywords - claim.presupposed)


def _other_object(a: ClaimRef, b: ClaimRef) -> bool:
    """One claim's object is a name the other never uses ('does not recognise Alvarez as mayor'
    against 'was the first to recognise Brandt as mayor'): two propositions about two named things."""
    def named_object(x: ClaimRef) -> set[str]:
        words = {fold(w) for w in re.findall(r"[^\W\d_]+", x.theme or "")} - _DETERMINERS
        names = {fold(w) for w in _names(x)}
        return words if words and words <= names else set()
    mine, theirs = named_object(a), named_object(b)
    return bool(mine and not mine & {fold(w) for w in b.keywords}) or \
        bool(theirs and not theirs & {fold(w) for w in a.keywords})


def _compare(a: ClaimRef, b: ClaimRef) -> Verdict | None:
    if claim_scope.different_places(a.places, b.places):
        return None  # about different places, whatever words they share
    if _one_sentence(a, b):
        return None  # one sentence, copied or read twice: any difference is in our reading of it
    if a.polarity != b.polarity:
        a, b = _asserted(a), _asserted(b)
    found = shared_proposition(a, b)
    if found and _other_object(a, b):
        return None
    if not found or same_speaker(a.speaker, b.speaker) or not (_factual(a) and _factual(b)):
        return None
    if claim_scope.interrogative(a.text) or claim_scope.interrogative(b.text):
        return None  # a question asserts nothing
    if a.polarity != b.polarity and not (denied(a, b, found) and asserted(a, b, found)
                                         and same_participants(a, b, found) and existence_met(a, b)
                                         and affirms_and_denies(a, b)):
        return None
    if a.polarity != b.polarity and (not _same_predicate(a, b) or same_doer(a, b, found.words)):
        # doers compare only under one predicate: "no well has tested above the limit" and "samples
        # found solvent above the limit in 11 wells" name the tested thing and the tester
        return Verdict("opposite", found)
    if a.polarity == b.polarity and figures_conflict(a.figures, b.figures):
        return Verdict("figures", found, corrects=_corrects(a, b) or _corrects(b, a))
    if a.polarity == b.polarity == "positive" and _dates_conflict(a, b) and same_doer(a, b, found.words) \
            and _same_predicate(a, b):
        return Verdict("dates", found)
    return None


def denied(a: ClaimRef, b: ClaimRef, found: Proposition) -> bool:
    """For an assertion and a denial: what they share is what the denial denies, its predicate or its
    object (claim_scope.focus_words), not only a word of its subject or of an adjunct. Dev stories:
    96 of main's 705 flags fail it (48 fail only it); none of the real disputes judged there."""
    return _in_focus(a if a.polarity == "negative" else b, found)


def asserted(a: ClaimRef, b: ClaimRef, found: Proposition) -> bool:
    """For an assertion and a denial under two predicates sharing fewer than STRONG_SHARED_WORDS
    words: what they share is also what the assertion asserts, its predicate or object ('UN aid was
    pledged' asserts the pledge; 'efforts seen as vital to the aid effort are stepped up' asserts
    nothing of the aid). Dev stories: 90 of 705 flags fail it (16 only it)."""
    if _same_predicate(a, b) or len(found.words) >= STRONG_SHARED_WORDS:
        return True
    return _in_focus(a if a.polarity == "positive" else b, found)


def _in_focus(claim: ClaimRef, found: Proposition) -> bool:
    focus = claim_scope.focus_words(claim.predicate, claim.theme, claim.agent, claim.keywords)
    keys = _content_stems(claim) | _names(claim)
    return any(keys.get(w, _NONE) & found.words or w in found.words for w in focus)


def same_participants(a: ClaimRef, b: ClaimRef, found: Proposition) -> bool:
    """Under two predicates sharing fewer than STRONG_SHARED_WORDS words, both claims must be about
    the same doer when both name one: 'many people have seen no aid' says nothing of the aid
    'pledged by the UN'. Three shared words keep the pair: 'no public well has tested above the
    legal limit' and 'samples found solvent above the legal limit in 11 public wells' name the tested
    thing and the tester (sample corpus). Dev stories: 121 of 705 flags fail it (24 only it)."""
    if _same_predicate(a, b) or len(found.words) >= STRONG_SHARED_WORDS:
        return True
    return same_doer(a, b, found.words)


def existence_met(a: ClaimRef, b: ClaimRef) -> bool:
    """A denial of existence or possession ('there is no food', 'the people have no water': be/have
    with a 'no' object) is met only by a claim that something is or is had (be, have, exist) or by
    the same predicate, or by the act the denied thing names ('no confirmed cases' / 'officials
    confirmed a case', 'no decision to ban' / 'banned'): 'planners are reluctant to drop food and
    water' asserts neither. Dev stories: 76 of 705 flags fail it (31 only it; one borderline real:
    'no supply of drinking water' against 'water supplies … increasingly reaching people')."""
    no, yes = (a, b) if a.polarity == "negative" else (b, a)
    if no.predicate not in EXISTENTIAL or not _denies_existence(no):
        return True
    theme = fold(no.theme or "")
    named = frozenset().union(*(k for w, k in _content_stems(no).items() if fold(w)[:5] in theme))
    if yes.predicate == "be" and yes.agent and not _subject_named(yes, named):
        return False  # 'Haiti is in massive need of food' says what Haiti is, not that food is there
    if yes.predicate in EXISTENTIAL or _same_predicate(a, b):
        return True
    return bool((EQUIVALENTS.get(yes.predicate, _NONE) | {yes.predicate[:6]}) & named)


def affirms_and_denies(a: ClaimRef, b: ClaimRef) -> bool:
    """The positive side affirms and the negative side denies what they share: a denial framed by
    'there is no doubt that …' asserts its clause (claim_scope.assertion_frame); a positive claim
    whose object opens with a negator ('to be no worse', 'little sign of') is negative in what it
    says (claim_scope.negative_complement); a denial of a part of a set ('many people have seen no
    aid', claim_scope.partial_subject) or of an inference ('does not imply more deaths') leaves the
    thing itself open; under two predicates, the other's event inside a
    to-infinitive of a verb that does not entail it ('negotiating to purchase', 'did not plan to
    ban') is neither asserted nor denied (claim_scope.irrealis_complement)."""
    no, yes = (a, b) if a.polarity == "negative" else (b, a)
    if claim_scope.assertion_frame(no.text) or claim_scope.negative_complement(yes.theme) \
            or claim_scope.partial_subject(no.agent) or no.predicate in claim_scope.INFERENCE_VERBS \
            or claim_scope.own_evidence(no.agent, no.predicate) or claim_scope.denied_comparison(no.predicate, no.theme):
        return False
    if _future(a) != _future(b):
        return False  # a prediction and a report of what is or was: two times, not one proposition
    if _same_predicate(a, b):
        return True
    return not any(claim_scope.irrealis_complement(x.predicate, x.theme) and _names_event(x.theme, y)
                   for x, y in ((a, b), (b, a)))


def _future(claim: ClaimRef) -> bool:
    """A prediction or intention ('will remain open', 'we won't call it swine flu'): 'will' speaks of
    a time after the report (Huddleston & Pullum 2002 ch. 3 §9.5), so it neither asserts nor denies
    what a report of the past or present says; two predictions still dispute each other."""
    return claim.modality == "will" or _WONT.search(claim.text) is not None


_WONT = re.compile(r"(?i)\bwo\s*n[’']?t\b|\bshall\s+not\b|\bshan[’']?t\b")


def _names_event(theme: str | None, other: ClaimRef) -> bool:
    """The other claim's predicate (or an equivalent) is a word of this infinitive."""
    words = {fold(w)[:6] for w in re.findall(r"[^\W\d_]+", theme or "")}
    keys = EQUIVALENTS.get(other.predicate, _NONE) | {other.predicate[:6]}
    return bool(keys & (words | frozenset().union(*(EQUIVALENTS.get(w, _NONE) for w in fold(theme or "").split()))))


def _denies_existence(no: ClaimRef) -> bool:
    """'there is no X', 'Y has no X', and with the negation on the verb 'there isn't a X', 'they don't
    have any X': one denial of existence or possession (Huddleston & Pullum 2002 ch. 9 §2: 'not' with
    the non-affirmative 'any' is the clausal form of 'no'). 'The cull was not a measure against flu'
    (be with a subject) ascribes, it denies no existence."""
    theme = (no.theme or "").lower().split()
    if theme[:1] == ["no"]:
        return True
    existential = no.predicate != "be" or not no.agent or fold(no.agent) == "there"
    return existential and theme[:1] in (["any"], ["a"], ["an"])


def _subject_named(claim: ClaimRef, named: frozenset[str]) -> bool:
    """The claim's subject holds a word of what the denial says is not there ('food is arriving')."""
    subject = {_singular(w)[:6] for w in fold(claim.agent or "").split()}
    return bool(subject & named) or any(EQUIVALENTS.get(_singular(w), _NONE) & named
                                        for w in fold(claim.agent or "").split())


def _one_sentence(a: ClaimRef, b: ClaimRef) -> bool:
    """One sentence in two articles (whitespace aside), or one claim's sentence inside the other's: a
    report syndicated to two pages, or a sentence split and read twice. Its words cannot disagree with
    themselves; two dates or two polarities come from how each copy was read. Two clauses of one
    sentence in one article stay comparable: 'police said he pointed a gun; witnesses said he did not'
    reports a dispute."""
    x, y = " ".join(a.text.split()), " ".join(b.text.split())
    if x == y:
        return a.article_id != b.article_id
    return min(len(x), len(y)) >= 20 and (x in y or y in x)


def _corrects(a: ClaimRef, b: ClaimRef) -> bool:
    """`a` names `b`'s value to reject it ("38% … and not 'fewer than 5%', as the ministry said at
    the time"): it speaks of the same measurement, whenever each was said."""
    return bool(a.rejected) and not figures_conflict(a.rejected, b.figures) and bool(_values(b.figures))


def _by_correction(a: ClaimRef, b: ClaimRef) -> bool:
    """The denying side uses a correction verb ('the paper corrected its report that …')."""
    return a.polarity != b.polarity and any(c.polarity == "negative" and c.cue in CORRECTION_VERBS for c in (a, b))


def _dates_conflict(a: ClaimRef, b: ClaimRef) -> bool:
    """Two stated days for one event (same predicate, same doer) more than DATE_TOLERANCE apart;
    months and years are too coarse to tell two accounts from two events."""
    if a.scope_basis != "stated" or b.scope_basis != "stated" or not a.scope or not b.scope:
        return False
    if a.scope[0] != a.scope[1] or b.scope[0] != b.scope[1]:
        return False
    return abs(a.scope[0] - b.scope[0]) > DATE_TOLERANCE


def _explain(verdict: Verdict, a: ClaimRef, b: ClaimRef) -> str:
    about = verdict.proposition.name
    if verdict.kind == "figures":
        when = same_period(a, b)
        if verdict.corrects:
            fixer = a if _corrects(a, b) else b
            when = f"{fixer.speaker} rejects {', '.join(fixer.rejected)} by name, so both speak of one measurement"
        return (f"{a.speaker} gives {', '.join(a.figures)} and {b.speaker} gives {', '.join(b.figures)} for the "
                f"same quantity ({about}), no two within {FIGURE_TOLERANCE:.0%} of each other; {when}: "
                f"the figures cannot both be right")
    if verdict.kind == "dates":
        assert a.scope and b.scope  # _dates_conflict checked both
        return (f"{a.speaker} dates it {a.scope[0]} and {b.speaker} {b.scope[0]}: two days for one event "
                f"({a.predicate}; {about}), more than {DATE_TOLERANCE.days} day apart")
    yes, no = (a, b) if a.polarity == "positive" else (b, a)
    return (f"{yes.speaker} affirms it ({yes.predicate}) and {no.speaker} denies it (not {no.predicate}): "
            f"opposite claims, {about}; {same_period(a, b)}")


def find_contradictions(articles: Sequence[Article]) -> list[Contradiction]:
    """Every pair of claims across `articles` that cannot both hold, with an explanation; pairs
    between the same two speakers about the same proposition are numbered as one dispute."""
    groups = {a.id: a.duplicate_of or a.id for a in articles}
    anchors = event_anchors(articles)
    refs = [r for a in articles for r in claim_refs(a, anchors)]
    topic = story_topic(refs)
    found, seen = [], set()
    for a, b in combinations(refs, 2):
        key = frozenset({(a.article_id, a.start), (b.article_id, b.start)})
        verdict = None if key in seen else flag_pair(a, b, groups, topic)
        if verdict:
            seen.add(key)
            found.append(Contradiction(a, b, verdict.kind, verdict.proposition.name, _explain(verdict, a, b),
                                       topic=verdict.proposition.words,
                                       correction=verdict.corrects or _by_correction(a, b)))
    return _number_disputes(found)


def story_topic(refs: Sequence[ClaimRef]) -> frozenset[str]:
    """The match keys (stems, equivalence groups, names) found in TOPIC_SHARE of the claims, and in
    at least TOPIC_MIN_CLAIMS of them: what the story is about, not what one claim says."""
    counts: Counter[str] = Counter()
    for r in refs:
        counts.update(frozenset().union(*(_content_stems(r) | _names(r)).values()))
    least = max(TOPIC_MIN_CLAIMS, TOPIC_SHARE * len(refs))
    return frozenset(k for k, n in counts.items() if n >= least)


def _topical(verdict: Verdict, a: ClaimRef, b: ClaimRef, topic: frozenset[str]) -> bool:
    """An assertion and a denial of different predicates that share only two of the story's topic
    words. Figures and dates of one quantity or event, one predicate, or three shared words are
    kept: a story about solvent in wells disputes whether solvent was found in wells."""
    words = verdict.proposition.words
    return verdict.kind == "opposite" and len(words) < STRONG_SHARED_WORDS and words <= topic \
        and not _same_predicate(a, b)


def flag_pair(a: ClaimRef, b: ClaimRef, groups: dict[str, str], topic: frozenset[str] = frozenset()) -> Verdict | None:
    """The verdict on two claims when they contradict in overlapping time, else None; a proposition
    named only by the story's topic words (story_topic) is none."""
    verdict = _compare(a, b)
    if verdict and _topical(verdict, a, b, topic):
        return None
    timeless = verdict is not None and (verdict.kind == "dates" or verdict.corrects)
    return verdict if verdict and (timeless or scopes_overlap(a, b, groups)) else None


def _number_disputes(found: list[Contradiction]) -> list[Contradiction]:
    disputes: list[Contradiction] = []
    out = []
    for c in found:
        number = next((i for i, d in enumerate(disputes) if _same_dispute(c, d)), None)
        if number is None:
            number = len(disputes)
            disputes.append(c)
        out.append(replace(c, dispute=number))
    return out


def _same_dispute(c: Contradiction, d: Contradiction) -> bool:
    def pair(x: Contradiction) -> tuple[str, str]:
        return (x.a.speaker, x.b.speaker) if x.a.polarity <= x.b.polarity else (x.b.speaker, x.a.speaker)

    (p, q), (r, t) = pair(c), pair(d)
    straight = same_speaker(p, r) and same_speaker(q, t)
    crossed = c.kind == "figures" and same_speaker(p, t) and same_speaker(q, r)
    same_topic = c.family == d.family or bool(c.topic & d.topic)
    return c.kind == d.kind and same_topic and (straight or crossed)


def contradiction_record(c: Contradiction) -> dict:
    """Export shape (../shared/EXPORT.md): both sides with their sentence, speaker and time scope
    (its basis: the claim's own time expression or its article's publication day), and why."""
    def side(r: ClaimRef) -> dict:
        return {"article": r.article_id, "text": r.text, "speaker": r.speaker, "start": r.start, "end": r.end,
                "polarity": r.polarity, "time": _scope_record(r.scope), "time_basis": r.scope_basis}
    return {"a": side(c.a), "b": side(c.b), "kind": c.kind, "family": c.family, "explanation": c.explanation,
            "dispute": c.dispute, "correction": c.correction}


def _scope_record(scope: tuple[dt.date, dt.date] | None) -> list[str | None] | None:
    """[start, end] as ISO dates, an open end (never, since, before) as null."""
    if scope is None:
        return None
    return [None if d in (dt.date.min, dt.date.max) else d.isoformat() for d in scope]


def contradictions_in(articles: Iterable[Article]) -> list[dict]:
    return [contradiction_record(c) for c in find_contradictions(list(articles))]
