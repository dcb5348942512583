"""Citations: an article pointing at another outlet's reporting or at a person's post, resolved to an
ingested article when one matches.

The forms are rule data (rules/citations.toml, each table with its source): an outlet reporting ("The
Harbour Ledger first reported …", "… ,” reported Reuters"), speech to or on a medium ("told CNN", "said
in an interview with Fox News", "wrote in the Financial Times", "appeared on MSNBC"), reporting named
as a document ("an article in the Ledger", "according to a Washington Post database"), wire credits
("(Reuters) -") and posts on a platform ("said on Twitter", "took to Facebook", "tweeted"). An outlet is
a name from the outlet list or the corpus, a capitalised name ending in an outlet word ("… Herald"), or
a name the text calls a medium ("the Televisa network"); extract/outlet_names.py says which names fill
the outlet slot and which names a slot took are no outlet. A name of no such shape is an outlet by its
slot, where only a medium fits ("As Harbour Pulse has reported", "X's Ana Ruiz cited a source", "X
reported, citing people familiar"), or, in slots persons and companies fill too ("told X", "according to
X"), when the same article cites it elsewhere by an outlet form. A citation resolves to an ingested article
only when outlet and time both match; one with no time of its own stays unresolved rather than
guessing among that outlet's articles.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from storyline import rules
from storyline.extract.names import fold, initials_of_words
from storyline.extract.outlet_names import (
    _alternatives,
    _heads_alt,
    _is_acronym,
    _is_bare_brand,
    _is_other_body,
    _is_reporter_word,
    _is_surname,
    _listed_alternative,
    _listed_keys,
    _name_source,
    _outlet_source,
    _shown,
    _shown_outlets,
    _unlisted,
    _without_owner,
    outlet_key,
    station_key,
)
from storyline.extract.regex_needs import needed, required_strings
from storyline.extract.sentences import Sentence, split_sentences

STAGE = "citations"
_RULES = "citations"
TWITTER = "Twitter"


# Scraped text keeps no-break and thin spaces between words ('a Times article\xa0hailed'); the forms are
# written with plain spaces, so they read the sentence with those as spaces (same length, same offsets).
_SPACES = str.maketrans({c: " " for c in "\xa0\u2007\u2009\u202f"})


@dataclass(slots=True, frozen=True)
class Citation:
    start: int               # the citing sentence in the body
    end: int
    text: str
    outlet: str              # the outlet or platform named, as written ("The Miami Herald and el Nuevo Herald")
    time: str | None = None  # the time the citation gives ("2019-07"), from the sentence's time expressions
    resolves_to: str | None = None


def _report_source() -> str:
    """A reporting verb with its auxiliary and adverbs: 'reported', 'has previously reported', 'is now reporting'."""
    aux = _alternatives(rules.words(_RULES, "report_auxiliaries"))
    adverbs = _alternatives(rules.words(_RULES, "report_adverbs"))
    verbs = _alternatives(rules.words(_RULES, "report_verbs"))
    # 'X is said to have been wounded' is hearsay about X, not X reporting
    return rf"(?:(?:{aux})\s+)?(?:(?:{adverbs})\s+){{0,2}}(?:{verbs})\b(?!\s+to\s+(?:be|have)\b)"


@lru_cache(maxsize=16)
def _fills(known: tuple[str, ...]) -> dict[str, str]:
    """What the {slots} of the rule templates stand for."""
    return {"outlet": _outlet_source(known), "report": _report_source(),
            "document": _alternatives(rules.words(_RULES, "document_nouns")),
            "descriptor": _alternatives(rules.words(_RULES, "outlet_descriptors")),
            "medium": _alternatives(rules.words(_RULES, "appositive_media_nouns")),
            "wire": r"(?P<wire>" + _alternatives(rules.words(_RULES, "wire_services")) + r")\b",
            "platform": r"(?P<platform>" + _alternatives(rules.words(_RULES, "platforms")) + r")\b",
            "venue": _alternatives(rules.words(_RULES, "venue_speech_verbs")),
            "sayto": _alternatives(rules.words(_RULES, "say_to_verbs")), "name": _name_source()}


@cache
def _evidence_forms() -> tuple[_Form, ...]:
    fill = _fills(())
    patterns = [(s, re.compile(_fill(s, fill))) for s in rules.rule_file(_RULES)["evidence_slot_forms"]["patterns"]]
    return tuple(_Form(p, _gate(s, fill), "evidence", needs=required_strings(p)) for s, p in patterns)


@cache
def _patterns() -> tuple[_Form, ...]:
    """The citation forms with the listed outlet names, compiled once per process (~0.65 s: each of the 28
    outlet slots is ~23 KB of regex); a chunk's unlisted names are added per sentence (_sentence_forms)."""
    fill = _fills(())
    sources = [*rules.rule_file(_RULES)["speech_to_medium"]["patterns"],
               *rules.rule_file(_RULES)["credit_lines"]["patterns"],
               *rules.rule_file(_RULES)["post_on_platform"]["patterns"]]
    compiled = [_form(s, fill) for s in sources]
    compiled += [_form(e["pattern"], fill, "outlet", tuple(e["cues"]))
                 for table in ("correspondent_forms", "press_publishing_forms") for e in rules.entries(_RULES, table)]
    compiled += [_form(e["pattern"], fill, "name", tuple(e["cues"])) for e in rules.entries(_RULES, "name_slot_forms")]
    verbs = _alternatives(rules.words(_RULES, "platform_verbs"))
    counts = "|".join(rules.rule_file(_RULES)["platform_verb_counts"]["patterns"]
                      + rules.rule_file(_RULES)["platform_verb_no_content"]["patterns"])
    compiled.append(_plain(re.compile(rf"\b(?P<tweeted>{verbs})\b(?!{counts})|\b(?:in|on) (?:a|one|his|her|their|another|the) "
                                      r"(?:\w+ )?(?P<tweet>tweet)\b")))
    return tuple(compiled)


