"""Citations: an article pointing at another outlet's reporting or at a person's post, resolved to an
ingested article when one matches.

The forms are rule data (rules/citations.toml, each table with its source): an outlet reporting ("The
Harbour Ledger first reported …", "… ,” reported Reuters"), speech to or on a medium ("told CNN", "said
in an interview with Fox News", "wrote in the Financial Times", "appeared on MSNBC"), reporting named
as a document ("an article in the Ledger", "according to a Washington Post database"), wire credits
("(Reuters) -") and posts on a platform ("said on Twitter", "took to Facebook", "tweeted"). An outlet is
a name from the outlet list or the corpus, a capitalised name ending in an outlet word ("… Herald"), or
a name the text calls a medium ("the Televisa network"). A name of no such shape is an outlet by its
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
from storyline.extract.names import fold
from storyline.extract.sentences import Sentence, split_sentences
from storyline.extract.timex_rules import MONTH, WEEKDAY

STAGE = "citations"
_RULES = "citations"
_CAP = r"[A-Z][\w.&'’-]*"
TWITTER = "Twitter"
# A one-word brand with a capital inside ('HuffPost', 'InsideSources', 'PolitiFact') names a web
# outlet when it is the addressee or author of reporting; 'McDonald'/'MacLeod' are surnames.
_INTERCAPS = r"(?!Ma?c[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+\w*\b"
# A web outlet named by its domain ('Canada.com', 'RadarOnline.com'): generic and country-code top-level
# domains news sites use (IANA root zone database).
_DOMAIN = r"[A-Z][\w-]*\.(?:com|net|org|co\.uk|ca|com\.au|co\.za|in)\b"
# A US broadcast station by its call sign ('KMOV', 'WMUR', 'WESH 2 News'): four letters beginning with K
# or W (FCC, 47 CFR 73.3550), with the channel number, '-TV'/'-FM' or 'News' stations add. Not inside a
# run of capitals (a shouted headline).
_CALL_SIGN = r"(?<![A-Z] )\b[KW][A-Z]{3}\b(?!\s+[A-Z]{2,}\b)(?:-(?:TV|FM|AM|DT)\b)?(?:\s+\d{1,2}\b)?(?:\s+News\b)?"
# A local station by the network it carries and its channel number ('NBC10', 'FOX 2', 'ABC7 News',
# 'CBS 6', or '7NEWS'): affiliates brand themselves so (FCC, 47 CFR 73.3550 allows a station any such brand; the
# network list is the US broadcast networks). Channel numbers run 2-69 (digits, not a year).
_NETWORK_CHANNEL = (r"\b(?:(?:ABC|CBS|NBC|FOX|Fox|CW|PBS|MyNetworkTV)\s?(?:[1-6]\d|[2-9])\b"
                    r"(?!\s*(?:[,.]\s*\d|%|percent|million|billion|years?\b|[ap]\.?m\b))(?:\s+News\b)?"
                    # or by the channel number alone before 'News' ('7NEWS', '10 News', '9News')
                    r"|(?:[1-6]\d|[2-9])\s?(?:News|NEWS)\b)")
# a day or month name (the time-expression grammar's), or a word that opens a time ('Today', 'Last week')
_TIME_WORDS = rf"(?:{MONTH}|{WEEKDAY}|Today|Last|This)"


# A network-owned or affiliate station by network and market ('CBS DFW', 'CBS Chicago', 'NBC Bay Area',
# 'FOX Carolina'): the stations' own news brands (Wikipedia 'CBS News and Stations', 'NBC Owned Television
# Stations'); the market is initials or one or two capitalised words, not a time ('told NBC Monday').
_NETWORK_MARKET = (rf"(?:ABC|CBS|NBC|FOX|Fox)\s+(?!(?:{_TIME_WORDS}|News|The|In|On|At)\b)"
                   r"(?:[A-Z]{2,4}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b)")


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


def _alternatives(names: Iterable[str]) -> str:
    """The names as one regex alternative, longest first within groups by first character
    ('Fox News|Fox|NBC' → 'F(?:ox News|ox)|NBC'). The same matches as the names sorted longest
    first: two names in different groups never both match at one position, and each group keeps
    that order. But the engine skips a group on its first character, where it tried each of 288
    outlet names at every position (polnear-dev's 3,303 sentences: 0.67 → 0.55 s CPU; a trie
    scanned no faster and compiled slower). Only for case-sensitive use: under (?i:) two groups
    could match (tests/extract/test_citations.py checks every slot is outside one)."""
    groups: dict[str, list[str]] = {}
    for name in sorted(set(names), key=len, reverse=True):
        groups.setdefault(name[:1], []).append(name[1:])
    parts = [re.escape(first) + (f"(?:{'|'.join(map(re.escape, rests))})" if len(rests) > 1 else re.escape(rests[0]))
             for first, rests in sorted(groups.items()) if first]
    return "|".join([*parts, ""] if "" in groups else parts)


def _registry_names() -> set[str]:
    """Names and short names of the outlet registry (rules/outlets.toml), and 'New York Times' for 'The
    New York Times' (the pattern adds an optional 'the'; a bare one-word rest such as 'Times' is left
    to the outlet-word form, which wants 'the' before it). Two-letter names only in capitals ('FT')."""
    from storyline.clean.outlet import registered_outlets

    names: set[str] = set()
    for outlet in registered_outlets():
        for name in (outlet.name, *outlet.short):
            rest = name.removeprefix("The ")
            names.update(n for n in {name, rest if " " in rest else name}
                         if len(n) > 2 or (len(n) == 2 and n.isupper()))
    return names


def _list_names() -> set[str]:
    """The outlet names of the rule lists: general outlets, national news agencies, widely cited ones."""
    return set().union(*(rules.words(_RULES, t) for t in ("outlet_names", "news_agency_names", "widely_cited_outlets",
                                                          "public_broadcasters", "three_letter_call_signs",
                                                          "news_programmes")))


@cache
def _listed_names() -> frozenset[str]:
    """The listed names, each with an apostrophe also as the typographic one web pages print ('People’s
    Daily' for the registry's 'People's Daily': fold() equates them, the case-sensitive forms do not)."""
    names = _list_names() | _registry_names()
    return frozenset(names | {n.replace("'", "’") for n in names if "'" in n})


def _unlisted(known: Iterable[str]) -> tuple[str, ...]:
    """The corpus's outlet names the lists lack (of more than two characters): each chunk of an ingest
    names its own outlets, the one part of the forms that varies (_sentence_forms)."""
    return tuple(sorted({k for k in known if len(k) > 2} - _listed_names()))


def _listed_alternative(listed: str, heads_alt: str) -> str:
    """A listed or known name (`listed`, an _alternatives of them), not the end of a longer word ('UNOS
    says' is no 'NOS') nor the start of a longer name ending in an outlet head."""
    return rf"(?<![\w&’'-])(?:[Tt]he\s+)?(?:{listed})\b(?!\s+(?:{_CAP}\s+)*(?:{heads_alt})\b)"


def _heads_alt() -> str:
    heads = rules.words(_RULES, "outlet_heads")
    return _alternatives(heads | {h.upper() for h in heads})


def _outlet_source(known: tuple[str, ...]) -> str:
    """An outlet name: listed or known, ending in an outlet word, or called a medium by the noun after it;
    a capitalised title in quotation marks ('on “Face the Nation,”'); or, as group `appos`, any
    capitalised name after a noun that names a medium ('the South Korean newspaper the Kyunghyang Shinmun')."""
    heads_alt = _heads_alt()
    listed = _alternatives(_listed_names() | {k for k in known if len(k) > 2})
    nouns = _alternatives(rules.words(_RULES, "media_nouns"))
    prefixes = _alternatives(rules.words(_RULES, "outlet_prefixes"))
    appos_nouns = _alternatives(rules.words(_RULES, "appositive_media_nouns"))
    documents = _alternatives(rules.words(_RULES, "document_nouns"))
    platforms = _alternatives(rules.words(_RULES, "platforms"))
    title_word = rf"(?:{_CAP}|\d+|the|of|and|a|an|in|on|to|for|with)"
    suffix = _alternatives(rules.words(_RULES, "broadcaster_suffixes"))
    one = (rf"{_NETWORK_CHANNEL}"
           rf"|{_listed_alternative(listed, heads_alt)}"
           # a network's owned station by network and market ('CBS DFW', 'NBC Bay Area', 'FOX Carolina'), tried
           # when the network's name alone leaves the form unmatched
           rf"|{_NETWORK_MARKET}"
           # a hyphenated masthead ends in its head too ('the Omaha World-Herald', 'the Star-Ledger')
           # a brand may open with its number ('1Xtra News', '5Live Radio'), as stations and channels brand themselves
           rf"|(?:(?:[Tt]he|el|la|le)\s+(?:{_CAP}\s+){{0,4}}|(?:(?:{_CAP}|(?<![\w.,])\d{{1,2}}[A-Z][a-z]+)\s+){{1,4}})(?:[A-Z][a-z]+-)?(?:{heads_alt})\b"
           rf"(?:(?<=Broadcasting)\s+(?:{suffix})(?!\w))?"
           # a bare head word names the outlet before a piece of reporting ('a Times article', 'a Post report')
           rf"|(?<=\b[Aa] )(?:{heads_alt})(?=\s+(?:{documents})\b)"
           rf"|(?:{prefixes})(?:\s+(?:{_CAP}|\d+)){{1,2}}\b"
           rf"|{_DOMAIN}|{_CALL_SIGN}"
           rf"|(?!(?:{platforms})\b){_INTERCAPS}"
           # 'Winter's website' names the site's owner, not the site
           # with its article as every other outlet shape takes it ('said on the Televen network', 'told the
           # Velana network'): without it the venue and 'in an interview on' slots missed such names
           rf"|(?:[Tt]he\s+)?(?:{_CAP}\s+){{0,3}}{_CAP}(?<![’']s)(?=\s+(?:{nouns})\b)"
           # (not initials alone: a quoted '“EU”' is a scare-quoted body, not a title)
           rf"|(?<=[“\"])(?![A-Z]+[”\"])(?:{_CAP}|\d+)(?:\s+{title_word}){{0,5}}(?=[,.]?[”\"])")
    # the name after 'newspaper', 'TV station' … is the outlet whatever its shape; a day or month
    # after the noun is a time ('told the network Sunday'), not a name
    # 'daily' names a paper only after a word that qualifies it ('the Communist Party daily Granma', 'the
    # Israeli daily Haaretz': wire usage), not alone ('daily Tuesday')
    # 'paper' only after a nationality ('the Mexican paper La Jornada'), not 'a paper Smith wrote'
    demonyms = _alternatives({d.title() for d in rules.words("honorifics", "demonyms")})
    qualified = _alternatives(rules.words(_RULES, "demonym_media_nouns"))
    appos = (rf"(?:(?:[\w’'-]+\s+){{0,3}}?(?:{appos_nouns}|site(?=\s+{_DOMAIN})|(?<=[\w’'] )daily"
             # a nationality before 'paper' ('the Mexican paper La Jornada'); '(?<=[a-z] )paper' alone would take 'a paper'
             # a comma after the noun only before 'the' ('told a local newspaper, the Gazette') or a name the
             # apposition closes ('the team-owned radio station, AM 830.'), not before the subject of a clause
             # ('… laboratory network, Quest said')
             rf"|(?:{demonyms})\s+(?:{qualified}))(?:\s+|,\s+(?=the\s|(?:{_CAP}|\d+)(?:\s+(?:{_CAP}|\d+)){{0,3}}\s*(?:[,.;:]|$)))"
             rf"(?:the\s+)?"
             rf"(?P<appos>(?!{_TIME_WORDS}\b){_CAP}(?:\s+(?:{_CAP}|\d+)){{0,3}}))")
    # 'ISNA news agency reported', 'the Ansa news agency reported': the medium's noun after its name
    # 'Israel radio reported', 'Venevisión television said': a bare broadcast noun after the name too
    trailing = _alternatives(rules.words(_RULES, "appositive_media_nouns") | rules.words(_RULES, "trailing_media_nouns")
                             | {"daily"})
    return rf"(?:{appos}|(?P<outlet>(?:{one})(?:\s+and\s+(?:{one}))?)(?:\s+(?:{trailing})\b)?)"


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
            "wire": r"(?P<wire>" + _alternatives(rules.words(_RULES, "wire_services")) + r")\b",
            "platform": r"(?P<platform>" + _alternatives(rules.words(_RULES, "platforms")) + r")\b",
            "venue": _alternatives(rules.words(_RULES, "venue_speech_verbs")),
            "sayto": _alternatives(rules.words(_RULES, "say_to_verbs")), "name": _name_source()}


