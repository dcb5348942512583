"""What a claim is about beyond its words: where it holds, whether it is asserted at all, and what its
negation denies. Checks that keep look-alike claims of one story apart (link/contradictions.py).

Each check was chosen on the dev stories of benchmarks/contradiction_stories.py (timeline17-dev
days and ecbplus-dev topic halves, even SHA-1) by the flags it removes and the real disputes it
keeps; the figures are in docs/models/claims.md and benchmarks/data/claim_pairs/README.md.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import fold
from storyline.model import Article
from storyline.payloads import MentionPayload

if TYPE_CHECKING:
    from storyline.link.claim_ref import ClaimRef

# Entity labels that name a place (spaCy's OntoNotes scheme): countries, cities, states (GPE) and
# other locations (LOC: regions, mountains, bodies of water). NORP (nationalities) is left out: a
# "Mexican official" speaks of Mexico's people, not of a place the claim is about. FAC (buildings,
# airports, roads) is a place as in link/entity_blocks.py, and the parser gives it to cities whose
# names are hyphenated ('Port-au-Prince': FAC in the haiti_bbc dev stories, so '30% of buildings in
# Port-au-Prince were damaged' and 'up to 90% in Leogane' counted as one place).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Verbs of inference and evidence (rules/disputes.toml [inference_verbs]): a denial of one of them
# denies an inference, not its content.
INFERENCE_VERBS = rules.words("disputes", "inference_verbs")
# Verbs of a directive speech act (rules/disputes.toml [directive_verbs]): a denial of one of them
# denies the advice or order, not the act advised.
DIRECTIVE_VERBS = rules.words("disputes", "directive_verbs")
# Copular and perception-copular verbs: 'X is not as instant as Y' compares degrees.
# what opens a clause in a complement: the extraposed subject of an expletive 'it' (H&P ch. 16 §7)
_CLAUSE_MARKER = re.compile(r"\b(?:that|to|whether|if|who|which)\b")
_IT_BE_PP = re.compile(r"(?i)\bit\s+(?:is|was|'s|’s|has\s+been|had\s+been|will\s+be|would\s+be)(?:\s+not|n['’]t)?"
                       r"\s+(?:currently\s+|now\s+)?(?P<prep>\w+)\s+(?P<rest>[^,;:.!?]*)")
_COPULAS = frozenset(["be", "appear", "seem", "look", "sound", "become", "remain", "feel"])
_COMPARISON = re.compile(r"(?i)\b(?:as|so)\s+(?:[\w-]+\s+){1,3}?as\b|\b(?:more|less|\w+er)\s+(?:[\w-]+\s+){0,3}?than\b")


def comment_start(article: Article) -> int | None:
    """Where the page's reader comments begin (rules/disputes.toml [comment_headers]), or None: what
    readers write under an article is neither the outlet's report nor a source it quotes. A page whose
    contributions are signed by name and town ([comment_signatures]) is readers' all through: 0. (A second
    header form seen on one dev page, removing no flag the other checks keep, was left out: one
    site's layout is no general rule.)"""
    m = rules.pattern("disputes", "comment_headers").search(article.body or "")
    if m:
        return m.start()
    signed = rules.pattern("disputes", "comment_signatures", re.MULTILINE).findall(article.body or "")
    return 0 if len(signed) >= READER_SIGNATURES else None


# Reader signatures ('Name , Town , Country') that make a page one of readers' contributions, all
# of it (rules/disputes.toml [comment_signatures]: 2 dev pages have 7 each, reporters' pages 3 at most).
READER_SIGNATURES = 5


# A sentence ends at . ! or ? before a space and a capital, a quote or the end ("U.S. Department" too:
# the question test then sees no question, the safe side).
_SENTENCE_END = re.compile(r"[.!?](?=\s+[`'\"“‘(]*[A-Z]|\s*[`'\"”’)]*\s*$)")


