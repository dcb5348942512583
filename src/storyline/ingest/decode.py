"""Bytes → text, with the checks every source shares: empty, binary, encoding.

Order of trust, most to least: a byte-order mark; strict UTF-8 (valid UTF-8 by accident is rare in
legacy encodings, so a page that decodes cleanly is taken as UTF-8 whatever it declares); UTF-8
with a few broken bytes repaired; the charset the HTTP header or the HTML `<meta>` declares, when it
decodes cleanly and the result is not gibberish; charset-normalizer's detection. What was used is
returned, and the readers put it in `metadata["encoding"]`.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from storyline.errors import BinaryInputError, EmptyInputError, EncodingError, InputTooLargeError

# magic numbers of files that are never text: checked before anything else decodes them
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or docx/xlsx/epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"RIFF", "a RIFF media file (WebP/WAV/AVI)"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"SQLite format 3\x00", "a SQLite database"),
)

# utf-32 before utf-16: the UTF-32-LE mark starts with the UTF-16-LE one
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that never appear in text; tab, LF, VT, FF, CR and ESC (ISO-2022) are allowed
_CONTROL = bytes(sorted(set(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B})) + b"\x7f"
_SNIFF = 8192
_MAX_CONTROL_RATIO = 0.05
# at most one broken byte sequence per this many good multi-byte characters is repaired, not refused
_REPAIR_RATIO = 20
# charset-normalizer's chaos (0–100) above which a declared charset's output counts as gibberish
_MAX_CHAOS = 20.0

_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)

# WHATWG Encoding: browsers decode these labels as windows-1252, so pages labelled latin-1 use its
# 0x80–0x9F punctuation (curly quotes, dashes); Python's latin-1 would turn those into C1 controls
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
                   "iso8859-9": "cp1254", "tis-620": "cp874", "gb2312": "gbk"}


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_unicode(text: str) -> str:
    """`text` with its surrogate code points made valid: a high+low pair becomes the character it
    encodes, a lone one becomes U+FFFD. JSON ("\\ud800") and numeric character references
    (&#xD800;) can carry them, and they crash UTF-8 encoders downstream (tokenizer, database)."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def surrogate_note(before: str, after: str) -> str | None:
    """The note recorded in a document's metadata when valid_unicode changed its text, else None."""
    if before is after:
        return None
    lone = len(_SURROGATE.findall(before))
    return f"{lone} surrogate code points replaced (lone ones by U+FFFD, pairs joined)"


@dataclass(slots=True, frozen=True)
class Decoded:
    """Text decoded from bytes, the codec used and, if bytes were replaced, how many."""

    text: str
    encoding: str
    repaired: int = 0


def check_size(size: int, max_bytes: int, *, source: str = "") -> None:
    """Raise InputTooLargeError when `size` bytes exceed the limit."""
    if size > max_bytes:
        raise InputTooLargeError(f"{size:,} bytes is over the limit of {max_bytes:,}", source=source,
                                 fix="raise max_file_bytes (STORYLINE_MAX_FILE_BYTES) or split the input")


def check_binary(data: bytes, *, source: str = "") -> None:
    """Raise BinaryInputError for images, archives, executables and other non-text bytes."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"starts like {what} ({magic[:8]!r}), not text", source=source,
                                   fix="give a text, HTML, JSONL, feed or WARC file")
    if _bom(data):
        return  # UTF-16/32 text is full of NUL bytes; its mark says it is text
    sample = data[:_SNIFF]
    if b"\x00" in sample:
        raise BinaryInputError(f"contains a NUL byte at offset {sample.index(0)}, so it is not text",
                               source=source, fix="give a text file; UTF-16 text needs a byte-order mark")
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if sample and controls / len(sample) > _MAX_CONTROL_RATIO:
        raise BinaryInputError(f"{controls} of its first {len(sample)} bytes are control characters",
                               source=source, fix="give a text file, not binary data")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page or XML document declares in its first bytes, if any."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def decode_bytes(data: bytes, *, source: str = "", declared: str | None = None,
                 html: bool = False) -> Decoded:
    """Decode `data` to text, refusing empty, binary and undecodable input.

    `declared` is a charset from outside (an HTTP header); with `html=True` a `<meta>` charset in
    the page is also honoured. Raises EmptyInputError, BinaryInputError or EncodingError.
    """
    if not data.strip():
        what = "0 bytes" if not data else f"{len(data)} bytes of whitespace only"
        raise EmptyInputError(f"is empty: {what}", source=source, fix="remove the file or give it content")
    check_binary(data, source=source)
    if html and not declared:
        declared = declared_charset(data)
    decoded = _decode(data, source, declared)
    if not decoded.text.strip():
        raise EmptyInputError("has no text after decoding (only a byte-order mark or whitespace)",
                              source=source, fix="remove the file or give it content")
    return decoded


def _decode(data: bytes, source: str, declared: str | None) -> Decoded:
    bom = _bom(data)
    if bom:
        return _decode_bom(data, bom, source)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    repaired = _repair_utf8(data)
    if repaired:
        return repaired
    for attempt in (_try_declared(data, declared), _detect(data)):
        if attempt:
            return attempt
    label = f"declares {declared!r} but " if declared else ""
    raise EncodingError(f"{label}is not valid UTF-8 ({first_error.reason} at byte {first_error.start}) "
                        f"and no other encoding reads it cleanly", source=source,
                        fix="re-save it as UTF-8, e.g. iconv -f <its charset> -t utf-8")


def _bom(data: bytes) -> tuple[bytes, str] | None:
    return next(((mark, name) for mark, name in _BOMS if data.startswith(mark)), None)


def _decode_bom(data: bytes, bom: tuple[bytes, str], source: str) -> Decoded:
    mark, name = bom
    try:
        return Decoded(data[len(mark):].decode(name), name)
    except UnicodeDecodeError as exc:
        raise EncodingError(f"has a {name} byte-order mark but is not valid {name}: {exc.reason} "
                            f"at byte {exc.start + len(mark)}", source=source,
                            fix=f"re-save it as {name} or UTF-8") from None


def _repair_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken sequences (a truncated copy, a stray byte) keeps its good text."""
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))  # in C: a 20 MB page stays fast
    good = non_ascii - text.count("\ufffd")
    if good and broken * _REPAIR_RATIO <= good:
        return Decoded(text, "utf-8", repaired=broken)
    return None


