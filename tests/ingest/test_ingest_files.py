from __future__ import annotations

import gzip
import time
import tracemalloc
from pathlib import Path

import pytest
from ingest_helpers import page, split

from storyline.errors import InputTooLargeError
from storyline.ingest import load_file, read_documents, read_file


def test_text_and_html_files_are_read_with_kind_and_encoding(tmp_path):
    (tmp_path / "a.txt").write_text("Plain words.", encoding="utf-8")
    (tmp_path / "b.html").write_text(page("B"), encoding="utf-8")
    (tmp_path / "c.htm").write_text(page("C"), encoding="utf-8")
    docs, fails = split(read_documents([tmp_path]))
    assert not fails
    assert [(Path(d.source).name, d.kind) for d in docs] == [("a.txt", "text"), ("b.html", "html"), ("c.htm", "html")]
    assert docs[0].content == "Plain words."
    assert all(d.metadata["encoding"] == "utf-8" and d.record is None for d in docs)


def test_gzipped_text_and_html_are_decompressed(tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(page("Zipped").encode()))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"Zipped text."))
    docs, fails = split(read_documents([tmp_path]))
    assert not fails
    assert [(d.kind, d.content) for d in docs] == [("html", page("Zipped")), ("text", "Zipped text.")]


def test_folders_recurse_in_sorted_order_and_skip_hidden_files(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a/b/c.txt", "a.txt", ".hidden.txt", ".git/x.txt", "a/.swp.txt"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"content of {rel}", encoding="utf-8")
    docs, fails = split(read_documents([tmp_path]))
    assert not fails
    rel = [Path(d.source).relative_to(tmp_path).as_posix() for d in docs]
    assert rel == ["a/b/c.txt", "a/z.txt", "a.txt", "b.txt"]  # by path components: "a" < "a.txt"
    assert docs[0].source == str(tmp_path / "a" / "b" / "c.txt")


def test_globs_with_double_star_match_recursively_sorted(tmp_path):
    for rel in ["x/1.txt", "x/y/2.txt", "x/y/3.html", "top.txt"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"content of {rel}", encoding="utf-8")
    docs, fails = split(read_documents([f"{tmp_path}/x/**/*.txt"]))
    assert not fails
    assert [Path(d.source).name for d in docs] == ["1.txt", "2.txt"]
    docs, _ = split(read_documents([f"{tmp_path}/*"]))  # a folder matched by a glob is walked
    assert [Path(d.source).name for d in docs] == ["top.txt", "1.txt", "2.txt", "3.html"]


def test_a_glob_matching_nothing_is_a_missing_failure(tmp_path):
    docs, fails = split(read_documents([f"{tmp_path}/*.nothing"]))
    assert not docs and [f.error for f in fails] == ["missing"]
    assert "matches no file" in fails[0].message


def test_arguments_keep_their_order_and_pathlib_paths_work(tmp_path):
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    docs, _ = split(read_documents([tmp_path / "b.txt", str(tmp_path / "a.txt")]))
    assert [d.content for d in docs] == ["B", "A"]


def _names(items):
    return [(Path(i.source).name, getattr(i, "error", "ok")) for i in items]


BAD_FILES = {
    "missing": None,
    "empty": b"",
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "encoding": ("Zürich ".encode() + b"\xff\xfe\x80\x81 ") * 20,
    "too-large": b"x" * 5000,
    "unsupported": b'{"gold": true}',
}
BAD_NAMES = {"missing": "m.txt", "empty": "m.txt", "binary": "m.txt", "encoding": "m.txt",
             "too-large": "m.txt", "unsupported": "m.json"}


@pytest.mark.parametrize("code", sorted(BAD_FILES))
def test_each_bad_file_is_one_failure_and_the_batch_goes_on(tmp_path, good_pair, code):
    first, last = good_pair
    bad = tmp_path / BAD_NAMES[code]
    if BAD_FILES[code] is not None:
        bad.write_bytes(BAD_FILES[code])
    items = list(read_documents([first, bad, last], max_bytes=1000))
    assert _names(items) == [("a.txt", "ok"), (bad.name, code), ("z.html", "ok")]
    assert items[1].message.startswith(str(bad))
    assert " — " in items[1].message  # every message carries a fix


def test_a_folder_with_bad_files_reads_all_good_ones(tmp_path):
    (tmp_path / "gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf-8")
    items = list(read_documents([tmp_path]))
    assert _names(items) == [("empty.txt", "empty"), ("gold.json", "unsupported"),
                             ("logo.png", "unsupported"), ("ok.txt", "ok")]


def test_size_is_checked_before_the_file_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 10_000)
    import storyline.ingest.rawio as rawio

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened although stat already showed it too large")

    monkeypatch.setattr(rawio, "open", no_open, raising=False)
    with pytest.raises(InputTooLargeError, match="10,000 bytes is over the limit of 9,999"):
        load_file(big, max_bytes=9_999)