@cache
def _evidence_forms() -> tuple[_Form, ...]:
    fill = _fills(())
    return tuple(_Form(re.compile(_fill(s, fill)), _gate(s, fill), "evidence")
                 for s in rules.rule_file(_RULES)["evidence_slot_forms"]["patterns"])


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
    counts = "|".join(rules.rule_file(_RULES)["platform_verb_counts"]["patterns"])
    compiled.append(_Form(re.compile(rf"\b(?P<tweeted>{verbs})\b(?!{counts})|\b(?:in|on) (?:a|one|his|her|their|another|the) "
                                     r"(?:\w+ )?(?P<tweet>tweet)\b"), None))
    return tuple(compiled)


@cache
def _closing_forms() -> tuple[_Form, ...]:
    """Forms that cite only in the body's last sentence ([closing_credit_lines])."""
    fill = _fills(())
    return tuple(_Form(re.compile(_fill(s, fill)), None) for s in rules.rule_file(_RULES)["closing_credit_lines"]["patterns"])


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


def _form(template: str, fill: dict[str, str], slot: str = "outlet", cues: tuple[str, ...] = ()) -> _Form:
    if "{outlet}" not in template:
        return _Form(re.compile(_fill(template, fill)), _gate(template, fill), slot, cues)
    probe = re.compile(_fill(template, {**fill, "outlet": r"(?s:.*?)"}))
    return _Form(re.compile(_fill(template, fill)), _gate(template, fill), slot, cues, template, probe)


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
    return not (form.cues and not any(c in lower for c in form.cues)) and (form.gate is None or form.gate.search(text) is not None)


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
    return re.sub(r"\{(outlet|report|document|descriptor|wire|platform|venue|sayto|name)\}", lambda m: fill[m[1]], template)


