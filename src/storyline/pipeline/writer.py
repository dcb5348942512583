"""The writer: stores a chunk's articles as they finish, linking reprints to their group's original.

One writer per run, in the process that holds the store. It keeps the near-duplicate index of the
store (one MinHash signature per stored article, read once at the start) and adds each article it
stores, so a copy is found whether its original came in an earlier run, an earlier chunk or the
same chunk. Each article is committed on its own (with the store's refresh mark, in the same
transaction), so a crash or Ctrl-C keeps every article stored before it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.clean.duplicates import DuplicateIndex, body_signature, build_index
from storyline.errors import StoreRefusedError
from storyline.model import Article, IngestFailure

if TYPE_CHECKING:
    from storyline.store import Store


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did: ids added, ids already stored, reprints linked, failures, and whether
    it was interrupted or refreshed the corpus records."""

    added: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    reprints: dict[str, str] = field(default_factory=dict)
    failures: list[IngestFailure] = field(default_factory=list)
    interrupted: bool = False
    refreshed: bool = False

    def failures_by_reason(self) -> dict[str, int]:
        """How many inputs failed, by error code (missing, unsupported, time-budget, …)."""
        counts: dict[str, int] = {}
        for failure in self.failures:
            counts[failure.error] = counts.get(failure.error, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass(slots=True)
class Writer:
    """Stores articles and failures into `store`, reprints linked when `link_reprints` is on."""

    store: Store
    report: IngestReport
    threshold: float
    link_reprints: bool = True
    index: DuplicateIndex | None = None

    def save(self, articles: Sequence[Article]) -> None:
        if self.index is None:
            self.index = build_index(self.store.signatures(), self.threshold)
        for article in articles:
            self._save_one(article, self.index)

    def record(self, failures: Sequence[IngestFailure]) -> None:
        for failure in failures:
            self.store.record_failure(failure)
            self.report.failures.append(failure)

    def _save_one(self, article: Article, index: DuplicateIndex) -> None:
        signature = body_signature(article.body)
        links = link_reprint(article, signature, index, self.store) if self.link_reprints else {}
        try:
            saved = self.store.save_article(article, signature)
        except StoreRefusedError as exc:  # one document the database cannot hold; the batch goes on
            self.record([IngestFailure(article.source, exc.code, str(exc), article.record, stage="store")])
            return
        if not saved:  # a concurrent ingest stored it first: "added" counts only what this run added
            self.report.existing.append(article.id)
            return
        if signature:
            index.add(article.id, signature)
        moved = sorted(k for k, v in links.items() if v == article.id)
        if moved:
            self.store.link_reprints(moved, article.id)
        self.report.added.append(article.id)
        self.report.reprints.update(links)


def _original_first(article: Article) -> tuple[bool, str, str]:
    """Sort key of a syndication group: day-dated copies first, then the earliest, then the id."""
    return (article.published.precision != "day", article.published.value or "9999", article.id)


def link_reprint(article: Article, signature: bytes | None, index: DuplicateIndex,
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