@cache
def _closing_forms() -> tuple[_Form, ...]:
    """Forms that cite only in the body's last sentence ([closing_credit_lines])."""
    fill = _fills(())
    return tuple(_plain(re.compile(_fill(s, fill))) for s in rules.rule_file(_RULES)["closing_credit_lines"]["patterns"])


def warm() -> None:
    """Compile the forms now (a worker loading the model does, so no document waits for them)."""
    _patterns(), _evidence_forms(), _closing_forms(), _listed_keys(())


@dataclass(slots=True, frozen=True)
class _Form:
    pattern: re.Pattern[str]
    gate: re.Pattern[str] | None  # must match somewhere first: what follows a leading outlet name
    # 'outlet': the slot takes outlet names only; 'name': any name not shown to be something else;
    # 'evidence': a name the article shows elsewhere to be an outlet
    slot: str = "outlet"
    cues: tuple[str, ...] = ()  # lower-case words a sentence must contain for the form to match at all
    template: str = ""  # the rule template, for a form with an {outlet} slot (compiled again with known names)
    # the template with any text at all in its {outlet} slot: where it finds nothing, the form finds nothing
    # with any names in the slot (_sentence_forms)
    probe: re.Pattern[str] | None = None
    # strings one of which every match holds whatever names fill the slot (regex_needs, read from the
    # probe): a sentence holding none is skipped before the form scans it
    needs: tuple[str, ...] = ()


def _form(template: str, fill: dict[str, str], slot: str = "outlet", cues: tuple[str, ...] = ()) -> _Form:
    if "{outlet}" not in template:
        pattern = re.compile(_fill(template, fill))
        return _Form(pattern, _gate(template, fill), slot, cues, needs=required_strings(pattern))
    probe = re.compile(_fill(template, {**fill, "outlet": r"(?s:.*?)"}))
    return _Form(re.compile(_fill(template, fill)), _gate(template, fill), slot, cues, template, probe,
                 required_strings(probe))


def _plain(pattern: re.Pattern[str]) -> _Form:
    """A form of a fixed pattern: no gate, no slot for names."""
    return _Form(pattern, None, needs=required_strings(pattern))


@lru_cache(maxsize=16)
def _known_slot(known: tuple[str, ...]) -> re.Pattern[str] | None:
    """Where one of the chunk's unlisted names fills the listed-name alternative of the outlet slot
    (the only place they enter the forms), by the same regex with those names alone; None for none."""
    return re.compile(_listed_alternative(_alternatives(known), _heads_alt())) if known else None


