"""Plain files: .txt → kind "text", .html/.htm → kind "html", and their .gz versions."""
from __future__ import annotations

from pathlib import Path

from storyline.errors import InputError, UnsupportedFormatError
from storyline.ingest._common import Items, failure, name_of
from storyline.ingest.decode import decode_bytes
from storyline.ingest.rawio import read_capped
from storyline.model import DocumentKind, RawDocument

TEXT_ENDINGS = (".txt", ".text")
HTML_ENDINGS = (".html", ".htm", ".xhtml", ".shtml")


def file_kind(path: str | Path) -> DocumentKind | None:
    """The kind, "text" or "html", of a plain file's ending (a trailing .gz is looked through), else None."""
    name = name_of(path).removesuffix(".gz")
    if name.endswith(TEXT_ENDINGS):
        return "text"
    if name.endswith(HTML_ENDINGS):
        return "html"
    return None


def read_file(path: str | Path, *, max_bytes: int = 20_000_000, source: str | None = None) -> Items:
    """Yield the one document in a .txt/.html(.gz) file, or the failure that stopped it."""
    source = source or str(path)
    try:
        yield load_file(path, max_bytes=max_bytes, source=source)
    except InputError as exc:
        yield failure(source, exc)


def load_file(path: str | Path, *, max_bytes: int = 20_000_000, source: str | None = None) -> RawDocument:
    """The document in a .txt/.html(.gz) file; raises an InputError subclass if it cannot be read."""
    source = source or str(path)
    kind = file_kind(path)
    if kind is None:
        raise unsupported(source)
    decoded = decode_bytes(read_capped(path, max_bytes, source=source), source=source, html=kind == "html")
    metadata = {"encoding": decoded.encoding}
    if decoded.repaired:
        metadata["encoding_repaired"] = f"{decoded.repaired} invalid UTF-8 sequences replaced by U+FFFD"
    return RawDocument(source=source, kind=kind, content=decoded.text, metadata=metadata)


def unsupported(source: str) -> UnsupportedFormatError:
    suffixes = Path(source).suffixes
    ending = "".join(suffixes[-2:] if suffixes[-1:] == [".gz"] else suffixes[-1:]) or "(no ending)"
    return UnsupportedFormatError(
        f"has the ending {ending!r}, which storyline does not read", source=source,
        fix="use .txt, .html, .htm (optionally .gz), .jsonl, .rss, .atom, .xml feeds, .warc(.gz) or .urls")
