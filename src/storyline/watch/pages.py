"""One fetched page: a new article, the same article again, or a new version of a known URL."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storyline.errors import InputError, NotFoundError
from storyline.model import Article, IngestFailure
from storyline.watch.ingesting import clean_page, ingest_documents
from storyline.watch.model import Entry, Fetched, Source
from storyline.watch.versions import diff_versions, find_notices

if TYPE_CHECKING:
    from storyline.watch.run import Watcher


@dataclass(slots=True)
class PageOutcome:
    added: list[str] = field(default_factory=list)
    article_id: str | None = None
    version_of: str | None = None  # the previous version's article id, for a changed page
    failures: list[IngestFailure] = field(default_factory=list)


def take_page(watcher: Watcher, source: Source, entry: Entry, fetched: Fetched) -> PageOutcome:
    """Store the page if it is new or changed (as a version of its URL), then record it."""
    from storyline.watch.run import page_record, raw_document

    try:
        document = raw_document(fetched, entry, source)
    except InputError as exc:
        return _failed(watcher, IngestFailure(entry.url, exc.code, str(exc), source.id))
    page = watcher.state.get_page(entry.url)
    previous = _stored(watcher, page.article_id if page else None)
    if previous is not None and page is not None:
        cleaned = clean_page(document, watcher.settings)
        if isinstance(cleaned, IngestFailure):
            return _failed(watcher, cleaned)
        if (cleaned.title, cleaned.body) == (previous.title, previous.body):
            watcher.state.record_page(page_record(page, source, entry, fetched, previous.id, page.versions))
            return PageOutcome(article_id=previous.id)
    report = ingest_documents([document], watcher.store, watcher.settings)
    if report.failures:
        for failure in report.failures:
            watcher.store.record_failure(failure)
        return PageOutcome(failures=list(report.failures))
    current = watcher.store.get_article(document.id)
    number = (page.versions if page else 0) + 1
    watcher.state.record_page(page_record(page, source, entry, fetched, current.id, number),
                              _version(entry.url, number, previous, current))
    return PageOutcome(added=list(report.added), article_id=current.id,
                       version_of=previous.id if previous is not None else None)


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


def _failed(watcher: Watcher, failure: IngestFailure) -> PageOutcome:
    watcher.store.record_failure(failure)
    return PageOutcome(failures=[failure])
