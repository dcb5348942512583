"""A timeline of one ingest on 2 workers (the local pool or a Dask LocalCluster): what each worker
and the parent do, when, and where the workers idle (issue 16: STRUCTURE, not wall clock).

    python benchmarks/ingest_timeline.py DATASET_DIR [--workers 2] [--dask] [--out result.json]

Every worker task is recorded with when it was handed out, when it started computing and when it
finished, how many documents it held, which segment it ran (clean: the stages before `parse`;
extract: `parse` and after) and the CPU its worker spent on it (psutil, read in the parent as the
task's result arrives; on Dask the task stream's compute interval and the worker's CPU before and
after the ingest). The parent's phases are exclusive (storing called from inside the executor's
loop is charged to "store", not to "wait"): read, batch (the chunk's batch stages), wait (inside
the executor: pickling, waiting on the workers), store, refresh (the corpus stages), other.

Each worker's idle time inside the ingest (first document read → refresh done) is charged to what
the parent was doing meanwhile; a strip chart (one character per `--tick` seconds) shows it:
workers `c` clean, `x` extract, `R` a corpus stage of the refresh (run beside, since perf18), `.` idle; the parent `r` read, `b` batch, `w` wait, `s` store,
`R` refresh, `-` other. Wall time on a shared machine is noise; the shares and the order of events
are the structure (the same on a busy machine, stretched).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass(slots=True)
class TaskEvent:
    worker: str
    segment: str
    documents: int
    sent: float
    start: float
    end: float
    cpu: float = 0.0


@dataclass(slots=True)
class Phases:
    """The parent's innermost phase over time, and its CPU by phase."""

    spans: list[tuple[float, float, str]] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    _stack: list[list[Any]] = field(default_factory=list)  # [name, opened wall, opened cpu]

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.enter(name)
            try:
                return fn(*args, **kwargs)
            finally:
                self.leave()
        return wrapper

    def enter(self, name: str) -> None:
        now, cpu = time.time(), time.process_time()
        if self._stack:
            self._close(self._stack[-1], now, cpu)
        self._stack.append([name, now, cpu])

    def leave(self) -> None:
        now, cpu = time.time(), time.process_time()
        self._close(self._stack.pop(), now, cpu)
        if self._stack:
            self._stack[-1][1:] = [now, cpu]

    def _close(self, frame: list[Any], now: float, cpu: float) -> None:
        name, opened, opened_cpu = frame
        self.spans.append((opened, now, name))
        self.cpu[name] += cpu - opened_cpu

    def at(self, start: float, end: float) -> dict[str, float]:
        """Seconds of [start, end) by the parent's phase."""
        out: dict[str, float] = defaultdict(float)
        covered = 0.0
        for s, e, name in self.spans:
            overlap = min(e, end) - max(s, start)
            if overlap > 0:
                out[name] += overlap
                covered += overlap
        if end - start - covered > 1e-6:
            out["other"] += end - start - covered
        return out


class _Timed:
    """The executor with its `run` wrapped (the executors are slotted: no attribute to patch)."""

    def __init__(self, executor: Any, run: Callable[..., Any], tasks: list[TaskEvent] | None = None) -> None:
        self.executor, self.task_size, self.parallelism, self.run = executor, executor.task_size, \
            executor.parallelism, run
        self.tasks = tasks
        if hasattr(executor, "run_beside"):  # the refresh's stages on the workers (the code since perf18)
            self.run_beside = self._beside

    def _beside(self, calls: Any) -> Any:
        """`run_beside`, each pool worker's CPU over it recorded as a "refresh" task."""
        pool = getattr(self.executor, "_pool", None)
        workers = list(pool._workers) if pool is not None and self.tasks is not None else []
        before = {w.process.pid: _cpu_of(w.process.pid) for w in workers}
        started = time.time()
        try:
            return self.executor.run_beside(calls)
        finally:
            for pid, cpu in before.items():
                used = _cpu_of(pid) - cpu
                if used > 0.005 and self.tasks is not None:
                    self.tasks.append(TaskEvent(f"w{pid}", "refresh", 0, started, started, time.time(), used))

    def close(self) -> None:
        self.executor.close()


def _cpu_of(pid: int) -> float:
    import psutil

    times = psutil.Process(pid).cpu_times()
    return float(times.user + times.system)


def _segment(specs: Any) -> str:
    names = [s.name for s in specs]
    return "extract" if "parse" in names else "clean" if "body" in names else "+".join(names)


