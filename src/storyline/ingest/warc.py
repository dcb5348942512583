"""WARC files (.warc, .warc.gz): one HTML document per HTTP 200 `response` record.

Other records (requests, metadata, revisits, images, scripts, redirects) are skipped silently: a
crawl holds many and none is an article. `record` is "offset N", the byte offset of the record (of
its gzip member in a .warc.gz), so `warcio extract FILE N` shows it. `max_bytes` caps each payload,
not the file: one WARC holds a whole crawl.

warcio 1.8.1 does not report a file cut short (checked by cutting test files at every byte): an
uncompressed record comes back with a short payload, a cut gzip member is silently dropped. Both
are detected here, the first by the bytes its reader still expected, the second by unread bytes
after the last record, and become one TruncatedArchiveError failure after the records before it.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, BinaryIO

from storyline.errors import InputError, MalformedInputError, TruncatedArchiveError
from storyline.ingest._common import Items, failure, os_error
from storyline.ingest.decode import check_size, decode_bytes
from storyline.model import RawDocument

WARC_ENDINGS = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str | Path, *, max_bytes: int = 20_000_000, source: str | None = None) -> Items:
    """Yield one document (or failure) per HTML response record of a WARC file.

    Every document's `source` is the record's target URI; failures about the file as a whole
    carry the file's path.
    """
    source = source or str(path)
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            yield from read_warc_stream(stream, source=source, size=size, max_bytes=max_bytes)
    except OSError as exc:
        yield failure(source, os_error(exc, source))


def read_warc_stream(stream: BinaryIO, *, source: str, size: int | None = None,
                     max_bytes: int = 20_000_000) -> Items:
    """Yield one document (or failure) per HTML response record of a WARC stream of `size` bytes."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream, no_record_parse=False, arc2warc=False)
    end = 0
    try:
        for record in records:
            item = _record_item(record, source, max_bytes)
            offset = records.get_record_offset()  # reads the rest of the record: after the payload
            end = offset + records.get_record_length()
            if _cut_short(record, records.reader):
                yield failure(source, _truncated(source, offset), f"offset {offset}")
                return
            if item is not None:
                yield _located(item, offset)
    except ArchiveLoadFailed as exc:
        yield failure(source, _malformed(source, end, exc), f"offset {end}")
        return
    except (EOFError, OSError, ValueError, AttributeError) as exc:
        # warcio 1.8.1 on a record whose headers are cut off calls None.startswith (AttributeError)
        yield failure(source, _truncated(source, end, exc), f"offset {end}")
        return
    if size is not None and _unread_tail(stream, end, size):
        yield failure(source, _truncated(source, end), f"offset {end}")


def _record_item(record: Any, source: str, max_bytes: int) -> RawDocument | InputError | None:
    if not _is_html_response(record):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or source
    try:
        payload = record.content_stream().read(max_bytes + 1)
        check_size(len(payload), max_bytes, source=uri)
        decoded = decode_bytes(payload, source=uri, declared=_charset(record), html=True)
    except InputError as exc:
        return exc
    metadata = {"url": uri, "encoding": decoded.encoding}
    fetched = record.rec_headers.get_header("WARC-Date")
    if fetched:
        metadata["fetched"] = fetched
    return RawDocument(source=uri, kind="html", content=decoded.text, metadata=metadata)


def _located(item: RawDocument | InputError, offset: int) -> Any:
    record = f"offset {offset}"
    if isinstance(item, InputError):
        return failure(item.source, item, record)
    return RawDocument(source=item.source, kind=item.kind, content=item.content, record=record,
                       metadata=item.metadata)


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return ctype in _HTML_TYPES


def _charset(record: Any) -> str | None:
    ctype = record.http_headers.get_header("Content-Type") or ""
    for param in ctype.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _cut_short(record: Any, reader: Any) -> bool:
    """True when the record just read ends before its declared length (checked on every cut)."""
    # Content-Length is mandatory in WARC; a header block cut off before it (or inside its value)
    # leaves warcio with length 0 or None and the rest of the file taken as the body
    declared = str(record.rec_headers.get_header("Content-Length") or "").strip()
    if not declared.isdigit():
        return True
    # warcio's LimitReader counts the Content-Length down: bytes still owed mean a cut
    if getattr(record.raw_stream, "limit", 0) > 0:
        return True
    # a .warc.gz member cut before its end: zlib never saw the end of the deflate stream
    decompressor = getattr(reader, "decompressor", None)
    return decompressor is not None and not decompressor.eof


def _unread_tail(stream: BinaryIO, end: int, size: int) -> bool:
    # bytes after the last record that warcio did not turn into a record: a cut gzip member
    if end >= size:
        return False
    stream.seek(end)
    return bool(stream.read(4096).strip())


def _truncated(source: str, offset: int, cause: Exception | None = None) -> TruncatedArchiveError:
    detail = f" ({type(cause).__name__}: {cause})" if cause else ""
    return TruncatedArchiveError(f"WARC ends in the middle of the record at offset {offset}{detail}; "
                                 "the records before it were read", source=source,
                                 fix="the file was cut off: copy or download it again")


def _malformed(source: str, offset: int, exc: Exception) -> InputError:
    if offset == 0:
        return MalformedInputError(f"is not a WARC file: {exc}", source=source,
                                   fix="give a WARC/1.0 or 1.1 file (.warc or .warc.gz)")
    return MalformedInputError(f"WARC record at offset {offset} cannot be parsed: {exc}; "
                               "the records before it were read", source=source,
                               fix="repair the file, e.g. re-run the crawl or cut the bad record")
