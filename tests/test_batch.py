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


# --- streaming, interruption, containment, self-repair (storyline.pipeline) ------------------------

import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from storyline.pipeline import registry, repair  # noqa: E402
from storyline.stage import StageSpec  # noqa: E402

HTML = ("<html><head><title>{title}</title><meta property='og:site_name' content='{outlet}'></head><body>"
        "<article><h1>{title}</h1><p>{para}</p><p>{para2}</p></article></body></html>")


def write_pages(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    pages = []
    for i in range(n):
        path = folder / f"page{i:02d}.html"
        words = " ".join(f"w{i}x{j}" for j in range(40))
        path.write_text(HTML.format(title=f"Report number {i} on the harbour", outlet=f"Outlet {i % 3}",
                                    para=PARAGRAPHS[i % 4] + " " + words, para2=PARAGRAPHS[(i + 1) % 4]),
                        encoding="utf-8")
        pages.append(path)
    return pages


def no_extraction(tmp_path, **overrides):
    return load_settings(tmp_path / "none.toml", extract_on_ingest=False, **overrides)


def snapshot(store):
    return {a.id: (a.body, a.title, a.outlet, a.published, a.duplicate_of) for a in store.list_articles(with_raw=False)}


def test_chunks_store_the_same_articles_as_one_batch(tmp_path):
    write_pages(tmp_path / "in", 7)
    small, whole = open_store(f"sqlite:///{tmp_path / 'a.db'}"), open_store(f"sqlite:///{tmp_path / 'b.db'}")
    by_two = ingest([tmp_path / "in"], small, no_extraction(tmp_path, chunk_size=2))
    at_once = ingest([tmp_path / "in"], whole, no_extraction(tmp_path))
    assert len(by_two.added) == len(at_once.added) == 7 and by_two.added == at_once.added
    assert snapshot(small) == snapshot(whole)
    assert small.pending_refresh() == 0 and by_two.refreshed


def boom_on_page4(work):
    if "Report number 4 " in work.article.raw:
        raise KeyboardInterrupt


def test_ctrl_c_keeps_every_finished_chunk_and_the_next_run_repairs(tmp_path, monkeypatch):
    write_pages(tmp_path / "in", 7)
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    boom = StageSpec("boom", "document", "test_batch:boom_on_page4")
    monkeypatch.setattr(registry, "FLOW", (*registry.FLOW[:2], boom, *registry.FLOW[2:]))
    stopped = ingest([tmp_path / "in"], store, no_extraction(tmp_path, chunk_size=2))
    assert stopped.interrupted and len(stopped.added) == 4  # chunks 1-2 stored, chunk 3 (pages 4-5) not
    assert store.status().articles == 4 and store.pending_refresh() == 4 and not store.list_stories()
    monkeypatch.undo()
    again = ingest([tmp_path / "in"], store, no_extraction(tmp_path, chunk_size=2))
    assert (len(again.added), len(again.existing), store.pending_refresh()) == (3, 4, 0)
    assert store.list_stories()


def test_a_crashed_refresh_is_repaired(tmp_path, monkeypatch):
    write_pages(tmp_path / "in", 3)
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    broken = StageSpec("stories", "corpus", "test_batch:refresh_crash")
    monkeypatch.setattr(registry, "CORPUS", (*registry.CORPUS[:2], broken))
    with pytest.raises(RuntimeError):
        ingest([tmp_path / "in"], store, no_extraction(tmp_path))
    assert store.pending_refresh() == 3 and store.status().refresh_pending == 3
    monkeypatch.undo()
    assert ingest([tmp_path / "in"], store, no_extraction(tmp_path)).added == []
    assert store.pending_refresh() == 0 and store.list_stories()  # repaired by the re-run
    assert repair(store) == 0


def refresh_crash(store, since=0):
    raise RuntimeError("the machine went down mid-refresh")


def test_a_lone_surrogate_is_replaced_at_decode_and_the_good_document_beside_it_stored(tmp_path):
    lines = [json.dumps({"text": PARAGRAPHS[0] + " \ud800 " + PARAGRAPHS[1], "title": "Bad \udc80 one"}),
             json.dumps({"text": PARAGRAPHS[2] + " " + PARAGRAPHS[3], "title": "Good one"})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    report = ingest([tmp_path / "feed.jsonl"], store, load_settings(tmp_path / "none.toml"))
    assert len(report.added) == 2 and report.failures == []
    # repaired where it is first read (the JSONL reader notes it) or, for other readers, at decode
    repaired = [a for a in store.list_articles() if "decode" in a.evidence or "unicode_repaired" in a.metadata]
    assert len(repaired) == 1 and "\ufffd" in repaired[0].body and "\ud800" not in repaired[0].raw


def test_a_failing_document_is_recorded_with_its_stage_and_traceback(tmp_path, monkeypatch):
    write_pages(tmp_path / "in", 3)
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    crash = StageSpec("crash", "document", "test_batch:crash_on_page1")
    monkeypatch.setattr(registry, "FLOW", (*registry.FLOW, crash))
    report = ingest([tmp_path / "in"], store, no_extraction(tmp_path))
    assert len(report.added) == 2 and report.failures_by_reason() == {"extraction": 1}
    [failure] = store.failures()
    assert failure.stage == "crash" and "IndexError" in failure.message and "crash_on_page1" in failure.detail


def crash_on_page1(work):
    if "Report number 1 " in work.article.raw:
        [][1]


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "storyline.cli.main", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=600)


def test_cli_failed_inputs_exit_non_zero_summarised_by_reason(tmp_path):
    write_pages(tmp_path / "in", 1)
    (tmp_path / "in" / "notes.docx").write_bytes(b"PK\x03\x04")
    store = f"sqlite:///{tmp_path / 's.db'}"
    done = run_cli("ingest", str(tmp_path / "in"), str(tmp_path / "missing"), "--store", store,
                   env={"STORYLINE_EXTRACT_ON_INGEST": "false"})
    assert done.returncode == 1, done.stderr
    assert "added 1" in done.stdout and "2 input(s) failed" in done.stderr
    assert "1 missing" in done.stderr and "1 unsupported" in done.stderr
    assert "documents" in done.stderr  # progress as log lines: stderr is not a terminal here


def test_cli_version_log_level_status_and_repair(tmp_path):
    from storyline import __version__

    assert run_cli("--version").stdout.strip() == f"storyline {__version__}"
    assert run_cli("--log-level", "loud", "status").returncode == 2
    store = f"sqlite:///{tmp_path / 's.db'}"
    db = open_store(store)
    from conftest import make_article

    db.save_article(make_article("Stored, but the ingest died before its refresh."))
    status = run_cli("status", "--store", store)
    assert "corpus refresh pending" in status.stdout and "storyline repair" in status.stdout
    fixed = run_cli("-v", "repair", "--store", store)
    assert fixed.returncode == 0 and "repaired" in fixed.stdout and "corpus stage" in fixed.stderr
    assert "nothing to repair" in run_cli("repair", "--store", store).stdout
    assert "pending" not in run_cli("status", "--store", store).stdout


@pytest.mark.slow
def test_kill_9_anywhere_is_repaired_by_the_next_run(tmp_path):
    """kill -9 an ingest at a few points from storing to the refresh; the next run always ends with
    every article stored once and the corpus records current (as a run never killed)."""
    import random
    import time

    write_pages(tmp_path / "in", 12)
    env = {**os.environ, "STORYLINE_EXTRACT_ON_INGEST": "false", "STORYLINE_CHUNK_SIZE": "3"}
    reference = open_store(f"sqlite:///{tmp_path / 'ref.db'}")
    ingest([tmp_path / "in"], reference, no_extraction(tmp_path))
    rng = random.Random(5)
    for attempt in range(3):
        url = f"sqlite:///{tmp_path / f'k{attempt}.db'}"
        proc = subprocess.Popen([sys.executable, "-m", "storyline.cli.main", "ingest", str(tmp_path / "in"),
                                 "--store", url], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 6.0))
        proc.kill()
        proc.wait()
        assert run_cli("ingest", str(tmp_path / "in"), "--store", url, env=env).returncode == 0
        store = open_store(url)
        assert store.status().articles == 12 and store.pending_refresh() == 0
        assert snapshot(store) == snapshot(reference)
        assert [s.article_ids for s in store.list_stories()] == [s.article_ids for s in reference.list_stories()]


