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
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.settings import Settings, load_settings

if TYPE_CHECKING:
    from storyline.store import Store

log = logging.getLogger(__name__)

Step = Callable[[str, int, int], None]


def refresh_pending(store: Store) -> int:
    """Articles stored since the last completed refresh (0: the corpus records are current)."""
    return int(store.pending_refresh())


def refresh_corpus(store: Store, settings: Settings | None = None, step: Step | None = None, *,
                   full: bool = False) -> None:
    """Bring the corpus records up to date with the stored articles, in declared order: canonical
    entities, citation links, stories (which keep their ids); only what the articles stored since
    the last refresh can change, or everything with `full`. Clears the refresh mark when done."""
    from storyline.pipeline.registry import corpus_stages

    settings = settings or load_settings()
    stages = corpus_stages(settings)
    with store.refresh_lock():  # one refresh at a time: a concurrent one may have read fewer articles
        generation = store.refresh_generation()
        since = 0 if full else store.refreshed_generation()
        for done, spec in enumerate(stages):
            if step:
                step(spec.name, done, len(stages))
            log.info("corpus stage %s (%s)", spec.name, f"since generation {since}" if since else "full")
            spec.load()(store, since=since)
        store.mark_refreshed(generation)
    if step:
        step("done", len(stages), len(stages))


def repair(store: Store, settings: Settings | None = None, step: Step | None = None, *,
           full: bool = False) -> int:
    """Run the corpus refresh if a crash (or an interrupted run) left it pending, or (`full`) rebuild
    every corpus record whatever the mark says; returns how many articles were waiting for it."""
    pending = refresh_pending(store)
    if pending or full:
        log.info("corpus refresh pending for %d stored articles; refreshing%s", pending, " (full)" if full else "")
        refresh_corpus(store, settings, step, full=full)
    return pending
