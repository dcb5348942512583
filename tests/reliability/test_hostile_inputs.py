"""The hostile-file matrix (issue 14, findings 1, 3 and 7): each file alone and beside good files.

Every case must finish within its CPU limit with no exception; the good files beside it are always
stored; the hostile file is stored (with a note when its text was repaired) or recorded as a named
failure — never a traceback that costs the batch.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from storyline.ingest.batch import ingest
from storyline.settings import load_settings
from storyline.store import open_store

RSS = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
       "<item><title>Overflow</title><description>A reference {ref} in the harbour story.</description></item>"
       "<item><title>Fine</title><description>The harbour reopened on Monday, officials said.</description>"
       "</item></channel></rss>")


@dataclass(slots=True, frozen=True)
class Hostile:
    name: str
    content: str | bytes
    stored: int  # documents of this file that must be stored
    failures: tuple[str, ...] = ()  # failure codes recorded for it
    note: str | None = None  # a metadata key every stored document of it carries
    seconds: float = 15.0  # CPU limit for the whole ingest (good files included)


CASES = [
    Hostile("surrogate.jsonl", json.dumps({"text": "The mayor said \ud800 the harbour would reopen.",
                                           "title": "Harbour \udc00"}) + "\n", 1, note="unicode_repaired"),
    Hostile("pair.jsonl", json.dumps({"text": "Crowds cheered \ud83d\ude00 as the harbour reopened."}) + "\n", 1),
    Hostile("overflow.rss", RSS.format(ref="&#99999999999;"), 1, ("malformed",)),
    Hostile("surrogate-ref.rss", RSS.format(ref="&#xD800;"), 2),
    # cleaning keeps no article text from these two: a recorded "empty" failure, in bounded time
    Hostile("quotes.txt", "He said " + '"' * 16_000, 0, ("empty",)),
    Hostile("curly.txt", "The minister said " + "“a” " * 2_000, 1),
    Hostile("quote-words.txt", "He said " + '"a ' * 4_000, 1),
    Hostile("commas.txt", "He said " + "," * 16_000 + " and left.", 1),
    Hostile("blanks.txt", "The port authority said the harbour" + " " * 50_000 + "would reopen on Monday after "
            "the storm.\n" + "\u00a0" * 50_000 + "\nTwo piers were damaged, officials said on Sunday.", 1),
    Hostile("colons.txt", "He said: " * 1_800, 1),
    Hostile("numbers.txt", "He said 1,000 " * 1_200, 1),
    Hostile("no-cues.txt", "word " * 400, 1),  # E030: nothing to parse anywhere
    Hostile("emoji.txt", "Crowds cheered " + "😀" * 8_000, 0, ("empty",)),
    Hostile("blanks.html", "<html><body><p>The harbour" + " " * 50_000 + "reopened on Monday.</p>"
            + "<div>" * 2_000 + "deep" + "</div>" * 2_000 + "</body></html>", 1),
]


@pytest.fixture(scope="module", autouse=True)
def _model_loaded():
    from storyline.extract.nlp import load_nlp

    load_nlp()  # outside every case's clock


def _good_files(folder: Path) -> list[Path]:
    first = folder / "a-good.txt"
    first.write_text("The port authority said the harbour would reopen on Monday after repairs.\n",
                     encoding="utf-8")
    last = folder / "z-good.html"
    last.write_text("<html><head><title>Harbour</title></head><body><p>Ships returned to the harbour "
                    "on Tuesday, the mayor said.</p></body></html>", encoding="utf-8")
    return [first, last]


@pytest.mark.parametrize("beside_good", [False, True], ids=["alone", "beside-good"])
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_file(tmp_path, case, beside_good):
    hostile = tmp_path / case.name
    if isinstance(case.content, bytes):
        hostile.write_bytes(case.content)
    else:
        hostile.write_text(case.content, encoding="utf-8", errors="surrogatepass")
    good = _good_files(tmp_path) if beside_good else []
    with open_store(f"sqlite:///{tmp_path / 'store.db'}") as store:
        started = time.process_time()
        report = ingest([*good[:1], hostile, *good[1:]], store, load_settings(None))
        spent = time.process_time() - started
        stored = [store.get_article(i) for i in report.added]
    assert spent < case.seconds, f"{case.name}: {spent:.1f} s CPU"
    mine = [a for a in stored if a.source == str(hostile)]
    assert len(mine) == case.stored, [f.message for f in report.failures]
    assert sorted(f.error for f in report.failures if f.source == str(hostile)) == sorted(case.failures)
    assert len(stored) - len(mine) == len(good)  # the good files are always stored
    if case.note:
        assert all(case.note in a.metadata for a in mine)
