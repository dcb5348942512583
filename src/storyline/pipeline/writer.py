"""The writer: stores a chunk's articles as they finish, linking reprints to their group's original.

One writer per run, in the process that holds the store. Near-copies are found through the store:
each article is stored with the LSH band keys of its MinHash signature, and a new article's
candidates are the stored articles sharing a band key (an indexed lookup), each then checked
against the real threshold. So a copy is found whether its original came in an earlier run, an
earlier chunk or the same chunk, and memory does not grow with the store (the in-memory LSH index
this replaces held ~8 KB per stored article). The bands and the test are those of
`clean.duplicates.DuplicateIndex` (same band count and width, same threshold check).
Each article is committed on its own (with its bands and the store's refresh mark, in the same
transaction), so a crash or Ctrl-C keeps every article stored before it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.clean.duplicates import similarity
from storyline.errors import StoreRefusedError
from storyline.model import Article, IngestFailure
from storyline.pipeline.pack import band_keys, packed_for

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
    _backfilled: bool = False

    def save(self, articles: Sequence[Article]) -> None:
        if not self._backfilled:
            backfill_bands(self.store, self.threshold)
            self._backfilled = True
        for article in articles:
            self._save_one(article)

    def record(self, failures: Sequence[IngestFailure]) -> None:
        for failure in failures:
            self.store.record_failure(failure)
            self.report.failures.append(failure)

    def _save_one(self, article: Article) -> None:
        packed = packed_for(article, self.threshold)
        article.packed = None  # stored below or refused: the chunk need not hold it any longer
        links = (link_reprint(article, packed.signature, packed.bands, self.threshold, self.store)
                 if self.link_reprints else {})
        try:
            saved = self.store.save_article(article, packed=packed)
        except StoreRefusedError as exc:  # one document the database cannot hold; the batch goes on
            self.record([IngestFailure(article.source, exc.code, str(exc), article.record, stage="store")])
            return
        if not saved:  # a concurrent ingest stored it first: "added" counts only what this run added
            self.report.existing.append(article.id)
            return
        moved = sorted(k for k, v in links.items() if v == article.id)
        if moved:
            self.store.link_reprints(moved, article.id)
        self.report.added.append(article.id)
        self.report.reprints.update(links)


def _original_first(article: Article) -> tuple[bool, str, str]:
    """Sort key of a syndication group: day-dated copies first, then the earliest, then the id."""
    return (article.published.precision != "day", article.published.value or "9999", article.id)


def copies_of(signature: bytes, keys: Sequence[int], threshold: float, store: Store) -> list[str]:
    """Stored articles whose estimated similarity to `signature` reaches the threshold."""
    candidates = store.signatures_of(store.band_candidates(keys))
    return sorted(c for c, other in candidates.items() if similarity(signature, other) >= threshold)


def link_reprint(article: Article, signature: bytes | None, keys: Sequence[int], threshold: float,
                 store: Store) -> dict[str, str]:
    """Link a copy to its group's original; if the new copy is the earliest, the group moves to it.

    Returns every link made, reprint id → original id."""
    copies = copies_of(signature, keys, threshold, store) if signature else []
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


def backfill_bands(store: Store, threshold: float, page: int = 500) -> int:
    """Band keys for stored articles that have a signature but none (stored before 0005, or in bulk);
    returns how many were added. Reads a page at a time."""
    added = 0
    while batch := store.unbanded(page):
        store.add_bands({article_id: band_keys(signature, threshold) for article_id, signature in batch.items()})
        added += len(batch)
    return added
