"""JSON Lines: one document per line, `{"text": …}` or `{"html": …}` plus metadata fields.

Besides storyline's own field names, the JSON that common extractors, APIs and datasets write is
read as is: trafilatura, news-please, newspaper4k, schema.org NewsArticle JSON-LD, NewsAPI, The
Guardian's content API and CC-News, each a table of rules/containers.toml with its source (dotted
names reach into nested objects: NewsAPI's `source.name`, the Guardian's `fields.bodyText`).

The file is streamed line by line and each line is capped at `max_bytes`, so a JSONL file may hold
any number of documents; a bad line becomes a failure for that line ("line N") and reading goes on.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from storyline.errors import EmptyInputError, EncodingError, InputError, InputTooLargeError, MalformedInputError
from storyline.ingest._common import Items, failure, os_error
from storyline.ingest.decode import surrogate_note, valid_unicode
from storyline.model import DocumentKind, RawDocument

JSONL_ENDINGS = (".jsonl", ".ndjson")
_CONTENT_KEYS: tuple[DocumentKind, ...] = ("html", "text")
_SKIP_CHUNK = 1 << 16


def read_jsonl(path: str | Path, *, max_bytes: int = 20_000_000, source: str | None = None) -> Items:
    """Yield one document (or failure) per non-blank line of a JSONL file."""
    source = source or str(path)
    try:
        with open(path, "rb") as stream:
            yield from read_jsonl_stream(stream, source=source, max_bytes=max_bytes)
    except OSError as exc:
        yield failure(source, os_error(exc, source))


def read_jsonl_stream(stream: BinaryIO, *, source: str, max_bytes: int = 20_000_000) -> Items:
    """Yield one document (or failure) per non-blank line of a binary JSONL stream."""
    line_no = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        line_no += 1
        record = f"line {line_no}"
        try:
            if len(line) > max_bytes:
                _skip_rest_of_line(stream, line)
                raise InputTooLargeError(f"{record} is over the limit of {max_bytes:,} bytes",
                                         source=source, fix="raise max_file_bytes or split the record")
            if line.strip():
                yield parse_line(line, source=source, record=record)
        except InputError as exc:
            yield failure(source, exc, record)


def _skip_rest_of_line(stream: BinaryIO, head: bytes) -> None:
    # an overlong line is dropped in chunks so its tail is not read as the next document
    chunk = head
    while chunk and not chunk.endswith(b"\n"):
        chunk = stream.readline(_SKIP_CHUNK)


def parse_line(line: bytes, *, source: str, record: str) -> RawDocument:
    """The document one JSONL line describes; raises an InputError subclass if it cannot."""
    obj = _load(line, source, record)
    kind, raw = _content(obj, source, record)
    content = valid_unicode(raw)  # JSON's "\\ud800" escapes give lone surrogates
    metadata = {valid_unicode(k): valid_unicode(v) for k, v in _metadata(obj).items()}
    note = surrogate_note(raw, content)
    if note:
        metadata["unicode_repaired"] = note
    return RawDocument(source=source, kind=kind, content=content, record=record, metadata=metadata)


def _load(line: bytes, source: str, record: str) -> dict[str, Any]:
    try:
        obj = json.loads(line.decode("utf-8-sig" if record == "line 1" else "utf-8"))
    except UnicodeDecodeError as exc:
        raise EncodingError(f"{record} is not valid UTF-8 ({exc.reason} at byte {exc.start})",
                            source=source, fix="JSON must be UTF-8: re-save the file as UTF-8") from None
    except json.JSONDecodeError as exc:
        raise MalformedInputError(f"{record} is not valid JSON: {exc.msg} at column {exc.colno}",
                                  source=source, fix="fix or remove that line") from None
    except RecursionError:
        # json.loads recurses once per nesting level: '[' * 100_000 would crash the batch
        raise MalformedInputError(f"{record} nests JSON too deeply to parse", source=source,
                                  fix="flatten the record") from None
    if not isinstance(obj, dict):
        raise MalformedInputError(f"{record} is a JSON {type(obj).__name__}, not an object",
                                  source=source, fix='write one {"text": …} or {"html": …} object per line')
    return obj


def _content(obj: dict[str, Any], source: str, record: str) -> tuple[DocumentKind, str]:
    fields = container_fields()
    for name in fields.content:
        value = _lookup(obj, name)
        if value is None:
            continue
        if not isinstance(value, str):
            if name not in _CONTENT_KEYS:  # another writer's field of that name may hold anything
                continue
            raise MalformedInputError(f"{record}: field {name!r} is a {type(value).__name__}, not a string",
                                      source=source, fix=f"give {name!r} as a JSON string")
        if not value.strip():
            raise EmptyInputError(f"{record}: field {name!r} is empty", source=source,
                                  fix="drop the line or fill in the field")
        return fields.kind_of[name], value
    known = ", ".join(repr(n) for n in fields.content)
    raise MalformedInputError(f"{record} has neither a 'text' nor an 'html' field (keys: {sorted(obj)[:10]})", source=source,
                              fix=f'give the document as "text" or "html" (other writers\' names read: {known})')


def _metadata(obj: dict[str, Any]) -> dict[str, str]:
    """Scalar fields other than the content, as strings (nested values and nulls dropped), plus
    storyline's names for the fields other tools name differently."""
    fields = container_fields()
    metadata: dict[str, str] = {}
    for key, value in obj.items():
        if key in fields.content or value is None or isinstance(value, (dict, list)):
            continue
        metadata[str(key)] = json.dumps(value) if isinstance(value, bool) else str(value)
    for name, aliases in fields.aliases.items():
        value = next((v for v in (_scalar(_lookup(obj, a)) for a in aliases) if v), None)
        if value and name not in metadata and _fits(name, value):
            metadata[name] = value
    return metadata


