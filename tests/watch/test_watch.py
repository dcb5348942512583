"""The watcher against a real local HTTP server whose feeds and pages change between polls."""
from __future__ import annotations

from datetime import timedelta

import feedparser
import pytest
from tests.watch.conftest import paragraphs
from tests.watch.server import Page, article_html, rss

from storyline.errors import InputError
from storyline.settings import load_settings
from storyline.watch import add_source, list_sources, remove_source, watch, watch_state
from storyline.watch.alerts import atom_feed, check_follows, deliver_webhooks, follow, list_alerts, sign
from storyline.watch.fetching import HttpFetcher
from storyline.watch.run import Watcher
from storyline.watch.state import now


def _poll_all(store, settings) -> None:
    """Make every source due, then poll once (the tests do not wait out intervals)."""
    state = watch_state(store)
    for source in state.list_sources():
        state.update_source(source.id, next_poll_at=now() - timedelta(seconds=1), open_until=None)
    watch(store, settings, once=True)


def test_new_feed_entries_are_stored_once_and_conditional_get_is_used(site, store, watch_settings):
    site.pages["/a"] = Page(article_html("Harbour budget agreed", paragraphs("Budget")))
    site.pages["/b"] = Page(article_html("Ferry timetable changes", paragraphs("Ferry")))
    site.pages["/rss"] = Page(rss(site, [("/a", "Harbour budget agreed"), ("/b", "Ferry timetable changes")]),
                              content_type="application/rss+xml")
    add_source(store, site.url("/rss"), kind="feed", interval_s=60)
    _poll_all(store, watch_settings)
    assert store.status().articles == 2
    _poll_all(store, watch_settings)  # unchanged feed: a 304, nothing fetched again
    assert site.statuses("/rss") == [200, 304]
    assert site.statuses("/a") == [200]
    assert store.status().articles == 2
    site.pages["/c"] = Page(article_html("Storm repairs begin", paragraphs("Repairs")))
    site.pages["/rss"] = Page(rss(site, [("/c", "Storm repairs begin"), ("/a", "x"), ("/b", "y")]),
                              content_type="application/rss+xml")
    _poll_all(store, watch_settings)
    assert store.status().articles == 3
    (source,) = list_sources(store)
    assert (source.polls, source.not_modified, source.articles_added, source.failures) == (3, 1, 3, 0)
    assert source.last_success_at is not None and source.next_poll_at > now()


def test_a_changed_page_becomes_a_version_with_its_diff_and_linked_correction(site, store, watch_settings):
    first = paragraphs("Budget")
    site.pages["/story"] = Page(article_html("Harbour budget agreed", first))
    add_source(store, site.url("/story"), kind="page", interval_s=60)
    _poll_all(store, watch_settings)
    changed = [first[0], first[1].replace("Tuesday", "Wednesday"), first[2], first[3],
               "Correction: An earlier version of this article gave the wrong day for the council meeting."]
    site.pages["/story"] = Page(article_html("Harbour budget agreed after delay", changed))
    _poll_all(store, watch_settings)
    versions = watch_state(store).versions_of(site.url("/story"))
    assert [v["version"] for v in versions] == [1, 2]
    second = versions[1]
    assert second["previous_id"] == versions[0]["article_id"]
    diff = second["diff"]
    assert diff["title"] == {"before": "Harbour budget agreed", "after": "Harbour budget agreed after delay"}
    assert len(diff["changed"]) == 1 and "Wednesday" in diff["changed"][0]["after"]
    assert len(diff["added"]) == 1 and diff["added"][0].startswith("Correction:")
    assert diff["removed"] == []
    (notice,) = second["notices"]
    assert notice["kind"] == "correction" and notice["corrects"] == versions[0]["article_id"]
    # fetched again unchanged: no third version
    _poll_all(store, watch_settings)
    assert len(watch_state(store).versions_of(site.url("/story"))) == 2


def test_failing_sources_back_off_and_the_others_keep_flowing(site, store, watch_settings):
    site.pages["/ok"] = Page(article_html("Harbour budget agreed", paragraphs("Budget")))
    site.pages["/okrss"] = Page(rss(site, [("/ok", "Harbour budget agreed")]), content_type="application/rss+xml")
    site.pages["/broken"] = Page(b"oops", status=500, content_type="text/plain")
    site.pages["/malformed"] = Page(b"<rss><channel><item>", content_type="application/rss+xml")
    site.pages["/slow"] = Page(rss(site, []), delay_s=3.0, content_type="application/rss+xml")
    for path in ("/broken", "/malformed", "/okrss"):
        add_source(store, site.url(path), kind="feed", interval_s=60)
    slow = add_source(store, site.url("/slow"), kind="feed", interval_s=60)
    fetcher = HttpFetcher(timeout_s=1.0, allow="127.0.0.1")
    watcher = Watcher(store, watch_settings, fetcher)
    watcher.poll_due()
    assert store.status().articles == 1
    by_url = {s.url: s for s in list_sources(store)}
    broken = by_url[site.url("/broken")]
    assert broken.failures == 1 and "HTTP 500" in (broken.last_error or "")
    assert broken.next_poll_at - now() > timedelta(seconds=100)  # 60 s × 2¹, not the plain interval
    assert by_url[site.url("/slow")].failures == 1 and "timed out" in (by_url[site.url("/slow")].last_error or "")
    assert by_url[site.url("/okrss")].failures == 0
    assert slow.id in {s.id for s in list_sources(store)}


