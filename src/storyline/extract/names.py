"""Name forms: folding accents and case, stripping titles, and telling a person from an organisation.

Pure string functions shared by the entity, quote and claim stages.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from storyline import rules

# Titles and honorifics before a name, not part of it ("Mr Smith", "Interior Minister Ana Ruiz").
_SENIORITY = rules.words("honorifics", "elder_words") | rules.words("honorifics", "younger_words")
TITLE_WORDS = rules.words("honorifics", "courtesy_titles") | rules.words("honorifics", "office_titles")
# 'Rider Jane Roe': a false title a sentence's start capitalises (rules/honorifics.toml [occupational_descriptors])
_DESCRIPTORS = rules.words("honorifics", "occupational_descriptors")
_TITLE_MODIFIERS = rules.words("honorifics", "title_modifiers")
# 'Datuk Seri': a grade word right after a Malaysian title is part of it (rules/honorifics.toml [title_grades])
_GRADED_TITLES = rules.words("honorifics", "graded_titles")
_TITLE_GRADES = rules.words("honorifics", "title_grades")
# 'Tan Sri', 'Puan Sri': a title of two words, the first of them no title alone (rules/honorifics.toml [two_word_titles])
_TWO_WORD_TITLES = rules.words("honorifics", "two_word_titles")
MALE_TITLES = rules.words("honorifics", "male")
FEMALE_TITLES = rules.words("honorifics", "female")

# Words that make a capitalised span an organisation whatever the tagger said.
ORG_HEADS = rules.words("aliases", "org_heads")
# Words that end a company's name (rules/aliases.toml [company_heads]): last words only, since some
# open a person's title ('Energy Secretary …').
COMPANY_HEADS = rules.words("aliases", "company_heads")
NAME_HEADS = ORG_HEADS | COMPANY_HEADS
_FUNCTION_WORDS = rules.words("aliases", "function_words")

# A news outlet's name as written in running text (clean.metadata reads it for "told X" and "X staff
# contributed"; the citation stage builds its own from rules/citations.toml). Words that end an
# outlet's name (a newspaper, agency or broadcaster); outlets already in the store are added at run time.
_OUTLET_HEADS = (r"Herald|Times|Journal|Post|News|Tribune|Press|Reuters|Bloomberg|Telegraph|Guardian|Gazette|"
                 r"Chronicle|Observer|Radio(?: [A-Z]\w+)?|Television|TV|Agency|Wire|Ledger|Daily|Review|"
                 r"Economist|Courier|Monitor|Standard|Star|Mail|Sun|Express|Independent|Globe|Dispatch|Bulletin")
_ACRONYM_OUTLETS = r"AP|AFP|CNN|BBC|NPR|ABC|CBS|NBC|Axios|Politico|McClatchy|Reuters|Bloomberg"
OUTLET_NAME = (rf"(?:(?:[Tt]he |el |la |le |Le |La |El )?(?:[A-Z][\w.&'’-]*\s+){{0,4}}(?:{_OUTLET_HEADS})"
               rf"|{_ACRONYM_OUTLETS})")

_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'José  Nuñez' and 'jose nunez' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("’", "'").lower()
    return _SPACE.sub(" ", re.sub(r"[^\w' -]", " ", stripped)).strip()


def _false_title(words: list[str]) -> bool:
    """'Rider Jane Roe': a descriptor before a given name and a surname, not a surname opening a name."""
    from storyline.extract.person_names import is_given_name

    return len(words) > 2 and fold(words[0]) in _DESCRIPTORS and is_given_name(words[1])


@lru_cache(maxsize=65536)  # pure, and asked again for every pair of mentions compared
def strip_titles(name: str, *, person: bool = True) -> str:
    """'Interior Minister Diosdado Cabello' → 'Diosdado Cabello'; 'Mr Trump' → 'Trump'; 'the Journal' → 'Journal'.

    Only a person's name loses titles: 'Justice Department' keeps 'Justice'.
    """
    words = name.split()
    glued = re.match(r"([A-Za-z]{2,5}\.)([A-Z]\w.*)", words[0]) if words else None
    if glued and fold(glued[1]).strip(".") in TITLE_WORDS:  # 'Gov.Sarah Palin': a scrape lost the space
        words[:1] = [glued[1], glued[2]]
    titled = False
    while len(words) > 1 and ((person and fold(words[0]).strip(".") in TITLE_WORDS) or fold(words[0]) in ("the", "of")
                              or (person and compound_title(words))
                              or (person and titled and fold(words[0]) in _TITLE_GRADES)
                              or (person and _two_word_title(words))
                              or (person and _false_title(words))
                              or (not person and _lower_premodifier(words[0], words[1]))):
        titled = fold(words[0]).strip(".") in _GRADED_TITLES or _two_word_title(words)
        words.pop(0)
    if person and len(words) > 1 and words[0] in _SENIORITY:  # 'the elder Castellane' (`extract.seniority`)
        words.pop(0)
    while words and fold(words[-1]) in ("'s", "s"):
        words.pop()
    while person and len(words) > 2 and words[-1].strip(",.") in POST_NOMINALS:  # 'Helen Marsh KC'
        words.pop()
    # a plural's possessive keeps only its apostrophe: "the Saints'" is 'Saints'
    return " ".join(words).removesuffix("’s").removesuffix("'s").strip(" ,.;:").rstrip("'’")


def _two_word_title(words: list[str]) -> bool:
    """'Tan Sri' before a name: both words together are the title ([two_word_titles])."""
    return len(words) > 2 and fold(f"{words[0]} {words[1]}") in _TWO_WORD_TITLES


def graded_title(title: str, word: str) -> bool:
    """'Datuk' 'Seri': the grade word right after a Malaysian title, part of the title (rules/honorifics.toml
    [title_grades])."""
    return fold(title).strip(".") in _GRADED_TITLES and fold(word) in _TITLE_GRADES


def compound_title(words: list[str]) -> bool:
    """'Fire Marshal Renee Gault', 'Police Chief Ana Ruiz': an agency word before a title word, with a
    name after both (rules/honorifics.toml [title_modifiers])."""
    return len(words) > 2 and fold(words[0]) in _TITLE_MODIFIERS and fold(words[1]).strip(".") in TITLE_WORDS


# letters after a name ('KC', 'MP', 'OBE'; rules/honorifics.toml [post_nominals]), in capitals as written
POST_NOMINALS = rules.words("honorifics", "post_nominals")

# Lower-case particles a name keeps at its start ('el Nuevo Herald', 'de Volkskrant', 'al Jazeera')
_NAME_PARTICLES = rules.words("honorifics", "surname_particles") | rules.words("disputes", "place_name_particles")


def _lower_premodifier(word: str, following: str) -> bool:
    """'the state Department of Environmental Quality', 'the federal Bureau of Prisons': a
    lower-case common word the recognizer took into a body's name is no part of it (AP Stylebook
    lowercases 'state', 'federal', 'city' before an agency's name), a name's own particle is."""
    return word.isalpha() and word.islower() and fold(word) not in _NAME_PARTICLES and following[:1].isupper()


# 'Jr.', 'Sr.', 'III' end a name after the surname (AP Stylebook 'junior, senior'; rules/honorifics.toml)
GENERATIONS = rules.words("honorifics", "son_suffixes") | rules.words("honorifics", "other_suffixes")


def surname(name: str) -> str:
    """The last word of a person's name, a generational suffix aside ('Harland Pryce Jr.' → 'pryce';
    'Michael II' has no surname written: 'ii'); the first of a Chinese or Korean name written family name
    first ('Xi Jinping' → 'xi': extract/romanised_names.py)."""
    from storyline.extract.romanised_names import family_name_first

    words = fold(name).split()
    if len(words) > 2 and words[-1] in GENERATIONS:
        words.pop()
    if family_name_first(words):
        return words[0]
    return words[-1] if words else ""


_PLACE_HEADS = rules.words("aliases", "place_heads")


def looks_like_place(name: str) -> bool:
    """A name of two words or more ended by a place's generic term ('Corbin Falls', 'Sallow Creek')."""
    words = fold(name).split()
    return len(words) > 1 and words[-1] in _PLACE_HEADS


