"""Streamed exports: records of one kind at a time, read from the store a page of articles at a time.

    write_export(store, stream, "json")                   # the whole EXPORT.md object, byte for byte
    write_export(store, stream, "jsonl", kinds=["quotes"])  # one quote per line
    write_parquet(store, path, "articles")                # needs the `parquet` extra (pyarrow)

The JSON writer produces exactly `json.dumps(export_json(store), ensure_ascii=False, indent=1)`
(tests/test_export_formats.py checks it) without holding the whole object: the scorers in
../shared/tools read that shape.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from storyline.errors import ConfigError, MissingExtraError

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store.sql import SqlStore

#: every kind, in the order of the JSON export's keys
KINDS = ("articles", "entities", "quotes", "timex", "claims", "stories", "contradictions", "citations")
#: kinds only the per-kind formats offer (not keys of the EXPORT.md object)
EXTRA_KINDS = ("timeline",)
FORMATS = ("json", "jsonl", "csv", "parquet")
PAGE = 200  # articles read per query: a page of spans stays small on a store of any size
CSV_HEADER_SAMPLE = 1000  # records whose keys make the CSV header; later unseen keys go to "extra"


def iter_articles(store: SqlStore) -> Iterator[Article]:
    """Every article (no raw bytes), a page at a time, in the store's list order."""
    offset = 0
    while True:
        page = store.list_articles(limit=PAGE, offset=offset, with_raw=False)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def iter_records(store: SqlStore, kind: str) -> Iterator[dict[str, Any]]:
    """The export records of one kind, streamed."""
    readers: dict[str, Callable[[SqlStore], Iterator[dict[str, Any]]]] = {
        "articles": _articles, "entities": _entities, "quotes": _quotes, "timex": _timex, "claims": _claims,
        "stories": _stories, "contradictions": _contradictions, "citations": _citations, "timeline": _timeline}
    if kind not in readers:
        raise ConfigError(f"unknown export kind {kind!r}", fix=f"use one of {', '.join((*KINDS, *EXTRA_KINDS))}")
    return readers[kind](store)


def _articles(store: SqlStore) -> Iterator[dict[str, Any]]:
    from storyline.export import article_record

    return (article_record(a) for a in iter_articles(store))


def _entities(store: SqlStore) -> Iterator[dict[str, Any]]:
    from storyline.export import entity_record

    return (entity_record(e) for e in store.list_entities())