def interrogative(text: str) -> bool:
    """The claim's own sentence (the first of its span) is a question: an interrogative clause asks,
    it asserts neither its proposition nor its negation ('What is he pointing a gun at?'; a
    rhetorical 'Doesn't normal flu kill people every year?' conveys the opposite polarity), so it is
    neither side of a dispute (Huddleston & Pullum 2002 ch. 10 §4-5, clause type and illocution)."""
    end = _SENTENCE_END.search(text)
    return end is not None and end.group() == "?"


EFFECTED_OBJECT_VERBS = rules.words("disputes", "effected_object_verbs")
# 'Nobody ordered us to shut that lift', 'No one told us': a negative universal as the doer (Huddleston &
# Pullum 2002 ch. 5 §7.5) names no doer another claim's could differ from (claim_doer) and, with no time of
# its own, denies the act up to its statement as 'never' does (claim_time); lead17
NEGATIVE_UNIVERSALS = frozenset({"nobody", "no one", "no-one", "noone", "none"})


def under_begun(report: ClaimRef, denial: ClaimRef) -> bool:
    """'has opened a review of Harvest Hands' spending' / 'Harvest Hands is not under review by any state
    agency': 'under' before a process noun says its subject undergoes that process ('under review',
    'under investigation': Huddleston & Pullum 2002 ch. 7 §4, 'under' with a nominalisation as an ongoing
    passive), so the negated state denies the begun process the report's effected-object verb made (lead18)."""
    if report.polarity != "positive" or denial.polarity != "negative" or report.predicate not in EFFECTED_OBJECT_VERBS:
        return False
    words = [w for w in fold(report.theme or "").split() if w not in ("a", "an", "the", "its", "their", "new")]
    head = words[words.index("of") - 1] if "of" in words[1:] else (words[-1] if words else "")
    return len(head) > 3 and re.search(rf"\bnot\s+(?:\w+\s+)?under\s+(?:an?\s+|any\s+)?(?:\w+\s+)?{re.escape(head)}\b",
                                       denial.text, re.IGNORECASE) is not None


def correction_marker(text: str) -> bool:
    """The sentence rejects the statement before it in the writer's voice ('That is false:',
    'records show otherwise', 'Contrary to the ad,', 'Verdict: Mostly false'; rules/disputes.toml)."""
    return rules.pattern("disputes", "correction_markers", re.IGNORECASE).search(" ".join(text.split())) is not None


def assertion_frame(text: str) -> bool:
    """The claim's negation belongs to a frame that asserts its content clause ('there is no doubt
    in my mind that CDC will use the lull'; rules/disputes.toml [assertion_frames])."""
    return rules.pattern("disputes", "assertion_frames", re.IGNORECASE).search(text) is not None


def negative_complement(theme: str | None) -> bool:
    """A claim's object opens with a negator or an approximate negator ('to be no worse than seasonal
    flu', 'little immediate sign of a relief effort'; rules/disputes.toml [negative_complements]):
    read as positive, it is negative in what it says."""
    words = fold(theme or "").split()
    if words[:2] in (["to", "be"], ["to", "have"]):
        words = words[2:]
    return bool(words) and words[0] in rules.words("disputes", "negative_complements")


# Words after an inner negator that it can reach inside its phrase: 'no pork ban', 'never - before -
# seen mixture' (the hyphens of a compound are not words).
INNER_NEGATION_WINDOW = 3


def negated_inside(text: str, stems: Iterable[str]) -> bool:
    """An inner negator (rules/disputes.toml [inner_negators]) stands within INNER_NEGATION_WINDOW
    words before a word beginning with one of `stems` (the lemmas a denial shares with this claim,
    cut to six letters: 'seen' for 'see'): the positive claim negates that word inside its phrase
    ('a never-before-seen mixture', 'to make clear no pork ban')."""
    cut = [w[:6] for w in stems if len(w) >= 3]
    words = re.findall(r"[^\W\d_]+", fold(text))
    negators = rules.words("disputes", "inner_negators")
    for i, w in enumerate(words):
        if w in negators and any(x.startswith(c) for x in words[i + 1:i + 1 + INNER_NEGATION_WINDOW] for c in cut):
            return True
    return False


