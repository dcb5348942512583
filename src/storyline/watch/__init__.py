"""Follow sources as the news arrives: feeds, news sitemaps and pages polled politely, new entries
through the same pipeline as `storyline ingest`, changed pages kept as versions with their diff,
correction notices found, and alerts for followed stories and searches.

    from storyline.watch import add_source, watch
    add_source(store, "https://example.org/rss.xml", kind="feed")
    watch(store, settings, once=True)
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from storyline.settings import Settings
from storyline.watch.model import Source, SourceKind

if TYPE_CHECKING:
    from storyline.store import Store
    from storyline.watch.fetching import Fetcher
    from storyline.watch.run import WatchReport
    from storyline.watch.state import WatchState

__all__ = ["Source", "add_source", "list_sources", "remove_source", "watch", "watch_state", "watcher_status"]


def watch_state(store: Store) -> WatchState:
    from storyline.watch.state import WatchState

    return WatchState(store.engine)  # type: ignore[attr-defined]


def add_source(store: Store, url: str, *, kind: SourceKind = "feed", interval_s: int = 900) -> Source:
    """Follow a feed, sitemap or page; adding it again updates its kind and interval."""
    from storyline.ingest.urls import is_url

    if not is_url(url):
        from storyline.errors import ConfigError

        raise ConfigError(f"{url!r} is not an http(s) URL", fix="give the feed's, sitemap's or page's http(s) URL")
    return watch_state(store).add_source(url, kind, interval_s)


def list_sources(store: Store) -> list[Source]:
    return watch_state(store).list_sources()


def remove_source(store: Store, ref: str) -> Source:
    """Stop following a source (by id, id prefix or URL); its stored articles stay."""
    return watch_state(store).remove_source(ref)


def watch(store: Store, settings: Settings, *, once: bool = False, stop: threading.Event | None = None,
          fetcher: Fetcher | None = None) -> WatchReport:
    """Poll the store's sources until `stop` is set (or one pass with `once`)."""
    from storyline.watch.fetching import HttpFetcher
    from storyline.watch.run import Watcher

    fetcher = fetcher or HttpFetcher(max_bytes=settings.max_file_bytes, allow=settings.fetch_allow)
    watcher = Watcher(store, settings, fetcher, stop=stop or threading.Event())
    return watcher.run(once=once)


def watcher_status(store: Store) -> dict[str, object]:
    """What `storyline status` shows of the watcher: sources, failing ones, open circuits, next poll."""
    import sqlalchemy as sa

    from storyline.store import schema
    from storyline.watch.state import now

    sources = list_sources(store)
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        undelivered = conn.execute(sa.select(sa.func.count()).select_from(schema.alerts)
                                   .where(schema.alerts.c.delivered_at.is_(None))).scalar_one()
    at = now()
    upcoming = min((s.next_poll_at for s in sources), default=None)
    return {"sources": len(sources), "failing": sum(1 for s in sources if s.failures),
            "open_circuits": sum(1 for s in sources if s.open_until and s.open_until > at),
            "next_poll": upcoming.isoformat(timespec="seconds") if upcoming else None,
            "alerts_undelivered": undelivered}
