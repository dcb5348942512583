"""What the databases can hold, and the form the raw page is kept in: no SQLAlchemy here, so the
`pack` stage can make an article's stored form in a worker process (storyline.pipeline.pack) with
exactly the store's own check and compression.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

from storyline.errors import StoreRefusedError
from storyline.model import Article, Span
from storyline.payloads import encode_payload

# PostgreSQL text cannot hold NUL, and neither database can encode an unpaired surrogate
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
#: how to fix a refused text (one wording, whether the store or a worker's `pack` stage found it)
REFUSED_FIX = ("clean the text before storing it (SQL text columns cannot hold NUL or unpaired surrogates); "
               "report the document if storyline's cleaning let it through")
#: zlib level of the stored raw page (0010: raw HTML was 72 % of the store and compresses ~4.8 times)
RAW_LEVEL = 6


def compress_text(value: str) -> bytes:
    """The stored form of a raw page: its UTF-8 (surrogates passed through) zlib-compressed."""
    return zlib.compress(value.encode("utf-8", "surrogatepass"), RAW_LEVEL)


def decompress_text(value: bytes) -> str:
    return zlib.decompress(value).decode("utf-8", "surrogatepass")


def check_storable(article: Article) -> None:
    """Raise StoreRefusedError naming the first text of the article the databases cannot hold."""
    check_strings(article.id, "article", article_strings(article))


def check_strings(owner: str, what: str, texts: Iterable[str]) -> None:
    for text in texts:
        bad = _UNSTORABLE.search(text)
        if bad:
            char = "a NUL character" if bad.group() == "\x00" else f"an unpaired surrogate U+{ord(bad.group()):04X}"
            raise StoreRefusedError(f"{what} {owner!r} cannot be stored: {text[:40]!r}… holds {char} "
                                    f"at offset {bad.start()}", fix=REFUSED_FIX)


def article_strings(article: Article) -> Iterator[str]:
    p = article.published
    scalars = (article.id, article.source, article.record, article.kind, article.raw, article.body,
               article.title, article.outlet, article.byline, article.url, article.duplicate_of, article.language,
               p.value, p.precision, p.evidence, p.earliest, p.latest)
    yield from (s for s in scalars if isinstance(s, str))
    yield from p.tried
    yield from article.stages
    for mapping in (article.evidence, article.metadata):
        yield from _mapping_strings(mapping)
    for line in article.dropped:
        yield from (line.text, line.reason)
    for span in article.spans:
        yield from span_strings(span)


def span_strings(span: Span) -> Iterator[str]:
    yield from (span.label, span.stage, span.text)
    yield from _mapping_strings(encode_payload(span.payload))


def _mapping_strings(mapping: dict[str, Any]) -> Iterator[str]:
    for key, value in mapping.items():
        yield str(key)
        if isinstance(value, str):
            yield value
