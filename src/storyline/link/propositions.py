"""What two claims are both about (a `Proposition`), from the words they share: WordNet equivalents,
six-letter stems, event heads and names — never a topic list (link/contradictions.py)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from storyline import rules
from storyline.extract.names import ORG_HEADS, fold
from storyline.link.claim_ref import ClaimRef
from storyline.link.predicate_class import denies_broader, one_class
from storyline.link.related import best_related


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
# the counted vocabulary's lemmas the file lists (a frequent verb outside [head_verbs], 'go', is no rare one)
_VOCABULARY = HEAD_VERBS | HEAD_NOUNS | frozenset(EQUIVALENTS)
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
TIME_NOUN = re.compile(r"(?i)\b(?:since|after|before|until)\s+(?:(?:the|a|an|its|their|his|her|last|this)\s+)?"
                        r"(?:[a-z]+\s+)??([a-z]+)\b(?=\s*(?:[,.;:”\"]|$|and\b|or\b))")
_NONE: frozenset[str] = frozenset()
# Two claims outside the equivalence sets state one proposition when they share this many content
# words (keywords less light verbs, stems of six letters) and their themes share a word, or their
# predicates are one verb, or both give figures. 2: on the seed and sample sets, 1 paired unrelated claims.
GENERIC_SHARED_WORDS = 2
# With this many shared content words no theme or predicate needs to match: "No public well has
# tested above the legal limit" and "samples found solvent above the legal limit in 11 public wells"
# share legal, limit, public but hang them on different verbs (sample corpus; the seed and sample
# look-alikes share at most two with their counterparts, or are set apart by time).
STRONG_SHARED_WORDS = 3
# A word in this share of a story's claims (and in TOPIC_MIN_CLAIMS of them) is what the story is
# about ('flu', 'swine' on an outbreak's day, 'earthquake', 'Haiti'): two claims sharing only such
# words share no proposition. Chosen on the dev stories of benchmarks/contradiction_stories.py
# (docs/models/claims.md); a story's main actor passes it (30% of one story's claims), a word of
# one episode (2%) does not.
TOPIC_SHARE = 0.05
TOPIC_MIN_CLAIMS = 5
PRONOUNS = frozenset(["i", "we", "you", "he", "she", "it", "they", "who", "which", "that", "this", "these",
                       "those", "one", "someone"])
DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this",
                          "that", "these", "those", "some", "any", "all", "both"])
PHRASE_END = frozenset(["in", "of", "on", "at", "for", "from", "with", "by", "who", "which", "that",
                         "whose", "to", ",", "(", "-", "–"])


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word



def agent_words(claim: ClaimRef) -> set[str]:
    return {singular(w) for w in fold(claim.agent or "").split()} - DETERMINERS - PHRASE_END



def common_noun(word: str, text: str) -> bool:
    """The word is written in lower case somewhere in the claim: not only a name ("Smith", "Mr"),
    which says who the claim is about, not what it says."""
    if re.search(rf"(?<![A-Za-z]){re.escape(word[:5])}", text):
        return True
    # the lemma's spelling changes before -ing/-ed: e-deletion ('probe' / 'probing', 'issue' / 'issued'
    # is kept by the prefix) and y to i ('deny' / 'denied'; Quirk et al. 1985 App. I.A, spelling rules)
    for end, endings in (("e", "ing|ed|er"), ("y", "ied|ies|ier")):
        if word.endswith(end) and len(word) >= 4 and word[:-1][:5] == word[:-1] \
                and re.search(rf"(?<![A-Za-z]){re.escape(word[:-1])}(?:{endings})\b", text):
            return True
    return False


def _written_common(word: str, claim: ClaimRef) -> bool:
    """common_noun, or the claim's own predicate: a verb's lemma whatever its written form, an irregular
    past among them ('paid' for pay, 'laid' for lay, 'sold' for sell: Quirk et al. 1985 App. I.A, the
    irregular verbs), which no prefix of the lemma finds in the text (branch probe14: 'The port paid a
    ransom' had 'pay' as a name, so 'did not pay a ransom' shared one word with it, not two)."""
    return word == claim.predicate or common_noun(word, claim.text)


# Words that say when, not what: weekday names (rules/timex.toml [weekdays]) and the deictic day
# adverbs, TIMEX3 dates in TimeML (Pustejovsky et al. 2005). 'He was not returning calls on Tuesday'
# and 'dispatchers got a call on Tuesday' share a call only (dev stories: 3 flags, none real).
CALENDAR_WORDS = frozenset(rules.mapping("timex", "weekdays")) | {"today", "tonight", "yesterday", "tomorrow"}


def content_stems(claim: ClaimRef) -> dict[str, frozenset[str]]:
    """Each content word with what it matches: its six-letter stem and its equivalence groups."""
    light = rules.words("stance", "light_verbs")
    ages = _AGE_WORDS if _AGE.search(claim.text) else frozenset()
    return {w: _senses(w, claim.text) | {w[:6]} for w in claim.keywords
            if w and w not in light and w not in CALENDAR_WORDS and w not in ages and _written_common(w, claim)}


# 'a 61-year-old retired driver' / 'a 70-year-old man': an age says how old someone is, not what happened;
# two people's ages share 'year' and 'old' whatever the two claims say (probe29: two deaths of two people
# paired on 'die, old, year' and flagged as two dates of one death)
_AGE = re.compile(r"\d+\s*-?\s*(?:year|month|week)s?\s*-?\s*old\b", re.I)
_AGE_WORDS = frozenset({"year", "month", "week", "old"})


# a participle kept as its own lemma ('detailed', 'confirmed': the lemmatiser leaves an adjective's -ed);
# 'hundred' and the '-eed' words ('need', 'speed') end in -ed without being participles
_PARTICIPLE = re.compile(r"[a-z]{3,}[^e]ed")


def _attributive(word: str, claim: ClaimRef) -> bool:
    """An -ed adjective written before a noun ('a detailed report'): a lower-case word after it that opens no
    phrase and is no determiner."""
    if not _PARTICIPLE.fullmatch(word) or word == "hundred" or word == claim.predicate:
        return False
    return any(m.group(1) not in PHRASE_END and m.group(1) not in DETERMINERS
               for m in re.finditer(rf"(?i)\b{re.escape(word)}\s+([a-z]+)", claim.text))


def _verbal(word: str, claim: ClaimRef) -> bool:
    """The claim uses the word as a verb: its predicate, a participle ('confirmed'), or the lemma written with
    a verb's ending ('recycled fiber' for 'recycle', 'probing')."""
    base = word[:-1] if word.endswith("e") else word
    return word == claim.predicate or _PARTICIPLE.fullmatch(word) is not None \
        or re.search(rf"(?i)\b(?:{re.escape(word)}(?:ed|d)|{re.escape(base)}ing)\b", claim.text) is not None


def _adjective_and_noun(word: str, a: ClaimRef, stem: str, b: ClaimRef) -> bool:
    """`word` of `a` meets `b` only by a six-letter stem where one side is an -ed adjective before a noun and
    the other a word used as no verb: 'sought a detailed report' and 'no bank details were stored' share no
    word (docs/entities.md, sixteenth session: two wrong flags on the breach story), while 'no confirmed
    cases' and 'confirmed a case' share the verb whose participle the adjective is."""
    others = [x for x in b.keywords if x[:6] == stem]
    if _attributive(word, a):
        return all(not _verbal(x, b) for x in others)
    return any(_attributive(x, b) for x in others) and not _verbal(word, a)


def _senses(word: str, text: str) -> frozenset[str]:
    """The word's equivalence groups, and those of its plural when the claim writes the plural and
    WordNet lists it as a lemma of its own: "talks" is negotiation.n.01, "talk" a speech; the
    lemmatiser gives "talk" for both (the table holds 30-odd such plurals: authorities, funds, talks,
    works …)."""
    plural = word + "s"
    own = EQUIVALENTS.get(word, _NONE) | _cued(word, text)
    if plural in EQUIVALENTS and re.search(rf"(?i)\b{re.escape(plural)}\b", text):
        return own | EQUIVALENTS[plural]
    return own


# Minor senses taken only with a word of their domain in the claim (rules/disputes.toml [cued_senses]):
# 'covered by any insurance policy' is insured.
_CUED = [(e["group"], frozenset(e["words"]), frozenset(e["cued"]),
          re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, e["cues"])) + r")\b"))
         for e in rules.entries("disputes", "cued_senses")]


