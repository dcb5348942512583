"""What each stage found in a span beyond its offsets and text: one typed payload per span label.

A QUOTE span carries a `QuotePayload`, a TIMEX a `TimexPayload`, a CLAIM a `ClaimPayload`, a CITATION
a `CitationPayload`, an entity mention (stage "entities": PERSON, ORG, GPE …) a `MentionPayload`.
Anything else — a label no stage here makes, or a stored map these types cannot hold without loss —
is kept verbatim as `Attributes`.

The stored form is the flat JSON map of strings every store has held since migration 0001
("true"/"false", offsets and numbers as decimal strings, word lists joined by one space). Only the
store's edge turns payloads into that form and back (`encode_payload`, `decode_payload`), so old rows
read back as typed payloads and no consumer parses strings. Decoding is lossless: a map whose keys
or values one payload type cannot reproduce exactly stays `Attributes`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any

Stored = dict[str, Any]


@dataclass(slots=True, frozen=True)
class MentionPayload:
    """An entity mention: its referent's fullest name in the article, and the referent's number in
    the article (every mention of one referent shares `ref`)."""

    name: str | None = None
    ref: int | None = None


@dataclass(slots=True, frozen=True)
class QuotePayload:
    """A quote: `kind` "direct" | "partial" | "indirect"; the speaker as found (name, description,
    kind "person" | "org" | "anonymous" | "unknown", and the offsets of the mention naming them);
    the reporting verb and its offsets; when it was said and on what evidence."""

    kind: str = "direct"
    speaker_name: str | None = None
    speaker_descriptor: str | None = None
    speaker_kind: str = "unknown"
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    said_at: str | None = None
    said_at_basis: str = ""

    @property
    def speaker(self) -> str | None:
        """The speaker as one string: the name, else the description."""
        return self.speaker_name or self.speaker_descriptor


@dataclass(slots=True, frozen=True)
class TimexPayload:
    """A TIMEX3 time expression: type (DATE, TIME, DURATION, SET), normalised value, modifier
    (BEFORE, AFTER, START …), and whether a relative value was anchored on a known publication date."""

    type: str = "DATE"
    value: str | None = None
    mod: str | None = None
    anchored: bool = False

    @property
    def is_date(self) -> bool:
        """A calendar point (DATE or TIME), not a duration or a set."""
        return self.type in ("DATE", "TIME")


@dataclass(slots=True, frozen=True)
class ClaimPayload:
    """A claim: its predicate with polarity and modality, who does what to what, the content
    lemmas (`keywords`) and figures of its clause, who asserts it, and its own time (a TIMEX value)."""

    predicate: str = ""
    negated: bool = False
    polarity: str = "positive"
    modality: str = "asserted"
    agent: str | None = None
    theme: str | None = None
    keywords: tuple[str, ...] = ()
    asserter: str | None = None
    asserter_kind: str = "unknown"
    cue: str | None = None
    time: str | None = None
    time_text: str | None = None
    figures: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()   # figures the clause negates ("and not 'fewer than 5%'")
    time_of: str | None = None       # "report": the time dates the reporting verb, not the event
    presupposed: tuple[str, ...] = ()  # keywords only in a definite description's modifiers


@dataclass(slots=True, frozen=True)
class CitationPayload:
    """A sentence citing another outlet's reporting: the outlet as written, and the time it gives."""

    outlet: str = ""
    time: str | None = None


