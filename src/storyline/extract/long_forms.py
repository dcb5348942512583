"""An organisation's name defined by the acronym bracketed after it, found by the letters it spells.

'Jamaica's Major Organised Crime and Anti-Corruption Agency (MOCA)' and "the Auditor General's Department
(AuGD)": the small recognizer cuts such a name at its 'and' or its possessive and runs into the bracket,
and an acronym that skips a word ('MOCA' leaves out 'Anti') or keeps a lower-case letter ('AuGD', 'DfE',
'MoD', as British and Commonwealth bodies abbreviate) matches no initials rule. Schwartz & Hearst's
algorithm (2003, 'A simple algorithm for identifying abbreviation definitions in biomedical text', PSB)
reads the long form back from the bracket: each letter of the short form, right to left, is found in the
words before it, the first at a word's start; the long form opens at that word. The name then becomes one
organisation mention and the acronym another, in place of the recognizer's pieces (lead30).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.names import spells_within_words

if TYPE_CHECKING:
    from storyline.extract.entities import Mention

_FUNCTION_WORDS = rules.words("aliases", "function_words")
# a short form in brackets: a capital, then capitals, lower-case letters, '&' or periods, two capitals or more
_SHORT = re.compile(r"\((?P<short>[A-Z][A-Za-z&.]{1,9})\)")
# the words before the bracket a long form may take: Schwartz & Hearst's min(|A| + 5, 2|A|)
_EXTRA_WORDS = 5
_LABELS = frozenset({"ORG", "FAC", "NORP", "GPE"})


# an acronym keeping a lower-case letter of a word ('AuGD', 'DfE', 'MoD', 'DoJ': British and Commonwealth bodies'
# short forms): more capitals than lower-case letters, at most two of those, six letters at most ('McCain' is a name)
_MIXED = re.compile(r"[A-Z][A-Za-z]{1,5}")


def mixed_acronym(text: str) -> bool:
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    return _MIXED.fullmatch(text) is not None and 0 < lower <= 2 and upper > lower


def long_form(short: str, before: str) -> str | None:
    """The end of `before` that `short` abbreviates: its capitals the initials of the name's words, else
    by Schwartz & Hearst's backward letter match, or None."""
    return _by_initials(short, before) or _by_letters(short, before)


# the short form's parts: a capital with the lower-case letters after it ('IISc' → I, I, Sc)
_PARTS = re.compile(r"[A-Z][a-z]*")


def _by_initials(short: str, before: str) -> str | None:
    """The end of `before` whose words, less their function words, open with the short form's capitals in
    order, a part's lower-case letters inside its word: 'Indian Institute of Science (IISc)', 'Office of the
    Australian Information Commissioner (OAIC)'. The letter match alone takes the nearest letters, so it read
    'Institute of Science' (an 'i' inside 'Institute') and 'of the Australian …' (the 'o' of 'of') (probe23)."""
    parts = _PARTS.findall(short)
    if len(parts) < 2 or "".join(parts) != short:
        return None
    words = list(re.finditer(r"\S+", before.rstrip()))
    j, lower = len(words) - 1, 0
    for part in reversed(parts):
        while j >= 0 and (words[j].group().casefold() in _FUNCTION_WORDS
                          or (0 < j < len(words) - 1 and _common_word(words[j].group(), part, lower))):
            lower += words[j].group().casefold() not in _FUNCTION_WORDS
            j -= 1
        word = words[j].group() if j >= 0 else ""
        if not word.startswith(part[0]) or not _in_order(part[1:], word[1:]):
            return None
        j -= 1
    return before.rstrip()[words[j + 1].start():]


def _common_word(word: str, part: str, skipped: int) -> bool:
    """One lower-case word inside a name that its acronym leaves out, as a British body's name keeps a common
    noun in lower case ('Medicines and Healthcare products Regulatory Agency (MHRA)', the UK regulator's own
    styling; probe29: the letter match stopped at 'products' and the name was cut to 'Regulatory Agency')."""
    return skipped == 0 and word.isalpha() and word.islower() and not word.startswith(part[0].lower())


def _in_order(letters: str, word: str) -> bool:
    """Whether `letters` occur in `word` in order ('c' in 'cience')."""
    rest = iter(word)
    return all(c in rest for c in letters)


