"""Fetched pages: new articles, the same articles again, or new versions of known URLs.

The pages of one poll are stored in one call to the ingest pipeline (the watcher runs the corpus
stages once per poll cycle, not once per group); each page is recorded after that, so a watcher killed in between
finds the articles stored (by content hash) when it fetches the pages again, and records them then.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storyline.errors import InputError, NotFoundError
from storyline.model import Article, IngestFailure, RawDocument
from storyline.watch.ingesting import clean_page, ingest_documents
from storyline.watch.model import Entry, Fetched, Source
from storyline.watch.state import WatchedPage
from storyline.watch.versions import diff_versions, find_notices

if TYPE_CHECKING:
    from storyline.watch.run import Watcher


@dataclass(slots=True)
class PollOutcome:
    added: list[str] = field(default_factory=list)
    versions: list[str] = field(default_factory=list)  # article ids of new versions of known URLs
    failures: list[IngestFailure] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class _Taken:
    entry: Entry
    fetched: Fetched
    document: RawDocument
    page: WatchedPage | None
    previous: Article | None


def take_pages(watcher: Watcher, source: Source, fetched_pages: Sequence[tuple[Entry, Fetched]]) -> PollOutcome:
    """Store what is new or changed among the fetched pages of one poll, then record every page."""
    outcome = PollOutcome()
    to_store: list[_Taken] = []
    for entry, fetched in fetched_pages:
        taken = _take(watcher, source, entry, fetched, outcome)
        if taken is not None:
            to_store.append(taken)
    if not to_store:
        return outcome
    report = ingest_documents([t.document for t in to_store], watcher.store, watcher.settings, watcher.executor())
    outcome.added += report.added
    failed = {f.source for f in report.failures}
    for failure in report.failures:
        _fail(watcher, failure, outcome)
    for taken in to_store:
        if taken.document.source not in failed and watcher.store.has_article(taken.document.id):
            _record(watcher, source, taken, outcome)
    return outcome


def _take(watcher: Watcher, source: Source, entry: Entry, fetched: Fetched, outcome: PollOutcome) -> _Taken | None:
    """The page to store, or None when it cannot be read or is unchanged (then it is recorded as checked)."""
    from storyline.watch.run import raw_document

    try:
        document = raw_document(fetched, entry, source)
    except InputError as exc:
        _fail(watcher, IngestFailure(entry.url, exc.code, str(exc), source.id), outcome)
        return None
    page = watcher.state.get_page(entry.url)
    previous = _stored(watcher, page.article_id if page else None)
    if previous is None or page is None:
        return _Taken(entry, fetched, document, page, None)
    cleaned = clean_page(document, watcher.settings)
    if isinstance(cleaned, IngestFailure):
        _fail(watcher, cleaned, outcome)
        return None
    if (cleaned.title, cleaned.body) == (previous.title, previous.body):
        watcher.state.record_page(_page(page, source, entry, fetched, previous.id, page.versions))
        return None
    return _Taken(entry, fetched, document, page, previous)


def _record(watcher: Watcher, source: Source, taken: _Taken, outcome: PollOutcome) -> None:
    current = watcher.store.get_article(taken.document.id)
    number = (taken.page.versions if taken.page else 0) + 1
    watcher.state.record_page(_page(taken.page, source, taken.entry, taken.fetched, current.id, number),
                              _version(taken.entry.url, number, taken.previous, current))
    if taken.previous is not None:
        outcome.versions.append(current.id)


def _page(page: WatchedPage | None, source: Source, entry: Entry, fetched: Fetched,
          article_id: str | None, versions: int) -> WatchedPage:
    return WatchedPage(entry.url, page.source_id if page else source.id, article_id, versions,
                       fetched.etag, fetched.last_modified)


def _stored(watcher: Watcher, article_id: str | None) -> Article | None:
    if article_id is None:
        return None
    try:
        return watcher.store.get_article(article_id)
    except NotFoundError:
        return None  # deleted since: the page counts as new


def _version(url: str, number: int, previous: Article | None, current: Article) -> dict[str, Any]:
    diff = (diff_versions(previous.title, previous.body, current.title, current.body).as_json()
            if previous is not None else {})
    notices = [{"kind": n.kind, "text": n.text, "start": n.start, "end": n.end,
                "corrects": previous.id if previous is not None else None}
               for n in find_notices(current.body)]
    return {"article_id": current.id, "url": url, "version": number,
            "previous_id": previous.id if previous is not None else None, "diff": diff, "notices": notices}


def _fail(watcher: Watcher, failure: IngestFailure, outcome: PollOutcome) -> None:
    watcher.store.record_failure(failure)
    outcome.failures.append(failure)
