"""Helpers for the ingest tests: split results, build pages, write small WARCs with warcio."""
from __future__ import annotations

import io

from storyline.model import IngestFailure, RawDocument


def split(items) -> tuple[list[RawDocument], list[IngestFailure]]:
    items = list(items)
    docs = [i for i in items if isinstance(i, RawDocument)]
    fails = [i for i in items if isinstance(i, IngestFailure)]
    assert len(docs) + len(fails) == len(items)
    return docs, fails


def warc_bytes(records: list[tuple[str, str, bytes]], *, gzip: bool = False,
               status: str = "200 OK") -> bytes:
    """A WARC of response records (uri, content type, body) written with warcio."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for uri, ctype, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


def page(title: str, body: str = "Some words of the article.") -> str:
    return f"<html><head><title>{title}</title></head><body><p>{body}</p></body></html>"