def _gzip_bomb(path: Path, gigabytes: int = 1) -> None:
    # gzip members concatenate: one member of 16 MiB of zeros repeated makes a 1 GiB bomb of ~1 MB
    member = gzip.compress(b"\0" * (16 << 20), compresslevel=9)
    path.write_bytes(member * (64 * gigabytes))


def test_gzip_bomb_stops_at_the_cap_quickly_and_in_little_memory(tmp_path, good_pair):
    bomb = tmp_path / "m.html.gz"
    _gzip_bomb(bomb)
    assert bomb.stat().st_size < 2_000_000
    tracemalloc.start()
    started = time.monotonic()
    items = list(read_documents([good_pair[0], bomb, good_pair[1]], max_bytes=2_000_000))
    elapsed = time.monotonic() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert _names(items) == [("a.txt", "ok"), ("m.html.gz", "too-large"), ("z.html", "ok")]
    assert elapsed < 5.0, f"took {elapsed:.1f} s: the bomb was inflated"
    assert peak < 50_000_000, f"peak {peak:,} bytes: the bomb was inflated"


def test_corrupt_and_truncated_gzip_are_failures(tmp_path, good_pair):
    packed = gzip.compress(("Lots of words. " * 2000).encode())
    (tmp_path / "m1.txt.gz").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "m2.txt.gz").write_bytes(b"this is not gzip at all")
    corrupt = bytearray(packed)
    corrupt[-6] ^= 0xFF  # the stored length no longer matches
    (tmp_path / "m3.txt.gz").write_bytes(bytes(corrupt))
    items = list(read_documents([tmp_path]))
    assert _names(items) == [("a.txt", "ok"), ("m1.txt.gz", "truncated"), ("m2.txt.gz", "malformed"),
                             ("m3.txt.gz", "malformed"), ("z.html", "ok")]


def test_read_file_yields_a_failure_instead_of_raising(tmp_path):
    docs, fails = split(read_file(tmp_path / "nope.txt"))
    assert not docs and fails[0].error == "missing"


def test_unreadable_file_is_a_failure(tmp_path, good_pair):
    import os

    locked = tmp_path / "m.txt"
    locked.write_text("secret", encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        pytest.skip("running as root: permissions are not enforced")
    items = list(read_documents([good_pair[0], locked, good_pair[1]]))
    assert _names(items)[1] == ("m.txt", "unreadable")


def test_a_dangling_symlink_is_missing_and_a_fifo_is_not_opened(tmp_path, good_pair):
    import os

    (tmp_path / "m.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "n.txt")
    items = list(read_documents([tmp_path]))
    assert _names(items) == [("a.txt", "ok"), ("m.txt", "missing"), ("z.html", "ok")]


def test_a_single_path_given_bare_is_not_split_into_letters(good_pair):
    docs, fails = split(read_documents(str(good_pair[0])))
    assert not fails and docs[0].content == "First good document."


def test_an_unforeseen_library_error_costs_only_its_file(tmp_path, good_pair, monkeypatch):
    import feedparser

    def broken(*args, **kwargs):
        raise ValueError("internal parser bug")

    monkeypatch.setattr(feedparser, "parse", broken)
    feed = tmp_path / "m.rss"
    feed.write_text('<rss version="2.0"><channel><title>x</title></channel></rss>', encoding="utf-8")
    items = list(read_documents([good_pair[0], feed, good_pair[1]]))
    assert _names(items) == [("a.txt", "ok"), ("m.rss", "malformed"), ("z.html", "ok")]
    assert "unexpected ValueError: internal parser bug" in items[1].message