HOSTILE_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour feed</title>
<item><title>Wells &#99999999999; again</title><description>{para} &#99999999999;</description></item>
</channel></rss>"""


def test_a_reader_that_crashes_fails_its_file_alone(tmp_path):
    """A numeric character reference past Unicode overflows the feed parser (issue 14); the good
    files beside it, before and after, are still stored."""
    write_pages(tmp_path / "in", 2)
    (tmp_path / "in" / "page00x.rss").write_text(HOSTILE_FEED.format(para=PARAGRAPHS[0]), encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    report = ingest([tmp_path / "in"], store, no_extraction(tmp_path))
    assert len(report.added) == 2
    [failure] = report.failures
    # the feed reader names the bad item itself; anything a reader still raises is failed at the boundary
    assert failure.source.endswith("page00x.rss")
    assert failure.error == "malformed" or (failure.stage == "read" and "OverflowError" in failure.message)


@pytest.mark.slow
def test_two_workers_store_what_one_process_stores(tmp_path):
    """The pool (2 worker processes, the model loaded in each) against the in-process executor on
    the sample corpus: the same articles, spans, reprints and stories."""
    sample = Path(__file__).resolve().parents[1] / "examples" / "sample"
    stores = {}
    for workers in (1, 2):
        stores[workers] = open_store(f"sqlite:///{tmp_path / f'w{workers}.db'}")
        report = ingest([sample], stores[workers], load_settings(tmp_path / "none.toml", workers=workers))
        assert len(report.added) == 11 and report.failures == []

    def full(store):
        return {a.id: (a.body, a.published, a.duplicate_of,
                       [(s.start, s.end, s.label, s.stage, s.attrs) for s in a.spans])
                for a in store.list_articles(with_raw=False)}

    assert full(stores[2]) == full(stores[1])
    assert [s.article_ids for s in stores[2].list_stories()] == [s.article_ids for s in stores[1].list_stories()]


def test_copies_of_articles_stored_without_band_keys_are_still_found(tmp_path):
    """Articles bulk-loaded (save_articles stores no band keys, as a store from before 0005 has
    none) get their keys from the writer's backfill, so a reprint of one is still linked."""
    from storyline.clean.duplicates import body_signature
    from storyline.pipeline.writer import band_keys

    original = tmp_path / "original.txt"
    original.write_text(page("March 14, 2023 06:00 AM", "Be the first to comment"))
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    other = open_store(f"sqlite:///{tmp_path / 'other.db'}")
    ingest([original], other, no_extraction(tmp_path))
    [stored] = other.list_articles()
    store.save_articles([(stored, body_signature(stored.body))])
    assert store.unbanded() and store.band_candidates(band_keys(body_signature(stored.body), 0.8)) == []
    (tmp_path / "reprint.txt").write_text(page("Join our Velana Daily channel now!", "© 2023 Velana Daily"))
    report = ingest([tmp_path / "reprint.txt"], store, no_extraction(tmp_path))
    assert report.reprints == {report.added[0]: stored.id} and store.unbanded() == {}