@lru_cache(maxsize=64)
def _with_known(form: _Form, known: tuple[str, ...]) -> _Form:
    """The form with unlisted names in its outlet slot besides the listed ones (~23 ms)."""
    return replace(form, pattern=re.compile(_fill(form.template, _fills(known))))


def _sentence_forms(forms: tuple[_Form, ...], known: tuple[str, ...], text: str) -> tuple[_Form, ...]:
    """The forms that find in `text` exactly what forms compiled with `known` in their outlet slot find.
    Compiling all forms with each chunk's unlisted names cost ~0.65 s of CPU per worker and chunk (the
    names differ per chunk; 51 of 74 outlets of the 90 extraction-dev pages are unlisted). The names
    enter the forms only as alternatives of the listed names: where none of them can stand there
    (_known_slot finds nothing: 3,668 of 3,701 extraction-dev sentences), that alternative of theirs
    fails wherever the engine tries it, so the once-compiled forms take the same path to the same
    matches. Otherwise a form whose probe (any text in the slot, no lookaround around it) finds nothing
    cannot match with any names there either; only a form whose probe matches is compiled with the names
    (5 forms on the 33 other extraction-dev sentences). tests/extract/test_citations.py checks both."""
    slot = _known_slot(known)
    if slot is None or slot.search(text) is None:
        return forms
    lower = text.lower()
    # only the names the sentence holds: the others match nowhere in it, and a name recurring in later
    # chunks (a corpus's own outlets) finds its forms compiled
    present = tuple(k for k in known if k in text)
    return tuple(_with_known(f, present) if f.probe is not None and _may_match(f, text, lower)
                 and f.probe.search(text) else f for f in forms)


def _may_match(form: _Form, text: str, lower: str) -> bool:
    """The form's cues and gate let it try the sentence."""
    return not (form.cues and not any(c in lower for c in form.cues)) and needed(form.needs, text, lower) \
        and (form.gate is None or form.gate.search(text) is not None)


# the outlet slot opening a template, after any lookarounds ('(?<!\bby )', '(?=[Tt]he\s)') and an optional quotation mark
_LEADING_OUTLET = re.compile(r'^(?:\(\?<?[!=][^()]*\))*(?:\[“\\?"\]\?)?\{(?:outlet|name)\}')


def _gate(template: str, fill: dict[str, str]) -> re.Pattern[str] | None:
    """For a form that begins with the outlet ('{outlet} … reported', '{outlet}, which …'), the rest of
    it alone: every match of the form ends in a match of its rest, so a sentence the rest does not
    match is skipped. The outlet part tries a run of up to four words at every position: on 40
    polnear-dev texts citations took 1.2 of 13 s of extraction, 0.35 s with the gate; 935 polnear,
    fnc1 and timeline17 texts 30.5 → 6.6 s, the same citations."""
    lead = _LEADING_OUTLET.match(template)
    return re.compile(_fill(template[lead.end():], fill)) if lead else None


def _fill(template: str, fill: dict[str, str]) -> str:
    """Fill {name} slots without touching regex braces ('{1,40}')."""
    return re.sub(r"\{(outlet|report|document|descriptor|wire|platform|venue|sayto|name|medium)\}", lambda m: fill[m[1]], template)


_LEADING_NON_NAME = re.compile(r"^(?:An?|" + "|".join(sorted(rules.words(_RULES, "clause_openers"))) + r")\s+(?=[A-Z])")


