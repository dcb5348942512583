"""The web UI in a real browser: Debian's Chromium driven by Playwright, against a live server.

One server over a store built by ingesting the sample corpus (examples/sample), the seeds
(../shared/seeds, when present) and an article full of XSS payloads, then refreshing the corpus
records; one more, with uploads allowed, on an empty store. Screenshots go to artifacts/browser/
(ignored by git). Playwright's own browser download is never used (`playwright install` is not
run): Chromium is /usr/bin/chromium, installed by scripts/setup.sh.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
from serve_helpers import hostile_article

from conftest import REPO, SHARED

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium's own connections are refused by a closed network.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = REPO / "artifacts" / "browser"
SEEDS = SHARED / "seeds"

pytestmark = pytest.mark.slow


def _need_browser() -> None:
    missing = [what for what, ok in (("playwright", _has("playwright")), ("chromium", CHROMIUM.exists())) if not ok]
    if missing:
        reason = f"{' and '.join(missing)} not installed (scripts/setup.sh installs both)"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {reason}", pytrace=False)
        pytest.skip(reason)


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


class LiveServer:
    """uvicorn serving an app in a thread on a free port of 127.0.0.1."""

    def __init__(self, app) -> None:
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The sample corpus, the seeds (if ../shared is there) and the hostile article, ingested."""
    _need_browser()
    from storyline.ingest.batch import ingest, refresh_corpus
    from storyline.settings import load_settings
    from storyline.store import open_store

    folder = tmp_path_factory.mktemp("browser")
    store = open_store(f"sqlite:///{folder / 'corpus.db'}")
    paths = [REPO / "examples" / "sample"] + ([SEEDS] if SEEDS.is_dir() else [])
    report = ingest([str(p) for p in paths], store, load_settings(folder / "none.toml"))
    assert report.added
    hostile = hostile_article()
    store.save_article(hostile)
    refresh_corpus(store)
    yield store, hostile
    store.close()


@pytest.fixture(scope="module")
def server(corpus):
    from storyline.serve.app import create_app

    with LiveServer(create_app(corpus[0])) as live:
        yield live


@pytest.fixture(scope="module")
def playwright():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright):
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


class Watched:
    """A page that records dialogs (dismissed), page errors and console errors (CSP reports)."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def goto(self, url: str):
        response = self.page.goto(url)
        self.page.wait_for_load_state("networkidle")
        assert response.status == 200, url
        return self.page

    def shot(self, name: str, full: bool = True) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full)
        return path

    def xss_ran(self) -> bool:
        return self.page.evaluate("typeof window.__xss !== 'undefined'") or bool(self.dialogs)


@pytest.fixture
def tab(browser):
    watched = Watched(browser)
    yield watched
    watched.context.close()


def _story_of(corpus, article_id: str) -> str:
    return corpus[0].story_of(article_id)


def _sample_story(corpus) -> str:
    """The sample corpus's story: the one holding the Eastport Gazette article."""
    store = corpus[0]
    return next(store.story_of(a.id) for a in store.list_article_summaries(limit=200)
                if a.source.endswith("eastport_gazette_inquiry.txt"))


def test_stories_list_renders_and_leads_to_a_story(server, corpus, tab) -> None:
    page = tab.goto(server.url + "/")
    rows = page.locator("table.stories tbody tr")
    assert rows.count() >= 2
    tab.shot("stories")
    sample = _sample_story(corpus)
    page.locator(f'a.story-link[href="/stories/{sample}"]').click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/stories/{sample}")
    assert page.locator("h1").inner_text()
    assert tab.errors == [] and not tab.xss_ran()


