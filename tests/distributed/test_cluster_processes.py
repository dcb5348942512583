"""The multi-machine setup docs/scale.md describes, on one machine: `dask scheduler` and `dask worker`
as their own processes (as on separate hosts), and `storyline ingest --scheduler tcp://…` as the
client. The stored articles must be the local ingest's."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.ingest.batch import ingest
from storyline.settings import load_settings
from storyline.store import open_store

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample"
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_workers(address: str, n: int, timeout_s: float = 90) -> None:
    from distributed import Client

    with Client(address, timeout="20s") as client:
        client.wait_for_workers(n, timeout=timeout_s)


def _tasks_run_per_worker(address: str) -> list[int]:
    from distributed import Client

    with Client(address, timeout="20s") as client:
        counts = client.run(lambda dask_worker: dask_worker.state.executed_count)
    return sorted(counts.values())


@pytest.fixture
def scheduler(tmp_path):
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)]
    time.sleep(1)
    procs.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nworkers", "2", "--nthreads", "1",
                                   "--no-dashboard", "--local-directory", str(tmp_path / "dask")],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env))
    try:
        _wait_for_workers(address, 2)
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


def test_cli_ingest_on_a_separate_scheduler_and_workers(tmp_path, scheduler) -> None:
    remote_url = f"sqlite:///{tmp_path / 'remote.db'}"
    done = subprocess.run([str(BIN / "storyline"), "ingest", str(SAMPLE), "--store", remote_url,
                           "--scheduler", scheduler], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert sum(_tasks_run_per_worker(scheduler)) >= 1  # the documents went through the workers
    local = open_store(f"sqlite:///{tmp_path / 'local.db'}")
    here = ingest([str(SAMPLE)], local, load_settings(tmp_path / "none.toml"))
    remote = open_store(remote_url)
    assert len(here.added) == 11
    assert ({a.id: (a.body, len(a.spans)) for a in remote.list_articles(with_raw=False)}
            == {a.id: (a.body, len(a.spans)) for a in local.list_articles(with_raw=False)})
    assert [s.article_ids for s in remote.list_stories()] == [s.article_ids for s in local.list_stories()]
