"""The one place the watcher hands fetched documents to the ingest pipeline (the same declared
stages, chunks and corpus refresh as `storyline ingest`), and reads back what cleaning makes of a
page to tell a real change from noise (ads, timestamps, tracking markup)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyline.model import Article, IngestFailure, RawDocument
from storyline.settings import Settings

if TYPE_CHECKING:
    from storyline.pipeline.writer import IngestReport
    from storyline.store import Store


def ingest_documents(documents: Sequence[RawDocument], store: Store, settings: Settings) -> IngestReport:
    """Clean, extract, de-duplicate and store `documents`, then refresh the corpus records."""
    from storyline.pipeline.runner import ingest_documents as run

    return run(documents, store, settings)


def clean_page(document: RawDocument, settings: Settings) -> Article | IngestFailure:
    """What cleaning makes of one page (title and body), without extraction or storing."""
    from storyline.pipeline.runner import clean_document

    return clean_document(document, settings)