def _by_letters(short: str, before: str) -> str | None:
    """Schwartz & Hearst's backward letter match."""
    letters = [c.lower() for c in short if c.isalnum()]
    text = before.rstrip()
    at = len(text) - 1
    for i in range(len(letters) - 1, -1, -1):
        while at >= 0 and (text[at].lower() != letters[i] or (i == 0 and at > 0 and text[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return None
        at -= 1
    start = max(text.rfind(" ", 0, at + 1), text.rfind("\n", 0, at + 1)) + 1
    found = text[start:]
    words = found.split()
    if not 2 <= len(words) <= min(len(letters) + _EXTRA_WORDS, 2 * len(letters)):
        return None
    # a name: every word capitalised but its function words ('and', 'of', 'for')
    return found if all(w[:1].isupper() or w.lower() in _FUNCTION_WORDS for w in words) else None


def spelled_across(short: str, name: str) -> bool:
    """`name` is the long form of an acronym met apart from it (no bracket between them): the letter match, and
    the acronym's last letter opens the name's last word, as a body's head gives its initial ('MOCA' … Agency,
    'AuGD' … Department). Letters taken from inside the head spell names the acronym is not: 'NHS' (the
    National Health Service) is no 'Northgate General HoSpital' (probe29: the two merged)."""
    last = next((c for c in reversed(short) if c.isalnum()), "")
    words = name.split()
    return (long_form(short, name) == name and bool(words) and words[-1][:1].casefold() == last.casefold()
            and _initials_lead(short.casefold(), [w.casefold() for w in words])
            and (not short.isupper() or _one_licence(short, words)))


def _one_licence(short: str, words: list[str]) -> bool:
    """Capitals met apart from their long form take one licence, not two: they leave out a word whole ('MOCA')
    or read a word's inner letter ('FHWA', Federal HighWay …: every word giving its initial), never both. 'NLC'
    (the Nigeria Labour Congress) is no 'National Industrial Court', which it spells only by skipping 'Industrial'
    and reading the l inside 'National' (branch ents38's invented Nigerian story: the union's acronym joined the
    court)."""
    letters = "".join(c for c in short.casefold() if c.isalnum())
    return _initials_only(letters, [w.casefold() for w in words]) or spells_within_words(short, " ".join(words))


def _initials_only(letters: str, words: list[str]) -> bool:
    """The letters are the initials of some of the words, in order, the last word's among them."""
    if not letters:
        return True
    for j, word in enumerate(words):
        if word[:1] == letters[0] and _initials_only(letters[1:], words[j + 1:]) and (len(letters) > 1 or j == len(words) - 1):
            return True
    return False


def _initials_lead(letters: str, words: list[str]) -> bool:
    """Every word that gives the acronym a letter gives its initial first, the others of its letters after it
    ('AuGD': 'Au' of Audit): a word may be left out whole ('MOCA'), not read from inside alone. 'ACCC' is no
    'Auckland District Court', whose 'c's stand inside 'Auckland' and 'District' (branch probe37: an article's
    lone 'ACCC' joined the court it named)."""
    letters = "".join(c for c in letters if c.isalnum())
    if not letters:
        return True
    for j, word in enumerate(words):
        if word[:1] != letters[0]:
            continue
        # this word opens with the next letter: it gives 1 to all of its in-order letters, then the rest go on
        rest, taken = iter(word[1:]), 1
        if _initials_lead(letters[1:], words[j + 1:]):
            return True
        while taken < len(letters) and letters[taken] in rest:
            taken += 1
            if _initials_lead(letters[taken:], words[j + 1:]):
                return True
    return False


# An acronym set as a word, its capital first only ('Nato', 'Unicef', 'Tatoa', 'Kenha': names.word_acronym, the
# Guardian's, the BBC's and Nation Media Group's style), bracketed after its long form as an all-capital one is
# (branch probe44: 'Tanzania Truck Owners Association (Tatoa)' made a person of 'Tatoa'); the long form three
# capitalised words or more, a body's name rather than a phrase
WORD_ACRONYM_WORDS = 3


def _word_acronym(short: str) -> bool:
    from storyline.extract.names import word_acronym

    return word_acronym(short)


def _capitalised_words(name: str) -> bool:
    return sum(w[:1].isupper() for w in name.split()) >= WORD_ACRONYM_WORDS


def spelled_long_forms(mentions: list[Mention], body: str) -> list[Mention]:
    """Each bracketed acronym of two capitals or more whose long form the body spells before it: the long form
    one mention and the acronym another, taking the place of the mentions they cover, unless one of those
    is a person or a work ('John Smith (JS)' keeps its own reading)."""
    from storyline.extract.entities import Mention

    out = list(mentions)
    for hit in _SHORT.finditer(body):
        short = hit["short"]
        word_like = _word_acronym(short)
        if sum(c.isupper() for c in short) < 2 and not word_like:
            continue
        line_start = body.rfind("\n", 0, hit.start()) + 1
        before = body[line_start:hit.start()]
        name = long_form(short, before)
        if name is None or (word_like and not _capitalised_words(name)):
            continue
        end = line_start + len(before.rstrip())
        start = end - len(name)
        covered = [m for m in out if m.start < hit.end() and start < m.end]
        # the recognizer reads a word-like acronym alone as a name ('Tatoa' PERSON): its own reading gives way
        if not covered or any(m.label not in _LABELS and not (word_like and m.start >= hit.start()) for m in covered):
            continue
        label = next((m.label for m in covered if m.label == "ORG"), covered[0].label)
        out = [m for m in out if m not in covered]
        out += [Mention(start, end, body[start:end], label), Mention(hit.start("short"), hit.end("short"), short, label)]
    return sorted(out, key=lambda m: (m.start, m.end)) if out != mentions else mentions
