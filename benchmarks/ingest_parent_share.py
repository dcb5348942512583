"""Where an ingest on worker processes spends its CPU: the parent (reading, batch stages, storing,
the corpus refresh, pickling) versus the workers, per document, and what crosses the process
boundary (issue 16). CPU seconds, unlike wall-clock ratios, are not spoiled by a busy machine:
the parent's share of all CPU bounds the speedup of N workers (Amdahl: 1 / (p + (1 - p) / N),
p = the parent's serial share, an upper bound as long as the parent's work does not overlap the
workers').

    python benchmarks/ingest_parent_share.py DATASET_DIR [DATASET_DIR …] [--workers 2] [--chunk-size N]
                                             [--out result.json]

Parent CPU is `time.process_time` (every thread of this process); the workers' is read from
psutil on each worker process just before the pool closes (the model load before the clock is
subtracted). The timeline: the parent's wall time in each phase (reading, inside the executor =
waiting on the workers, storing, refresh), and the workers' busy share: their time on tasks
over workers × wall time (idle = waiting on the parent, or on each other at a segment's end);
"bytes out/in" are the pickled sizes of what the pool sends to and receives from its workers.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any


class _Clock:
    """Wall and CPU time per phase, exclusive: storing called from inside the executor's run (as
    its tasks complete) is charged to "store", not to "executor"."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self._inner: list[list[float]] = []
        self.spans: list[tuple[float, float, str]] = []  # (start, end, phase) on perf_counter

    def timed(self, name: str, fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            w, c = time.perf_counter(), time.process_time()
            self._inner.append([0.0, 0.0])
            try:
                return fn(*args, **kwargs)
            finally:
                wall, cpu = time.perf_counter() - w, time.process_time() - c
                self.spans.append((w, w + wall, name))
                inner_wall, inner_cpu = self._inner.pop()
                self.wall[name] += wall - inner_wall
                self.cpu[name] += cpu - inner_cpu
                if self._inner:
                    self._inner[-1][0] += wall
                    self._inner[-1][1] += cpu
        return wrapper


class _Timed:
    """The executor, its `run` timed."""

    def __init__(self, executor: Any, clock: _Clock) -> None:
        self.executor, self.task_size, self.parallelism = executor, executor.task_size, executor.parallelism
        self.run = clock.timed("executor", executor.run)

    def close(self) -> None:
        self.executor.close()


def _worker_cpu(executor: Any) -> float:
    import psutil

    pool = getattr(executor, "_pool", None)
    total = 0.0
    for worker in getattr(pool, "_workers", []):
        try:
            times = psutil.Process(worker.process.pid).cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


def measure(paths: list[Path], workers: int, chunk_size: int | None = None) -> dict[str, Any]:
    from storyline.extract.nlp import load_nlp
    from storyline.pipeline import pool as pool_module
    from storyline.pipeline import writer as writer_module
    from storyline.pipeline.corpus import refresh_corpus
    from storyline.pipeline.executors import local_executor
    from storyline.pipeline.registry import select
    from storyline.pipeline.runner import estimate_documents, ingest_documents, read_contained
    from storyline.settings import load_settings
    from storyline.store import open_store

    load_nlp()
    import datasketch  # noqa: F401
    import trafilatura  # noqa: F401

    clock = _Clock()
    sizes = {"out": 0, "in": 0}
    # the pickled size of what crosses the pipe, each way (measured by pickling it again here: the
    # extra CPU is charged to "pickle-measure" and left out of the parent's share)
    conn_type = type(__import__("multiprocessing").Pipe()[0])
    real_send, real_recv = conn_type.send, conn_type.recv

    events: list[tuple[float, int, str]] = []  # (when, connection, "start" | "end") of each job

    def send(self: Any, obj: Any) -> None:
        if isinstance(obj, tuple) and len(obj) == 3:
            events.append((time.perf_counter(), id(self), "start"))
        c = time.process_time()
        sizes["out"] += len(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        clock.cpu["pickle-measure"] += time.process_time() - c
        real_send(self, obj)

    def recv(self: Any) -> Any:
        obj = real_recv(self)
        if obj[0] == "done":
            events.append((time.perf_counter(), id(self), "end"))
        c = time.process_time()
        sizes["in"] += len(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        clock.cpu["pickle-measure"] += time.process_time() - c
        return obj

    with tempfile.TemporaryDirectory() as tmp:
        chunk = {"chunk_size": chunk_size} if chunk_size else {}
        settings = load_settings(Path(tmp) / "none.toml", workers=workers, **chunk)
        executor = local_executor(settings, select(settings))
        if hasattr(executor, "start"):
            executor.start()
        before_workers = _worker_cpu(executor)
        store = open_store(f"sqlite:///{tmp}/bench.db")
        conn_type.send, conn_type.recv = send, recv
        timed_executor = _Timed(executor, clock)
        save = writer_module.Writer.save
        writer_module.Writer.save = clock.timed("store", save)  # type: ignore[method-assign]
        items = read_contained([str(p) for p in paths], settings.max_file_bytes, settings.fetch_allow)

        def timed_items() -> Any:
            iterator = iter(items)
            step = clock.timed("read", lambda: next(iterator, None))
            while (item := step()) is not None:
                yield item

        wall, cpu = time.perf_counter(), time.process_time()
        try:
            report = ingest_documents(timed_items(), store, settings, executor=timed_executor,
                                      expected=estimate_documents(paths), refresh=False)
            ingest_wall, ingest_cpu = time.perf_counter() - wall, time.process_time() - cpu
            worker_cpu = _worker_cpu(executor) - before_workers
            pool = getattr(executor, "_pool", None)
            busy = pool.busy_s if pool is not None else ingest_wall
            clock.timed("refresh", refresh_corpus)(store, settings)
        finally:
            conn_type.send, conn_type.recv = real_send, real_recv
            writer_module.Writer.save = save  # type: ignore[method-assign]
            executor.close()
        total_wall, total_cpu = time.perf_counter() - wall, time.process_time() - cpu
        store.close()
    del pool_module
    idle = _idle_by_phase(events, clock.spans, wall, wall + ingest_wall, workers) if workers > 1 else {}
    n = len(report.added) + len(report.failures)
    measured = clock.cpu.pop("pickle-measure", 0.0)
    parent = total_cpu - measured
    parent_ingest = ingest_cpu - measured
    clock.cpu["executor"] -= measured  # the measuring pickles ran inside the executor's phase
    phases_cpu = {k: round(v / n * 1000, 1) for k, v in clock.cpu.items()}
    phases_cpu["other"] = round((parent - sum(clock.cpu.values())) / n * 1000, 1)
    share = parent / (parent + worker_cpu) if workers > 1 else 1.0
    return {
        "documents": n, "workers": workers,
        "wall_s": round(total_wall, 2), "ingest_wall_s": round(ingest_wall, 2),
        "parent_cpu_ms_per_doc": round(parent / n * 1000, 1),
        "parent_cpu_ms_per_doc_before_refresh": round(parent_ingest / n * 1000, 1),
        "worker_cpu_ms_per_doc": round(worker_cpu / n * 1000, 1),
        "parent_share": round(share, 3),
        "amdahl_2_vs_1_bound": round(1 / (share + (1 - share) / 2), 2) if workers > 1 else None,
        "parent_cpu_ms_per_doc_by_phase": phases_cpu,
        "parent_wall_ms_per_doc_by_phase": {k: round(v / n * 1000, 1) for k, v in clock.wall.items()},
        "bytes_out_per_doc": round(sizes["out"] / n), "bytes_in_per_doc": round(sizes["in"] / n),
        "worker_busy_share_before_refresh": round(busy / (workers * ingest_wall), 3),
        "worker_busy_share": round(busy / (workers * total_wall), 3),
        "worker_idle_s_by_parent_phase": idle,
    }


def _idle_by_phase(events: list[tuple[float, int, str]], spans: list[tuple[float, float, str]],
                   start: float, end: float, workers: int) -> dict[str, float]:
    """Seconds a worker had no task before the refresh, by what the parent was doing meanwhile (its
    innermost timed phase: "store", "read", "executor" = in the pool's loop, i.e. waiting for the
    other worker at a segment's end or pickling; "between" = batch stages and chunk bookkeeping)."""
    gaps: list[tuple[float, float]] = []
    by_worker: dict[int, list[tuple[float, str]]] = defaultdict(list)
    for when, conn, kind in events:
        by_worker[conn].append((when, kind))
    for timeline in by_worker.values():
        free = start
        for when, kind in sorted(timeline):
            if kind == "start":
                gaps.append((free, when))
            else:
                free = when
        gaps.append((free, end))
    gaps += [(start, end)] * (workers - len(by_worker))  # a worker never given a task
    out: dict[str, float] = defaultdict(float)
    step = 0.002
    for a, b in gaps:
        t = a
        while t < b:
            inside = [(s0, name) for s0, s1, name in spans if s0 <= t < s1]
            out[max(inside)[1] if inside else "between"] += step
            t += step
    return {k: round(v, 2) for k, v in sorted(out.items())}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path, nargs="+")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--chunk-size", type=int, help="documents per chunk (default: the setting, 256)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    result = measure(args.dataset, args.workers, args.chunk_size)
    print(json.dumps(result, indent=1))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"predictions": {}, "scores": {"parent_share": result}}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