def evidence_object(theme: str | None) -> bool:
    """The claim's object is evidence or a reason ('no evidence of transmission', 'no scientific
    rationale for banning pork', 'evidence that it spreads'; rules/disputes.toml [evidence_nouns]):
    its head noun within the object's first four words, after a determiner or adjectives."""
    words = fold(theme or "").split()
    evidence = rules.words("disputes", "evidence_nouns")
    return any(w in evidence or (w.endswith("s") and w[:-1] in evidence) for w in words[:4])


def irrealis_complement(predicate: str, theme: str | None) -> bool:
    """The claim's object is a to-infinitive of a verb that does not entail it ('negotiating to
    purchase the property', 'called on them to overturn rule changes'; rules/disputes.toml
    [implicative_verbs] lists the verbs that do): the infinitive's event is wanted or planned,
    not asserted."""
    return fold(theme or "").startswith("to ") and predicate not in rules.words("disputes", "implicative_verbs")


def adjective_complement(predicate: str, theme: str | None) -> str | None:
    """The adjective of a copula whose complement is an adjective with its own complement ('were not
    ready to declare a pandemic', 'are keen to take measures against flu'; rules/disputes.toml
    [complement_adjectives]), else None: it says how the subject stands towards what follows, which
    it neither asserts nor denies."""
    if predicate != "be":
        return None
    words = fold(theme or "").split()
    degree = rules.words("disputes", "complement_degree_words")
    while words and words[0] in degree:
        words = words[1:]
    if len(words) >= 2 and words[0] in rules.words("disputes", "complement_adjectives") \
            and words[1] in rules.words("disputes", "complement_heads"):
        return words[0]
    return None


def place_names(article: Article) -> dict[str, frozenset[frozenset[str]]]:
    """Each place the article names (GPE/LOC spans, by their canonical name when the entity linker
    gave one), folded, with each set of words a claim's keywords may hold to name it (one per form:
    'the United States' and 'US'). The article and the possessive are not a name's words: keywords
    never hold them, so 'the United States' was never named."""
    out: dict[str, set[frozenset[str]]] = {}
    kept = _tagged_as_places(article)
    for span in article.spans:
        if span.label in PLACE_LABELS and span.text in kept:
            linked = span.payload.name if isinstance(span.payload, MentionPayload) else None
            name = fold(linked or span.text)
            parts = _name_words(fold(span.text)) - _NAME_FUNCTION_WORDS
            words = (parts - _PARTICLES) or parts   # 'LA' is a name, not a particle
            if name and words:
                out.setdefault(name, set()).add(words)
    return {name: frozenset(forms) for name, forms in out.items()}


def _tagged_as_places(article: Article) -> set[str]:
    """The place names the tagger found that are written as names: a place's name is capitalised (or an
    acronym), so a lower-case word tagged a place is the tagger's slip on an unknown word (probe29: an
    invented drug's name, 'cardoxitan', read as a place in every article, set a press release's safety
    claim and an inspection's finding in 'different places')."""
    return {s.text for s in article.spans if s.label in PLACE_LABELS and any(w[:1].isupper() for w in s.text.split())}


# A name's parts joined by hyphens are its words ('Port-au-Prince': the claim's keywords hold port and
# prince); its particles (rules/disputes.toml [place_name_particles]) are never keywords.
_NAME_FUNCTION_WORDS = frozenset(["the", "'s", "’s", "of"])
_PARTICLES = rules.words("disputes", "place_name_particles")


def _name_words(name: str) -> frozenset[str]:
    return frozenset(re.split(r"[\s-]+", name)) - {""}


