"""The pipeline on Dask gives what the local ingest gives: same articles, bodies, spans, failures."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.ingest.batch import ingest
from storyline.settings import load_settings
from storyline.store import open_store

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client():
    from storyline.distributed import local_client

    c = local_client(workers=2)
    yield c
    c.cluster.close()
    c.close()


def _snapshot(store):
    return {a.id: (a.body, a.published, a.duplicate_of, [(s.start, s.end, s.label, s.stage) for s in a.spans])
            for a in store.list_articles(with_raw=False)}


def test_dask_ingest_matches_local_ingest(tmp_path, client):
    from storyline.distributed import ingest_on_dask

    broken = tmp_path / "in" / "broken.html"
    broken.parent.mkdir()
    broken.write_bytes(b"\x00\x01\x02binary\xff" * 50)
    settings = load_settings(tmp_path / "none.toml")
    local, remote = open_store(f"sqlite:///{tmp_path / 'l.db'}"), open_store(f"sqlite:///{tmp_path / 'r.db'}")
    here = ingest([str(SAMPLE), str(broken.parent)], local, settings)
    there = ingest_on_dask([str(SAMPLE), str(broken.parent)], remote, settings, client=client)
    assert sorted(there.added) == sorted(here.added) and len(here.added) == 11
    assert [(f.source, f.error) for f in there.failures] == [(f.source, f.error) for f in here.failures]
    assert [f.error for f in here.failures] == ["binary"]
    assert _snapshot(remote) == _snapshot(local)
    assert [s.article_ids for s in remote.list_stories()] == [s.article_ids for s in local.list_stories()]
    again = ingest_on_dask([str(SAMPLE)], remote, settings, client=client)
    assert again.added == [] and len(again.existing) == 11


def test_the_local_clusters_workers_start_without_the_statistical_profiler(client):
    """No dashboard is served, so nobody reads the profile it samples every 10 ms (issue 16)."""
    import dask

    assert set(client.run(lambda: dask.config.get("distributed.worker.profile.enabled")).values()) == {False}
    assert dask.config.get("distributed.worker.profile.enabled")  # the caller's own config is left as it was


def test_the_local_clusters_housekeeping_runs_rarely(client):
    """Event-loop checks every 1 s (not 20 ms), the system monitor every 5 s (not 0.5 s) and the memory
    checks every 1 s (not 0.1 s), in the workers, the nannies and the scheduler: on two cores their
    CPU is taken from the workers' tasks (issue 16); the memory guard itself stays."""
    import dask

    def intervals(server):
        return {name: server.periodic_callbacks[name].callback_time for name in ("tick", "monitor", "memory_monitor")
                if name in server.periodic_callbacks}

    expected = {"tick": 1000, "monitor": 5000, "memory_monitor": 1000}
    assert list(client.run(lambda dask_worker: intervals(dask_worker)).values()) == [expected, expected]
    assert [intervals(nanny) for nanny in client.cluster.workers.values()] == [expected, expected]
    assert intervals(client.cluster.scheduler) == {"tick": 1000, "monitor": 5000}
    assert dask.config.get("distributed.admin.tick.interval") == "20ms"  # the caller's own config is unchanged