def test_a_source_that_keeps_failing_opens_its_circuit(site, store, watch_settings):
    site.pages["/broken"] = Page(b"oops", status=503, content_type="text/plain")
    add_source(store, site.url("/broken"), kind="feed", interval_s=60)
    for _ in range(watch_settings.watch_breaker_failures):
        _poll_all(store, watch_settings)
    (source,) = list_sources(store)
    assert source.failures == watch_settings.watch_breaker_failures
    assert source.open_until is not None and source.open_until - now() > timedelta(hours=5)
    # while open, a due source is not polled
    watch_state(store).update_source(source.id, next_poll_at=now() - timedelta(seconds=1))
    before = len(site.log)
    watch(store, watch_settings, once=True)
    assert len(site.log) == before


def test_robots_txt_is_obeyed(site, store, watch_settings):
    site.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.pages["/private/a"] = Page(article_html("Secret", paragraphs("Secret")))
    site.pages["/rss"] = Page(rss(site, [("/private/a", "Secret")]), content_type="application/rss+xml")
    add_source(store, site.url("/rss"), kind="feed", interval_s=60)
    _poll_all(store, watch_settings)
    assert store.status().articles == 0
    assert site.statuses("/private/a") == []


def test_internal_addresses_are_refused_without_the_setting(site, store):
    from storyline.settings import load_settings

    site.pages["/rss"] = Page(rss(site, []), content_type="application/rss+xml")
    add_source(store, site.url("/rss"), kind="feed", interval_s=60)
    watch(store, load_settings(watch_host_delay_s=0.0, extract_on_ingest=False), once=True)
    (source,) = list_sources(store)
    assert source.failures == 1 and "loopback" in (source.last_error or "")
    assert site.log == []


def test_sources_are_added_listed_and_removed_by_id_or_url(store):
    added = add_source(store, "HTTPS://Example.org:443/feed.xml#top", kind="feed", interval_s=600)
    again = add_source(store, "https://example.org/feed.xml", kind="sitemap", interval_s=900)
    assert added.id == again.id and again.kind == "sitemap"
    assert [s.url for s in list_sources(store)] == ["https://example.org/feed.xml"]
    remove_source(store, added.id[:6])
    assert list_sources(store) == []
    with pytest.raises(Exception, match="no source"):
        remove_source(store, "https://example.org/feed.xml")


def test_a_followed_search_alerts_once_as_atom_and_a_signed_webhook(site, store, watch_settings):
    site.pages["/a"] = Page(article_html("Harbour budget agreed", paragraphs("Budget")))
    site.pages["/rss"] = Page(rss(site, [("/a", "Harbour budget agreed")]), content_type="application/rss+xml")
    add_source(store, site.url("/rss"), kind="feed", interval_s=60)
    followed = follow(store, "search", "ferry timetable")
    _poll_all(store, watch_settings)  # every made-up paragraph mentions the ferry timetable
    alerts = list_alerts(store)
    assert [a.kind for a in alerts] == ["article"] and alerts[0].follow_id == followed.id
    assert check_follows(store, watch_settings) == []  # already alerted: nothing twice
    parsed = feedparser.parse(atom_feed(alerts, title="alerts", feed_id="urn:storyline:alerts",
                                        self_url="http://localhost/feeds/alerts.atom"))
    assert len(parsed.entries) == 1 and "new article" in parsed.entries[0].title
    received = []

    def post(url: str, body: bytes, headers: dict[str, str]) -> int:
        received.append((body, headers["X-Storyline-Signature"]))
        return 500 if len(received) == 1 else 204  # the first attempt fails: retried later

    from storyline.settings import load_settings

    hooked = load_settings(webhook_url="http://hooks.example/storyline", webhook_secret="s3cret")
    assert deliver_webhooks(store, hooked, post) == 0
    assert deliver_webhooks(store, hooked, post) == 0  # not due yet: backoff
    from storyline.store import schema

    with store.engine.begin() as conn:
        conn.execute(schema.alerts.update().values(next_attempt_at=None))
    assert deliver_webhooks(store, hooked, post) == 1
    body, signature = received[-1]
    assert signature == sign(body, "s3cret")
    assert deliver_webhooks(store, hooked, post) == 0


