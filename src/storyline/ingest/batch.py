"""Ingest a batch: read documents, clean them, link reprints, store them — idempotently.

Re-running on the same inputs adds nothing: documents are keyed by content hash, and failures are
recorded once per (source, record, error). A broken document is recorded with its reason and the
batch goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.clean.duplicates import DuplicateIndex, body_signature, build_index
from storyline.clean.stages import cleaning_stages
from storyline.errors import StoreRefusedError
from storyline.model import Article, IngestFailure, RawDocument
from storyline.pipeline import StageResult, run_stages
from storyline.settings import Settings, load_settings

if TYPE_CHECKING:
    from storyline.clean.text import LineStats
    from storyline.store import Store

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did: ids added, ids already stored, reprints linked, failures."""

    added: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    reprints: dict[str, str] = field(default_factory=dict)
    failures: list[IngestFailure] = field(default_factory=list)


def _read_all(paths: Sequence[str | Path], settings: Settings, report: IngestReport) -> list[RawDocument]:
    from storyline.ingest import read_documents

    documents: list[RawDocument] = []
    seen: set[str] = set()
    for item in read_documents(paths, max_bytes=settings.max_file_bytes, fetch_allow=settings.fetch_allow):
        if isinstance(item, IngestFailure):
            report.failures.append(item)
        elif item.id not in seen:
            seen.add(item.id)
            documents.append(item)
    return documents


def _original_first(article: Article) -> tuple[bool, str, str]:
    """Sort key of a syndication group: day-dated copies first, then the earliest, then the id."""
    return (article.published.precision != "day", article.published.value or "9999", article.id)


def _link_reprint(article: Article, signature: bytes | None, index: DuplicateIndex,
                  store: Store) -> dict[str, str]:
    """Link a copy to its group's original; if the new copy is the earliest, the group moves to it.

    Returns every link made, reprint id → original id."""
    copies = index.copies_of(signature) if signature else []
    if not copies:
        return {}
    stored = [store.get_article(c) for c in copies]
    group = {a.id: a for a in stored}
    group.update({a.duplicate_of: store.get_article(a.duplicate_of) for a in stored if a.duplicate_of})
    original = min(group.values(), key=_original_first)
    if _original_first(article) < _original_first(original):
        return dict.fromkeys(sorted(group), article.id)  # applied once the new original is stored
    article.duplicate_of = original.id
    return {article.id: original.id}


def ingest(paths: Sequence[str | Path], store: Store, settings: Settings | None = None,
           progress: Progress | None = None) -> IngestReport:
    """Read, clean, extract, de-duplicate and store every document under `paths`; then refresh the
    corpus records (canonical entities, resolved citations, stories). Returns what happened."""
    settings = settings or load_settings()
    report = IngestReport()
    documents = _read_all(paths, settings, report)
    fresh = _skip_stored(documents, store, report)
    cleaned = clean_documents(fresh, line_stats(documents), settings)
    report.failures.extend(cleaned.failures)
    articles = cleaned.articles
    if settings.extract_on_ingest:
        extracted = extract_articles(articles, batch_outlets(articles), settings)
        report.failures.extend(extracted.failures)
        articles = extracted.articles
    store_articles(articles, store, settings, report, progress)
    return report


def store_articles(articles: Sequence[Article], store: Store, settings: Settings, report: IngestReport,
                   progress: Progress | None = None) -> None:
    """Link reprints and store the processed articles in order, record the batch's failures, then
    refresh the corpus records if anything was added."""
    index = build_index(store.signatures(), settings.near_duplicate_threshold)
    for done, article in enumerate(articles, 1):
        _store_one(article, index, store, report)
        if progress:
            progress(done, len(articles))
    for failure in report.failures:
        store.record_failure(failure)
    if report.added:
        refresh_corpus(store)


def refresh_corpus(store: Store) -> None:
    """Recompute the corpus records from the stored articles: canonical entities, citation links,
    stories (which keep their ids and earlier assignments)."""
    from storyline.link.entities import link_entities
    from storyline.link.provenance import resolve_citations
    from storyline.link.stories import link_stories

    with store.refresh_lock():  # one refresh at a time: a concurrent one may have read fewer articles
        link_entities(store)
        resolve_citations(store)
        link_stories(store)


def _skip_stored(documents: list[RawDocument], store: Store, report: IngestReport) -> list[RawDocument]:
    fresh = []
    for document in documents:
        if store.has_article(document.id):
            report.existing.append(document.id)
        else:
            fresh.append(document)
    return fresh


@dataclass(slots=True)
class Processed:
    """What a per-article step made of a chunk of documents: articles, and the failures it recorded."""

    articles: list[Article] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)

    def add(self, result: StageResult) -> None:
        if result.article is None:
            self.failures.append(result.failure)
        else:
            self.articles.append(result.article)


def line_stats(documents: Sequence[RawDocument]) -> LineStats:
    """Line repetition across the text documents of a whole batch (a boilerplate signal)."""
    from storyline.clean.text import count_lines

    return count_lines(d.content for d in documents if d.kind == "text")


def batch_outlets(articles: Sequence[Article]) -> tuple[str, ...]:
    """The outlets a batch names, for citation detection ("X reported")."""
    return tuple(sorted({a.outlet for a in articles if a.outlet}))


def clean_documents(documents: Sequence[RawDocument], stats: LineStats, settings: Settings) -> Processed:
    """Clean documents into articles (pure: runs anywhere, e.g. on a Dask worker)."""
    stages = cleaning_stages(stats, min_repeats=settings.repeated_line_min_articles,
                             max_html_depth=settings.max_html_depth)
    done = Processed()
    for document in documents:
        done.add(run_stages(Article.from_raw(document), stages, settings.error_policy))
    return done


def extract_articles(articles: Sequence[Article], outlets: tuple[str, ...], settings: Settings) -> Processed:
    """Entities, quotes, times, claims and citations for each article, parsed in batches (pure)."""
    from storyline.extract.nlp import parse_selectively

    done = Processed()
    for article, doc in zip(articles, parse_selectively(a.body for a in articles)):
        done.add(run_stages(article, [_Extraction(doc, outlets)], settings.error_policy))
    return done


@dataclass(slots=True, frozen=True)
class _Extraction:
    """The extraction stage for one article, holding its parsed doc (parsed in a batch beforehand)."""

    doc: Any
    outlets: tuple[str, ...]
    name: str = "nlp"

    def __call__(self, article: Article) -> Article:
        from storyline.extract.stages import extract_article

        return extract_article(article, self.doc, self.outlets)


def _store_one(article: Article, index: DuplicateIndex, store: Store, report: IngestReport) -> None:
    signature = body_signature(article.body)
    links = _link_reprint(article, signature, index, store)
    try:
        saved = store.save_article(article, signature)
    except StoreRefusedError as exc:  # one document the database cannot hold; the batch goes on
        report.failures.append(IngestFailure(article.source, exc.code, str(exc), article.record))
        return
    if not saved:  # a concurrent ingest stored it first: "added" counts only what this run added
        report.existing.append(article.id)
        return
    if signature:
        index.add(article.id, signature)
    moved = sorted(k for k, v in links.items() if v == article.id)
    if moved:
        store.link_reprints(moved, article.id)
    report.added.append(article.id)
    report.reprints.update(links)