def test_story_page_draws_every_timeline_entry_on_the_axis(server, corpus, tab) -> None:
    import httpx

    sample = _sample_story(corpus)
    story = httpx.get(f"{server.url}/api/stories/{sample}").json()
    page = tab.goto(f"{server.url}/stories/{sample}")
    assert len(story["timeline"]) > 3
    assert page.locator("svg.axis.wide a.marker").count() == len(story["timeline"])
    assert page.locator("ol.entries li.entry").count() == len(story["timeline"])
    assert page.locator("ol.entries li.entry ul.sources li").count() >= len(story["timeline"])
    assert page.locator("svg.axis.wide a.tick text").count() >= 3  # years-long span: year ticks
    assert page.locator("#speakers details.speaker").count() >= 1
    assert page.locator("#provenance").inner_text().count("independent origin") >= 1
    tab.shot("story-sample")
    tab.shot("story-sample-top", full=False)  # docs/img/web-story.png (scripts/web_screenshot.sh)
    page.locator("svg.axis.wide a.marker").first.click()
    assert page.url.endswith("#entry-0")
    assert tab.errors == []


def test_story_timeline_zooms_in_place(server, corpus, tab) -> None:
    from playwright.sync_api import expect

    sample = _sample_story(corpus)
    page = tab.goto(f"{server.url}/stories/{sample}")
    whole = page.locator("#timeline .window").inner_text()
    page.locator("#zoom-in").click()
    # expect(), not wait_for_function: the page's CSP forbids the eval that the latter needs
    expect(page.locator("#timeline .window")).not_to_have_text(whole)
    assert page.locator("#zoom-reset").count() == 1
    assert "start=" in page.url and "end=" in page.url  # swapped by htmx, the zoom pushed to the URL
    page.locator("#zoom-reset").click()
    expect(page.locator("#timeline .window")).to_have_text(whole)
    total = page.locator("ol.entries li.entry").count()
    page.locator("svg.axis.wide a.tick", has_text="2023").locator("text").click()  # a year label zooms to it
    expect(page.locator("#timeline .window")).to_have_text("2023-01-01 … 2023-12-31")
    assert 0 < page.locator("ol.entries li.entry").count() < total
    tab.shot("story-zoomed", full=False)
    page.keyboard.press("-")  # zoom out
    expect(page.locator("#timeline .window")).not_to_have_text("2023-01-01 … 2023-12-31")
    page.keyboard.press("0")  # at once: the key must work before htmx has settled the swap too  # back to the whole story
    expect(page.locator("#timeline .window")).to_have_text(whole)
    assert tab.errors == []


def test_seeds_story_marks_its_contradictions(server, corpus, tab) -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repo")
    store = corpus[0]
    seeds = next(a.id for a in store.list_article_summaries(limit=200) if a.source.startswith(str(SEEDS)))
    page = tab.goto(f"{server.url}/stories/{store.story_of(seeds)}")
    assert page.locator("#contradictions .contradiction").count() >= 3
    # on the time axis where they are dated; the seeds' are not (their articles carry no date)
    placed = page.locator("svg.axis.wide a.flag").count()
    undated = page.locator("#undated .undated-flags")
    assert placed + (int(undated.inner_text().split()[0]) if undated.count() else 0) >= 1  # disputes, each once
    (page.locator("svg.axis.wide a.flag polygon").first if placed else undated.locator("a").first).click()
    assert "#dispute" in page.url
    tab.shot("story-seeds")
    assert tab.errors == []


def test_article_page_highlights_and_shows_the_dropped_lines(server, corpus, tab) -> None:
    store = corpus[0]
    article = next(a for a in store.list_article_summaries(limit=200) if a.source.endswith("eastport_gazette_inquiry.txt"))
    page = tab.goto(f"{server.url}/articles/{article.id}")
    for kind in ("hl-entity", "hl-quote", "hl-timex"):
        assert page.locator(f".body .{kind}").count() >= 1, kind
    dropped = page.locator("details.dropped table")
    assert not dropped.is_visible()
    page.locator("details.dropped summary").click()
    assert dropped.is_visible() and page.locator("details.dropped tbody tr").count() >= 1
    entity = page.locator(".body a.hl-entity").first
    before = entity.evaluate("e => getComputedStyle(e).backgroundColor")
    page.locator('label[for="show-entities"]').click()  # pure-CSS toggle
    assert entity.evaluate("e => getComputedStyle(e).backgroundColor") != before
    tab.shot("article")
    page.locator("dl.meta a", has_text="Veradia").first.click()  # the original it reprints
    page.wait_for_load_state("networkidle")
    assert page.locator("dl.meta").inner_text().count("Reprinted by") == 1
    assert tab.errors == []


