"""The same ingest pipeline on Dask: cleaning and extraction run on workers, storing stays here.

    from dask.distributed import Client
    report = ingest_on_dask(["corpus/"], store, client=Client("tcp://scheduler:8786"))

Reading, the batch-wide line statistics, reprint linking and writes to the store run in this
process: they need the whole batch (or the store) and are cheap next to parsing. Cleaning and
extraction are pure per-article stages, so they are mapped over chunks of documents on the
workers; each worker loads the spaCy model once, lazily, and keeps it. The result is the same
articles, spans and failures as `storyline.ingest.batch.ingest` gives (tests/distributed).
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.errors import MissingExtraError
from storyline.ingest.batch import (
    IngestReport,
    Processed,
    Progress,
    _read_all,
    _skip_stored,
    batch_outlets,
    clean_documents,
    extract_articles,
    line_stats,
    store_articles,
)
from storyline.settings import Settings, load_settings

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store import Store

# Articles per task: large enough that spaCy batches well (nlp.pipe batch of 32), small enough
# that two workers share a few hundred documents evenly.
CHUNK = 64


def _client_module() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingExtraError("distributed", "distributed") from None
    return distributed


def local_client(workers: int = 2) -> Any:
    """A Dask client on a local cluster of `workers` single-threaded worker processes."""
    distributed = _client_module()
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    return distributed.Client(cluster)


def _chunks(items: Sequence[Any], size: int = CHUNK) -> list[list[Any]]:
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def _gather(client: Any, futures: list[Any]) -> Processed:
    done = Processed()
    for part in client.gather(futures):
        done.articles.extend(part.articles)
        done.failures.extend(part.failures)
    return done


def ingest_on_dask(paths: Sequence[str | Path], store: Store, settings: Settings | None = None,
                   client: Any = None, progress: Progress | None = None) -> IngestReport:
    """`storyline.ingest.batch.ingest` with cleaning and extraction mapped over Dask workers."""
    settings = settings or load_settings()
    client = client or local_client()
    report = IngestReport()
    documents = _read_all(paths, settings, report)
    fresh = _skip_stored(documents, store, report)
    stats = client.scatter(line_stats(documents), broadcast=True)
    cleaned = _gather(client, client.map(clean_documents, _chunks(fresh), stats=stats, settings=settings,
                                         pure=False))
    report.failures.extend(cleaned.failures)
    articles = cleaned.articles
    if settings.extract_on_ingest:
        outlets = batch_outlets(articles)
        extracted = _gather(client, client.map(extract_articles, _chunks(articles), outlets=outlets,
                                               settings=settings, pure=False))
        report.failures.extend(extracted.failures)
        articles = extracted.articles
    store_articles(_in_order(articles, fresh), store, settings, report, progress)
    return report


def _in_order(articles: list[Article], documents: Sequence[Any]) -> list[Article]:
    """Articles in the order their documents were read, as the local ingest stores them."""
    position = {d.id: i for i, d in enumerate(documents)}
    return sorted(articles, key=lambda a: position.get(a.id, len(position)))