def _named(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    for key in ("appos", "outlet", "wire", "platform"):
        if groups.get(key):
            # a quoted title keeps the comma of the sentence inside its marks ('“Face the Nation,”'); an
            # indefinite article opening the sentence is not part of the name ('A Velana Times reporter said')
            # a word capitalised because it opens the sentence is no part of it either ('As Harbour Public Radio
            # reported', [clause_openers])
            return _LEADING_NON_NAME.sub("", groups[key].strip().rstrip(",."))
    return TWITTER if groups.get("tweeted") or groups.get("tweet") else None


def find_citations(body: str, times: Sequence = (), known_outlets: Iterable[str] = (),
                   own_outlet: str | None = None) -> list[Citation]:
    """Every sentence of `body` that attributes reporting to an outlet or a post to a platform (one
    citation per sentence: an outlet before a platform); `times` are the body's time expressions.
    A name in an addressee or subject slot that any person or company could fill ('told Radar',
    'The Post:') is an outlet only when the article shows it to be one elsewhere (_shown_outlets).
    `own_outlet`, the article's own outlet when known: its own name cites no one ('records obtained
    by the Herald-Gazette' in the Osterly Herald-Gazette, a wire's own credit '(Westmark Wire) —')."""
    found = _find_citations(body, times, known_outlets, own_outlet)
    own = own_outlet or (_bio_outlet(body) if found else None)
    return [c for c in found if not _names_own(c.outlet, own)] if own else found


@cache
def _bio_forms() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in rules.rule_file(_RULES)["bio_lines"]["patterns"])


def _bio_outlet(body: str) -> str | None:
    """The outlet a closing line on the writer names ('Rosa Vell is a reporter for Ledger Daily.',
    [bio_lines]): the page's own, when its metadata found none."""
    for sentence in [s for s in split_sentences(body) if s.text.strip()][-3:]:
        for form in _bio_forms():
            m = form.search(sentence.text)
            if m:
                return m["own"].rstrip(".,")
    return None


def _names_own(cited: str, own: str) -> bool:
    """'the Herald-Gazette' is the Osterly Herald-Gazette, 'Westmark Wire' the Westmark Wire Service:
    the same name, or its first or last words (a paper's short name in its own pages: AP Stylebook
    'newspaper names' — the Times, the Post); a broadcaster known by its call letters ('KVRN') names
    itself with more words after them ('told KVRN News 7' in KVRN's own story)."""
    from storyline.clean.outlet import registry_outlet

    # two mastheads the registry tells apart share no short name ('The Citizen' of Dar es Salaam cited on Citizen
    # Digital, Kenya's broadcaster's site: the first word alike, two outlets; branch probe44)
    if (known := registry_outlet(cited)) and (mine := registry_outlet(own)) and known != mine:
        return False
    sign = station_key(outlet_key(cited))
    if sign is not None and sign == station_key(outlet_key(own)):
        return True  # 'told KVRN 7' in a page whose copyright line names KVRN-TV
    if cited.removeprefix("the ").removeprefix("The ") in _initials_of([own]):
        return True  # 'GNS could not verify' in the Global Newswire Service's own story
    cited_words, own_words = outlet_key(cited).split(), outlet_key(own).split()
    n, k = len(cited_words), len(own_words)
    if cited_words and n <= k:
        return cited_words in (own_words[:n], own_words[-n:])
    letters = own.split()[0].removeprefix("The") if own.split() else ""
    return k > 0 and cited_words[:k] == own_words and len(letters) > 1 and letters.isupper() and letters.isalpha()


def _second_references(known_outlets: Iterable[str]) -> list[str]:
    """The short name a story gives a known outlet on second reference, its last word after 'the' ('the
    Compass' for The Daily Compass; AP Stylebook 'newspaper names'), when that word is no outlet head
    (a head word is an outlet with 'the' already: 'the Sentinel') and the name has two words or more."""
    heads = rules.words(_RULES, "outlet_heads")
    tails = sorted(rules.words(_RULES, "outlet_name_tails"), key=len, reverse=True)
    short = []
    for name in known_outlets:
        words = re.sub(r"^[Tt]he\s+", "", name).split()
        if len(words) >= 2 and words[-1][:1].isupper() and words[-1].isalpha() and words[-1] not in heads:
            short += [f"the {words[-1]}", f"The {words[-1]}"]
        # the name less its generic tail, two words or more left ('Radio Éireann' for Radio Éireann News;
        # [outlet_name_tails], as link.provenance reads such a citation back: lead26)
        # a masthead opening with its own initials ('GPA Global Press Agency') goes by them (lead31: 'told GPA')
        if len(words) >= 3 and words[0].isupper() and words[0] == "".join(w[0] for w in words[1:] if w[:1].isupper()):
            short.append(words[0])
        tail = next((t for t in tails if name.casefold().endswith(" " + t)), None)
        if tail and (len(rest := name[: -len(tail) - 1].split()) >= 2 or (len(rest) == 1 and _brand(rest[0]))):
            short.append(" ".join(rest))
    return short