def test_entity_page_from_an_article(server, corpus, tab) -> None:
    store = corpus[0]
    verlo = store.list_entity_summaries(name="Ana Verlo")[0]
    page = tab.goto(f"{server.url}/entities/{verlo.id}")
    assert "Quotes by Ana Verlo" in page.locator(".quotes-by h2").inner_text()
    assert page.locator(".quotes-by ul.quotes li").count() >= 1
    page.locator('.quotes-by ul.quotes li a[href^="/articles/"]').first.click()
    page.wait_for_load_state("networkidle")
    assert "/articles/" in page.url and "#q-" in page.url
    tab.shot("entity-article-quote", full=False)
    assert tab.errors == []


def test_search_and_filters_update_as_one_types(server, tab) -> None:
    from playwright.sync_api import expect

    page = tab.goto(f"{server.url}/search")
    page.locator('#main input[name="q"]').fill("wells")
    page.wait_for_selector("table.hits tbody tr")
    assert page.locator("table.hits tbody tr mark").count() >= 1
    assert page.locator("table.hits a.story-link").count() >= 1  # the story column
    assert "q=wells" in page.url  # hx-push-url
    page = tab.goto(f"{server.url}/")
    total = page.locator("table.stories tbody tr").count()
    page.locator('form.filters input[name="q"]').fill("zzzznothing")
    page.wait_for_selector("#results p.empty")
    page.locator('form.filters input[name="q"]').fill("")
    expect(page.locator("table.stories tbody tr")).to_have_count(total)
    assert tab.errors == []


def test_hostile_article_never_runs_script(server, corpus, tab) -> None:
    store, hostile = corpus
    mallory = store.list_entity_summaries(name="Mallory")
    paths = [f"/articles/{hostile.id}", f"/stories/{_story_of(corpus, hostile.id)}", "/", "/articles",
             "/search?q=amnesty+officials", "/entities?name=Mallory", "/?q=Mallory"]
    paths += [f"/entities/{e.id}" for e in mallory]
    for path in paths:
        page = tab.goto(server.url + path)
        for element in page.locator("a, span, q, h1, td").all()[:150]:
            if element.is_visible():
                element.hover(timeout=2000, force=True)  # onmouseover payloads get their chance
        assert not tab.xss_ran(), path
    page = tab.goto(f"{server.url}/articles/{hostile.id}")
    assert "<script>" in page.locator("h1").inner_text()  # shown as text
    assert page.evaluate("document.querySelectorAll('.body script, .body img, .body svg').length") == 0
    page.locator("details.dropped summary").click()
    tab.shot("hostile-article")
    assert not tab.xss_ran() and tab.dialogs == []
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_upload_through_the_browser_passes_csrf(browser, tmp_path) -> None:
    from storyline.serve.app import create_app
    from storyline.settings import load_settings
    from storyline.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'upload.db'}")
    sample = tmp_path / "note.txt"
    sample.write_text("Harbour officials opened the new pier on Monday.\n\nThe mayor said it was overdue.",
                      encoding="utf-8")
    app = create_app(store, allow_ingest=True, settings=load_settings(tmp_path / "none.toml", extract_on_ingest=False))
    with LiveServer(app) as live:
        tab = Watched(browser)
        page = tab.goto(f"{live.url}/ingest")
        page.locator('input[type="file"]').set_input_files(str(sample))
        page.locator("form.upload button").click()
        page.wait_for_selector("section.report")
        assert "added 1" in page.locator("section.report").inner_text()
        tab.shot("upload")
        tab.context.close()
    assert store.count_articles() == 1
    store.close()