def test_a_page_that_cannot_be_decoded_is_a_recorded_failure(site, store, watch_settings):
    site.pages["/bin"] = Page(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, content_type="text/html")
    add_source(store, site.url("/bin"), kind="page", interval_s=60)
    _poll_all(store, watch_settings)
    assert store.status().articles == 0
    assert any(f.source == site.url("/bin") for f in store.failures())
    assert issubclass(InputError, Exception)


def test_the_web_app_serves_alerts_as_atom_and_versions_as_json(site, store, watch_settings):
    from fastapi.testclient import TestClient

    from storyline.serve.app import create_app

    first = paragraphs("Budget")
    site.pages["/story"] = Page(article_html("Harbour budget agreed", first))
    add_source(store, site.url("/story"), kind="page", interval_s=60)
    follow(store, "search", "harbour budget")
    _poll_all(store, watch_settings)
    site.pages["/story"] = Page(article_html("Harbour budget agreed", [*first, "Update: the vote was postponed."]))
    _poll_all(store, watch_settings)
    client = TestClient(create_app(store), base_url="http://localhost")
    feed = client.get("/feeds/alerts.atom")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    assert len(feedparser.parse(feed.text).entries) == 2  # the first version, then the second
    newest = watch_state(store).versions_of(site.url("/story"))[-1]
    versions = client.get(f"/api/articles/{newest['article_id']}/versions").json()
    assert [v["version"] for v in versions["versions"]] == [1, 2]
    assert versions["this"]["diff"]["added"] == ["Update: the vote was postponed."]
    assert client.get("/api/alerts").json()["items"][0]["kind"] == "article"


def test_the_article_page_shows_its_versions_language_and_json_ld(site, store, watch_settings):
    import json
    import re

    from fastapi.testclient import TestClient

    from storyline.serve.app import create_app

    first = paragraphs("Budget")
    site.pages["/story"] = Page(article_html("Harbour budget agreed", first))
    add_source(store, site.url("/story"), kind="page", interval_s=60)
    _poll_all(store, watch_settings)
    site.pages["/story"] = Page(article_html("Harbour budget agreed", [*first, "Correction: the vote was on Monday."]))
    _poll_all(store, watch_settings)
    newest = watch_state(store).versions_of(site.url("/story"))[-1]["article_id"]
    page = TestClient(create_app(store), base_url="http://localhost").get(f"/articles/{newest}").text
    assert "Versions" in page and "this version" in page and "1 paragraph(s) added" in page
    assert "correction: Correction: the vote was on Monday." in page
    assert "<dt>Language</dt><dd>en" in page
    blob = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert json.loads(blob)["@type"] == "NewsArticle"


def test_the_story_view_marks_reports_that_changed(site, store, watch_settings):
    from storyline.serve.story import compute_story_view

    first = paragraphs("Budget")
    site.pages["/story"] = Page(article_html("Harbour budget agreed", first))
    add_source(store, site.url("/story"), kind="page", interval_s=60)
    _poll_all(store, watch_settings)
    site.pages["/story"] = Page(article_html("Harbour budget agreed", [*first, "Update: the vote was postponed."]))
    _poll_all(store, watch_settings)
    versions = watch_state(store).versions_of(site.url("/story"))
    (story,) = store.list_stories()
    changed = compute_story_view(store, story.id)["changed"]
    assert {k: (v["version"], v["of"]) for k, v in changed.items()} == {
        versions[0]["article_id"]: (1, 2), versions[1]["article_id"]: (2, 2)}
    assert all(v["newest"] == versions[1]["article_id"] for v in changed.values())


def test_a_poll_cycle_stores_its_groups_then_refreshes_the_corpus_once(site, store, watch_settings):
    for name in ("a", "b", "c"):
        site.pages[f"/{name}"] = Page(article_html(f"Harbour report {name}", paragraphs(name.upper())))
    site.pages["/rss"] = Page(rss(site, [(f"/{n}", f"Harbour report {n}") for n in "abc"]),
                              content_type="application/rss+xml")
    add_source(store, site.url("/rss"), kind="feed", interval_s=60)
    settings = load_settings(fetch_allow="127.0.0.1", watch_host_delay_s=0.0, extract_on_ingest=False,
                             watch_store_every=1)  # three groups in one cycle
    watcher = Watcher(store, settings, HttpFetcher(allow="127.0.0.1"))
    watcher.poll(list_sources(store)[0])
    assert store.status().articles == 3
    assert store.pending_refresh() == 3  # groups are stored without the corpus stages
    watcher.poll_due()  # nothing due now, but the cycle ends with the refresh it owes
    assert store.pending_refresh() == 0 and watcher.report.refreshes == 1
    assert store.list_stories()
    watcher.close()
