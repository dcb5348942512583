"""Person names: what a given name says (sex, nicknames) and when two written names can be one person.

Pure string functions over folded names (rules/given_names.toml: 1990 US Census first names, shared
with extract/antecedents.py; rules/nicknames.toml: the `nicknames` package's hand-curated pairs;
rules/honorifics.toml [son_suffixes] [other_suffixes]); Chinese and Korean names family name first
('Xi Jinping' → surname 'xi': extract/romanised_names.py).
"""
from __future__ import annotations

from functools import cache, lru_cache

from storyline import rules
from storyline.extract.names import fold, strip_titles
from storyline.extract.romanised_names import family_name_first

# 'Jr.' and 'II' name the son of a living namesake (AP Stylebook 'junior, senior'): a name without
# them is the father ('Donald Trump' is not 'Donald Trump Jr.'); 'Sr.', 'III', 'IV' may be left out.
_SON_SUFFIXES = rules.words("honorifics", "son_suffixes")
_SUFFIXES = _SON_SUFFIXES | rules.words("honorifics", "other_suffixes")


@cache
def _given() -> tuple[frozenset[str], frozenset[str]]:
    return rules.words("given_names", "male_given_names"), rules.words("given_names", "female_given_names")


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Each name → the names it is a nickname of or has as nickname ('fred' ↔ 'frederick')."""
    pairs: dict[str, set[str]] = {}
    for entry in rules.entries("nicknames", "nicknames"):
        for nick in entry["aliases"]:
            pairs.setdefault(entry["name"], set()).add(nick)
            pairs.setdefault(nick, set()).add(entry["name"])
    return {k: frozenset(v) for k, v in pairs.items()}


def nicknames_of(given: str) -> frozenset[str]:
    """The listed names a folded given name is a nickname of or has as nickname ('fred' → 'frederick', …)."""
    return _nicknames().get(given, frozenset())


def is_given_name(word: str) -> bool:
    """A census given name of either sex, or of both ('Darnell', 'Dana', 'Kelly': the census lists them for
    both sexes, and rules/given_names.toml keeps them apart only so they tell no gender)."""
    male, female = _given()
    key = fold(word)
    return key in male or key in female or key in rules.words("given_names", "both_sexes_given_names")


@lru_cache(maxsize=65536)  # asked for every mention each time a gender is compared
def given_gender(name: str) -> str:
    """'m'/'f' when a person's first name is one the census gives one sex ('Kathryn Jenkin' → 'f');
    '' for one word (a surname or a given name alone can be either) or a name used by both."""
    words = fold(strip_titles(name)).split()
    if len(words) < 2:
        return ""
    male, female = _given()
    return "m" if words[0] in male else "f" if words[0] in female else ""


def split_suffix(words: list[str]) -> tuple[list[str], str]:
    """['mark', 'felt', 'sr'] → (['mark', 'felt'], 'sr'); ['whitcombe', 'jr'] → (['whitcombe'], 'jr')
    (a surname and suffix), not ['michael', 'ii'] (a given name and suffix: 'Prince Michael II')."""
    if words and words[-1] in _SUFFIXES and (len(words) > 2 or (len(words) == 2 and not is_given_name(words[0]))):
        return words[:-1], words[-1]
    return words, ""


# 'de la Vega', 'van der Berg', 'al-Rashid': particles that belong to the surname (rules/honorifics.toml)
_PARTICLES = rules.words("honorifics", "surname_particles")


def _particle_words(name: str) -> list[str]:
    """The folded words with a particle joined to its word by a hyphen split off ('al-rashid' →
    'al', 'rashid'): 'Al-Rashid' and 'al Rashid' are one transliterated name."""
    words: list[str] = []
    for w in fold(name).split():
        head, dash, rest = w.partition("-")
        words += [head, rest] if dash and head in _PARTICLES and rest else [w]
    return words


def _surname_start(name: str, words: list[str]) -> int:
    """Where the surname begins: at the particles before the last word ('rafael de la vega' → 1);
    a name that opens with a particle is all surname when the particle is written in lower case, joined
    by a hyphen or another particle follows ('de la Vega', 'Al-Rashid', 'Van der Berg'; 'Van Morrison'
    has a given name)."""
    i = len(words) - 1
    while i > 1 and words[i - 1] in _PARTICLES:
        i -= 1
    if i == 1 and words[0] in _PARTICLES and len(words) > 1:
        first = name.split()[0] if name.split() else ""
        if first[:1].islower() or "-" in first or (len(words) > 2 and words[1] in _PARTICLES):
            return 0
    return i


@lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[str, tuple[str, ...], str, str]:
    """(given, middles, surname, suffix) of a folded person name; a leading initial before a given
    name is a middle ('W. Mark Felt' → given 'mark'); particles go with the surname ('Rafael de la
    Vega' → surname 'de la vega'; 'de la Vega' alone has no given name)."""
    words, suffix = split_suffix(_particle_words(strip_titles(name)))
    if len(words) > 2 and len(words[0]) == 1 and len(words[1]) > 1:
        words = [words[1], words[0], *words[2:]]
    if len(words) < 2:
        return "", (), words[0] if words else "", suffix
    if not suffix and family_name_first(words):
        return " ".join(words[1:]), (), words[0], suffix
    start = _surname_start(strip_titles(name), words)
    if start == 0:
        return "", (), " ".join(words), suffix
    return words[0], tuple(words[1:start]), " ".join(words[start:]), suffix


def surname_block(name: str) -> str:
    """The last word of a person's surname: the names that may be one person share it ('De Blasio',
    'Bill de Blasio'; 'de la Vega', 'Rafael De la Vega'), however their particles were read."""
    last = name_parts(name)[2].split()
    return last[-1] if last else ""


def _same_given(a: str, b: str) -> bool:
    """'Fred' / 'Frederick' (a listed nickname), 'F.' / 'Frederick' (an initial), 'Heidar' / 'Heydar'
    (a spelling variant), or equal."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return b in nicknames_of(a) or spelling_variants(a, b)


def given_spelling(given: str) -> str:
    """One key for a given name's spellings that differ by 'y' for 'i' ('Heydar' / 'Heidar',
    'Sylvia' / 'Silvia') or a final diminutive '-ie' for '-y' ('Bettie' / 'Betty'; Merriam-Webster
    '-ie': variant of '-y'): the same sound written two ways. Other one-letter changes can be another
    name of the same sex ('Jean' / 'Joan', 'Dan' / 'Don', 'Mark' / 'Marco') and are left apart."""
    if len(given) > 3 and given.endswith("ie"):
        given = given[:-2] + "y"
    return given.replace("y", "i")


def spelling_variants(a: str, b: str) -> bool:
    """'Heidar' / 'Heydar', 'Bettie' / 'Betty' (given_spelling)."""
    return min(len(a), len(b)) >= 3 and given_spelling(a) == given_spelling(b)


def _middles_fit(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One side may leave its middle names out; written on both, they match word by word (an
    initial matches its name: 'C.' / 'Cheney')."""
    if not a or not b:
        return True
    return len(a) == len(b) and all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a, b))