def test_upload_of_a_loopback_url_is_refused(browser, tmp_path) -> None:
    """A `.urls` upload naming the server's own loopback address (SSRF: the answer would be stored
    as a readable article) is refused by the fetch guard and reported; nothing is stored."""
    from storyline.serve.app import create_app
    from storyline.settings import load_settings
    from storyline.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'upload.db'}")
    app = create_app(store, allow_ingest=True, settings=load_settings(tmp_path / "none.toml", extract_on_ingest=False))
    with LiveServer(app) as live:
        listing = tmp_path / "inside.urls"
        listing.write_text(f"{live.url}/api/stories\nhttp://169.254.169.254/latest/meta-data/\n", encoding="utf-8")
        tab = Watched(browser)
        page = tab.goto(f"{live.url}/ingest")
        page.locator('input[type="file"]').set_input_files(str(listing))
        page.locator("form.upload button").click()
        page.wait_for_selector("section.report")
        report = page.locator("section.report").inner_text()
        assert "added 0" in report and "skipped 2" in report, report
        assert report.count("blocked-address") == 2, report
        tab.context.close()
    assert store.count_articles() == 0
    store.close()


# --- issue 12: no way in through the browser; dates on the page ---------------------------------

def test_a_dns_rebinding_page_is_refused(server, corpus, playwright) -> None:
    """attacker.test resolves to 127.0.0.1 (as a rebinding DNS answer would): the page loads from
    the server's port but with the attacker's name as Host, and gets nothing of the store."""
    rules = "--host-resolver-rules=MAP attacker.test 127.0.0.1"
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, rules])
    page = chromium.new_page()
    for path in ("/", "/api/stories", f"/stories/{_sample_story(corpus)}"):
        response = page.goto(f"http://attacker.test:{server.port}{path}")
        assert response.status == 421, path
        assert "Eastport" not in page.content()
    chromium.close()


def test_zoom_extremes_and_back(server, corpus, tab) -> None:
    from playwright.sync_api import expect

    sample = _sample_story(corpus)
    page = tab.goto(f"{server.url}/stories/{sample}")
    whole = page.locator("#timeline .window").inner_text()
    for query in ("start=0001-01-01", "end=9999-12-31", "start=0001-01-01&end=9999-12-31", "start=9999&end=0001"):
        page = tab.goto(f"{server.url}/stories/{sample}?{query}")
        assert page.locator("#timeline .window").inner_text() == whole, query
    page = tab.goto(f"{server.url}/stories/{sample}")
    page.locator("#zoom-in").click()
    expect(page.locator("#timeline .window")).not_to_have_text(whole)
    zoomed_url, zoomed = page.url, page.locator("#timeline .window").inner_text()
    assert page.locator("ol.entries li.entry").count() >= 1  # zoom-in lands where the entries are
    page.go_back()
    expect(page.locator("#timeline .window")).to_have_text(whole)
    page = tab.goto(zoomed_url)  # a bookmark of the zoomed view
    assert page.locator("#timeline .window").inner_text() == zoomed
    assert tab.errors == []


def test_phone_layout_keeps_the_axis_readable(server, corpus, browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    sample = _sample_story(corpus)
    page.goto(f"{server.url}/stories/{sample}")
    page.wait_for_load_state("networkidle")
    assert not page.locator("svg.axis.wide").is_visible() and page.locator("svg.axis.narrow").is_visible()
    sizes = page.locator("svg.axis.narrow a.tick text").evaluate_all(
        "ts => ts.map(t => t.getBoundingClientRect().height)")
    assert sizes and min(sizes) >= 11, sizes
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1  # no sideways scrolling
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "story-sample-390.png"), full_page=False)
    for path in ("/", "/search?q=wells", "/articles"):
        page.goto(server.url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1, path
    if SEEDS.is_dir():
        store = corpus[0]
        seeds = next(a.id for a in store.list_article_summaries(limit=200) if a.source.startswith(str(SEEDS)))
        page.goto(f"{server.url}/stories/{store.story_of(seeds)}")
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(SHOTS / "story-seeds-390.png"), full_page=False)
    context.close()


def test_seeds_story_shows_its_undated_lane(server, corpus, tab) -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repo")
    store = corpus[0]
    seeds = next(a.id for a in store.list_article_summaries(limit=200) if a.source.startswith(str(SEEDS)))
    page = tab.goto(f"{server.url}/stories/{store.story_of(seeds)}")
    lane = page.locator("#undated")
    if lane.count():
        assert "undated" in lane.inner_text().lower()
        assert lane.locator("a").count() >= 1
    tab.shot("story-seeds-top", full=False)
    assert tab.errors == []
