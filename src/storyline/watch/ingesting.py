"""The one place the watcher hands fetched documents to the ingest pipeline (the same stages as
`storyline ingest`), and reads back what cleaning makes of a page to tell a real change from noise."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyline.model import Article, IngestFailure, RawDocument
from storyline.settings import Settings

if TYPE_CHECKING:
    from storyline.ingest.batch import IngestReport
    from storyline.store import Store


def ingest_documents(documents: Sequence[RawDocument], store: Store, settings: Settings) -> IngestReport:
    """Clean, extract, de-duplicate and store `documents`, then refresh the corpus records."""
    from storyline.ingest import batch

    report = batch.IngestReport()
    fresh = [d for d in documents if not _stored(d, store, report)]
    cleaned = batch.clean_documents(fresh, batch.line_stats(documents), settings)
    report.failures.extend(cleaned.failures)
    articles = cleaned.articles
    if settings.extract_on_ingest:
        extracted = batch.extract_articles(articles, batch.batch_outlets(articles), settings)
        report.failures.extend(extracted.failures)
        articles = extracted.articles
    batch.store_articles(articles, store, settings, report)
    return report


def _stored(document: RawDocument, store: Store, report: IngestReport) -> bool:
    if store.has_article(document.id):
        report.existing.append(document.id)
        return True
    return False


def clean_page(document: RawDocument, settings: Settings) -> Article | IngestFailure:
    """What cleaning makes of one page (title and body), without extraction or storing."""
    from storyline.ingest import batch

    done = batch.clean_documents([document], batch.line_stats([document]), settings)
    return done.articles[0] if done.articles else done.failures[0]