def _named(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    for key in ("appos", "outlet", "wire", "platform"):
        if groups.get(key):
            # a quoted title keeps the comma of the sentence inside its marks ('“Face the Nation,”'); an
            # indefinite article opening the sentence is not part of the name ('A Velana Times reporter said')
            return re.sub(r"^An?\s+(?=[A-Z])", "", groups[key].strip().rstrip(",."))
    return TWITTER if groups.get("tweeted") or groups.get("tweet") else None


def find_citations(body: str, times: Sequence = (), known_outlets: Iterable[str] = ()) -> list[Citation]:
    """Every sentence of `body` that attributes reporting to an outlet or a post to a platform (one
    citation per sentence: an outlet before a platform); `times` are the body's time expressions.
    A name in an addressee or subject slot that any person or company could fill ('told Radar',
    'The Post:') is an outlet only when the article shows it to be one elsewhere (_shown_outlets)."""
    known = _unlisted(known_outlets)
    listed = _listed_keys(known)
    found: list[Citation] = []
    rest: list[tuple[Sentence, str, list[tuple[int, str]]]] = []
    sentences = [s for s in split_sentences(body) if s.text.strip()]
    tokenised = _is_tokenised(body)
    for sentence in sentences:
        text = _readable(sentence.text.translate(_SPACES), tokenised)
        named, candidates = _first_named(_sentence_forms(_patterns(), known, text), text, listed)
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
    return Citation(sentence.start, sentence.end, sentence.text, outlet,
                    _time_in(times, sentence.start + at, sentence.end))


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


def _first_named(forms: Sequence[_Form], text: str, listed: frozenset[str] = frozenset()
                 ) -> tuple[tuple[str, int] | None, list[tuple[int, str]]]:
    """The earliest outlet the sentence cites, else the earliest platform; and the names in slots that
    need the article's evidence (where, what): those of [evidence_slot_forms], and a brand written
    with a capital inside that is neither listed nor outlet-shaped outside an addressee slot."""
    outlets: list[tuple[int, str]] = []
    by_name: list[tuple[int, str]] = []
    platforms: list[tuple[int, str]] = []
    candidates: list[tuple[int, str]] = []
    lower = text.lower()
    for form in forms:
        if form.cues and not any(c in lower for c in form.cues):
            continue
        if form.gate is not None and form.gate.search(text) is None:
            continue
        for m in form.pattern.finditer(text):
            name = _without_owner(_named(m), listed)
            if name is None or _is_reporter_word(name) or (form.slot != "outlet" and _is_other_body(name)) \
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


# One capitalised word in the possessive before a masthead of two or more words ('Australia's Sydney Morning
# Herald', 'Colombia's Caracol Radio'): the place or owner, not part of the name an ingested article carries.
_OWNER = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w.-]*\s?['’]s\s+(?=[A-Z][\w.&'’-]*\s+[A-Z])")


