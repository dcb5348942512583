"""The polling loop: due sources in order, conditional GET, new entries through the ingest
pipeline, changed pages as versions, backoff and a circuit breaker for failing sources.

Stopping: `stop` is checked between two entries and between two sources, so SIGTERM or Ctrl-C
(which the CLI turns into `stop.set()`) ends the loop after the entry being stored; nothing is left
half-stored because each entry is stored, then recorded, in its own transactions.
"""
from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from storyline.errors import InputError, StorylineError
from storyline.model import IngestFailure, RawDocument
from storyline.settings import Settings
from storyline.watch.fetching import Fetcher, HostPacer, RobotsRules
from storyline.watch.model import Entry, Fetched, Source
from storyline.watch.state import WatchState, backoff, now

if TYPE_CHECKING:
    from storyline.store import Store

log = logging.getLogger("storyline.watch")


@dataclass(slots=True)
class WatchReport:
    """What a watch run did, in counts, and the failures it recorded."""

    polls: int = 0
    not_modified: int = 0
    entries: int = 0
    added: list[str] = field(default_factory=list)
    versions: list[str] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)
    skipped_by_robots: int = 0
    refreshes: int = 0  # corpus refreshes run (once per poll cycle, more in a long one)


@dataclass(slots=True)
class Watcher:
    """One polling loop over a store's sources. `fetcher`, `clock` and `rng` are the seams a test or
    an embedding program may replace; the defaults are the guarded HTTP client, UTC now and a
    random generator for the jitter."""

    store: Store
    settings: Settings
    fetcher: Fetcher
    clock: Callable[[], datetime] = now
    rng: random.Random = field(default_factory=random.Random)
    stop: threading.Event = field(default_factory=threading.Event)
    report: WatchReport = field(default_factory=WatchReport)
    state: WatchState = field(init=False)
    pacer: HostPacer = field(init=False)
    robots: RobotsRules = field(init=False)
    _executor: Any = None

    def __post_init__(self) -> None:
        self.state = WatchState(self.store.engine)  # type: ignore[attr-defined]
        self.pacer = HostPacer(self.settings.watch_host_delay_s)
        self.robots = RobotsRules(self.fetcher)

    def executor(self) -> Any:
        """The pipeline's executor, started on first use and kept for the whole run."""
        if self._executor is None:
            from storyline.watch.ingesting import new_executor

            self._executor = new_executor(self.settings)
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.close()
            self._executor = None
        close = getattr(self.fetcher, "close", None)
        if close:
            close()

    def poll_due(self) -> int:
        """Poll every source that is due now (skipping open circuits), then bring the corpus records
        (stories, entities, citations) up to date once; returns how many sources were polled."""
        polled = 0
        last_refresh = time.monotonic()
        for source in self.state.due_sources(self.clock()):
            if self.stop.is_set():
                break
            if source.open_until and source.open_until > self.clock():
                continue
            self.poll(source)
            polled += 1
            if time.monotonic() - last_refresh >= self.settings.watch_refresh_every_s:
                self.refresh()  # a long cycle (hundreds of feeds) still shows stories as it goes
                last_refresh = time.monotonic()
        self.refresh()
        return polled

    def refresh(self) -> None:
        """Run the corpus stages if this run stored articles they have not seen. Pages are stored
        without it (one refresh reads the whole corpus); the store's durable mark means a watcher
        killed before this point leaves the refresh to the next cycle, `ingest` or `repair`."""
        from storyline.watch.ingesting import refresh_corpus

        if refresh_corpus(self.store, self.settings):
            self.report.refreshes += 1

    def poll(self, source: Source) -> None:
        """Poll one source; failures are recorded on the source and never raised."""
        self.report.polls += 1
        try:
            fetched = self._get(source.url, source.etag, source.last_modified)
            if fetched is None:
                raise InputError("robots.txt disallows this URL", source=source.url,
                                 fix="remove the source, or ask the site")
            if fetched.not_modified:
                self._succeeded(source, fetched, not_modified=True)
                return
            self._take_entries(source, fetched)
            self._succeeded(source, fetched, not_modified=False)
        except StorylineError as exc:
            self._failed(source, exc)

    def _take_entries(self, source: Source, fetched: Fetched) -> None:
        from storyline.watch.discover import entries_of

        if source.kind == "page":
            self._store_pages(source, [(Entry(url=source.url), fetched)])
            self.report.entries += 1
            return
        batch: list[tuple[Entry, Fetched]] = []
        for entry in entries_of(source.kind, fetched):
            if self.stop.is_set():
                break
            self.report.entries += 1
            page_fetched = self._fetch_entry(source, entry)
            if page_fetched is not None:
                batch.append((entry, page_fetched))
            if len(batch) >= self.settings.watch_store_every:
                self._store_pages(source, batch)
                batch = []
        self._store_pages(source, batch)

    def _fetch_entry(self, source: Source, entry: Entry) -> Fetched | None:
        """The entry's page, or None when it needs nothing (a known feed item, 304, robots, failure)."""
        page = self.state.get_page(entry.url)
        if page is not None and source.kind == "feed":
            return None  # a feed item is read once; page and sitemap sources look for new versions
        try:
            fetched = self._get(entry.url, page.etag if page else None, page.last_modified if page else None)
        except InputError as exc:
            self._record_failure(IngestFailure(entry.url, exc.code, str(exc), source.id))
            return None
        if fetched is None:
            self.report.skipped_by_robots += 1
            return None
        return None if fetched.not_modified else fetched

    def _store_pages(self, source: Source, batch: list[tuple[Entry, Fetched]]) -> None:
        from storyline.watch.pages import take_pages

        if not batch:
            return
        outcome = take_pages(self, source, batch)
        self.report.added += outcome.added
        self.report.versions += outcome.versions
        self.report.failures += outcome.failures
        self.state.count_source(source.id, entries_seen=len(batch), articles_added=len(outcome.added))

    def _get(self, url: str, etag: str | None, last_modified: str | None) -> Fetched | None:
        if not self.robots.allows(url):
            return None
        self.pacer.wait(url)
        return self.fetcher.fetch(url, etag=etag, last_modified=last_modified)

    def _succeeded(self, source: Source, fetched: Fetched, *, not_modified: bool) -> None:
        at = self.clock()
        self.state.update_source(
            source.id, etag=fetched.etag or source.etag, last_modified=fetched.last_modified or source.last_modified,
            last_success_at=at, failures=0, open_until=None,
            next_poll_at=at + self._jittered(source.interval_s))
        self.state.count_source(source.id, polls=1, not_modified=int(not_modified))
        self.report.not_modified += int(not_modified)

    def _failed(self, source: Source, exc: StorylineError) -> None:
        at = self.clock()
        failures = source.failures + 1
        wait = backoff(source.interval_s, failures, self.settings.watch_backoff_cap_s)
        open_until = None
        if failures >= self.settings.watch_breaker_failures:
            open_until = at + timedelta(seconds=self.settings.watch_breaker_cooldown_s)
            wait = max(wait, open_until - at)
        log.warning("source %s failed (%d in a row): %s", source.url, failures, exc)
        self.state.update_source(source.id, failures=failures, last_error=str(exc)[:500], last_error_at=at,
                                 open_until=open_until, next_poll_at=at + wait)
        self.state.count_source(source.id, polls=1)
        self._record_failure(IngestFailure(source.url, exc.code, str(exc), None))

    def _record_failure(self, failure: IngestFailure) -> None:
        self.report.failures.append(failure)
        self.store.record_failure(failure)

    def _jittered(self, interval_s: int) -> timedelta:
        spread = self.settings.watch_jitter * interval_s
        return timedelta(seconds=interval_s + self.rng.uniform(-spread, spread))

    def run(self, *, once: bool = False, idle_s: float = 5.0) -> WatchReport:
        """Poll until stopped (or one pass with `once`), sleeping while nothing is due."""
        try:
            while not self.stop.is_set():
                self.poll_due()
                if self.report.added or self.report.versions:
                    from storyline.watch.alerts import check_follows

                    check_follows(self.store, self.settings)
                if once:
                    break
                self.stop.wait(self._idle(idle_s))
        finally:
            self.close()
        return self.report

    def _idle(self, idle_s: float) -> float:
        upcoming = [s.next_poll_at for s in self.state.list_sources()]
        if not upcoming:
            return idle_s
        return max(0.0, min(idle_s, (min(upcoming) - self.clock()).total_seconds()))


def raw_document(fetched: Fetched, entry: Entry, source: Source) -> RawDocument:
    """The fetched page as a document for the ingest pipeline (raises a named input error)."""
    from storyline.ingest.decode import decode_bytes

    html = fetched.content_type != "text/plain"
    decoded = decode_bytes(fetched.body, source=fetched.url, declared=fetched.charset, html=html)
    metadata = {"url": entry.url, "title": entry.title, "published": entry.published, "watched_from": source.url,
                "encoding": decoded.encoding}
    return RawDocument(source=entry.url, kind="html" if html else "text", content=decoded.text,
                       metadata={k: v for k, v in metadata.items() if v})


def sleep_until(when: datetime, clock: Callable[[], datetime] = now) -> None:
    time.sleep(max(0.0, (when - clock()).total_seconds()))