def _cued(word: str, text: str) -> frozenset[str]:
    return frozenset(group for group, words, cued, cues in _CUED
                     if word in words or (word in cued and cues.search(text)))


def shared_stems(a: ClaimRef, b: ClaimRef) -> dict[str, str]:
    """The words of `a` that match a word of `b` (an equivalent or the same stem), each with what
    they share; words sharing one thing count once."""
    return _matched(content_stems(a), a, frozenset().union(*content_stems(b).values()), b)


def _matched(mine: dict[str, frozenset[str]], a: ClaimRef, theirs: frozenset[str], b: ClaimRef) -> dict[str, str]:
    """Each word of `a` (with its keys) that meets `theirs`, the keys of `b`'s words, with the key they share;
    an adjective and a noun of one stem do not meet (_adjective_and_noun)."""
    return {w: min(keys & theirs) for w, keys in mine.items() if keys & theirs
            and not (keys & theirs == {w[:6]} and _adjective_and_noun(w, a, w[:6], b))}


def theme_words(claim: ClaimRef) -> set[str]:
    words = {singular(w) for w in fold(claim.theme or "").split()} - DETERMINERS - PHRASE_END - PRONOUNS
    return {w for w in words if common_noun(w, claim.text)}


@dataclass(slots=True, frozen=True)
class Proposition:
    """What two claims are both about: named by the words they share, never by a topic list."""

    name: str
    words: frozenset[str]   # the shared words (equivalence senses or six-letter stems)