def _without_owner(name: str | None, listed: frozenset[str]) -> str | None:
    """The name without a possessive owner before it, unless the whole is a listed name ('People's Daily')."""
    if name is None or fold(name) in listed:
        return name
    return _OWNER.sub("", name)


# A given name and an optional middle initial just before the name ('Michael Bloomberg said', 'Thomas J.
# Spiegel, the chairman, said'): the name is a person's surname, not the outlet it shares a word with.
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+$")


def _is_surname(text: str, at: int, name: str) -> bool:
    """A one-word outlet name after a given name of the census list (rules/given_names.toml)."""
    from storyline.extract.person_names import is_given_name

    if " " in name.strip():
        return False
    before = _GIVEN_BEFORE.search(text, 0, at)
    return before is not None and is_given_name(before[1])


# The addressee slot of speech ('told X', 'obtained by X'): persons and outlets fill it, companies
# seldom; 'according to X' and 'X reported' take companies as often ('according to FlightAware',
# a data firm, was the one false citation on the fnc1 dev sentences).
_ADDRESSEE = re.compile("(?i:" + "|".join(rules.rule_file(_RULES)["addressee_cues"]["patterns"]) + ")")


@lru_cache(maxsize=16)
def _listed_keys(known: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(n) for n in _list_names() | _registry_names() | set(known))


