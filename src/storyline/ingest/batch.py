"""Ingest a batch: read documents, clean them, link reprints, store them — idempotently.

Re-running on the same inputs adds nothing: documents are keyed by content hash, and failures are
recorded once per (source, record, error). A broken document is recorded with its reason and the
batch goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.clean.duplicates import DuplicateIndex, body_signature, build_index
from storyline.clean.stages import cleaning_stages
from storyline.model import Article, IngestFailure, RawDocument
from storyline.pipeline import run_stages
from storyline.settings import Settings, load_settings

if TYPE_CHECKING:
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
    for item in read_documents(paths, max_bytes=settings.max_file_bytes):
        if isinstance(item, IngestFailure):
            report.failures.append(item)
        elif item.id not in seen:
            seen.add(item.id)
            documents.append(item)
    return documents


def _line_stats(documents: list[RawDocument]):
    from storyline.clean.text import count_lines

    return count_lines(d.content for d in documents if d.kind == "text")


def _earliest(article: Article, copies: list[str], store: "Store") -> str:
    """The original of a syndication group: the earliest dated copy, else the first stored."""
    def key(a: Article) -> tuple[str, str]:
        return (a.published.value or "9999", a.id)
    stored = [store.get_article(c) for c in copies]
    originals = [a.duplicate_of or a.id for a in stored]
    return min((store.get_article(o) for o in set(originals)), key=key).id


def _link_reprint(article: Article, signature: bytes | None, index: DuplicateIndex, store: "Store") -> None:
    copies = index.copies_of(signature) if signature else []
    if copies:
        article.duplicate_of = _earliest(article, copies, store)


def ingest(paths: Sequence[str | Path], store: "Store", settings: Settings | None = None,
           progress: Progress | None = None) -> IngestReport:
    """Read, clean, de-duplicate and store every document under `paths`; return what happened."""
    settings = settings or load_settings()
    report = IngestReport()
    documents = _read_all(paths, settings, report)
    stages = cleaning_stages(_line_stats(documents), min_repeats=settings.repeated_line_min_articles,
                             max_html_depth=settings.max_html_depth)
    index = build_index(store.signatures(), settings.near_duplicate_threshold)
    for done, document in enumerate(documents, 1):
        _ingest_one(document, stages, index, store, settings, report)
        if progress:
            progress(done, len(documents))
    for failure in report.failures:
        store.record_failure(failure)
    return report


def _ingest_one(document: RawDocument, stages, index: DuplicateIndex, store: "Store",
                settings: Settings, report: IngestReport) -> None:
    if store.has_article(document.id):
        report.existing.append(document.id)
        return
    result = run_stages(Article.from_raw(document), stages, settings.error_policy)
    if result.article is None:
        report.failures.append(result.failure)
        return
    article = result.article
    signature = body_signature(article.body)
    _link_reprint(article, signature, index, store)
    store.save_article(article, signature)
    if signature:
        index.add(article.id, signature)
    report.added.append(article.id)
    if article.duplicate_of:
        report.reprints[article.id] = article.duplicate_of
