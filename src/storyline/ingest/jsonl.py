"""JSON Lines: one document per line, `{"text": …}` or `{"html": …}` plus metadata fields.

The file is streamed line by line and each line is capped at `max_bytes`, so a JSONL file may hold
any number of documents; a bad line becomes a failure for that line ("line N") and reading goes on.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO

from storyline.errors import EmptyInputError, EncodingError, InputError, InputTooLargeError, MalformedInputError
from storyline.ingest._common import Items, failure, os_error
from storyline.ingest.decode import surrogate_note, valid_unicode
from storyline.model import DocumentKind, RawDocument

JSONL_ENDINGS = (".jsonl", ".ndjson")
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
    # html wins when both are present: the cleaner finds title and date evidence in the markup
    kinds: tuple[DocumentKind, ...] = ("html", "text")
    for kind in kinds:
        value = obj.get(kind)
        if value is None:
            continue
        if not isinstance(value, str):
            raise MalformedInputError(f"{record}: field {kind!r} is a {type(value).__name__}, not a string",
                                      source=source, fix=f"give {kind!r} as a JSON string")
        if not value.strip():
            raise EmptyInputError(f"{record}: field {kind!r} is empty", source=source,
                                  fix="drop the line or fill in the field")
        return kind, value
    raise MalformedInputError(f"{record} has neither a 'text' nor an 'html' field (keys: {sorted(obj)[:10]})",
                              source=source, fix='give the document as "text" or "html"')


def _metadata(obj: dict[str, Any]) -> dict[str, str]:
    """Scalar fields other than the content, as strings; nested values and nulls are dropped."""
    metadata: dict[str, str] = {}
    for key, value in obj.items():
        if key in ("text", "html") or value is None or isinstance(value, (dict, list)):
            continue
        metadata[str(key)] = json.dumps(value) if isinstance(value, bool) else str(value)
    return metadata
