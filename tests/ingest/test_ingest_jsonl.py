from __future__ import annotations

import json

from ingest_helpers import split

from storyline.ingest import read_documents, read_jsonl


def _write(path, lines):
    path.write_bytes(b"\n".join(line if isinstance(line, bytes) else json.dumps(line).encode() for line in lines) + b"\n")
    return path


def test_each_line_is_a_document_with_metadata_and_a_line_locator(tmp_path):
    path = _write(tmp_path / "a.jsonl", [
        {"text": "Plain body.", "url": "https://x.test/1", "title": "One", "published": "2024-01-02",
         "outlet": "Daily", "section": "world", "words": 2, "paywalled": False, "tags": ["a"], "extra": None},
        {"html": "<p>Marked up.</p>", "title": "Two"},
    ])
    docs, fails = split(read_jsonl(path))
    assert not fails
    assert [(d.kind, d.content, d.record) for d in docs] == [("text", "Plain body.", "line 1"),
                                                               ("html", "<p>Marked up.</p>", "line 2")]
    assert docs[0].metadata == {"url": "https://x.test/1", "title": "One", "published": "2024-01-02",
                                "outlet": "Daily", "section": "world", "words": "2", "paywalled": "false"}
    assert docs[0].source == str(path)


def test_a_malformed_line_fails_alone_and_the_good_lines_are_still_read(tmp_path, good_pair):
    path = _write(tmp_path / "m.jsonl", [
        {"text": "first"},
        b'{"text": "unterminated',
        b"",
        b"[1, 2, 3]",
        {"title": "no body"},
        {"text": "   "},
        {"text": 42},
        b'{"text": "bad \xff byte"}',
        b"[" * 100_000,
        {"html": "<p>last</p>"},
    ])
    items = list(read_documents([good_pair[0], path, good_pair[1]]))
    got = [(i.record, getattr(i, "error", "ok")) for i in items]
    assert got == [(None, "ok"), ("line 1", "ok"), ("line 2", "malformed"), ("line 4", "malformed"),
                   ("line 5", "malformed"), ("line 6", "empty"), ("line 7", "malformed"),
                   ("line 8", "encoding"), ("line 9", "malformed"), ("line 10", "ok"), (None, "ok")]
    assert "neither a 'text' nor an 'html'" in items[4].message
    assert "too deeply" in items[8].message


def test_an_overlong_line_fails_and_the_next_line_is_read_whole(tmp_path):
    path = _write(tmp_path / "a.jsonl", [{"text": "x" * 5000}, {"text": "after"}])
    items = list(read_jsonl(path, max_bytes=1000))
    assert [(i.record, getattr(i, "error", "ok")) for i in items] == [("line 1", "too-large"), ("line 2", "ok")]
    assert items[1].content == "after"


def test_a_bom_on_the_first_line_and_crlf_endings_are_fine(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "one"}\r\n{"text": "two"}\r\n')
    docs, fails = split(read_jsonl(path))
    assert not fails and [d.content for d in docs] == ["one", "two"]


def test_a_missing_jsonl_file_is_a_failure(tmp_path):
    docs, fails = split(read_jsonl(tmp_path / "gone.jsonl"))
    assert not docs and fails[0].error == "missing"