def _is_bare_brand(name: str, listed: frozenset[str]) -> bool:
    """'FlightAware', 'InsideSources': one word with a capital inside that no list names and whose shape
    says nothing of a medium (not 'PandoDaily', ending in an outlet head; not 'TheWrap', a 'The' title)."""
    if " " in name or re.fullmatch(_INTERCAPS, name) is None or fold(name) in listed:
        return False
    parts = re.findall(r"[A-Z][a-z]*", name)
    return parts[0] != "The" and parts[-1] not in rules.words(_RULES, "outlet_heads")


def _name_source() -> str:
    """Any capitalised name of up to four words (a slot form decides whether it is an outlet); not a
    pronoun, article or time word that opens a sentence. The first lookbehind and lookahead reject
    most positions at one character (on 935 texts the name forms took a third less time)."""
    return (rf"(?<![\w’'.-])(?=[A-Z]|the\s)(?P<outlet>(?:[Tt]he\s+)?(?!(?:{_TIME_WORDS}|It|He|She|They|We|I|You|This|That|These|Those|There"
            rf"|Here|An?|The|But|And|Or|So|Yet|If|When|While|After|Before|Now|Then)\b)"
            rf"{_CAP}(?:\s+(?!{_TIME_WORDS}\b)(?:{_CAP}|\d+)){{0,3}})")


def _is_acronym(name: str) -> bool:
    """'the IPCC', 'NASA': initials name agencies and bodies far more often than unlisted outlets (the
    outlets known by initials are listed: CNN, BBC, AP, KYW), so a slot that takes any name refuses
    them unless a list names them."""
    return re.fullmatch(r"(?:[Tt]he\s+)?[A-Z&.-]{2,}", name) is not None


@cache
def _other_bodies() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Titles that make a name a person's, names of non-media bodies, and non-media organisation nouns."""
    titles = rules.words("honorifics", "courtesy_titles") | rules.words("honorifics", "office_titles")
    bodies = {fold(n) for table in ("countries_and_unions", "political_parties", "us_federal_agencies",
                                    "central_banks", "international_bodies")
              for e in rules.entries("aliases", table) for n in (e["name"], *e["aliases"])}
    media = {w for n in rules.words(_RULES, "media_nouns") for w in n.split()}
    org_nouns = rules.words("speakers", "org_nouns") - media
    return frozenset(titles), frozenset(bodies), frozenset(org_nouns)


def _is_other_body(name: str) -> bool:
    """A name a slot form took that is a person's ('Mr. Ruiz'), a non-media body's ('the FBI', 'NATO')
    or an organisation noun's ('the Velana Police Department'), or a platform."""
    titles, bodies, org_nouns = _other_bodies()
    words = fold(name).removeprefix("the ").replace(".", "").split()
    return (not words or words[0] in titles or " ".join(words) in bodies or words[-1] in org_nouns
            or name.removeprefix("the ").removeprefix("The ") in rules.words(_RULES, "platforms"))