_STRUCTURE_HEADS = rules.words("aliases", "structure_heads")


def looks_like_structure(name: str) -> bool:
    """A name of two words or more ended by a built structure's generic term ('Tolliver Dam', 'Granite Bridge')."""
    words = fold(name).split()
    return len(words) > 1 and words[-1] in _STRUCTURE_HEADS


def written_lower(word: str, body: str) -> bool:
    """Whether the text also writes this capitalised word in lower case: then it is a common word
    ('State', 'National'), not a name of its own."""
    return re.search(rf"\b{re.escape(word.lower())}\b", body) is not None


def looks_like_org(name: str) -> bool:
    """An organisation word ends or opens the name, or a company head ends it ('Darrow Freight')."""
    words = fold(name).split()
    return bool(words) and (words[-1] in NAME_HEADS or words[0] in ORG_HEADS)


_AMPERSAND = re.compile(r"\s+&\s+")  # 'and' written '&' (alias_key)


def department_key(name: str) -> str:
    """'Justice Department' and 'Department of Justice' share a key: 'department justice'."""
    # 'Dept. of Justice': abbreviated words spelled out first (rules/aliases.toml [org_head_abbreviations])
    key = spelling_key(fold(_AMPERSAND.sub(" and ", strip_titles(name, person=False))))
    m = re.fullmatch(r"(?:the )?(?:us |u s |united states )?(.+?) (department|ministry)", key)
    if m:
        return f"{m[2]} {m[1]}"
    m = re.fullmatch(r"(?:the )?(?:us |u s |united states )?(department|ministry) of (?:the )?(.+)", key)
    return f"{m[1]} {m[2]}" if m else key


