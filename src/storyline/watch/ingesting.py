"""The one place the watcher hands fetched documents to the ingest pipeline (the same declared
stages, chunks and corpus refresh as `storyline ingest`), and reads back what cleaning makes of a
page to tell a real change from noise (ads, timestamps, tracking markup)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyline.model import Article, IngestFailure, RawDocument
from storyline.settings import Settings

if TYPE_CHECKING:
    from storyline.pipeline.executors import Executor
    from storyline.pipeline.writer import IngestReport
    from storyline.store import Store


def new_executor(settings: Settings) -> Executor:
    """One executor for a watcher's whole run: a worker pool costs seconds to start (each worker
    loads the model), so it is started once, not for every group of pages."""
    from storyline.pipeline import registry
    from storyline.pipeline.executors import local_executor

    return local_executor(settings, registry.select(settings))


def ingest_documents(documents: Sequence[RawDocument], store: Store, settings: Settings,
                     executor: Executor | None = None) -> IngestReport:
    """Clean, extract, de-duplicate and store `documents`. The corpus refresh is not run here: the
    watcher runs it once per poll cycle (`refresh_corpus`), since a refresh reads the whole corpus
    and running it per group of pages made a 200-feed poll slow down as the store grew."""
    from storyline.pipeline.runner import ingest_documents as run

    return run(documents, store, settings, executor=executor, refresh=False)


def refresh_corpus(store: Store, settings: Settings) -> bool:
    """Run the corpus stages if stored articles wait for them; True if it ran."""
    from storyline.pipeline.corpus import refresh_corpus as run

    if not store.pending_refresh():
        return False
    run(store, settings)
    return True


def clean_page(document: RawDocument, settings: Settings) -> Article | IngestFailure:
    """What cleaning makes of one page (title and body), without extraction or storing."""
    from storyline.pipeline.runner import clean_document

    return clean_document(document, settings)