def _codec_name(label: str) -> str | None:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None  # a made-up charset label: fall through to detection
    return _WHATWG_ALIASES.get(name, name)


def _try_declared(data: bytes, declared: str | None) -> Decoded | None:
    name = _codec_name(declared) if declared else None
    if not name or name.startswith(("utf-8", "utf-16", "utf-32")):
        return None  # UTF-8 already failed; a UTF-16 <meta> label without a BOM is a lie (WHATWG)
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    return None if _is_gibberish(text) else Decoded(text, name)


def _is_gibberish(text: str) -> bool:
    from charset_normalizer.md import mess_ratio

    return mess_ratio(text[:_SNIFF], maximum_threshold=1.0) * 100 > _MAX_CHAOS


def _detect(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = min(matches, key=lambda m: m.percent_chaos)
    if best.percent_chaos > _MAX_CHAOS:
        return None
    # On short Western text charset-normalizer ties cp1250 with cp1252 and picks cp1250, turning
    # "crème" into "crčme"; windows-1252 is by far the commoner legacy web encoding (WHATWG's
    # default for Western locales), so it wins a tie.
    for match in matches:
        if match.percent_chaos <= best.percent_chaos and "cp1252" in match.could_be_from_charset:
            return Decoded(data.decode("cp1252"), "cp1252")
    return Decoded(str(best), best.encoding)