def generic_proposition(a: ClaimRef, b: ClaimRef) -> Proposition | None:
    """One proposition from shared content words: STRONG_SHARED_WORDS of them, or fewer (at least
    GENERIC_SHARED_WORDS) with a shared theme word (the same thing is said to be released, found,
    offered), the same non-light predicate, or figures on both sides (two values of one quantity)."""
    matched = shared_stems(a, b)
    shared = set(matched.values())
    if len(shared) < GENERIC_SHARED_WORDS:
        return None
    one_predicate = same_predicate(a, b)
    quantities = bool(a.figures) and bool(b.figures)
    strong = len(shared) >= STRONG_SHARED_WORDS
    if not (strong or quantities or one_predicate or theme_words(a) & theme_words(b)):
        return None
    return Proposition("claim about " + ", ".join(sorted(matched)),
                       frozenset(shared))


def same_predicate(a: ClaimRef, b: ClaimRef) -> bool:
    light = rules.words("stance", "light_verbs")
    same = a.predicate == b.predicate or bool(_senses(a.predicate, a.text) & _senses(b.predicate, b.text))
    return same and a.predicate not in light and b.predicate not in light


def same_class(a: ClaimRef, b: ClaimRef) -> bool:
    """One predicate (same_predicate), or two verbs of one class in WordNet (predicate_class.one_class:
    'vaccinated' / 'immunised', 'found' / 'spotted'; verbs of being and having are no class)."""
    return same_predicate(a, b) or one_class(a.predicate, b.predicate)


def named_words(claim: ClaimRef) -> dict[str, frozenset[str]]:
    """The claim's words written only as names ('Orvex', 'the Treasury'): who or what it is about, an
    argument it shares with a claim naming the same one."""
    light = rules.words("stance", "light_verbs")
    return {w: frozenset({"name:" + fold(w)}) for w in claim.keywords
            if w and w not in light and fold(w) not in CALENDAR_WORDS and not _written_common(w, claim)}