@lru_cache(maxsize=65536)  # pure, and asked again for every pair of mentions compared
def alias_key(name: str) -> str:
    """A key that writes of one name share: folded, without a leading 'the', letters of an acronym
    joined ('U.S.' = 'US' = 'us', 'F.B.I.' = 'FBI'), an ampersand between words written 'and'
    ('Food & Drug Administration': AP Stylebook 'ampersand' — part of some names, never a
    substitute for 'and' —, so writers differ on it; fold would drop it)."""
    key = fold(_AMPERSAND.sub(" and ", name)).removeprefix("the ")
    return re.sub(r"\b(\w)\s(?=\w\b)", r"\1", key)


_WORD_ABBREVIATIONS = (rules.rule_file("aliases")["name_word_abbreviations"]["map"]
                       | rules.rule_file("aliases")["org_head_abbreviations"]["map"])
_LEADING_ABBREVIATIONS = rules.rule_file("aliases")["leading_word_abbreviations"]["map"]
_SPELLING_SUFFIXES = rules.rule_file("aliases")["spelling_suffixes"]["map"]
_SUFFIX_ALTERNATIVES = "|".join(sorted(_SPELLING_SUFFIXES, key=len, reverse=True))
_SUFFIX = re.compile(rf"(?<=\w{{3}})({_SUFFIX_ALTERNATIVES})$")


@lru_cache(maxsize=65536)
def spelling_key(key: str) -> str:
    """An alias key with a name's abbreviated words spelled out and British -ise spellings written
    -ize ('mt cook' = 'mount cook', 'st louis' = 'saint louis', 'world health organisation' =
    '… organization'; rules/aliases.toml [name_word_abbreviations] [leading_word_abbreviations]
    [spelling_suffixes]): one key for writes of one name in either style."""
    words = key.split()
    out = []
    for i, w in enumerate(words):
        # a name's first word reads as a leading abbreviation first: 'Co Clare' is County Clare, 'Pell & Co' a company
        w = (_LEADING_ABBREVIATIONS.get(w) if i == 0 and len(words) > 1 else None) or _WORD_ABBREVIATIONS.get(w) or w
        out.append(_SUFFIX.sub(lambda m: _SPELLING_SUFFIXES[m[1]], w) if len(w) >= 6 else w)
    return " ".join(out)


def alias_forms() -> list[tuple[str, str, str]]:
    """(table, canonical name, form) for every name and alias of rules/aliases.toml's entry tables."""
    return [(section, entry["name"], form)
            for section, body in rules.rule_file("aliases").items() if "entries" in body
            for entry in rules.entries("aliases", section)
            for form in [entry["name"], *entry["aliases"]]]


@cache
def _aliases() -> dict[str, str]:
    """Every alias and canonical name (by alias_key) → the canonical name (rules/aliases.toml)."""
    table: dict[str, str] = {}
    for _section, name, form in alias_forms():
        table.setdefault(spelling_key(alias_key(form)), name)
    return table


