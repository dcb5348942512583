"""spaCy's attribute ruler and rule lemmatizer, applied as table lookups over a Doc's token arrays.

Both components cost more than the parser in en_core_web_sm (polnear-dev, one process: attribute
ruler 2.3 s, lemmatizer 1.9 s, parser 2.3 s of 20.9 s): the ruler runs a Matcher of 179 patterns
over every token and the lemmatizer makes a Python call per token. Here the 150 single-token
patterns on exact TAG/LOWER values become dictionary lookups, only the remaining patterns go
are tested on whole token columns at once (numpy), and lemmas are cached by (ORTH, POS, MORPH), the key spaCy's own cache uses.
The result is the same annotation the two components give (tests/extract/test_tagging.py checks
every token's POS, TAG, DEP, MORPH and LEMMA against them).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_SIMPLE_KEYS = {"TAG", "LOWER"}
#: the spaCy release line the lookups were checked against token by token (tests/extract/test_tagging.py);
#: they read spaCy internals (the ruler's patterns, Doc._get_array_attrs, set_token_attrs), so any
#: other version runs spaCy's own components instead (extract/nlp.py)
CHECKED_SPACY = (3, 8)


def shortcut_checked(version: str | None = None) -> bool:
    """True when `version` (default: the installed spaCy's) is the release line the shortcut was checked on."""
    if version is None:
        import spacy

        version = spacy.__version__
    parts = version.split(".")
    try:
        return (int(parts[0]), int(parts[1])) == CHECKED_SPACY
    except (IndexError, ValueError):
        return False


@dataclass(slots=True)
class _Rules:
    """The attribute ruler's rules, split into lookups and a residual Matcher."""

    attrs: list[dict[int, Any]]
    by_tag: dict[int, list[int]] = field(default_factory=dict)
    by_lower: dict[int, list[int]] = field(default_factory=dict)
    by_lower_tag: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    sequences: list[tuple[int, list[dict], list[tuple[str, frozenset]]]] = field(default_factory=list)
    matcher: Any = None
    indices: dict[int, int] = field(default_factory=dict)
    merged: dict[tuple[int, int], dict[int, Any]] = field(default_factory=dict)


def _is_simple(pattern: list[dict], attrs: dict[int, Any]) -> bool:
    """A one-token pattern on exact TAG/LOWER strings that sets only what the token arrays of
    `apply_attribute_rules` write (POS, MORPH, LEMMA); any other rule goes the residual way."""
    from spacy.attrs import LEMMA, MORPH, POS

    return (len(pattern) == 1 and set(pattern[0]) <= _SIMPLE_KEYS and set(attrs) <= {POS, MORPH, LEMMA}
            and all(isinstance(v, str) for v in pattern[0].values()))


def _add_simple(rules: _Rules, strings, pattern: dict, rule_id: int) -> None:
    if set(pattern) == {"TAG"}:
        rules.by_tag.setdefault(strings.add(pattern["TAG"]), []).append(rule_id)
    elif set(pattern) == {"LOWER"}:
        rules.by_lower.setdefault(strings.add(pattern["LOWER"]), []).append(rule_id)
    else:
        key = (strings.add(pattern["LOWER"]), strings.add(pattern["TAG"]))
        rules.by_lower_tag.setdefault(key, []).append(rule_id)


def _build_rules(nlp: Language) -> _Rules:
    from spacy.matcher import Matcher

    ruler: Any = nlp.get_pipe("attribute_ruler")  # an AttributeRuler; spaCy types get_pipe as a callable
    strings = nlp.vocab.strings
    rules = _Rules(attrs=list(ruler.attrs), matcher=Matcher(nlp.vocab))
    for rule_id in range(len(ruler.attrs)):
        patterns = ruler.matcher.get(str(rule_id))[1]
        rules.indices[rule_id] = ruler.indices[rule_id]
        for pattern in patterns:
            if _is_simple(pattern, ruler.attrs[rule_id]):
                _add_simple(rules, strings, pattern[0], rule_id)
            elif _is_sequence(pattern):
                rules.sequences.append((rule_id, pattern, _required_values(pattern, strings)))
            else:
                rules.matcher.add(str(rule_id), [pattern])
    return rules


@lru_cache(maxsize=4)
def _rules_for(nlp: Language) -> _Rules:
    return _build_rules(nlp)


def _simple_ids(rules: _Rules, tag: int, lower: int) -> list[int]:
    return (rules.by_tag.get(tag, []) + rules.by_lower.get(lower, [])
            + rules.by_lower_tag.get((lower, tag), []))


def _merged_attrs(rules: _Rules, tag: int, lower: int) -> dict[int, Any]:
    """What the simple rules set on a token with this tag and lower form, later rules winning."""
    key = (tag, lower)
    if key not in rules.merged:
        merged: dict[int, Any] = {}
        for rule_id in sorted(_simple_ids(rules, tag, lower)):
            merged.update(rules.attrs[rule_id])
        rules.merged[key] = merged
    return rules.merged[key]


# --- the residual patterns: fixed-length token sequences, tested column by column --------------
_COLUMN_KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_OPERATORS = {"IN", "NOT_IN", "REGEX"}


def _is_sequence(pattern: list[dict]) -> bool:
    """A pattern of fixed length whose tests are all ones `_column_test` knows (no OP, no other keys)."""
    for spec in pattern:
        for key, test in spec.items():
            if key not in _COLUMN_KEYS:
                return False
            if isinstance(test, dict) and (len(test) != 1 or not set(test) <= _OPERATORS):
                return False
    return True


def _required_values(pattern: list[dict], strings) -> list[tuple[str, frozenset]]:
    """(key, values) pairs a Doc must contain somewhere for `pattern` to match in it at all.

    Checking these against the Doc's sets of values first skips most patterns in one set test:
    on sentence-sized Docs the column tests cost more than the match (polnear-dev)."""
    required = []
    for spec in pattern:
        for key, test in spec.items():
            if isinstance(test, str):
                required.append((key, frozenset([strings.add(test)])))
            elif isinstance(test, dict) and "IN" in test:
                required.append((key, frozenset(strings.add(v) for v in test["IN"])))
            elif isinstance(test, bool):
                required.append((key, frozenset([int(test)])))
    return required


def _column_test(column, test, strings):
    """A boolean mask over one token column (hash values, or 0/1 for IS_SPACE) for one test."""
    import numpy

    if isinstance(test, bool):
        return column == int(test)
    if isinstance(test, str):
        return column == strings[test]
    (operator, value), = test.items()
    if operator == "REGEX":
        import re

        pattern = re.compile(value)
        value = [strings[h] for h in set(column.tolist()) if pattern.search(strings[h])]
    hashes = [strings[v] for v in value]
    inside = numpy.isin(column, hashes)
    return ~inside if operator == "NOT_IN" else inside


def _sequence_starts(columns: dict, pattern: list[dict], strings) -> list[int]:
    import numpy

    width = len(pattern)
    count = len(columns["LOWER"]) - width + 1
    if count <= 0:
        return []
    mask = numpy.ones(count, dtype=bool)
    for offset, spec in enumerate(pattern):
        for key, test in spec.items():
            mask &= _column_test(columns[key][offset:offset + count], test, strings)
    return numpy.flatnonzero(mask).tolist()


def _residual_matches(rules: _Rules, doc: Doc, pieces) -> list[tuple[int, int, int]]:
    """(rule id, start, end) of every residual pattern's match inside one tagged piece of `doc`."""
    from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

    strings = doc.vocab.strings
    arrays = doc.to_array([LOWER, TAG, DEP, IS_SPACE])
    columns = {key: arrays[:, i] for i, key in enumerate(("LOWER", "TAG", "DEP", "IS_SPACE"))}
    present = {key: set(column.tolist()) for key, column in columns.items()}
    found = [(rule_id, start, start + len(pattern)) for rule_id, pattern, required in rules.sequences
             if all(not values.isdisjoint(present[key]) for key, values in required)
             for start in _sequence_starts(columns, pattern, strings)]
    if len(rules.matcher):
        found += [(int(strings[m]), s, e) for m, s, e in rules.matcher(doc, allow_missing=True)]
    return [(rule_id, start, end) for rule_id, start, end in found if pieces[start] >= 0 and pieces[start] == pieces[end - 1]]


def _complex_matches(rules: _Rules, doc: Doc, pieces) -> dict[int, list[int]]:
    """Token index → ids of the residual rules that set attributes on it."""
    found: dict[int, list[int]] = {}
    for rule_id, start, end in _residual_matches(rules, doc, pieces):
        index = rules.indices[rule_id]
        token = (start if index >= 0 else end) + index
        if start <= token < end:
            found.setdefault(token, []).append(rule_id)
    return found


def _pieces_or_whole(doc: Doc, pieces):
    import numpy

    return numpy.zeros(len(doc), dtype="int64") if pieces is None else pieces


def apply_attribute_rules(nlp: Language, doc: Doc, pieces=None) -> Doc:
    """Set POS, MORPH (and the ruler's lemma exceptions) as nlp's attribute_ruler would.

    `pieces` numbers each token's tagged piece (a sentence piped on its own), -1 for tokens that
    were never tagged: rules leave those alone and no pattern matches across two pieces, exactly
    as when the ruler ran on each piece. None means the whole Doc is one piece."""
    from spacy.attrs import LEMMA, LOWER, MORPH, POS, TAG
    from spacy.tokens._retokenize import set_token_attrs

    rules = _rules_for(nlp)
    pieces = _pieces_or_whole(doc, pieces)
    keys = doc.to_array([TAG, LOWER])
    columns = {POS: 0, MORPH: 1, LEMMA: 2}
    values: Any = doc.to_array([POS, MORPH, LEMMA])  # uint64 ids (spaCy's stub says float)
    complex_ids = _complex_matches(rules, doc, pieces)
    for i, ((tag, lower), piece) in enumerate(zip(keys.tolist(), pieces.tolist())):
        if piece < 0:
            continue
        for attr, value in _merged_attrs(rules, tag, lower).items():
            values[i, columns[attr]] = value
    doc.from_array([POS, MORPH, LEMMA], values)
    for i, extra in complex_ids.items():
        tag, lower = keys[i].tolist()
        for rule_id in sorted(_simple_ids(rules, tag, lower) + extra):
            set_token_attrs(doc[i], rules.attrs[rule_id])
    return doc


def apply_lemmas(nlp: Language, doc: Doc, pieces=None) -> Doc:
    """Fill every unset lemma as nlp's rule lemmatizer would (it never overwrites a set lemma);
    tokens of piece -1 were never tagged and keep no lemma."""
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    cache = _lemma_cache(nlp)
    values: Any = doc.to_array([ORTH, POS, MORPH, LEMMA])
    lemmas = values[:, 3].copy()
    pieces = _pieces_or_whole(doc, pieces).tolist()
    for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
        if lemma or pieces[i] < 0:
            continue
        key = (orth, pos, morph)
        if key not in cache:
            cache[key] = doc.vocab.strings.add(lemmatizer.lemmatize(doc[i])[0])
        lemmas[i] = cache[key]
    doc.from_array([LEMMA], lemmas.reshape(-1, 1))
    return doc


@lru_cache(maxsize=4)
def _lemma_cache(nlp: Language) -> dict[tuple[int, int, int], int]:
    return {}
