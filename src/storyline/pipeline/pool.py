"""A pool of worker processes for per-document stages, with a time budget that really stops a runaway.

Each worker is a spawned process that loads what the stages need once (the spaCy model), then runs
task after task: a segment of stages over a few documents (document.run_segment), sending back one
result per document. The parent gives each task a deadline of `budget` seconds per document. A
worker past its deadline, or one that died, is killed and replaced; its task is split into
one-document tasks so the good documents beside the runaway still go through; a one-document task
past its deadline becomes a recorded failure naming the stage it was in. SIGINT is left to the
parent, which stops the workers on Ctrl-C.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, cast

from storyline.errors import ExtractionError, TimeBudgetError
from storyline.model import Article
from storyline.pipeline.document import restored, shipped
from storyline.stage import Batch, StageResult, StageSpec, failure_of

log = logging.getLogger(__name__)

# A job's clock starts when its worker reports "ready": the model loaded and the stages imported
# (a few seconds on a fresh worker, more on a busy machine); until then it gets this much.
STARTUP_SECONDS = 120.0


Done = Callable[[int], None]
Finished = Callable[[int, list[StageResult]], None]
Idle = Callable[[], bool]
#: a module-level function and its arguments, run in a worker (`WorkerPool.run_beside`)
Call = tuple[Callable[..., Any], tuple[Any, ...]]


class PoolStartError(RuntimeError):
    """The worker processes could not start; the caller runs the stages in its own process instead."""


@dataclass(slots=True)
class Task:
    """A segment of stages over a few documents."""

    specs: Sequence[StageSpec]
    articles: Sequence[Article]
    batch: Batch


@dataclass(slots=True)
class _Job:
    """A task or part of one on its way: `origin` is the task's index, `offsets` its documents' places."""

    origin: int
    offsets: list[int]
    task: Task


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    job: _Job | None = None
    deadline: float = 0.0
    stage: tuple[int, str] = (0, "")
    fresh: bool = True


@dataclass(slots=True)
class WorkerPool:
    """`size` worker processes running document segments under a per-document time `budget`."""

    size: int
    settings: Mapping[str, Any]
    budget: float = 0.0
    warm: bool = True
    busy_s: float = 0.0  # the workers' time on tasks, summed (beside the wall time: how idle they were)
    _workers: list[_Worker] = field(default_factory=list)
    _on_done: Done | None = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def run(self, tasks: Sequence[Task], on_done: Done | None = None, on_result: Finished | None = None,
            idle: Idle | None = None) -> list[list[StageResult]]:
        """Results of every task, in task order (a task's results in document order); `on_done(n)`
        is told as each n documents finish, `on_result(i, results)` as task i is complete (in the
        order they complete). `idle()` is the caller's own work done while the workers run, a
        little at a time (one article stored): called while it says more is waiting, between
        looks at the workers, so a worker that finishes gets its next task at once."""
        self._on_done = on_done
        slots: list[list[StageResult | None]] = [[None] * len(t.articles) for t in tasks]
        missing = [len(t.articles) for t in tasks]
        queue = deque(_Job(i, list(range(len(t.articles))), t) for i, t in enumerate(tasks) if t.articles)
        if on_result is not None:
            for i, task in enumerate(tasks):
                if not task.articles:
                    on_result(i, [])
        more = idle is not None
        while queue or any(w.job for w in self._workers):
            self._fill(queue)
            answers = self._answers(0.0 if more else None)
            settled = [self._settle(worker, message, slots) for worker, message in answers]
            settled += self._expire(queue, slots)
            self._fill(queue)
            for job in settled:
                if job is None:
                    continue
                missing[job.origin] -= len(job.offsets)
                if on_result is not None and missing[job.origin] == 0:
                    on_result(job.origin, [r for r in slots[job.origin] if r is not None])
                    more = True
            if idle is not None and more:
                more = idle()
        return [[r for r in task_slots if r is not None] for task_slots in slots]

    def launch(self) -> None:
        """Start every worker process without waiting: they load what they need meanwhile."""
        while len(self._workers) < self.size:
            self._workers.append(self._start())

    def start(self) -> None:
        """Start every worker and wait until each has loaded what it needs. Raises PoolStartError if
        one dies first (e.g. a script without `if __name__ == "__main__":` re-runs in every worker)."""
        self.launch()
        for worker in self._workers:
            if not worker.fresh:
                continue
            try:
                if not worker.conn.poll(STARTUP_SECONDS):
                    raise EOFError("no answer")
                worker.conn.recv()  # ("warm", None)
            except (EOFError, OSError) as exc:
                self.close()
                raise PoolStartError(f"a worker process did not start ({str(exc) or 'it exited early'})") from None
            worker.fresh = False

    def close(self) -> None:
        for worker in self._workers:
            _stop(worker)
        self._workers.clear()

    def run_beside(self, calls: Sequence[Call]) -> list[Any]:
        """Run independent calls (a module-level function and its arguments) at once on the workers,
        one per worker at a time; their results in order. The first failure is raised here once
        every call has ended (none is left running); a worker that dies raises ExtractionError."""
        self.start()
        queue = deque(enumerate(calls))
        results: list[Any] = [None] * len(calls)
        failures: list[BaseException] = []
        running: dict[Connection, int] = {}
        while queue or running:
            for worker in self._workers:
                if queue and worker.conn not in running:
                    index, call = queue.popleft()
                    worker.conn.send(("call", call))
                    running[worker.conn] = index
            for ready in wait(list(running)):
                conn = cast(Connection, ready)
                index = running.pop(conn)
                try:
                    ok, value = conn.recv()
                except (EOFError, OSError):
                    self.close()
                    raise ExtractionError(f"a worker process died running {calls[index][0].__name__}",
                                          fix="report it; it may exhaust memory") from None
                if ok:
                    results[index] = value
                else:
                    failures.append(cast(BaseException, value))
        if failures:
            raise failures[0]
        return results

    # --- scheduling ------------------------------------------------------------------------------

    def _fill(self, queue: deque[_Job]) -> None:
        while len(self._workers) < self.size:
            self._workers.append(self._start())
        for worker in self._workers:
            if worker.job is None and queue:
                job = worker.job = queue.popleft()
                # until the worker reports "ready" (model loaded, the job's stage modules imported)
                worker.deadline = (time.monotonic() + STARTUP_SECONDS + self.budget * len(job.offsets)
                                   if self.budget > 0 else float("inf"))
                worker.conn.send(("task", (list(job.task.specs), shipped(job.task.specs, job.task.articles),
                                           job.task.batch)))

    def _answers(self, at_most: float | None = None) -> Iterator[tuple[_Worker, Any]]:
        """The messages the busy workers sent, waiting for one until the first deadline (a second
        at most, or `at_most`)."""
        busy = {w.conn: w for w in self._workers if w.job is not None}
        if not busy:
            return
        timeout = max(0.0, min(w.deadline for w in busy.values()) - time.monotonic())
        for conn in wait(list(busy), timeout=min(timeout, 1.0 if at_most is None else at_most)):
            worker = busy[conn]  # type: ignore[index]
            try:
                yield worker, worker.conn.recv()
            except (EOFError, OSError):
                worker.deadline = 0.0  # it died: _expire replaces it

    def _settle(self, worker: _Worker, message: Any, slots: list[list[StageResult | None]]) -> _Job | None:
        """Take one message from a worker; returns the job it finished, if it did."""
        kind, payload = message
        if kind == "warm":
            worker.fresh = False
            return None
        if kind == "ready":  # the job's stages are imported: its clock starts now
            if worker.job is not None and self.budget > 0:
                worker.deadline = time.monotonic() + self.budget * len(worker.job.offsets)
            return None
        if kind == "stage":
            worker.stage = payload
            return None
        job, worker.job = worker.job, None
        assert job is not None
        results, changed, busy = payload
        self.busy_s += busy
        for offset, result in zip(job.offsets, restored(results, changed, job.task.articles), strict=True):
            slots[job.origin][offset] = result
        if self._on_done:
            self._on_done(len(job.offsets))
        return job

    def _expire(self, queue: deque[_Job], slots: list[list[StageResult | None]]) -> list[_Job]:
        """Replace each worker past its deadline or dead; returns the one-document jobs so failed."""
        failed = []
        now = time.monotonic()
        for i, worker in enumerate(self._workers):
            job = worker.job
            if job is None or (now < worker.deadline and worker.process.is_alive()):
                continue
            timed_out = worker.process.is_alive()
            _stop(worker)
            self._workers[i] = self._start()
            if len(job.offsets) > 1:  # retried one by one: only the runaway document fails
                log.info("a worker ran past its budget on %d documents; retrying them one by one", len(job.offsets))
                for offset, article in reversed(list(zip(job.offsets, job.task.articles, strict=True))):
                    queue.appendleft(_Job(job.origin, [offset], Task(job.task.specs, [article], job.task.batch)))
                continue
            slots[job.origin][job.offsets[0]] = _lost(job.task.articles[0], worker.stage[1], timed_out, self.budget)
            failed.append(job)
            if self._on_done:
                self._on_done(1)
        return failed

    def _start(self) -> _Worker:
        ctx = mp.get_context("spawn")
        here, there = ctx.Pipe()
        process = ctx.Process(target=_serve, args=(there, dict(self.settings), self.budget, self.warm),
                              daemon=True)
        process.start()
        there.close()
        return _Worker(process, here)


def _lost(article: Article, stage: str, timed_out: bool, budget: float) -> StageResult:
    error: Exception
    if timed_out:
        error = TimeBudgetError(f"stage {stage or '?'!r} ran past the per-document time budget of {budget:g} s; "
                                "its worker was stopped", fix="raise the setting document_time_budget, "
                                                              "or report the document")
    else:
        error = ExtractionError(f"the worker process died in stage {stage or '?'!r}",
                                fix="report the document; it may exhaust memory")
    return StageResult(None, failure_of(article, stage or "?", error))


def _stop(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join(timeout=5)
    worker.conn.close()


def _called(fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[bool, Any]:
    """(True, what `fn(*args)` returned), or (False, the exception it raised, its traceback noted on
    it; one that cannot cross back pickled becomes a RuntimeError naming it)."""
    import pickle
    import traceback

    try:
        return True, fn(*args)
    except Exception as exc:  # the call's boundary: its failure is raised again in the parent
        exc.add_note("in a worker process:\n" + "".join(traceback.format_exception(exc)).strip())
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # any pickling failure: a plain copy crosses instead
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        return False, exc


def _serve(conn: Connection, settings: dict[str, Any], budget: float, warm: bool) -> None:
    """A worker's loop: load the model, compile the citation forms, run the stages once over a
    made-up page and import the corpus stages (pipeline.warmup), then run tasks and calls until the
    pipe closes."""
    import signal

    from storyline.pipeline.document import run_shipped

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if warm:
        from storyline.extract.stages import warm as ready_extraction
        from storyline.pipeline.registry import select
        from storyline.pipeline.warmup import freeze_heap, ready_corpus, warm_stages
        from storyline.settings import Settings

        ready_extraction()
        warm_stages(select(Settings(dict(settings))), settings)  # first-use loads off the first task
        ready_corpus(settings)  # the refresh's stages may run here too (run_beside)
        freeze_heap()  # what the warm-up loaded lives as long as the worker: no collection scans it
    conn.send(("warm", None))
    while True:
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError):
            return
        if kind == "call":
            conn.send(_called(*payload))
            continue
        specs, articles, batch = payload
        for spec in specs:
            spec.load()  # imports, once per worker: not charged to the documents' budget
        conn.send(("ready", None))
        started = time.perf_counter()
        results, changed = run_shipped(specs, articles, batch, settings, budget=budget,
                                       on_stage=lambda i, name: conn.send(("stage", (i, name))))
        conn.send(("done", (results, changed, time.perf_counter() - started)))
