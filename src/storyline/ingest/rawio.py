"""Reading a file's bytes under a hard size cap, gzip included.

The cap holds after decompression: a gzip bomb (1 GB of zeros packs into ~1 MB) is stopped once
`max_bytes` have come out, never inflated in full, so memory stays about `max_bytes`.
"""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import IO, cast

from storyline.errors import MalformedInputError, TruncatedArchiveError
from storyline.ingest._common import os_error
from storyline.ingest.decode import check_size

_CHUNK = 1 << 16


def is_gzip_name(path: str | Path) -> bool:
    return str(path).lower().endswith(".gz")


def read_capped(path: str | Path, max_bytes: int, *, source: str = "") -> bytes:
    """The bytes of `path` (decompressed when it ends in .gz), refusing more than `max_bytes`.

    Raises InputTooLargeError, MissingInputError/UnreadableInputError, and for gzip
    TruncatedArchiveError or MalformedInputError.
    """
    source = source or str(path)
    try:
        if is_gzip_name(path):
            return _read_gzip(Path(path), max_bytes, source)
        check_size(Path(path).stat().st_size, max_bytes, source=source)  # before reading any of it
        with open(path, "rb") as stream:
            return read_stream(cast(IO[bytes], stream), max_bytes, source)
    except OSError as exc:
        raise os_error(exc, source) from None


def read_stream(stream: IO[bytes], max_bytes: int, source: str) -> bytes:
    """Read `stream` to its end in chunks, raising InputTooLargeError past `max_bytes`."""
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(_CHUNK):
        total += len(chunk)
        # the stat above can be stale (a growing log, a FIFO); the count while reading is the rule
        check_size(total, max_bytes, source=source)
        chunks.append(chunk)
    return b"".join(chunks)


def _read_gzip(path: Path, max_bytes: int, source: str) -> bytes:
    try:
        with gzip.open(path, "rb") as stream:
            return read_stream(cast(IO[bytes], stream), max_bytes, source)
    except EOFError as exc:
        raise TruncatedArchiveError(f"gzip data ends early ({exc})", source=source,
                                    fix="the file was cut off: download or copy it again") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise MalformedInputError(f"is not valid gzip: {exc}", source=source,
                                  fix="check that it really is gzip, or drop the .gz ending") from None