def _instrument_pool(executor: Any, tasks: list[TaskEvent]) -> Callable[[], None]:
    """Record each pool job: sent (the parent pickles it), ready (the worker starts), done."""
    import psutil

    from storyline.pipeline import pool as pool_module

    real_fill, real_settle = pool_module.WorkerPool._fill, pool_module.WorkerPool._settle
    open_jobs: dict[int, list[Any]] = {}
    cpu_seen: dict[int, float] = {}

    def cpu_of(worker: Any) -> float:
        times = psutil.Process(worker.process.pid).cpu_times()
        return float(times.user + times.system)

    def fill(self: Any, queue: Any) -> None:
        before = {id(w): w.job for w in self._workers}
        real_fill(self, queue)
        for w in self._workers:
            if w.job is not None and before.get(id(w)) is not w.job:
                cpu_seen.setdefault(w.process.pid, cpu_of(w))
                open_jobs[w.process.pid] = [_segment(w.job.task.specs), len(w.job.offsets), time.time(), None]

    def settle(self: Any, worker: Any, message: Any, slots: Any) -> Any:
        kind = message[0]
        pid = worker.process.pid
        if kind == "ready" and pid in open_jobs:
            open_jobs[pid][3] = time.time()
        if kind == "done" and pid in open_jobs:
            segment, n, sent, ready = open_jobs.pop(pid)
            cpu = cpu_of(worker)
            tasks.append(TaskEvent(f"w{pid}", segment, n, sent, ready or sent, time.time(), cpu - cpu_seen[pid]))
            cpu_seen[pid] = cpu
        return real_settle(self, worker, message, slots)

    pool_module.WorkerPool._fill = fill  # type: ignore[method-assign]
    pool_module.WorkerPool._settle = settle  # type: ignore[method-assign]

    def undo() -> None:
        pool_module.WorkerPool._fill = real_fill  # type: ignore[method-assign]
        pool_module.WorkerPool._settle = real_settle  # type: ignore[method-assign]
    return undo


def _timed_dask_task(task: Any, settings: Any) -> Any:
    """`distributed._run_task`, its thread's CPU and its interval kept on the worker (`_dask_timings`)."""
    from distributed import get_worker
    from storyline.distributed import _real_run_task  # type: ignore[attr-defined]

    started, cpu = time.time(), time.thread_time()
    try:
        return _real_run_task(task, settings)
    finally:
        worker = get_worker()
        timings = getattr(worker, "_storyline_timings", None)
        if timings is None:
            timings = worker._storyline_timings = []  # type: ignore[attr-defined]
        timings.append((started, time.time(), time.thread_time() - cpu, len(task.articles)))


def _dask_timings(dask_worker: Any) -> list[Any]:
    return list(getattr(dask_worker, "_storyline_timings", []))


def _worker_cpu_dask() -> float:
    import psutil

    times = psutil.Process().cpu_times()
    return float(times.user + times.system)


def _patch_dask_worker() -> None:
    import storyline.distributed as module

    if not hasattr(module, "_real_run_task"):
        module._real_run_task = module._run_task  # type: ignore[attr-defined]


def _dask_tasks(timings: dict[str, list[Any]], runs: list[tuple[float, float, str]]) -> list[TaskEvent]:
    """The workers' task timings as TaskEvents; each task's segment is that of the executor run it began in."""
    events = []
    for worker, own in timings.items():
        for start, end, cpu, n in own:
            segment = next((name for s, e, name in runs if s <= start <= e), "?")
            events.append(TaskEvent(worker.rsplit(":", 1)[-1], segment, n, start, start, end, cpu))
    return events


def _warm_stages(settings: dict[str, Any]) -> None:
    """The stages' first-use loads, as a pool worker does them at its start (pipeline.warmup)."""
    from storyline.pipeline.registry import select
    from storyline.pipeline.warmup import warm_stages
    from storyline.settings import Settings

    warm_stages(select(Settings(settings)), settings)