@dataclass(frozen=True, slots=True)
class ContainerFields:
    """What rules/containers.toml says: the document's field names (html before text) and, for
    each metadata key, the field names that give it, storyline's own first."""

    content: tuple[str, ...]
    kind_of: dict[str, DocumentKind]
    aliases: dict[str, tuple[str, ...]]


@cache
def container_fields() -> ContainerFields:
    """The field names of every writer in rules/containers.toml, in the file's order."""
    from storyline.rules import mapping, rule_file

    kind_of: dict[str, DocumentKind] = {}
    aliases: dict[str, list[str]] = {}
    for table in rule_file("containers"):
        for field, key in mapping("containers", table).items():
            if key in _CONTENT_KEYS:
                kind_of.setdefault(field, "html" if key == "html" else "text")
            elif field not in aliases.setdefault(key, []):
                aliases[key].append(field)
    content = tuple(sorted(kind_of, key=lambda f: _CONTENT_KEYS.index(kind_of[f])))  # stable: file order
    return ContainerFields(content, kind_of, {k: tuple(v) for k, v in aliases.items()})


def _lookup(obj: dict[str, Any], path: str) -> Any:
    """The value at a dotted path; a list of objects on the way gives their values as a list."""
    value: Any = obj
    for part in path.split("."):
        if isinstance(value, list):
            found = [v.get(part) for v in value if isinstance(v, dict)]
            value = [v for v in found if v is not None] or None
        elif isinstance(value, dict):
            value = value.get(part)
        else:
            return None
        if value is None:
            return None
    return value


def _scalar(value: Any) -> str | None:
    """A field as text: a list of names (authors) joined; empty values and objects are nothing."""
    if isinstance(value, list):
        names = [str(v).strip() for v in value if isinstance(v, (str, int, float)) and str(v).strip()]
        return ", ".join(names) or None
    if value is None or isinstance(value, (dict, bool)):
        return None
    return str(value).strip() or None


def _fits(name: str, value: str) -> bool:
    # trafilatura's `source` is the page URL, but a `source` field can name anything elsewhere
    return name != "url" or value.startswith(("http://", "https://"))
