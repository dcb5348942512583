"""The corpus stages, driven by the store's durable "needs refresh" mark.

Every stored article raises the mark's `wanted` counter in the same transaction that stores it; a
refresh reads the counter, runs the corpus stages (registry.CORPUS) and then records that counter
as done. So whatever stops a run (kill -9 in the middle of the refresh, Ctrl-C, a crash), the mark
stays up until a refresh completes, and the next ingest or `storyline repair` runs it; articles
another process stores during a refresh leave the mark up for the next one.

What a refresh reads: compact rows streamed from the store a page at a time (Store.corpus_rows:
id, outlet, date, title, the body and the entity/citation spans only where a stage needs them),
never whole articles. A refresh is incremental: the stages get the generation the last completed
refresh covered (`since`) and treat the articles stored after it as the new ones (docs/corpus.md
says what each recomputes); `full=True` (`storyline repair --full`) or a store that was never
refreshed (`since` 0) recomputes everything.

Stages that need nothing another of them adds (merge-entities, resolve-citations and stories each
read only the stored articles and spans, and each writes tables of its own) may run at once on an
ingest's idle worker processes (`beside`, issue 16): each opens the store by its URL and runs its
stage; the refresh lock and the mark stay with the caller. The tables they write are those the
serial order writes (tests/test_corpus_beside.py).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from storyline.settings import Settings, load_settings
from storyline.stage import StageSpec

if TYPE_CHECKING:
    from storyline.store import Store

log = logging.getLogger(__name__)

Step = Callable[[str, int, int], None]
#: a module-level function and its arguments, to run in another process
Call = tuple[Callable[..., Any], tuple[Any, ...]]
#: runs independent calls at once elsewhere (an executor's workers); their results, in order
Beside = Callable[[Sequence[Call]], list[Any]]


def refresh_pending(store: Store) -> int:
    """Articles stored since the last completed refresh (0: the corpus records are current)."""
    return int(store.pending_refresh())


def refresh_corpus(store: Store, settings: Settings | None = None, step: Step | None = None, *,
                   full: bool = False, beside: Beside | None = None) -> None:
    """Bring the corpus records up to date with the stored articles, in declared order: canonical
    entities, citation links, stories (which keep their ids); only what the articles stored since
    the last refresh can change, or everything with `full`. Clears the refresh mark when done.
    With `beside`, stages that do not depend on each other run at once through it, each in a process
    that opens the store by its URL (an in-memory store stays here)."""
    from storyline.pipeline.registry import corpus_stages

    settings = settings or load_settings()
    stages = corpus_stages(settings)
    url = store.shared_url() if beside is not None else None
    with store.refresh_lock():  # one refresh at a time: a concurrent one may have read fewer articles
        generation = store.refresh_generation()
        since = 0 if full else store.refreshed_generation()
        done = 0
        for level in levels(stages) if url else [[spec] for spec in stages]:
            for spec in level:
                if step:
                    step(spec.name, done, len(stages))
                done += 1
                log.info("corpus stage %s (%s)", spec.name, f"since generation {since}" if since else "full")
            if url and beside is not None:
                beside([(run_stage_at, (spec, url, since)) for spec in level])
            else:
                for spec in level:
                    spec.load()(store, since=since)
        store.mark_refreshed(generation)
    if step:
        step("done", len(stages), len(stages))


def levels(stages: Sequence[StageSpec]) -> list[list[StageSpec]]:
    """The stages in runs that may go at once: a stage joins the current run unless it needs what
    a stage of that run adds (declared order kept)."""
    runs: list[list[StageSpec]] = []
    for spec in stages:
        if runs and not set(spec.needs) & {a for other in runs[-1] for a in other.adds}:
            runs[-1].append(spec)
        else:
            runs.append([spec])
    return runs


def run_stage_at(spec: StageSpec, url: str, since: int) -> None:
    """Run one corpus stage on the store at `url`, from another process (a worker's): opened for
    it (~15 ms on SQLite) and closed after, so no worker keeps a store's file open."""
    from storyline.store import open_store

    store = open_store(url)
    try:
        spec.load()(store, since=since)
    finally:
        store.close()


def repair(store: Store, settings: Settings | None = None, step: Step | None = None, *,
           full: bool = False) -> int:
    """Run the corpus refresh if a crash (or an interrupted run) left it pending, or (`full`) rebuild
    every corpus record whatever the mark says; returns how many articles were waiting for it."""
    pending = refresh_pending(store)
    if pending or full:
        log.info("corpus refresh pending for %d stored articles; refreshing%s", pending, " (full)" if full else "")
        refresh_corpus(store, settings, step, full=full)
    return pending