def claim_places(keywords: Iterable[str], places: dict[str, frozenset[frozenset[str]]],
                 text: str = "", antecedent: Callable[[], str | None] | None = None) -> frozenset[str]:
    """The article's places a claim names among its own words (its keywords, so a place named
    elsewhere in the sentence is not counted); when it names none but refers to one by a definite
    description ('the country', 'that city'; rules/disputes.toml [place_nouns]), the places its
    sentence names ('Officials in China say the country has not confirmed any cases'), else
    the place `antecedent` gives: the one named last before it (preceding_place)."""
    words = {fold(w) for w in keywords}
    anaphor = _PLACE_ANAPHOR.search(text)
    fits = _fits_anaphor(anaphor.group(1).casefold() if anaphor else "")
    own = frozenset(name for name, forms in places.items() if any(parts <= words for parts in forms) and fits(name))
    if own or not anaphor:
        return own
    said = set(fold(text).replace("'s", " ").split())
    named = frozenset(name for name, forms in places.items() if any(parts <= said for parts in forms) and fits(name))
    if named or antecedent is None:
        return named
    before = antecedent()
    return frozenset({before}) if before and fits(before) else named


_COUNTRIES = frozenset(fold(n) for n in rules.words("countries", "country_names"))
_SUBNATIONAL = rules.words("disputes", "subnational_place_nouns")


def _fits_anaphor(noun: str) -> Callable[[str], bool]:
    """Whether a place can be where a claim that speaks of 'the NOUN' holds: under a subnational noun ('the
    county') a country is only what contains it (rules/disputes.toml [subnational_place_nouns])."""
    if noun in _SUBNATIONAL:
        return lambda name: name not in _COUNTRIES
    return lambda name: True


def preceding_place(article: Article, start: int) -> str | None:
    """The place (GPE/LOC span, by its linked name) named last before `start` in the claim's own
    paragraph or the one before it: the antecedent of a definite description such as 'the country'
    whose sentence names none ('Four people that the Republic of Ireland's health service tested came
    out all-clear. The health service executive said there are no cases in the country.'). Most
    anaphoric definite descriptions find their antecedent within the last few sentences, the nearest
    first (Poesio & Vieira 1998, 'A corpus-based investigation of definite description use',
    Computational Linguistics 24(2); Vieira & Poesio 2000, Computational Linguistics 26(4), a window of
    a few sentences for same-head anaphors); a live blog's or roundup's items are one paragraph each."""
    body = article.body
    here = body.rfind("\n", 0, start) + 1
    window = body.rfind("\n", 0, len(body[:here].rstrip("\n"))) + 1
    last = None
    for span in article.spans:
        if span.label in PLACE_LABELS and window <= span.start and span.end <= start \
                and (last is None or span.start > last.start):
            last = span
    if last is None:
        return None
    linked = last.payload.name if isinstance(last.payload, MentionPayload) else None
    return fold(linked or last.text) or None


_PLACE_NOUNS = "|".join(sorted(rules.words("disputes", "place_nouns")))
_PLACE_ANAPHOR = re.compile(rf"(?i)\b(?:the|that|this)\s+({_PLACE_NOUNS})\b")


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


_COUNTED = "|".join(sorted(re.escape(w) for w in rules.mapping("timex", "small_numbers")
                           if " " not in w and w not in ("a", "an")))
_SOME = "|".join(sorted(rules.words("disputes", "partial_quantifiers") | rules.words("disputes", "cardinal_determiners")))
_PLACE_SET = re.compile(rf"(?i)\b(?:\d[\d,]*|{_COUNTED}|{_SOME})\s+(?:other\s+)?"
                        rf"(?:{'|'.join(sorted(_plural(w) for w in rules.words('disputes', 'place_nouns')))})\b")


def counted_places(text: str) -> bool:
    """The claim speaks of a number of places of a kind without naming them ('confirmed in seven
    countries', 'in at least 11 states', 'several cities'): a set that need not hold the one place
    another claim names (Huddleston & Pullum 2002 ch. 5 §6-7: a cardinal or non-universal
    quantifier picks out some members of the set, not which)."""
    return _PLACE_SET.search(text) is not None