def same_person_name(a: str, b: str) -> bool:
    """Can two full names (two words or more) be one person? Same surname, the same given name or a
    nickname or initial of it, middle names that fit, and the same 'Jr.'/'II' (father and son stay
    two): 'Fred LaRue' / 'Frederick Cheney LaRue', 'W. Mark Felt Sr.' / 'Mark Felt',
    'Luann Johnson' / 'Luann Marie Johnson'; never 'John Jenkin' / 'Kathryn Jenkin'."""
    ga, ma, sa, xa = name_parts(a)
    gb, mb, sb, xb = name_parts(b)
    if not ga or not gb or sa != sb:
        return False
    sons = {xa, xb} & _SON_SUFFIXES
    if sons and xa != xb:
        return False
    return _same_given(ga, gb) and _middles_fit(ma, mb)


def is_surname_alone(short: str, full: str) -> bool:
    """'de la Vega' / 'Rafael De la Vega', 'al Rashid' / 'Yusuf Al-Rashid', 'Whitcombe Jr.' / 'Dale
    Whitcombe Jr.': a name that is all surname (particles, a generational suffix) is the full name
    with that surname and the same suffix."""
    gs, _, ss, xs = name_parts(short)
    gf, _, sf, xf = name_parts(full)
    return not gs and bool(gf) and ss == sf and xs == xf and (" " in ss or bool(xs))


def is_surname_tail(short: str, full: str) -> bool:
    """'Boone Isaacs' is the two-word surname ending 'Cheryl Boone Isaacs' (its first word is no
    given name: 'Ana Ruiz' never stands for 'Maria Ana Ruiz')."""
    s, f = fold(short).split(), fold(full).split()
    return len(s) == 2 and len(f) > 2 and f[-2:] == s and not is_given_name(s[0])


def is_headline_run(full: str, name: str) -> bool:
    """'Unemployed John Jenkin' is 'John Jenkin' with a title-case headline's word run into the span
    (ECB+ dev: the model tags the word as part of the name; within one article trim_headline_words
    cuts it when the article gives evidence, across articles the full name another article writes
    is the evidence): a first word that is no given name before a name that starts with one."""
    f, n = fold(full).split(), fold(name).split()
    return len(n) >= 2 and f[1:] == n and is_given_name(n[0]) and not is_given_name(f[0])
