"""Run a segment of per-document stages over a list of articles: the work one worker does.

Stages run stage by stage over the list (so `parse` can pipe every body through spaCy together),
each call inside the error boundary: any exception stops that document only, recorded with the
stage and traceback. A stage whose `applies` predicate says no to an article is skipped for it,
and so is every later stage that needs what it adds. A per-document time budget is kept by an
alarm that interrupts Python code (the quadratic quote and whitespace loops of issue 14); native
code the alarm cannot reach is stopped by the worker pool, which kills the worker (pool.py).
"""
from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from storyline.errors import TimeBudgetError
from storyline.model import Article, IngestFailure
from storyline.pipeline.pack import page_of
from storyline.stage import Batch, StageResult, StageSpec, Work, failure_of
from storyline.store.storable import decompress_text

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Live:
    work: Work
    lacking: set[str] = field(default_factory=set)


def run_segment(specs: Sequence[StageSpec], articles: Sequence[Article], batch: Batch,
                settings: Mapping[str, Any], *, budget: float = 0.0,
                on_stage: Any = None) -> list[StageResult]:
    """Every stage of `specs` over every article; one result per article, in order.

    `budget` (seconds, 0 = none) bounds each stage call on one document; `on_stage(i, name)` is told
    before document i enters a stage (the pool uses it to name the stage that hung)."""
    live: list[_Live | None] = [_Live(Work(a, batch, settings)) for a in articles]
    failures: list[IngestFailure | None] = [None] * len(articles)
    for spec in specs:
        step = spec.load()
        if spec.name == "parse":
            _parse_together(live, spec, budget)
        for i, item in enumerate(live):
            if item is None or _skipped(item, spec):
                continue
            if on_stage is not None:
                on_stage(i, spec.name)
            failure = _guarded(step, item.work, spec.name, budget)
            if failure is not None:
                live[i], failures[i] = None, failure
    return [_result(item, failure) for item, failure in zip(live, failures, strict=True)]


def shipped(specs: Sequence[StageSpec], articles: Sequence[Article]) -> list[Article]:
    """The articles as they cross to a worker: without `raw` (the page, often 100 KB of HTML) when
    no stage of the segment reads it (none needs `raw` or `raw:valid`), or when the page travels
    compressed beside it (the `compress` stage's: `run_shipped` inflates it there); the parent keeps it."""
    if not any(need.partition(":")[0] == "raw" for spec in specs for need in spec.needs):
        return [replace(a, raw="") for a in articles]
    return [replace(a, raw="") if page_of(a) is not None else a for a in articles]


def run_shipped(specs: Sequence[StageSpec], articles: Sequence[Article], batch: Batch,
                settings: Mapping[str, Any], *, budget: float = 0.0,
                on_stage: Any = None) -> tuple[list[StageResult], list[int]]:
    """`run_segment` in a worker process, its results slimmed for the way back: an article whose
    `raw` is the one it came with travels without it (the parent has it: `restored`). Returns the
    results and the offsets whose `raw` a stage changed (decode's repair), which travel whole."""
    if any(need.partition(":")[0] == "raw" for spec in specs for need in spec.needs):
        for article in articles:
            page = page_of(article)
            if page is not None and not article.raw:
                article.raw = decompress_text(page)
    sent = [a.raw for a in articles]
    results = run_segment(specs, articles, batch, settings, budget=budget, on_stage=on_stage)
    changed = []
    for i, (result, raw) in enumerate(zip(results, sent, strict=True)):
        if result.article is None:
            continue
        if result.article.raw == raw:
            results[i] = StageResult(replace(result.article, raw=""), result.failure)
        else:
            changed.append(i)
    return results, changed


def restored(results: list[StageResult], changed: Sequence[int], originals: Sequence[Article]) -> list[StageResult]:
    """A worker's slimmed results (`run_shipped`) with `raw` put back from the parent's articles."""
    kept = set(changed)
    for i, (result, original) in enumerate(zip(results, originals, strict=True)):
        if result.article is not None and i not in kept:
            result.article.raw = original.raw
    return results


def _skipped(item: _Live, spec: StageSpec) -> bool:
    if item.lacking & set(spec.needs) or not spec.applies_to(item.work.article):
        item.lacking.update(spec.adds)
        return True
    return False


def _guarded(step: Any, work: Work, stage: str, budget: float) -> IngestFailure | None:
    try:
        with time_budget(budget, stage):
            step(work)
    except Exception as exc:
        log.debug("stage %s failed on %s", stage, work.article.source, exc_info=True)
        return failure_of(work.article, stage, exc)
    return None


def _parse_together(live: list[_Live | None], spec: StageSpec, budget: float) -> None:
    """Parse the bodies of the documents `parse` applies to in one piped call. If that call fails
    (one hostile text), nothing is set and each document is parsed alone inside its boundary."""
    from storyline.extract.stages import parse_batch

    chosen = [item for item in live if item is not None and not item.lacking & set(spec.needs)
              and spec.applies_to(item.work.article)]
    if not chosen:
        return
    try:
        with time_budget(budget * len(chosen), "parse"):
            docs = parse_batch([item.work.article.body for item in chosen])
    except Exception:
        log.debug("batch parse failed; parsing each document alone", exc_info=True)
        return
    for item, doc in zip(chosen, docs, strict=True):
        item.work.doc = doc


def _result(item: _Live | None, failure: IngestFailure | None) -> StageResult:
    if item is None:
        return StageResult(None, failure)
    work = item.work
    if work.found:
        from storyline.extract.stages import with_found

        work.article = with_found(work.article, work.found)
    return StageResult(work.article)


@contextmanager
def time_budget(seconds: float, stage: str) -> Iterator[None]:
    """Raise TimeBudgetError inside the block once `seconds` have passed (0: no limit). Works on the
    main thread of a Unix process (an interval timer); elsewhere the block runs unbounded."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _expired(_signum: int, _frame: object) -> None:
        raise TimeBudgetError(f"stage {stage!r} ran past the per-document time budget of {seconds:g} s",
                              fix="raise the setting document_time_budget, or report the document")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