@cache
def alias_table_keys(table: str) -> frozenset[str]:
    """Every name and alias of a rules/aliases.toml table, keyed the way names are compared
    (folded, spelling-normalised): the one lookup of place and body tables."""
    return frozenset(spelling_key(alias_key(form)) for entry in rules.entries("aliases", table)
                     for form in [entry["name"], *entry["aliases"]])


@cache
def _country_leads() -> tuple[str, ...]:
    """The alias keys of countries and unions, longest first ('united states', 'us', 'uk', 'eu')."""
    return tuple(sorted(alias_table_keys("countries_and_unions"), key=len, reverse=True))


@cache
def place_leads() -> tuple[str, ...]:
    """The alias keys of countries, unions and US states, longest first: the home place a body's
    name can open with ('Montana Department of Environmental Quality'); every country of rules/countries.toml
    ('Bangladesh Power Development Board' is the PDB at home: probe42's 'PDB' stayed a body of its own)."""
    keys = alias_table_keys("countries_and_unions") | alias_table_keys("us_states")
    keys |= {alias_key(country) for country in rules.words("countries", "country_names")}
    keys |= {spelling_key(alias_key(state)) for state in rules.words("aliases", "us_state_names")}
    return tuple(sorted((k for k in keys if len(k) > 2), key=len, reverse=True))


_OFFICE_TITLES = rules.words("honorifics", "office_titles")


def office_titles(texts: Iterable[str]) -> set[str]:
    """The office titles written before a person's name in these mention texts ('Commissioner Lucas
    Brannigan Sr.' → {'commissioner'}): of a father and son named alike, the title tells which one
    a bare surname is."""
    out = set()
    for text in texts:
        for word in fold(text).split()[:-1]:
            if word.strip(".") not in _OFFICE_TITLES:
                break
            out.add(_ADDRESSED.get(word.strip("."), word.strip(".")))
    return out


# a title before the full name → the title the holder is addressed by ('td' → 'deputy'): one office
_ADDRESSED: dict[str, str] = rules.mapping("honorifics", "address_titles")


# pure, and asked ~60k times for the mentions of extraction-dev's 90 pages (every name keyed, compared,
# labelled; a miss folds it and scans the 24 country keys): issue 16
@lru_cache(maxsize=65536)
def canonical_alias(name: str) -> str | None:
    """'U.S.' → 'United States', 'the Fed' → 'Federal Reserve', 'FBI' → 'Federal Bureau of Investigation';
    a listed body after its country ('U.S. Food and Drug Administration', 'the US Fed') is that body:
    writers add or drop the country as the agencies' own names do (USA.gov index lists them without)."""
    key = spelling_key(alias_key(name))
    found = _aliases().get(key)
    if found is None:
        lead = next((c for c in _country_leads() if key.startswith(c + " ")), "")
        rest = _aliases().get(key[len(lead) + 1:]) if lead else None
        found = rest if rest and _aliases().get(lead) != rest else None
    return found


def standard_name(name: str) -> str:
    return canonical_alias(name) or name


def initials(name: str) -> str:
    """'Federal Bureau of Investigation' → 'fbi': first letters of the name's words but function words.
    Lower-case words before the name are a description, not part of it: 'the state Department of
    Environmental Quality' is 'DEQ' (what the name's capitals spell; 'eBay' is no such word)."""
    parts = name.split()
    while len(parts) > 1 and parts[0].isalpha() and parts[0].islower():
        parts.pop(0)
    words = [w for w in fold(" ".join(parts)).split() if w not in _FUNCTION_WORDS]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


# An acronym's other spellings (USA.gov A–Z agency index; Bank for International Settlements' list of
# central banks): the 'of' kept ('DOJ' Department of Justice, 'DoD', 'BoE' Bank of England) or the
# generic head left out ('HHS' Department of Health and Human Services, 'HUD' Department of Housing and Urban Development); only three
# letters or more, as two-letter initials name too many bodies.
_GENERIC_HEADS = ("department", "ministry")


