"""Batch ingest: reprints linked to the earliest dated copy, idempotence, failures recorded."""
from __future__ import annotations

from storyline.ingest.batch import ingest
from storyline.settings import load_settings
from storyline.store import open_store

PARAGRAPHS = [
    "The harbour authority of Port Velana said on Tuesday it would test every well in the eastern district again, "
    "after residents reported a metallic taste in their water for the third week running.",
    "The director promised that every single result would be published in full by the end of the month, "
    "and that the wells closest to the old paint works would be sampled first.",
    "Residents said the first round of tests, carried out last year, had covered fewer than half of the wells "
    "in the district and had never been explained to them.",
    "The council will meet on Friday to discuss whether bottled water should be handed out in the meantime.",
]


def page(head: str, foot: str, change: str = "") -> str:
    body = "\n\n".join(PARAGRAPHS).replace("third week", change or "third week")
    return f"Wells to be tested again\n\n{head}\n\n{body}\n\n{foot}\n"


def test_reprint_links_to_the_dated_original_whatever_the_order(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    settings = load_settings(tmp_path / "none.toml")
    (tmp_path / "reprint.txt").write_text(page("Join our Velana Daily channel now!", "© 2023 Velana Daily"))
    (tmp_path / "original.txt").write_text(page("March 14, 2023 06:00 AM", "Be the first to comment", "3rd week"))
    first = ingest([tmp_path / "reprint.txt"], store, settings)
    second = ingest([tmp_path / "original.txt"], store, settings)
    [reprint_id], [original_id] = first.added, second.added
    assert store.get_article(original_id).published.value == "2023-03-14"
    assert store.get_article(reprint_id).duplicate_of == original_id
    assert store.get_article(original_id).duplicate_of is None
    assert store.status().duplicates == 1


def test_second_run_adds_nothing_and_failures_are_counted_once(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(page("", ""))
    (inputs / "broken.html.gz").write_bytes(b"not gzip at all")
    settings = load_settings(tmp_path / "none.toml")
    first, second = ingest([inputs], store, settings), ingest([inputs], store, settings)
    assert (len(first.added), len(second.added), len(second.existing)) == (1, 0, 1)
    assert [f.error for f in store.failures()] == ["malformed"]
    assert store.status().failures == 1
