from __future__ import annotations

import io

import pytest
from ingest_helpers import page, split, warc_bytes

from storyline.ingest import read_documents, read_warc, read_warc_stream

PAGES = [(f"https://news.test/{n}", "text/html; charset=utf-8", page(f"Story {n}", "x" * 200).encode())
         for n in range(3)]


@pytest.mark.parametrize("gz", [False, True])
def test_html_responses_become_documents_located_by_offset(tmp_path, gz):
    path = tmp_path / ("a.warc.gz" if gz else "a.warc")
    path.write_bytes(warc_bytes(PAGES, gzip=gz))
    docs, fails = split(read_documents([path]))
    assert not fails
    assert [d.source for d in docs] == [uri for uri, _, _ in PAGES]
    assert [d.content.encode() for d in docs] == [body for _, _, body in PAGES]
    assert all(d.kind == "html" and d.metadata["url"] == d.source for d in docs)
    assert all(d.metadata["fetched"].startswith("20") for d in docs)
    offsets = [int(d.record.removeprefix("offset ")) for d in docs]
    assert offsets[0] == 0 and offsets == sorted(offsets)
    assert path.read_bytes()[offsets[1]:].startswith(b"\x1f\x8b" if gz else b"WARC/1.0")


def test_non_html_and_non_200_records_are_skipped_silently(tmp_path):
    records = [("https://news.test/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
               ("https://news.test/app.js", "application/javascript", b"var x;"),
               PAGES[0]]
    data = warc_bytes(records) + warc_bytes([PAGES[1]], status="404 Not Found")
    docs, fails = split(read_warc_stream(io.BytesIO(data), source="x.warc", size=len(data)))
    assert not fails and [d.source for d in docs] == [PAGES[0][0]]


def test_the_http_charset_header_is_honoured(tmp_path):
    html = "<html><body><p>Привет, как дела? Это новости дня.</p></body></html>"
    path = tmp_path / "a.warc"
    path.write_bytes(warc_bytes([("https://ru.test/", "text/html; charset=koi8-r", html.encode("koi8-r"))]))
    docs, fails = split(read_warc(path))
    assert not fails and docs[0].content == html and docs[0].metadata["encoding"] == "koi8-r"


@pytest.mark.parametrize("gz", [False, True])
def test_a_truncated_warc_yields_the_records_before_it_and_one_failure(tmp_path, good_pair, gz):
    data = warc_bytes(PAGES, gzip=gz)
    path = tmp_path / ("m.warc.gz" if gz else "m.warc")
    path.write_bytes(data[: len(data) - 150])  # cut in the middle of the third record
    items = list(read_documents([good_pair[0], path, good_pair[1]]))
    got = [(i.source.rsplit("/", 1)[-1], getattr(i, "error", "ok")) for i in items]
    assert got == [("a.txt", "ok"), ("0", "ok"), ("1", "ok"), (path.name, "truncated"), ("z.html", "ok")]
    assert items[3].record.startswith("offset ")
    assert "records before it were read" in items[3].message


@pytest.mark.parametrize("gz", [False, True])
def test_a_warc_cut_at_any_byte_never_loses_a_record_silently(gz):
    data = warc_bytes(PAGES[:2], gzip=gz)
    full, _ = split(read_warc_stream(io.BytesIO(data), source="w", size=len(data)))
    ends = [int(d.record.split()[1]) for d in full[1:]] + [len(data)]
    for cut in range(1, len(data)):
        docs, fails = split(read_warc_stream(io.BytesIO(data[:cut]), source="w", size=cut))
        assert [d.content for d in docs] == [d.content for d in full[: len(docs)]], cut
        assert len(fails) <= 1, cut
        # with no failure, every record that began must be whole (a cut in the final CRLFs is fine)
        complete = sum(1 for end in ends if end - 4 <= cut)
        if not fails:
            assert len(docs) >= complete and len(docs) >= sum(1 for end in ends[:-1] if end < cut), cut


def test_a_file_that_is_not_a_warc_is_malformed(tmp_path, good_pair):
    bad = tmp_path / "m.warc"
    bad.write_text("hello, not a warc", encoding="utf-8")
    items = list(read_documents([good_pair[0], bad, good_pair[1]]))
    assert [getattr(i, "error", "ok") for i in items] == ["ok", "malformed", "ok"]


def test_a_record_over_the_limit_fails_alone(tmp_path):
    big = ("https://news.test/big", "text/html", page("Big", "y" * 5000).encode())
    path = tmp_path / "a.warc"
    path.write_bytes(warc_bytes([PAGES[0], big, PAGES[1]]))
    items = list(read_warc(path, max_bytes=2000))
    assert [(i.source, getattr(i, "error", "ok")) for i in items] == [
        (PAGES[0][0], "ok"), (big[0], "too-large"), (PAGES[1][0], "ok")]
    assert items[1].record.startswith("offset ")


def test_a_binary_payload_labelled_html_fails_alone(tmp_path):
    liar = ("https://news.test/liar", "text/html", b"\x89PNG\r\n\x1a\n\x00\x00")
    path = tmp_path / "a.warc.gz"
    path.write_bytes(warc_bytes([liar, PAGES[0]], gzip=True))
    items = list(read_warc(path))
    assert [getattr(i, "error", "ok") for i in items] == ["binary", "ok"]