def measure(paths: list[Path], workers: int, dask: bool) -> dict[str, Any]:
    import datasketch  # noqa: F401
    import trafilatura  # noqa: F401

    from storyline.extract.stages import warm
    from storyline.pipeline import batch as batch_module
    from storyline.pipeline import corpus as corpus_module
    from storyline.pipeline import runner as runner_module
    from storyline.pipeline import writer as writer_module
    from storyline.pipeline.executors import local_executor
    from storyline.pipeline.registry import select
    from storyline.settings import load_settings
    from storyline.store import open_store

    warm()
    try:
        import storyline.pipeline.warmup  # noqa: F401
        warm_up = True
    except ImportError:  # the code before the warm-up (a timeline of main)
        warm_up = False
    phases, tasks = Phases(), []  # type: ignore[var-annotated]
    runs: list[tuple[float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(Path(tmp) / "none.toml", workers=workers)
        client = None
        if dask:
            from storyline.distributed import DaskExecutor, local_client

            client = local_client(workers)
            client.run(warm)
            if warm_up:
                client.run(_warm_stages, dict(settings.values))
            client.run(_patch_dask_worker)
            import storyline.distributed as distributed_module

            real_task = distributed_module._run_task
            distributed_module._run_task = _timed_dask_task  # type: ignore[assignment]
            executor: Any = DaskExecutor(client, dict(settings.values))
            undo: Callable[[], None] = lambda: None  # noqa: E731
        else:
            executor = local_executor(settings, select(settings))
            executor.start()
            undo = _instrument_pool(executor, tasks)
        real_run = executor.run

        def run(task_list: Any, *args: Any, **kwargs: Any) -> Any:
            started = time.time()
            try:
                return phases.wrap("wait", real_run)(task_list, *args, **kwargs)
            finally:
                runs.append((started, time.time(), _segment(task_list[0].specs) if task_list else "?"))
        timed = _Timed(executor, run, tasks if client is None else None)
        patched = [(runner_module._Reader, "pull", "read"), (writer_module.Writer, "save", "store"),
                   (writer_module.Writer, "record", "store"), (batch_module, "count_lines", "batch"),
                   (batch_module, "name_outlets", "batch"), (corpus_module, "refresh_corpus", "refresh")]
        saved = [(owner, name, getattr(owner, name)) for owner, name, _ in patched]
        for owner, name, phase in patched:
            setattr(owner, name, phases.wrap(phase, getattr(owner, name)))
        store = open_store(f"sqlite:///{tmp}/t.db")
        dask_cpu = sum(client.run(_worker_cpu_dask).values()) if client else 0.0
        try:
            phases.enter("other")
            start = time.time()
            report = runner_module.ingest([str(p) for p in paths], store, settings, executor=timed)
            end = time.time()
            phases.leave()
            if client is not None:
                dask_cpu = sum(client.run(_worker_cpu_dask).values()) - dask_cpu
                timings = client.run(_dask_timings)
                distributed_module._run_task = real_task  # type: ignore[assignment]
        finally:
            for owner, name, fn in saved:
                setattr(owner, name, fn)
            undo()
            if client is None:
                executor.close()
            store.close()
        if client is not None:
            tasks = _dask_tasks(timings, runs)
            client.close()
            client.cluster.close()
    return _summary(report, phases, tasks, runs, start, end, dask_cpu)


def _summary(report: Any, phases: Phases, tasks: list[TaskEvent], runs: list[tuple[float, float, str]],
             start: float, end: float, dask_cpu: float) -> dict[str, Any]:
    wall = end - start
    by_worker: dict[str, list[TaskEvent]] = defaultdict(list)
    for t in sorted(tasks, key=lambda t: t.start):
        by_worker[t.worker].append(t)
    workers = {}
    for name, own in by_worker.items():
        busy = sum(t.end - t.start for t in own)
        idle: dict[str, float] = defaultdict(float)
        free = start
        for t in own:
            for phase, s in phases.at(free, t.start).items():
                idle[phase] += s
            free = t.end
        for phase, s in phases.at(free, end).items():
            idle[phase] += s
        workers[name] = {
            "tasks": len(own), "busy_s": round(busy, 3), "busy_share": round(busy / wall, 3),
            "cpu_s": round(sum(t.cpu for t in own), 3),
            "by_segment_s": {seg: round(sum(t.end - t.start for t in own if t.segment == seg), 3)
                             for seg in sorted({t.segment for t in own})},
            "idle_s_by_parent_phase": {k: round(v, 3) for k, v in sorted(idle.items())},
            "first_task_at_s": round(own[0].start - start, 3), "last_done_at_s": round(own[-1].end - start, 3),
        }
    parent_wall: dict[str, float] = defaultdict(float)
    for s, e, name in phases.spans:
        parent_wall[name] += e - s
    return {
        "documents": len(report.added) + len(report.failures), "wall_s": round(wall, 3),
        "parent_wall_s": {k: round(v, 3) for k, v in sorted(parent_wall.items())},
        "parent_cpu_s": {k: round(v, 3) for k, v in sorted(phases.cpu.items())},
        "runs": [{"segment": seg, "from_s": round(s - start, 3), "to_s": round(e - start, 3)} for s, e, seg in runs],
        "workers": workers, "dask_workers_cpu_s": round(dask_cpu, 3) if dask_cpu else None,
        "tasks": [dict(asdict(t), sent=round(t.sent - start, 3), start=round(t.start - start, 3),
                       end=round(t.end - start, 3), cpu=round(t.cpu, 3)) for t in sorted(tasks, key=lambda t: t.start)],
        "strip": _strip(phases, by_worker, start, end),
    }


def _strip(phases: Phases, by_worker: dict[str, list[TaskEvent]], start: float, end: float,
           tick: float = 0.1) -> list[str]:
    marks = {"read": "r", "batch": "b", "wait": "w", "store": "s", "refresh": "R", "other": "-"}
    n = int((end - start) / tick) + 1
    rows = []
    parent = ["-"] * n
    for s, e, name in phases.spans:
        for i in range(int((s - start) / tick), min(n, int((e - start) / tick) + 1)):
            if e - s >= tick / 2 or parent[i] == "-":
                parent[i] = marks.get(name, "?")
    rows.append("parent  " + "".join(parent))
    for name, own in by_worker.items():
        row = ["."] * n
        for t in own:
            for i in range(int((t.start - start) / tick), min(n, int((t.end - start) / tick) + 1)):
                row[i] = {"extract": "x", "refresh": "R"}.get(t.segment, t.segment[0])
        rows.append(f"{name[-7:]:<8}" + "".join(row))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path, nargs="+")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--dask", action="store_true")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    result = measure(args.dataset, args.workers, args.dask)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1))
    print(json.dumps({k: v for k, v in result.items() if k not in ("tasks", "strip")}, indent=1))
    for row in result["strip"]:
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