def _shown_outlets(cited: Iterable[str]) -> frozenset[str]:
    """Keys of the names the article shows to be outlets: those it cites by an outlet form, with the
    head word they end in ('the New York Post' → 'post') and a domain's stem ('RadarOnline.com' →
    'radaronline', 'radar'). A media noun before a name outside a citation form is no evidence: on
    timeline17-dev text it took 'Download the podcast Labor …' and a commenter's 'a BBC blog I …'."""
    heads = {fold(h) for h in rules.words(_RULES, "outlet_heads")}
    keys: set[str] = set()
    for name in (n for c in cited for n in re.split(r"\s+and\s+", c)):
        key = outlet_key(name)
        keys.add(key)
        words = key.split()
        if len(words) > 1 and words[-1] in heads:
            keys.add(words[-1])
        domain = re.fullmatch(r"([A-Za-z][\w-]*)\.[a-z.]+", name.strip())
        if domain:
            parts = re.findall(r"[A-Z][a-z]+|[a-z]+|[A-Z]+(?![a-z])", domain[1])
            keys.add(fold(domain[1]))
            if len(parts) > 1 and fold(parts[-1]) in heads:
                keys.add(fold("".join(parts[:-1])))
    return frozenset(keys)


def _shown(name: str, shown: frozenset[str]) -> bool:
    """The name, or the owner of what it names ('X’s website'), is one the article shows to be an outlet."""
    return re.sub(r"[’']s$", "", outlet_key(name)) in shown


# Words that open a noun phrase without naming anything ('Another news agency quoted …', 'One network
# said'): English determiners and quantifiers (Quirk et al. 1985, 5.12-5.23).
_DETERMINERS = frozenset({"another", "one", "each", "every", "this", "that", "these", "those", "some", "any", "no",
                          "its", "his", "her", "their", "our", "a", "an", "the", "other", "several", "many"})


def _is_reporter_word(name: str) -> bool:
    """'told Reporters' at a sentence start is no outlet (the head list has no such word, but a
    capitalised 'The' + common noun can slip through the medium-noun form); nor is a determiner, a
    demonym or a day or month alone before a media noun ('Another news agency', 'the Iranian news agency,
    IRNA, said', 'Mail on Sunday newspaper')."""
    key = fold(name).removeprefix("the ")
    return (key in ("", "reporters", "the") or key in _DETERMINERS or key in rules.words("honorifics", "demonyms")
            or re.fullmatch(_TIME_WORDS, name.removeprefix("the ").removeprefix("The ")) is not None
            or _is_unnamed_medium(key) or _is_non_news_agency(name, key))


# A demonym before a bare medium word describes a medium without naming it ('Speaking on Mexican TV',
# 'Iranian television': round 3's labelling rule); a named broadcaster has a proper name ('TV Azteca').
_BARE_MEDIA = frozenset({"tv", "television", "radio", "state tv", "state television", "state radio"})


def _is_unnamed_medium(key: str) -> bool:
    """'Iranian television', and a name made only of a nationality and ownership words before a medium
    noun ('The Iraqi State television reported': state television, unnamed)."""
    first, _, rest = key.partition(" ")
    if rest in _BARE_MEDIA and first in rules.words("honorifics", "demonyms"):
        return True
    words = key.split()
    descriptors = {fold(d) for d in rules.words(_RULES, "outlet_descriptors")}
    # a nationality and descriptors only ('Independent' alone is a masthead)
    return (len(words) > 1 and words[0] in rules.words("honorifics", "demonyms")
            and all(w in descriptors for w in words[1:]))


def _is_non_news_agency(name: str, key: str) -> bool:
    """'the Health Protection Agency said': an agency is a news agency when a list names it or its name
    says so ('Xinhua News Agency', 'Jewish Telegraphic Agency', 'Press Agency'); otherwise a public body
    (Wikipedia 'List of news agencies': every agency named with 'Agency' and no list entry has 'News',
    'Press' or 'Telegraph(ic)' in its name)."""
    words = key.split()
    return (bool(words) and words[-1] == "agency" and not {"news", "press", "telegraphic", "telegraph"} & set(words)
            and key not in _listed_keys(()))


def _time_in(times: Sequence, start: int, end: int) -> str | None:
    for t in times:
        if start <= t.start < end and t.value and re.match(r"\d{4}", t.value):
            return t.value
    return None


def outlet_key(name: str) -> str:
    """'The Miami Herald' → 'miami herald'."""
    return fold(name).removeprefix("the ").strip()


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