def event_heads(claim: ClaimRef) -> set[str]:
    """The claim's event heads: its predicate when a head verb, and its head nouns outside the
    doer's phrase (the agent says who acts, not what happens)."""
    agent = agent_words(claim)
    out = {w for w in claim.keywords if w in HEAD_NOUNS and w not in agent and w != claim.predicate}
    return out | ({claim.predicate} if head_verb(claim.predicate) else set())


def head_verb(lemma: str) -> bool:
    """A verb that names an event: one of the news vocabulary's ([head_verbs]), or a verb too rare to
    be in it ('audit', 'refund', 'waive', 'withhold': fewer than 5 of the 1,378 counted news documents
    use them) that is no light verb. Every WordNet verb lies in a verb lexicographer file, so the list
    marks the vocabulary, not a kind of verb; a rare verb is a specific event, not a light one."""
    if lemma in HEAD_VERBS:
        return True
    return lemma.isalpha() and len(lemma) >= 4 and lemma not in rules.words("stance", "light_verbs") \
        and lemma not in _VOCABULARY


def time_nouns(claim: ClaimRef) -> set[str]:
    return {singular(m.group(1).lower()) for m in TIME_NOUN.finditer(claim.text)}


def head_proposition(a: ClaimRef, b: ClaimRef) -> Proposition | None:
    """An assertion and a denial of one event: an event head of each (event_heads) match — the same
    lemma, stem or equivalence group — and one more argument is shared (another content word, or a
    name both claims use). Words naming when the claim holds ('since the election') are not shared."""
    if a.polarity == b.polarity:
        return None
    mine = {w: k for w, k in (content_stems(a) | named_words(a) | _pronoun_subject(a)).items() if w not in time_nouns(a)}
    theirs = {w: k for w, k in (content_stems(b) | named_words(b) | _pronoun_subject(b)).items() if w not in time_nouns(b)}
    their_heads = frozenset().union(*(k for w, k in theirs.items() if w in event_heads(b)))
    if not any(k & their_heads for w, k in mine.items() if w in event_heads(a)) and not _broader_denial(a, b):
        return related_proposition(a, b, mine, theirs)
    matched = _matched(mine, a, frozenset().union(*theirs.values()), b)
    # two verbs of one class are the event head both claims share, one argument with the other's words
    heads = {a.predicate, b.predicate} if _broader_denial(a, b) else set()
    shared = set(matched.values())
    if len(shared) + bool(heads) < 2:
        return None
    named = sorted(matched) + ([f"{a.predicate} / {b.predicate}"] if heads else [])
    return Proposition("claim about " + ", ".join(named), frozenset(shared | heads))


def _broader_denial(a: ClaimRef, b: ClaimRef) -> bool:
    """The denial's verb is broader than the report's in WordNet (predicate_class.denies_broader: 'the
    limit has not changed' / 'the limit was lowered'), of one participant: both subjects have one head noun,
    and the denial has no object or one of the report's object's head. A broader verb alone paired 18
    unrelated clauses on the real dev stories ('The virus never moved outside …' / '… spread of the new
    virus raised fears'; 'It doesn't change the fact …' / '… is complicated by the fact …')."""
    no, yes = (a, b) if a.polarity == "negative" else (b, a)
    if not denies_broader(no.predicate, yes.predicate):
        return False
    subject = _head_noun(no.agent)
    return subject is not None and subject == _head_noun(yes.agent) \
        and (not no.theme or _head_noun(no.theme) == _head_noun(yes.theme))


def _head_noun(phrase: str | None) -> str | None:
    """A noun phrase's head: its last word before a preposition or a clause, singular; None for none or a
    pronoun."""
    words: list[str] = []
    for word in re.findall(r"[^\W\d_]+", fold(phrase or "")):
        if word in PHRASE_END:
            break
        words.append(word)
    head = singular(words[-1]) if words else None
    return None if head is None or head in PRONOUNS else head