# one word left of a known outlet's name less its tail names it when it is a brand no common word spells: capitals
# with a digit ('TTV6' for TTV6 News, 'CNC3'; lead30: 'said in an interview on TTV6') or four capitals or more
_BRAND = re.compile(r"(?=[A-Z0-9]*\d)[A-Z][A-Z0-9]{2,}|[A-Z]{4,}")


def _brand(word: str) -> bool:
    """… or three capitals that name no other body ('PTB' for PTB News, as 'PTI', 'ANI', 'AAP' are cited;
    lead34), as an outlet's initials are read (_initials_of)."""
    return _BRAND.fullmatch(word) is not None or (re.fullmatch(r"[A-Z]{3}", word) is not None and not _is_other_body(word))


# the initials a name of three to five capitalised words is known by ('Global Newswire Service' → 'GNS')
_INITIALS_WORDS = (3, 5)
_INITIALS_JOINERS = frozenset({"of", "and", "&", "for", "the"})


def _initials_of(known_outlets: Iterable[str]) -> list[str]:
    """The initials a known outlet goes by on later reference ('As GNS reported Tuesday' in a story
    citing the Global Newswire Service; 'AFP', 'PTI', 'NHK': AP Stylebook 'abbreviations and acronyms',
    an organisation's initials on second reference): a name of three to five capitalised words besides
    joiners, unless the initials name a non-media body ('FBI'), which initials alone must not cite."""
    short = []
    for name in known_outlets:
        words = [w for w in re.sub(r"^[Tt]he\s+", "", name).split() if w.casefold() not in _INITIALS_JOINERS]
        if _INITIALS_WORDS[0] <= len(words) <= _INITIALS_WORDS[1] and all(w[:1].isupper() and w[:1].isalpha() for w in words):
            initials = initials_of_words(" ".join(words))
            if not _is_other_body(initials):
                short.append(initials)
    return short


def _find_citations(body: str, times: Sequence, known_outlets: Iterable[str], own: str | None = None) -> list[Citation]:
    known_outlets = list(known_outlets)
    known = _unlisted([*known_outlets, *_second_references(known_outlets), *_initials_of(known_outlets)])
    listed = _listed_keys(known)
    found: list[Citation] = []
    rest: list[tuple[Sentence, str, list[tuple[int, str]]]] = []
    sentences = [s for s in split_sentences(body) if s.text.strip()]
    tokenised = _is_tokenised(body)
    for sentence in sentences:
        text = _readable(sentence.text.translate(_SPACES), tokenised)
        named, candidates = _first_named(_sentence_forms(_patterns(), known, text), text, listed, own)
        if named is None and sentence is sentences[-1]:
            named = _first_named(_closing_forms(), text, listed)[0]
        if named is not None:
            found.append(_citation(sentence, named, times, text))
        else:
            rest.append((sentence, text, candidates))
    if found:
        found += _shown_in_weaker_slots(rest, _shown_outlets([c.outlet for c in found]), listed, times)
        found.sort(key=lambda c: c.start)
    return found


def _shown_in_weaker_slots(rest: Sequence[tuple[Sentence, str, list[tuple[int, str]]]], shown: frozenset[str],
                           listed: frozenset[str], times: Sequence) -> list[Citation]:
    """Citations of the sentences left over whose weaker slot holds a name the article shows to be an
    outlet. The evidence forms run only on sentences that mention such a name (and only in articles
    that cite something): they are most of the cost otherwise."""
    mentions = re.compile(r"(?i)\b(?:" + "|".join(r"\W+".join(map(re.escape, k.split())) for k in shown) + r")\b")
    out = []
    for sentence, text, candidates in rest:
        # the keys are folded ('Globovisión' → 'globovision'), so is the text they are sought in
        if not mentions.search(fold(text)):
            continue
        candidates = candidates + _first_named(_evidence_forms(), text, listed)[1]
        # named without a possessive ('wrote on X's website' cites X)
        hit = next(((re.sub(r"[’']s$", "", name), at) for at, name in sorted(candidates) if _shown(name, shown)), None)
        if hit is not None:
            out.append(_citation(sentence, hit, times, text))
    return out