def _spans(store: SqlStore, label: str, record: Callable[..., dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for article in iter_articles(store):
        for span in article.spans:
            if span.label == label:
                yield record(article.id, span)


def _quotes(store: SqlStore) -> Iterator[dict[str, Any]]:
    from storyline.export import SpeakerIndex, quote_record

    speakers = SpeakerIndex(store.list_entities())
    return _spans(store, "QUOTE", lambda aid, span: quote_record(aid, span, speakers))


def _timex(store: SqlStore) -> Iterator[dict[str, Any]]:
    from storyline.export import timex_record

    return _spans(store, "TIMEX", timex_record)


def _claims(store: SqlStore) -> Iterator[dict[str, Any]]:
    from storyline.export import claim_record

    return _spans(store, "CLAIM", claim_record)


def _stories(store: SqlStore) -> Iterator[dict[str, Any]]:
    from storyline.link.story_view import story_record, view_stored_story

    return (story_record(view_stored_story(store, s)) for s in store.list_stories())


def _timeline(store: SqlStore) -> Iterator[dict[str, Any]]:
    from storyline.link.story_view import entry_record, view_stored_story

    for story in store.list_stories():
        for entry in view_stored_story(store, story).timeline:
            yield {"story": story.id, **entry_record(entry)}


def _contradictions(store: SqlStore) -> Iterator[dict[str, Any]]:
    # as export_json: contradictions live in their story; listed here only when no story has been built
    if store.list_stories():
        return iter(())
    from storyline.link.contradictions import contradictions_in

    return iter(contradictions_in(store.list_articles(with_raw=False)))


def _citations(store: SqlStore) -> Iterator[dict[str, Any]]:
    links = store.list_citation_links()
    texts = _citation_texts(store, {link.article_id for link in links})
    for c in links:
        yield {"article": c.article_id, "text": texts.get((c.article_id, c.start, c.end), ""),
               "start": c.start, "end": c.end, "cites": c.outlet, "time": c.time, "resolves_to": c.resolves_to}


def _citation_texts(store: SqlStore, article_ids: set[str]) -> dict[tuple[str, int, int], str]:
    ids = sorted(article_ids)
    texts: dict[tuple[str, int, int], str] = {}
    for lo in range(0, len(ids), PAGE):
        for a in store.get_articles(ids[lo:lo + PAGE], dropped=False):
            texts.update({(a.id, s.start, s.end): s.text for s in a.spans if s.label == "CITATION"})
    return texts


def write_export(store: SqlStore, stream: TextIO, fmt: str, kinds: Sequence[str] | None = None) -> int:
    """Write the export in json, jsonl or csv; returns the number of records written.

    json writes an object with one key per kind (all of KINDS by default: the EXPORT.md shape);
    jsonl and csv write the records of exactly one kind."""
    if fmt == "json":
        return _write_json(store, stream, list(kinds or KINDS))
    kind = _one_kind(fmt, kinds)
    if fmt == "jsonl":
        return _write_jsonl(iter_records(store, kind), stream)
    if fmt == "csv":
        return write_csv(iter_records(store, kind), stream)
    raise ConfigError(f"unknown export format {fmt!r}", fix=f"use --format {' | '.join(FORMATS)}")


def _one_kind(fmt: str, kinds: Sequence[str] | None) -> str:
    if not kinds or len(kinds) != 1:
        raise ConfigError(f"--format {fmt} writes one kind of record, got {list(kinds or [])}",
                          fix=f"add one --kind ({', '.join((*KINDS, *EXTRA_KINDS))})")
    return kinds[0]


def _write_json(store: SqlStore, stream: TextIO, kinds: list[str]) -> int:
    return write_json_object(stream, {kind: iter_records(store, kind) for kind in kinds})


def write_json_object(stream: TextIO, lists: dict[str, Iterable[dict[str, Any]]]) -> int:
    """Write {name: [records…]} as exactly `json.dumps(obj, ensure_ascii=False, indent=1)` would,
    one record at a time (each list is read only when its turn comes). Returns the records written."""
    written = 0
    stream.write("{")
    for k, (name, records) in enumerate(lists.items()):
        stream.write(("," if k else "") + f"\n {json.dumps(name, ensure_ascii=False)}: [")
        first = True
        for record in records:
            text = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n  ")
            stream.write(("\n  " if first else ",\n  ") + text)
            first, written = False, written + 1
        stream.write("]" if first else "\n ]")
    stream.write("\n}" if lists else "}")
    return written


def _write_jsonl(records: Iterator[dict[str, Any]], stream: TextIO) -> int:
    written = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
    return written


def flat_record(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted keys, lists as JSON text: one CSV row or Parquet row."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            flat.update(flat_record(value, f"{prefix}{key}."))
        elif isinstance(value, (list, tuple)):
            flat[f"{prefix}{key}"] = json.dumps(list(value), ensure_ascii=False)
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def write_csv(records: Iterator[dict[str, Any]], stream: TextIO) -> int:
    """Records as CSV; the header is the keys of the first records (later new keys: the `extra` column, JSON)."""
    head: list[dict[str, Any]] = []
    for record in records:
        head.append(flat_record(record))
        if len(head) >= CSV_HEADER_SAMPLE:
            break
    columns = list(dict.fromkeys(k for row in head for k in row))
    # RFC 4180 line ends (\r\n): a value holding a lone \r is quoted too (with "\n" it broke the row)
    writer = csv.DictWriter(stream, fieldnames=[*columns, "extra"])
    writer.writeheader()
    known = set(columns)
    written = 0
    for row in _chain(head, (flat_record(r) for r in records)):
        extra = {k: row.pop(k) for k in list(row) if k not in known}
        writer.writerow({**row, "extra": json.dumps(extra, ensure_ascii=False) if extra else ""})
        written += 1
    return written


def _chain(first: list[dict[str, Any]], rest: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield from first
    yield from rest


def write_parquet(store: SqlStore, path: Path, kind: str, *, batch: int = 1000) -> int:
    """One kind of record as a Parquet file, written in row groups of `batch` flat records."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtraError("pyarrow", "parquet") from None
    writer, schema, written, rows = None, None, 0, []
    try:
        for record in iter_records(store, kind):
            rows.append(flat_record(record))
            if len(rows) >= batch:
                writer, schema = _parquet_batch(pa, pq, path, rows, writer, schema)
                written, rows = written + len(rows), []
        if rows or writer is None:
            writer, schema = _parquet_batch(pa, pq, path, rows, writer, schema)
            written += len(rows)
    finally:
        if writer is not None:
            writer.close()
    return written


def _parquet_batch(pa: Any, pq: Any, path: Path, rows: list[dict[str, Any]], writer: Any, schema: Any):
    if schema is None:
        # every column as text except whole numbers and booleans, so a later row never breaks the type
        columns = list(dict.fromkeys(k for row in rows for k in row)) or ["empty"]
        schema = pa.schema([(c, _arrow_type(pa, [row.get(c) for row in rows])) for c in columns])
        writer = pq.ParquetWriter(str(path), schema)
    table = pa.Table.from_pylist([_fit(row, schema) for row in rows], schema=schema)
    writer.write_table(table)
    return writer, schema


def _arrow_type(pa: Any, values: list[Any]) -> Any:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return pa.bool_()
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pa.int64()
    return pa.string()


def _fit(row: dict[str, Any], schema: Any) -> dict[str, Any]:
    fitted: dict[str, Any] = {}
    for field in schema:
        value = row.get(field.name)
        if value is not None and str(field.type) == "string" and not isinstance(value, str):
            value = json.dumps(value) if isinstance(value, bool) else str(value)
        elif value is not None and not isinstance(value, {"int64": int, "bool": bool}.get(str(field.type), object)):
            value = None
        fitted[field.name] = value
    return fitted


def check_out_path(out: Path) -> Path:
    """`out` as a file to write: its folder must exist and it must not be a folder itself."""
    if out.is_dir():
        raise ConfigError(f"--out {str(out)!r} is a folder", fix="give a file name inside it, e.g. --out "
                          f"{os.path.join(str(out), 'export.json')}")
    folder = out.parent
    if not folder.is_dir():
        raise ConfigError(f"--out {str(out)!r}: folder {str(folder)!r} does not exist",
                          fix="create the folder first, or write elsewhere")
    if not os.access(folder, os.W_OK):
        raise ConfigError(f"--out {str(out)!r}: cannot write in folder {str(folder)!r}",
                          fix="choose a folder you may write in")
    return out


@contextmanager
def replacing(out: Path) -> Iterator[Path]:
    """A temporary path beside `out` that replaces it only once writing finished: a failed export
    never leaves half a file where a good one was."""
    check_out_path(out)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", dir=str(out.parent))
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
