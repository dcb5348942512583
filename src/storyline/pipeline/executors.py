"""Executors: where the runner's per-document segments run. One protocol, three kinds:

- `InProcess`: in this process, no pool (setting workers = 1);
- `pool.WorkerPool`: worker processes on this machine (workers ≥ 2; 0 = the cores available),
  each loading the model once, with a time budget that kills a runaway worker;
- `storyline.distributed.DaskExecutor`: the same tasks on a Dask cluster.

All run `document.run_segment` on `pool.Task`s and return one result list per task, in order;
each tells `on_result(i, results)` as task i completes, and the pool calls `idle()` (the runner's
storing, one article at a time) while its workers run, so storing overlaps them. The pool and Dask
also offer `run_beside(calls)`: independent calls at once on their workers (the corpus refresh's
stages, which would otherwise run one after another in the parent while every worker idles).
"""
from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from storyline.pipeline.document import run_segment
from storyline.pipeline.pool import Call, Done, Finished, Idle, PoolStartError, Task, WorkerPool
from storyline.settings import Settings
from storyline.stage import StageResult, StageSpec

log = logging.getLogger(__name__)

#: documents per task in this process: the parse pipes this many bodies together (as parse_selectively's
#: default batch) and the parsed Docs of one task at a time are held, never a whole chunk's
IN_PROCESS_TASK = 32
#: documents per task on a pool at most (tasks shrink towards a segment's end: `split`)
POOL_TASK = 16
#: documents per task at least, when tasks shrink towards a segment's end
MIN_TASK = 1


class Executor(Protocol):
    task_size: int  # documents per task (at most)

    @property
    def parallelism(self) -> int: ...  # tasks at once

    def run(self, tasks: Sequence[Task], on_done: Done | None = None, on_result: Finished | None = None,
            idle: Idle | None = None) -> list[list[StageResult]]: ...

    def close(self) -> None: ...


@dataclass(slots=True)
class InProcess:
    """Runs each task here, one after another; the budget is kept by an alarm (Python code only)."""

    settings: Mapping[str, Any]
    budget: float = 0.0
    parallelism: int = 1
    task_size: int = IN_PROCESS_TASK

    def run(self, tasks: Sequence[Task], on_done: Done | None = None, on_result: Finished | None = None,
            idle: Idle | None = None) -> list[list[StageResult]]:
        results = []
        for i, task in enumerate(tasks):
            results.append(run_segment(task.specs, task.articles, task.batch, self.settings, budget=self.budget))
            if on_done:
                on_done(len(task.articles))
            if on_result:
                on_result(i, results[-1])
            while idle is not None and idle():
                pass
        return results

    def close(self) -> None:
        pass


@dataclass(slots=True)
class PoolExecutor:
    """A `WorkerPool` of `parallelism` processes, started on first use."""

    settings: Mapping[str, Any]
    parallelism: int
    budget: float = 0.0
    warm: bool = True
    task_size: int = POOL_TASK
    _pool: WorkerPool | None = None
    _launched: WorkerPool | None = None

    _fallback: InProcess | None = None

    def launch(self) -> None:
        """Start the worker processes without waiting for them, so that they load the model and warm
        their stages while the caller reads its first chunk (the runner does, for its own pool);
        `start` then waits for them."""
        if self._pool is None and self._fallback is None and self._launched is None:
            self._launched = WorkerPool(self.parallelism, self.settings, self.budget, self.warm)
            self._launched.launch()

    def start(self) -> None:
        """Start the workers and wait for them to load the model (benchmarks keep this off the clock).
        If they cannot start, the stages run in this process from then on (logged)."""
        if self._pool is not None or self._fallback is not None:
            return
        pool = self._launched or WorkerPool(self.parallelism, self.settings, self.budget, self.warm)
        self._launched = None
        try:
            pool.start()
        except PoolStartError as exc:
            log.warning("%s; running the stages in this process instead (a script that ingests with workers "
                        "must guard its code with `if __name__ == \"__main__\":`)", exc)
            self._fallback = InProcess(self.settings, self.budget)
            return
        self._pool = pool

    def run(self, tasks: Sequence[Task], on_done: Done | None = None, on_result: Finished | None = None,
            idle: Idle | None = None) -> list[list[StageResult]]:
        self.start()
        if self._fallback is not None:
            return self._fallback.run(tasks, on_done, on_result, idle)
        assert self._pool is not None
        return self._pool.run(tasks, on_done, on_result, idle)

    def run_beside(self, calls: Sequence[Call]) -> list[Any]:
        """Independent calls at once on the workers (the corpus refresh's stages, issue 16), or here,
        one after another, when no pool is up (it never ran a task, or could not start)."""
        if self._pool is None:
            return [fn(*args) for fn, args in calls]
        return self._pool.run_beside(calls)

    def close(self) -> None:
        for pool in (self._pool, self._launched):
            if pool is not None:
                pool.close()
        self._pool = self._launched = None


def available_cores() -> int:
    """The cores this process may run on (the affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def local_executor(settings: Settings, flow: Sequence[StageSpec]) -> Executor:
    """The executor the settings ask for: in-process for workers = 1, else a pool (0 = every core)."""
    workers = int(settings.workers) or available_cores()
    budget = float(settings.document_time_budget)
    if workers <= 1:
        return InProcess(dict(settings.values), budget)
    warm = any(spec.name == "parse" for spec in flow)
    return PoolExecutor(dict(settings.values), workers, budget, warm)


def split(specs: Sequence[StageSpec], articles: Sequence[Any], batch: Any, size: int,
          parallelism: int = 1) -> list[Task]:
    """The articles of one segment cut into tasks of at most `size`. For several workers the tasks
    shrink towards the end (at most half of what is left per worker, at least MIN_TASK), so that
    the workers finish a segment together instead of one idling through the other's last task."""
    tasks, start = [], 0
    while start < len(articles):
        left = len(articles) - start
        step = size if parallelism <= 1 else max(MIN_TASK, min(size, -(-left // (2 * parallelism))))
        tasks.append(Task(list(specs), list(articles[start:start + step]), batch))
        start += step
    return tasks