@lru_cache(maxsize=65536)
def acronym_spellings(name: str) -> frozenset[str]:
    """Every acronym that spells `name`: 'Department of Justice' → {'dj', 'doj'}, 'Department of
    Health and Human Services' → {'dhhs', 'dohhs', 'hhs'}."""
    base = initials(name)
    if not base:
        return frozenset()
    found = {base}
    words = [w for w in fold(name).split() if w not in _FUNCTION_WORDS or w == "of"]
    if "of" in words[1:-1]:
        found.add("".join(w[0] for w in words))
    inner = [w for w in words if w not in _GENERIC_HEADS and w != "of"]
    if len(inner) < len([w for w in words if w != "of"]) and len(inner) >= 3:
        found.add("".join(w[0] for w in inner))
    # a state's or country's body without its home place ('Montana DEQ', 'the DEQ' for the Montana
    # Department of Environmental Quality), three letters or more
    named = name.split()[1:] if name.lower().startswith("the ") else name.split()
    key = alias_key(" ".join(named))
    lead = next((p for p in place_leads() if key.startswith(p + " ")), "")
    if lead and len(rest := initials(" ".join(named[len(lead.split()):]))) >= 3:
        found.add(rest)
    # a national body without the country its name ends with ('Comptroller and Auditor General of
    # India' is the CAG, the 'Independent Electoral and Boundaries Commission of Kenya' the IEBC): one
    # capitalised word after a last 'of', three letters or more left (two-letter initials name too many)
    tail = re.fullmatch(r"(.+?)\s+of\s+[A-Z][\w-]+", name.strip())
    if tail and len(rest := initials(tail[1])) >= 3:
        found.add(rest)
    # a hyphenated word gives an initial for each part ('Anti-Corruption Unit' → 'ACU', 'Non-Governmental
    # Organisation' → 'NGO'; lead37: a league's ACU stayed apart from its unit)
    if "-" in name and len(split := initials(name.replace("-", " "))) >= 3:
        found.add(split)
    # a masthead's own 'The' ('THR', The Hollywood Reporter: capitalised inside a sentence, AP Stylebook 'newspaper
    # names'); only from a text so written, as entity names drop it (ECB+ dev topic 6; branch ents37)
    if name.startswith("The ") and len(rest := initials(name[4:])) >= 2:
        found.add("t" + rest)
    # a head word written by its sound ('TSX' for the Toronto Stock Exchange; rules/aliases.toml [spoken_initials])
    words = name.split()
    if len(words) > 1 and (letter := _SPOKEN_INITIALS.get(words[-1].casefold())):
        found |= acronym_spellings(" ".join([*words[:-1], letter]))
    return frozenset(f for f in found if f == base or len(f) >= 3)


# exchanges abbreviate their head word 'Exchange' as X ('TSX', 'ASX', 'MCX'): the letter of its sound (branch ents37)
_SPOKEN_INITIALS = {word: letter.upper() for word, letter in rules.mapping("aliases", "spoken_initials").items()}


def spells_within_words(acronym: str, name: str) -> bool:
    """'FHWA' spells 'Federal Highway Administration': every content word gives its first letter, in
    order, and a word may give up to two more of its own letters after it (Schwartz & Hearst 2003, 'A
    simple algorithm for identifying abbreviation definitions in biomedical text', PSB: a short form's
    letters match inside the long form's words, its first letter starts the first word). Used for one
    article's names, where a unique match is a definition, not for merging across articles."""
    letters = fold(acronym).replace(".", "").replace(" ", "")
    parts = name.split()
    while len(parts) > 1 and parts[0].isalpha() and parts[0].islower():
        parts.pop(0)
    words = [w for w in fold(" ".join(parts)).split() if w not in _FUNCTION_WORDS]
    if len(words) < 2 or not len(words) < len(letters) <= len(words) + 2 or letters[0] != words[0][0]:
        return False
    return _letters_match(letters, words, 1, 0, 0)


def _letters_match(letters: str, words: list[str], i: int, j: int, p: int) -> bool:
    """letters[i:] against the rest of words[j] (after position p) and the words after it."""
    if i == len(letters):
        return j == len(words) - 1
    if j + 1 < len(words) and letters[i] == words[j + 1][0] and _letters_match(letters, words, i + 1, j + 1, 0):
        return True
    q = words[j].find(letters[i], p + 1)
    while q != -1:
        if _letters_match(letters, words, i + 1, j, q):
            return True
        q = words[j].find(letters[i], q + 1)
    return False