def _citation(sentence: Sentence, named: tuple[str, int], times: Sequence, read: str | None = None) -> Citation:
    """The citation of `sentence` naming `named` (name, offset) in `read`, the sentence as the forms read it: a
    tokenised sentence's name is given as the text writes it ('Times - Picayune'), at its offset there."""
    outlet, at = named
    if read is not None and read != sentence.text.translate(_SPACES):
        outlet, at = _as_written(sentence.text, outlet, at)
    # the time is looked for after the outlet's name: a name may hold a time word ('USA Today', 'School
    # Facilities Today'), which the time tagger reads as the article's own day
    after = sentence.start + at + len(outlet)
    relative = _RELATIVE.match(sentence.text, at + len(outlet))
    return Citation(sentence.start, sentence.end, sentence.text, outlet,
                    (_time_in(times, after, sentence.start + relative.end()) if relative else None)
                    or _time_in(times, after, _report_end(sentence, at)) or _opening_time(times, sentence, at)
                    or _contemporary_time(times, sentence, at, after - sentence.start))


# An appositive relative clause on the outlet, closed by its comma ('Data Centre Weekly, which first
# reported the retrofit's completion in October, said …'; AP Stylebook 'essential and nonessential
# clauses'): the clause is all about the outlet's own report, so a time anywhere in it dates that report
# or the event it reported, which the resolver tells apart (link/provenance._after_event: a first report
# comes within a year after its event). Only a time the complement rule below would cut off changes
# (probe21: the object before 'in October' ended the report at 'reported').
_RELATIVE = re.compile(r",\s+(?:which|who|that)\b[^,;:]*,")


# A fronted 'as' or 'according to' clause of attribution ('As the Sentinel first reported, the alert system
# failed a test in May'; 'According to the Ledger, only two ports publish them today'; AP Stylebook 'as':
# conjunction introducing a clause, 'according to'): the comma closes the report, the main clause after it
# is what was reported, so a time there is the reported event's, not the report's (branch probe19).
_AS_REPORTED = re.compile(r"\s*(?:As|According to)\b[^,;:]*,")
# The outlet as the subject of a report verb whose complement clause opens with its own subject ('The
# Current, which first reported the findings, said a November 2022 report had found a crack'): that clause
# is what was reported, and a time in it dates the reported event. A time right after the verb ('said
# Monday', 'reported on Thursday that', 'wrote in a March column') is the report's, so the report ends only
# where a determiner or 'that' opens the complement (AP Stylebook 'that (conjunction)'; branch probe19).
_COMPLEMENT = re.compile(r"\b(?:said|says|reported|reports|wrote|writes|found|finds|revealed|reveals)\s+"
                         r"(?=(?:that|a|an|the|its|his|her|their)\b)")


def _report_end(sentence: Sentence, at: int) -> int:
    fronted = _AS_REPORTED.match(sentence.text)
    if fronted and fronted.end() > at:
        return sentence.start + fronted.end()
    clause = _COMPLEMENT.search(sentence.text, at)
    return sentence.start + clause.end() if clause else sentence.end


# Text from tokenised corpora (ECB+, TimeBank, timeline17) keeps a space before punctuation and clitics ('the
# Guardian 's head', 'Ana Ruiz , the'), Penn Treebank quotation marks and brackets ('`` … ''', '-LRB-') and
# spaces inside hyphenated names and domains ('Times - Picayune', 'FoxSports. com'): the forms, written for
# running text, read such a sentence rejoined (Penn Treebank tokenisation, Marcus et al. 1993, undone).
_TOKENISED = re.compile(r" [,.;:] | 's\b|`` | ''")
# what running text never has either (PTB quotation marks and brackets, a domain split at its dot), undone in every
# text; the rest only in a tokenised one, where ' - ' between names is a split hyphen, not a dash
_REJOIN_ALWAYS = (
    (re.compile(r"``\s?"), "“"),
    (re.compile(r"\s''"), "”"),
    (re.compile(r"-LRB-\s?"), "("),
    (re.compile(r"\s?-RRB-"), ")"),
    (re.compile(r"(?<=\w)\. (?=(?:com|net|org|co\.uk)\b)"), "."),
)
_REJOIN_TOKENISED = (
    (re.compile(r"(?<=\S) (?=[,.;:!?%)](?:\s|$))"), ""),
    (re.compile(r"(?<=\S) (?=(?:'s|’s|n't|n’t)\b)"), ""),
    (re.compile(r"(?<=\() "), ""),
    (re.compile(r"\b([A-Z][\w.&]*) - (?=[A-Z])"), r"\1-"),
)


