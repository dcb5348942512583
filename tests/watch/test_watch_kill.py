"""kill -9 of the watcher at random points, 20 times: nothing lost, nothing duplicated."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from tests.watch.conftest import paragraphs
from tests.watch.server import Page, article_html, rss

from storyline.store import open_store, schema
from storyline.watch import add_source

FEEDS, ENTRIES, KILLS = 4, 10, 20


def _watcher(db_url: str, *args: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, STORYLINE_FETCH_ALLOW="127.0.0.1", STORYLINE_WATCH_HOST_DELAY_S="0",
               STORYLINE_EXTRACT_ON_INGEST="false", STORYLINE_STORE_URL=db_url,
               PYTHONPATH=str(Path(__file__).resolve().parents[2] / "src"))
    return subprocess.Popen([sys.executable, "-m", "storyline.cli.main", "watch", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_kill_9_at_random_points_loses_and_duplicates_nothing(site, tmp_path: Path) -> None:
    rng = random.Random(20261203)
    pages = []
    for f in range(FEEDS):
        items = []
        for e in range(ENTRIES):
            path = f"/f{f}/e{e}"
            site.pages[path] = Page(article_html(f"Report {f}-{e}", paragraphs(f"Report {f}-{e}")))
            items.append((path, f"Report {f}-{e}"))
            pages.append(site.url(path))
        site.pages[f"/f{f}.rss"] = Page(rss(site, items), content_type="application/rss+xml")
    db_url = f"sqlite:///{tmp_path / 'killed.db'}"
    store = open_store(db_url)
    for f in range(FEEDS):
        add_source(store, site.url(f"/f{f}.rss"), kind="feed", interval_s=3600)
    for _ in range(KILLS):
        proc = _watcher(db_url)
        time.sleep(rng.uniform(0.3, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    proc = _watcher(db_url, "--once")  # the last run reads every feed through, then stops by itself
    assert proc.wait(timeout=180) in (0, 1)
    assert _count(store, schema.watched_pages) == len(pages)
    assert store.status().articles == len(pages)
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(schema.watched_pages.c.url, schema.watched_pages.c.article_id,
                                      schema.watched_pages.c.versions)).all()
        versions = conn.execute(sa.select(sa.func.count()).select_from(schema.article_versions)).scalar_one()
    assert sorted(r.url for r in rows) == sorted(pages)
    assert all(r.versions == 1 and store.has_article(r.article_id) for r in rows)
    assert versions == len(pages)
    store.close()


def _count(store, table: sa.Table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


@pytest.mark.slow
def test_sigterm_stops_the_watcher_gracefully(site, tmp_path: Path) -> None:
    """SIGTERM while a page is being fetched: the watcher finishes what it is storing and exits
    with a status (0 or 1), not killed by the signal."""
    site.pages["/slow"] = Page(article_html("Slow report", paragraphs("Slow")), delay_s=2.0)
    site.pages["/f.rss"] = Page(rss(site, [("/slow", "Slow report")]), content_type="application/rss+xml")
    db_url = f"sqlite:///{tmp_path / 'term.db'}"
    store = open_store(db_url)
    add_source(store, site.url("/f.rss"), kind="feed", interval_s=3600)
    proc = _watcher(db_url)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not site.statuses("/f.rss"):
        time.sleep(0.1)  # the feed was fetched: the watcher runs, its signal handlers are set
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) in (0, 1)
    store.close()