def different_places(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both claims name places and none of one is a place of the other (one name inside the other
    counts as the same place: 'Mexico City' and 'Mexico', 'New York City' and 'New York'; a shared
    word alone does not: 'United Kingdom' and 'United States', 'New Zealand' and 'New York'). No
    gazetteer says that Port-au-Prince is in Haiti, so a city against its country counts as
    different: a cost measured on the dev stories."""
    if not a or not b:
        return False
    return not any(x == y or _name_words(x) <= _name_words(y) or _name_words(y) <= _name_words(x)
                   for x in a for y in b)


def focus_words(predicate: str, theme: str | None, agent: str | None, keywords: Iterable[str]) -> frozenset[str]:
    """What a negation denies: the predicate and the words of its object (theme). 'Aid has not reached
    the camps' denies that aid reached them; 'the council has not approved any new wells' denies the
    approval of new wells (Huddleston & Pullum 2002 ch. 9 §1.3: the focus of clausal negation lies in the
    predicate, the subject is outside its scope). With no object found, every word outside the
    subject."""
    if theme is None:
        subject = set(fold(agent or "").split())
        return frozenset(w for w in keywords if w and fold(w) not in subject)
    theme_text = object_head_phrase(fold(theme))
    return frozenset({predicate} | {w for w in keywords
                                    if w and re.search(rf"(?<![a-z]){re.escape(fold(w)[:5])}", theme_text)})


# A participle or relative clause after the object's noun ('did not receive an emergency text ordering them
# to evacuate', 'no word from the firm which runs the system'): the modifier describes the thing, and its event
# stays presupposed under the negation of the main verb (Huddleston & Pullum 2002 ch. 9 §1.3: the focus lies in
# the predicate and its complement, not inside a modifier of it). An -ing or -ed word after a noun (not a
# determiner or preposition) that takes an object or a by-phrase opens it; so does 'which', 'who' or
# 'whose' ('that' is left: after 'report' or 'claim' it opens the content the negation is about).
_OBJECT_MODIFIER = re.compile(
    r"(?<=[a-z])\s+(?:(?:which|who|whose)\s|[a-z]{3,}ing\s+(?:them|him|her|it|us|the|a|an|its|their|his|our)\b"
    r"|[a-z]{3,}ed\s+(?:by|to|from)\s)")
_NOT_A_NOUN = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these",
                         "those", "some", "any", "no", "of", "in", "on", "at", "for", "from", "with", "by", "to"})


def object_head_phrase(theme: str) -> str:
    """The object up to a participle or relative clause modifying its noun (_OBJECT_MODIFIER)."""
    for m in _OBJECT_MODIFIER.finditer(theme):
        before = theme[:m.start()].split()
        if len(before) >= 1 and before[-1] not in _NOT_A_NOUN:
            return theme[:m.start()]
    return theme


def partial_object(theme: str | None) -> bool:
    """The claim's object or adjunct opens, after a preposition, with a quantifier over part of a set
    ('did not function at all in several parts of the country'): a denial of it leaves the rest, as
    a partially quantified subject does (partial_subject)."""
    words = fold(theme or "").split()
    if words[:1] and words[0] in ("in", "at", "on", "across", "for", "to", "from"):
        words = words[1:]
    return partial_subject(" ".join(words))


def partial_subject(agent: str | None) -> bool:
    """The claim's subject opens with a quantifier over part of a set ('many people', 'some of the
    schools'; rules/disputes.toml [partial_quantifiers]): a denial of it leaves the rest of the set."""
    words = fold(agent or "").split()
    return bool(words) and words[0] in rules.words("disputes", "partial_quantifiers")


def own_evidence(agent: str | None, predicate: str) -> bool:
    """A first-person subject with a verb of perception or memory ('we have not seen any cases', 'I
    don't recall any call'; rules/disputes.toml [perception_verbs]): denied, it reports what the
    speaker has witnessed, not what is or was the case elsewhere."""
    return fold(agent or "") in ("i", "we") and predicate in rules.words("disputes", "perception_verbs")


def predicative_pp(text: str) -> bool:
    """'it' is the subject of a copula whose complement is a prepositional phrase of state or place,
    with no clause after it ('said it is not under investigation', 'it was not in talks', 'it is not
    behind the attack'; rules/disputes.toml [predicative_prepositions]): an expletive 'it' takes such a
    complement only with an extraposed clause ('it is in our interest to act'), so here 'it' refers."""
    m = _IT_BE_PP.search(text)
    if m is None or fold(m["prep"]) not in rules.words("disputes", "predicative_prepositions"):
        return False
    return not _CLAUSE_MARKER.search(m["rest"])


def denied_comparison(predicate: str, theme: str | None) -> bool:
    """A copula with a comparison of degree ('is not as instant as Twitter', 'has not been anywhere near
    as deadly', 'does not appear more deadly than seasonal flu'): the denial denies the comparison,
    not the things compared (Huddleston & Pullum 2002 ch. 13 §1, comparative constructions)."""
    return predicate in _COPULAS and _COMPARISON.search(theme or "") is not None


def negative_implicative(predicate: str) -> bool:
    """The claim's verb entails that its complement's event does not (or no longer) happen ('stopped
    selling pork', 'failed to pay', 'refused to comment'; rules/disputes.toml
    [negative_implicative_verbs]): a positive claim with it says nothing positive of that event."""
    return predicate in rules.words("disputes", "negative_implicative_verbs")


# Where a noun phrase's head ends: a preposition, a relative word or punctuation after it.
_NP_END = frozenset(["of", "in", "on", "at", "for", "from", "with", "by", "who", "which", "that", "whose", "to",
                     ",", "(", "-", "–", "and", "or"])


def restricted_denial(denial_agent: str | None, assertion_agent: str | None) -> bool:
    """A denial whose subject is a negative quantifier over a restricted noun ('no Gulf country has
    reported any cases') against an assertion whose subject counts the bare noun without naming its
    members ('ten countries have reported cases'): the two sets may not meet, so the claims are
    consistent (rules/disputes.toml [negative_quantifiers], Barwise & Cooper 1981)."""
    words = fold(denial_agent or "").split()
    if not words or words[0] not in rules.words("disputes", "negative_quantifiers"):
        return False
    words = [w for w in words[1:] if w not in ("of", "the", "these", "those", "its", "their")]
    phrase = []
    for w in words:
        if w in _NP_END:
            break
        phrase.append(w)
    if len(phrase) < 2:
        return False  # 'no country', 'none': unrestricted, it denies the act of every member
    head, restriction = phrase[-1][:6], set(phrase[:-1])
    counted = fold(assertion_agent or "").split()
    counters = rules.words("disputes", "cardinal_determiners") | rules.words("disputes", "partial_quantifiers") \
        | frozenset(rules.mapping("timex", "small_numbers"))
    if not counted or not (counted[0] in counters or counted[0].replace(",", "").isdigit()):
        return False
    rest = counted[1:4]
    return any(w[:6] == head for w in rest) and not restriction & set(counted)


# Words that follow 'to' as a preposition, not as the infinitive marker ('advising the same to all schools').
_NOT_VERBS = frozenset(["the", "a", "an", "all", "any", "every", "each", "its", "their", "his", "her", "our", "my",
                        "your", "this", "that", "these", "those", "some", "no", "him", "them", "us", "me", "it",
                        "date", "be"])


def complement_verb(predicate: str, text: str) -> str | None:
    """The verb of a to-infinitive that follows the claim's predicate within six words ('advised to set
    up text messages', 'does not advise schools to close', 'did not want to strictly focus on'), else
    None: the catenative's complement is a clause with a verb of its own (Huddleston & Pullum 2002
    ch. 14 §1-5), so two claims of one catenative verb with different complement verbs say two things."""
    if not predicate:
        return None
    m = re.search(rf"(?i)\b{re.escape(predicate[:4])}\w*\b((?:\W+\w+){{0,8}})", text)
    if not m:
        return None
    inf = re.match(r"(?i)^\W+(?:[\w'’-]+\W+){0,6}?to\s+(?:(?:\w+ly|not|just|also|then|first)\s+)?([a-z]+)\b", m.group(1))
    word = inf.group(1) if inf else None
    return None if word is None or not word.islower() or word in _NOT_VERBS else word  # 'over to Luck': a name


_MEANS = re.compile(r"(?i)^\W*(?:[\w'’-]+\W+){0,3}?(?:by|through|via)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")


_OWN_PLACE = re.compile(r"(?i)\b(?:on|in|at|inside|within|across|among)\s+(?:its|their|our|his|her|my)\s+"
                        r"(?:[a-z-]+\s+){0,2}?([a-z-]+?)s?\b(?=\s*(?:[,.;:]|$|and\b|but\b|or\b|since\b|after\b|in\b|on\b))")


def own_place(predicate: str, text: str) -> str | None:
    """The head of a locative adjunct with a possessive determiner after the claim's predicate ('found
    no signs of swine influenza on its farms', 'no cases in our hospitals'): a denial so restricted
    speaks of its holder's own premises (the adjunct is inside the scope of negation and restricts it:
    Huddleston & Pullum 2002 ch. 9 §1.3, ch. 8 on locative adjuncts), else None."""
    m = re.search(rf"(?i)\b{re.escape(predicate[:4])}\w*\b(.*)", text, re.DOTALL) if predicate else None
    after = m.group(1) if m else text   # an irregular past ('found') is not found by its lemma's letters
    parts = _REPORTING.split(_SENTENCE_END.split(after, maxsplit=1)[0])
    # a part that opens with a preposition right after the reporting verb is the report's adjunct
    # ('… pork products , '' it said on its website'), not the claim's
    clauses = [parts[0]] + [p for p in parts[1:] if not _PREPOSITION_FIRST.match(p)]
    place = next((x for x in (_OWN_PLACE.search(c + " .") for c in clauses) if x), None)
    return place.group(1).lower() if place else None


_PREPOSITION_FIRST = re.compile(r"(?i)\s*(?:on|in|at|inside|within|across|among)\b")


# Where a reported clause gives way to its reporting clause ('… pork products , '' it said on its
# website'): the adjuncts after it are the report's, not the claim's.
_REPORTING = re.compile(r"''|”|\"|\b(?:said|says|told|added|reported|stated)\b")


def means_adjunct(predicate: str, text: str) -> frozenset[str]:
    """The content words of a by/through/via phrase right after the claim's predicate ('is not spread by
    eating pork', 'was not caused by pigs and pork'), else none. Under negation such an adjunct is
    the focus: the clause denies the means or the cause, and takes the event itself for granted
    (Quirk et al. 1985 §10.64, focus of negation on an adjunct; Huddleston & Pullum 2002 ch. 9 §1.3)."""
    m = re.search(rf"(?i)\b{re.escape(predicate[:4])}\w*\b(.*)", text, re.DOTALL) if predicate else None
    adjunct = _MEANS.match(m.group(1)) if m else None
    if adjunct is None:
        return frozenset()
    words = re.findall(r"[^\W\d_]+", adjunct.group(1).lower())
    return frozenset(w[:5] for w in words if len(w) > 2 and w not in _NOT_VERBS and w not in ("and", "not", "nor"))


def universal_subject(agent: str | None) -> bool:
    """The claim's subject is a negative or universal quantifier ('no country', 'none of the bases',
    'nobody', 'every hospital'): its denial covers every member, so a claim about some of them meets it.
    A claim about part of a set ('several countries have banned pork imports') meets only such a
    denial: against 'there is no decision to ban pork' (one country's) or 'the UAE has not banned',
    the banning countries may be others (partial_subject; Huddleston & Pullum 2002 ch. 5 §7)."""
    words = fold(agent or "").split()
    return bool(words) and words[0] in ("no", "none", "nobody", "neither", "every", "each", "all", "any")


def anaphoric_object(theme: str | None) -> bool:
    """The claim's object is a pro-form whose content is in another sentence ('was not advising the
    same to all schools', 'did not do so'; rules/disputes.toml [anaphoric_objects]): what it asserts
    or denies cannot be read from its words."""
    return " ".join(fold(theme or "").split()) in rules.words("disputes", "anaphoric_objects")