def _is_tokenised(body: str) -> bool:
    """Three or more traces of tokenisation in the body's first 20,000 characters: running text has no ' , '."""
    return len(_TOKENISED.findall(body, 0, 20000)) >= 3


def _readable(text: str, tokenised: bool) -> str:
    """The sentence as the forms read it: tokenisation undone (_REJOIN_ALWAYS, and _REJOIN_TOKENISED in a
    tokenised body)."""
    for pattern, replacement in (*_REJOIN_ALWAYS, *(_REJOIN_TOKENISED if tokenised else ())):
        text = pattern.sub(replacement, text)
    return text


def _as_written(original: str, name: str, at: int) -> tuple[str, int]:
    """The name as the original sentence writes it, with its offset there: the same words with whatever
    spacing and punctuation between them ('Times-Picayune' → 'Times - Picayune'); the occurrence nearest
    the offset in the rejoined text, which only ever shortens the sentence. The rejoined name if none."""
    words = re.findall(r"\w+", name)
    found = list(re.finditer(r"\W*".join(map(re.escape, words)), original)) if words else []
    if not found:
        return name, min(at, len(original))
    m = min(found, key=lambda f: abs(f.start() - at))
    return original[m.start():m.end()], m.start()


def _first_named(forms: Sequence[_Form], text: str, listed: frozenset[str] = frozenset(), own: str | None = None
                 ) -> tuple[tuple[str, int] | None, list[tuple[int, str]]]:
    """The earliest outlet the sentence cites, else the earliest platform; and the names in slots that
    need the article's evidence (where, what): those of [evidence_slot_forms], and a brand written
    with a capital inside that is neither listed nor outlet-shaped outside an addressee slot. The page's `own`
    outlet is passed over: 'NAME told Axios, disputing a Colorado Sun report' on an Axios page cites the Sun (probe43)."""
    outlets: list[tuple[int, str]] = []
    by_name: list[tuple[int, str]] = []
    platforms: list[tuple[int, str]] = []
    candidates: list[tuple[int, str]] = []
    lower = text.lower()
    for form in forms:
        if form.cues and not any(c in lower for c in form.cues):
            continue
        if not needed(form.needs, text, lower):
            continue
        if form.gate is not None and form.gate.search(text) is None:
            continue
        for m in form.pattern.finditer(text):
            name = _without_owner(_named(m), listed)
            # an agency the corpus holds as an ingested article's outlet is a news agency, though its name says
            # no 'News' ('Anadolu Agency'; lead46): _is_reporter_word reads such names as public bodies
            if name is None or (own and _names_own(name, own)) \
                    or (_is_reporter_word(name) and fold(name).removeprefix("the ") not in listed) \
                    or (form.slot != "outlet" and _is_other_body(name)) \
                    or (form.slot == "name" and _is_acronym(name) and fold(name) not in listed):
                continue
            named_by = next((k for k in ("appos", "outlet") if m.groupdict().get(k)), None)
            at = m.start(named_by) if named_by else m.start()
            if named_by == "outlet" and _is_surname(text, at, name):
                continue
            is_platform = bool(m.groupdict().get("platform")) or (name == TWITTER and not named_by)
            weak = form.slot == "evidence" or (named_by == "outlet" and _is_bare_brand(name, listed)
                                                and not _ADDRESSEE.match(m.group()))
            (candidates if weak else platforms if is_platform else by_name if form.slot == "name" else outlets
             ).append((at, name))
    # a name an outlet form takes before one only a slot vouches for ('Australia's Sydney Morning Herald reported':
    # the slot form 'X's Ana Ruiz reported' takes 'Australia')
    found = min(outlets or by_name or platforms, default=None)
    return ((found[1], found[0]) if found else None), candidates


