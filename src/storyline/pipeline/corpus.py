"""The corpus stages, driven by the store's durable "needs refresh" mark.

Every stored article raises the mark's `wanted` counter in the same transaction that stores it; a
refresh reads the counter, runs the corpus stages (registry.CORPUS) and then records that counter
as done. So whatever stops a run (kill -9 in the middle of the refresh, Ctrl-C, a crash), the mark
stays up until a refresh completes, and the next ingest or `storyline repair` runs it; articles
another process stores during a refresh leave the mark up for the next one.

What a refresh loads: the corpus stages read every stored article's spans (not the raw HTML) to
merge entities, resolve citations and cluster stories (storyline.link; issue 16 makes them
incremental). Storing is streamed; this step is not yet.
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


def refresh_corpus(store: Store, settings: Settings | None = None, step: Step | None = None) -> None:
    """Recompute the corpus records from the stored articles, in declared order: canonical entities,
    citation links, stories (which keep their ids). Clears the refresh mark when done."""
    from storyline.pipeline.registry import corpus_stages

    settings = settings or load_settings()
    stages = corpus_stages(settings)
    with store.refresh_lock():  # one refresh at a time: a concurrent one may have read fewer articles
        generation = store.refresh_generation()
        for done, spec in enumerate(stages):
            if step:
                step(spec.name, done, len(stages))
            log.info("corpus stage %s", spec.name)
            spec.load()(store)
        store.mark_refreshed(generation)
    if step:
        step("done", len(stages), len(stages))


def repair(store: Store, settings: Settings | None = None, step: Step | None = None) -> int:
    """Run the corpus refresh if a crash (or an interrupted run) left it pending; returns how many
    articles were waiting for it (0: nothing to repair)."""
    pending = refresh_pending(store)
    if pending:
        log.info("corpus refresh pending for %d stored articles; refreshing", pending)
        refresh_corpus(store, settings, step)
    return pending