def initials_of_words(name: str) -> str:
    """The initials a name of three words or more is abbreviated to, a word in capitals giving all its
    letters ('UK News Agency' → 'UKNA', 'Britannia Broadcasting News' → 'BBN': organisations abbreviate a
    word already abbreviated whole, as 'UKIP', 'USPS'); '' for shorter names, whose initials collide."""
    words = [w for w in name.split() if w[:1].isalpha()]
    if len(words) < 3:
        return ""
    return "".join(w if w.isupper() and 2 <= len(w) <= 3 else w[0] for w in words)


# An acronym spoken as a word, written with a capital only ('Defra', 'Nato', 'Unicef': Guardian and Observer style
# guide 'abbreviations and acronyms', BBC News style; UK papers write a body's short form so). It is read only where
# the article names the body whose initials it is (probe31: 'A Defra spokesperson' beside 'The Department for
# Environment, Food and Rural Affairs'), which makes three letters safe as well (probe38: BBC Sport's 'Cas' beside
# 'the Court of Arbitration for Sport'); a title-case name of three letters ('Ida', 'Abe') spells no body the same
# article names in full
_WORD_ACRONYM = re.compile(r"[A-Z][a-z]{2,5}")


def word_acronym(text: str) -> bool:
    return _WORD_ACRONYM.fullmatch(text) is not None


def is_acronym(text: str) -> bool:
    """'FBI', 'F.B.I.', 'NYPD': two to six capitals, periods aside; an ampersand between two of them
    ('H&F', 'M&S', 'AT&T': a firm named 'X & Y' abbreviated, lead32) aside too."""
    bare = text.replace(".", "").strip()
    if "&" in bare and re.fullmatch(r"[A-Z]+&[A-Z]+", bare):
        bare = bare.replace("&", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


@lru_cache(maxsize=65536)  # pure, and asked again for every pair of mentions compared
def gender_of(text: str) -> str:
    """'m' or 'f' when a name's honorific says it ('Mrs. Clinton' → 'f'), else ''."""
    words = fold(text).split()
    first = words[0].strip(".") if words else ""
    return "m" if first in MALE_TITLES else "f" if first in FEMALE_TITLES else ""


def one_gender(genders: Iterable[str]) -> str:
    """The one gender the honorifics agree on; '' when none says one or two disagree."""
    found = {g for g in genders if g}
    return found.pop() if len(found) == 1 else ""


def compatible_gender(a: str, b: str) -> bool:
    """Mr. X and Mrs. X are two people; an unknown gender fits either."""
    return not a or not b or a == b


_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def person_key(name: str) -> str:
    """'Donald J. Trump' and 'Donald Trump' are one name: one middle initial is left out (two are
    kept: 'George H. W. Bush' is not 'George W. Bush'); a double surname is one name with or without
    its hyphen ('Alma Ruiz-Castañeda' / 'Alma Ruiz Castaneda': writers and scrapes drop it as they
    drop accents)."""
    words = _INNER_HYPHEN.sub(" ", fold(name)).split()
    if len(words) == 3 and len(words[1]) == 1:
        words = [words[0], words[2]]
    return " ".join(words)


_DESIGNATORS = rules.words("aliases", "legal_designators")
_DESIGNATOR_QUALIFIERS = rules.words("aliases", "designator_qualifiers")


def designator_stem(words: list[str]) -> list[str] | None:
    """A company's folded name words less its legal designator ('tessellate print pty ltd' → 'tessellate
    print'; rules/aliases.toml [legal_designators], with a [designator_qualifiers] word before it, 'Pty Ltd',
    'Sdn Bhd'); None when no designator ends it or fewer than two words stay."""
    if not words or words[-1].strip(".") not in _DESIGNATORS:
        return None
    stem = words[:-1]
    if stem and stem[-1].strip(".") in _DESIGNATOR_QUALIFIERS:
        stem = stem[:-1]
    # East Asian companies' English names close on two designators, 'Co., Ltd.' (as Korean, Japanese, Chinese and
    # Taiwanese firms register them: 'Hanbit Grain Terminal Co., Ltd.' beside 'Hanbit Grain Terminal Co.' and
    # 'Hanbit Grain Terminal'; branch probe33 split the three in two entities). None of polnear-dev, extraction-dev,
    # timeline17-dev or dates-dev text prints the form; a two-word name keeps its 'Co' ('Harrowgate Co Ltd')
    if len(stem) > 2 and stem[-1].strip(".,") in _DESIGNATORS:
        stem = stem[:-1]
    return stem if len(stem) > 1 else None