# The addressee slot of speech ('told X', 'obtained by X'): persons and outlets fill it, companies
# seldom; 'according to X' and 'X reported' take companies as often ('according to FlightAware',
# a data firm, was the one false citation on the fnc1 dev sentences).
_ADDRESSEE = re.compile("(?i:" + "|".join(rules.rule_file(_RULES)["addressee_cues"]["patterns"]) + ")")


# An adverbial opening the sentence before the outlet and set off by a comma ('In a report published Monday, the
# Velana Herald said', 'On Monday, Ruiz told the Courier', 'In 2019, the Times reported'): its time is the
# citation's when none follows the outlet (AP Stylebook 'comma': introductory clauses and phrases). A time
# before the outlet elsewhere may be another event's ('The 2019 attack, first reported by the Times').
_OPENING_ADVERBIAL = re.compile(r"\s*(?:In|On|During|At|Speaking|Writing|Earlier|Late|Early|Last)\b[^,.;:]*,")


def _opening_time(times: Sequence, sentence: Sentence, at: int) -> str | None:
    opening = _OPENING_ADVERBIAL.match(sentence.text, 0, at)
    return _time_in(times, sentence.start, sentence.start + opening.end()) if opening else None


# 'at the time' after the report ('the court upheld it in July 2022, as Globe Wire reported at the time'):
# the report was contemporary with the event the sentence dates, so that time is the report's
# (rules/citations.toml [contemporary_report]; probe16); the time nearest before the outlet is that
# event's ('suspended last year and … upheld in July 2022, as X reported at the time': July 2022).
_CONTEMPORARY = rules.pattern(_RULES, "contemporary_report", re.IGNORECASE)


# A bare 'as X reported' closing the sentence ('Kavera had said last year that it would fight the suit, as the
# Mercury reported.'): the clause it closes is what the outlet reported, and with no time of its own the
# report is dated by that clause's event, as with 'at the time' (news reports an event within days; branch
# probe19). Only sentence-final, so '…, as the Times reported, and in 2019 …' takes no later clause's time.
_AS_BEFORE = re.compile(r",\s+as\s+$")
_REPORTED_AFTER = re.compile(r"\s+(?:first\s+|previously\s+|also\s+|had\s+|has\s+)?reported\s*[.!]?\s*$")


def _contemporary_time(times: Sequence, sentence: Sentence, at: int, end: int) -> str | None:
    # the phrase closes the report (within a name and a verb's reach), not a clause of what was reported
    closing = _AS_BEFORE.search(sentence.text, 0, at) is not None and _REPORTED_AFTER.match(sentence.text, end) is not None
    if not (closing or _CONTEMPORARY.search(sentence.text, at, at + 80)):
        return None
    dated = [t.value for t in sorted(times, key=lambda t: t.start) if sentence.start <= t.start < sentence.start + at
             and t.value and re.match(r"\d{4}", t.value)]
    return dated[-1] if dated else None  # the nearest: the event of the clause the report closes


def _time_in(times: Sequence, start: int, end: int) -> str | None:
    for t in times:
        if start <= t.start < end and t.value and re.match(r"\d{4}", t.value):
            return t.value
    return None


def cited_names(cited: str) -> list[str]:
    """'The Miami Herald and el Nuevo Herald' → ['miami herald', 'el nuevo herald']."""
    return [outlet_key(n) for n in re.split(r"\s+and\s+", cited) if outlet_key(n)]


def outlet_matches(cited: str, outlet: str | None) -> bool:
    """'The Miami Herald and el Nuevo Herald' cites the 'Miami Herald'; 'the Journal' does not name one."""
    if not outlet:
        return False
    return outlet_key(outlet) in cited_names(cited)


def resolve_citation(citation: Citation, articles: Sequence) -> str | None:
    """The one ingested article from that outlet published within the citation's time, else None."""
    if not citation.time:
        return None
    matches = [a.id for a in articles if outlet_matches(citation.outlet, a.outlet)
               and times_agree(citation.time, a.published.value)]
    return matches[0] if len(matches) == 1 else None


def times_agree(cited: str, published: str | None) -> bool:
    """'2019-07' agrees with '2019-07-23' (and with '2019', less precisely); never with an unknown date."""
    return published is not None and published != "" and (published.startswith(cited) or cited.startswith(published))