@dataclass(slots=True, frozen=True)
class Attributes:
    """Free attributes of a span no payload type describes, kept in their stored order."""

    items: tuple[tuple[str, Any], ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        return next((v for k, v in self.items if k == key), default)


Payload = MentionPayload | QuotePayload | TimexPayload | ClaimPayload | CitationPayload | Attributes
TypedPayload = MentionPayload | QuotePayload | TimexPayload | ClaimPayload | CitationPayload

PAYLOAD_BY_LABEL: dict[str, type[TypedPayload]] = {
    "QUOTE": QuotePayload, "TIMEX": TimexPayload, "CLAIM": ClaimPayload, "CITATION": CitationPayload}
MENTION_STAGE = "entities"


def payload_type(label: str, stage: str) -> type[TypedPayload] | None:
    """The payload class spans of this label and stage carry, or None (free attributes)."""
    found = PAYLOAD_BY_LABEL.get(label)
    if found is None and stage == MENTION_STAGE:
        return MentionPayload
    return found


# --- the stored form (store edge only) -------------------------------------------------------------

class _Lossy(ValueError):
    """A stored value one payload field cannot hold and give back unchanged."""


_INT = re.compile(r"-?[1-9]\d*|0")


def _encode_words(words: tuple[str, ...]) -> str:
    return " ".join(words)


def _decode_words(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, str):
        raise _Lossy(raw)
    return tuple(raw.split(" ")) if raw else ()


def _encode_int(value: int | None) -> str | None:
    return None if value is None else str(value)


def _decode_int(raw: Any) -> int | None:
    if raw is None:
        return None
    # ASCII digits without a leading zero: exactly what str(int) writes ("٣" and "03" would not come back)
    if type(raw) is str and raw.isascii() and ((raw.isdigit() and (raw == "0" or raw[0] != "0"))
                                                or _INT.fullmatch(raw)):
        return int(raw)
    raise _Lossy(raw)


def _decode_bool(raw: Any) -> bool:
    if raw in ("true", "false"):
        return raw == "true"
    raise _Lossy(raw)


def _decode_str(raw: Any) -> str:
    if isinstance(raw, str):
        return raw
    raise _Lossy(raw)


def _decode_optional_str(raw: Any) -> str | None:
    return None if raw is None else _decode_str(raw)


def _same(value: Any) -> Any:
    return value


@dataclass(slots=True, frozen=True)
class _FieldCodec:
    name: str
    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]  # refuses (_Lossy) every value it could not give back unchanged


# field annotation -> how it is stored; annotations are strings (postponed evaluation)
_CODECS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "str": (_same, _decode_str),
    "str | None": (_same, _decode_optional_str),
    "int | None": (_encode_int, _decode_int),
    "bool": (lambda b: "true" if b else "false", _decode_bool),
    # split(" ") and join(" ") undo each other ("" is ()); a payload holding ("",) stores as () would
    "tuple[str, ...]": (_encode_words, _decode_words),
}
_FIELD_CODECS: dict[type, dict[str, _FieldCodec]] = {}


def _field_codecs(kind: type[TypedPayload]) -> dict[str, _FieldCodec]:
    """Each field's codec by name (worked out once per payload type: reading a store decodes every span)."""
    found = _FIELD_CODECS.get(kind)
    if found is None:
        found = _FIELD_CODECS[kind] = {f.name: _FieldCodec(f.name, *_CODECS[str(f.type)]) for f in fields(kind)}
    return found


def encode_payload(payload: Payload) -> Stored:
    """The stored JSON map of a payload (every field, in declaration order)."""
    if isinstance(payload, Attributes):
        return dict(payload.items)
    return {c.name: c.encode(getattr(payload, c.name)) for c in _field_codecs(type(payload)).values()}


def decode_payload(label: str, stage: str, stored: Mapping[str, Any]) -> Payload:
    """The payload of a span read back from its stored map: typed when the label has a payload type
    that holds every stored key and value exactly, else `Attributes` (nothing is lost either way).
    Keys the map lacks (rows written before a field existed) take the field's default."""
    kind = payload_type(label, stage)
    if kind is not None:
        try:
            return _decode_typed(kind, stored)
        except _Lossy:
            pass
    return Attributes(tuple(stored.items()))


def _decode_typed(kind: type[TypedPayload], stored: Mapping[str, Any]) -> TypedPayload:
    codecs = _field_codecs(kind)
    values: dict[str, Any] = {}
    for name, raw in stored.items():
        codec = codecs.get(name)
        if codec is None:
            raise _Lossy(name)
        # plain strings are most fields of most spans: passed through here without a call
        # (reading a store decodes every span it loads)
        if codec.decode is _decode_str:
            if type(raw) is not str:
                raise _Lossy(raw)
            values[name] = raw
        elif codec.decode is _decode_optional_str:
            if raw is not None and type(raw) is not str:
                raise _Lossy(raw)
            values[name] = raw
        else:
            values[name] = codec.decode(raw)
    return kind(**values)