def _pronoun_subject(claim: ClaimRef) -> dict[str, frozenset[str]]:
    """The name a pronoun subject stands for, as the claim's own argument: in 'Dravik Paving denied
    that it is being investigated' the investigated is Dravik Paving (claim_doer.reported_subject, its
    reporter when the pronoun agrees with it), an argument the report 'prosecutors are investigating
    Dravik Paving' shares."""
    from storyline.link.claim_doer import reported_subject  # claim_doer reads this module's tables

    words = reported_subject(claim) | described_names(claim)
    return {w: frozenset({"name:" + w}) for w in words if len(w) > 2}


def described_names(claim: ClaimRef) -> set[str]:
    """The names a definite description of an organisation as the claim's subject ('the company', 'the
    bank', or a quoted 'we': speakers_group; rules/aliases.toml [org_heads]) may take up from its own sentence ('Gil Amory, a spokesman
    for Dravik Paving, said the company is not under investigation': a definite description's
    antecedent in the same sentence, Poesio & Vieira 1998, 'A corpus-based investigation of definite
    description use'): the sentence's capitalised words after its first."""
    words = fold(claim.agent or "").split()
    if words in (["we"], ["us"]):
        return speakers_group(claim.text)
    if len(words) != 2 or words[0] != "the" or words[1] not in ORG_HEADS:
        return set()
    return {fold(w) for w in re.findall(r"[^\W\d_]+", claim.text)[1:] if w[:1].isupper()}


_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def speakers_group(text: str) -> set[str]:
    """'"We are not under investigation," Tarrow spokeswoman Dana Kirsch said': a quoted 'we' is the
    speaker and the group the speaker speaks for (the institutional 'we': Huddleston & Pullum 2002
    ch. 17 §2.1, 'we' includes the speaker's associates), named where the attribution describes the
    speaker, outside the quotation marks: the names of the sentence outside the quote. An unquoted
    'we' (no attribution around it) names nobody."""
    return {fold(w) for w in attribution_words(text) if w[:1].isupper()}


def attribution_words(text: str) -> list[str]:
    """The words of a sentence outside its quotation marks ('authority chairman Owen Pike said on
    Thursday'), none when it quotes nothing."""
    outside = _QUOTED.sub(" ", text)
    return [] if outside == text else re.findall(r"[^\W\d_]+", outside)


def related_proposition(a: ClaimRef, b: ClaimRef, mine: dict[str, frozenset[str]],
                        theirs: dict[str, frozenset[str]]) -> Proposition | None:
    """An assertion and a denial of one event told in two words WordNet keeps apart (link/related.py):
    their most related event heads at RELATED_EVENTS or more in the news thesaurus, and one more
    shared argument, as head_proposition asks of two heads of one equivalence group. Off while
    RELATED_EVENTS is None (it is: see there)."""
    if RELATED_EVENTS is None:
        return None
    best = best_related({w for w in mine if w in event_heads(a)}, {w for w in theirs if w in event_heads(b)})
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




def story_topic(refs: Sequence[ClaimRef]) -> frozenset[str]:
    """The match keys (stems, equivalence groups, names) found in TOPIC_SHARE of the claims' sentences,
    and in at least TOPIC_MIN_CLAIMS of them: what the story is about, not what one claim says. A
    sentence counts once however many clauses it makes claims of, so splitting its main clauses into
    claims ('A did not B; C did D, records show') does not thin the story's topic."""
    sentences: dict[tuple[str, int], set[str]] = {}
    for r in refs:
        sentences.setdefault((r.article_id, r.start), set()).update(
            frozenset().union(*(content_stems(r) | named_words(r)).values()))
    counts: Counter[str] = Counter(k for keys in sentences.values() for k in keys)
    least = max(TOPIC_MIN_CLAIMS, TOPIC_SHARE * len(sentences))
    return frozenset(k for k, n in counts.items() if n >= least)

