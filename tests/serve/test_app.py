"""The web app in-process (Starlette's test client): routes, errors, escaping, headers, CSRF."""
from __future__ import annotations

import warnings
from html.parser import HTMLParser

import pytest
from serve_helpers import IMG, SCRIPT, SVG, build_store, postgres_url

from storyline.serve.security import CSP

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx in its test client
    from fastapi.testclient import TestClient

PAGES = ["/", "/?q=amnesty", "/?outlet=Daily+A", "/?entity=abrams", "/?date_from=2019-01-01&date_to=2019-12-31",
         "/articles", "/articles?story=samnesty0001", "/entities", "/entities?type=PERSON", "/search",
         "/search?q=amnesty", "/stories/samnesty0001", "/stories/sold00000001", "/stories/samnesty0001/speakers",
         "/stories/samnesty0001/speakers?group=0", "/stories/samnesty0001/timeline?start=2019-05-01&end=2019-05-31",
         "/stories/shostile0001", "/api/docs"]
API = ["/api/status", "/api/articles", "/api/articles?outlet=Daily+B", "/api/stories", "/api/stories/samnesty0001",
       "/api/entities", "/api/quotes", "/api/timex", "/api/claims", "/api/citations", "/api/search?q=amnesty",
       "/api/openapi.json"]


pytestmark = pytest.mark.usefixtures("fresh_revision")


def client_for(store, **options) -> TestClient:
    from storyline.serve.app import create_app

    return TestClient(create_app(store, **options), base_url="http://localhost")


@pytest.fixture
def client(built) -> TestClient:
    return client_for(built[0])


@pytest.mark.postgres
def test_every_route_on_postgresql() -> None:
    for url in postgres_url():
        store, articles = build_store(url)
        client = client_for(store)
        ids = [f"/articles/{a.id}" for a in articles] + [f"/api/articles/{a.id}" for a in articles]
        hubs = [f"/entities/{e.id}" for e in store.list_entity_summaries(limit=3)]  # the hub's store queries
        for path in PAGES + API + ids + hubs + ["/search?q=offered", "/api/search?q=amnesty+offers"]:
            assert client.get(path).status_code == 200, path
        assert client.get("/api/search?q=offers").json()["items"]  # English stemming
        store.close()


def _ids(built) -> dict[str, str]:
    store, (a, b, c, hostile) = built
    return {"a": a.id, "b": b.id, "c": c.id, "hostile": hostile.id,
            "entity": store.list_entity_summaries(name="Abrams")[0].id}


@pytest.mark.parametrize("path", PAGES + API)
def test_every_route_answers_with_the_security_headers(client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_id_pages(client, built) -> None:
    ids = _ids(built)
    for path in [f"/articles/{ids['a']}", f"/articles/{ids['c'][:6]}", f"/entities/{ids['entity']}",
                 f"/api/articles/{ids['b']}", f"/api/entities/{ids['entity']}"]:
        assert client.get(path).status_code == 200, path


def test_csp_allows_no_inline_script_or_style() -> None:
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert "unsafe" not in CSP and directives["default-src"] == "'none'" and directives["frame-ancestors"] == "'none'"


class _Markup(HTMLParser):
    """Every element and attribute of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def markup(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Markup()
    parser.feed(html)
    return parser.tags


def test_pages_carry_no_inline_script_style_or_handlers(client, built) -> None:
    ids = _ids(built)
    for path in [*PAGES, f"/articles/{ids['hostile']}", f"/articles/{ids['a']}"]:
        for tag, attrs in markup(client.get(path).text):
            assert tag not in ("style", "iframe", "object", "embed", "img"), (path, tag)
            # a script runs only from /static/; a JSON-LD data block (never executed) is the one inline kind
            assert tag != "script" or (attrs.get("src") or "").startswith("/static/") \
                or attrs == {"type": "application/ld+json"}, (path, attrs)
            assert not any(name.startswith("on") or name == "style" for name in attrs), (path, tag, attrs)
            for name in ("href", "src", "action", "hx-get"):
                value = (attrs.get(name) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), (path, tag, attrs)


def test_hostile_text_is_escaped_everywhere(client, built) -> None:
    ids = _ids(built)
    paths = ["/", "/articles", "/stories/shostile0001", f"/articles/{ids['hostile']}", "/search?q=amnesty",
             "/search?q=Mallory", "/entities", "/entities?name=Mallory", "/?q=Mallory"]
    mallory = built[0].list_entity_summaries(name="Mallory")[0].id
    paths.append(f"/entities/{mallory}")
    for path in paths:
        html = client.get(path).text
        for raw in ("<script>window.__xss", "<img src=x onerror", "<svg onload", "onmouseover='"):
            assert raw not in html, (path, raw)
        assert "{{ 7*7 }}" not in html or "49" not in html.split("{{ 7*7 }}")[0][-3:]
    article = client.get(f"/articles/{ids['hostile']}").text
    assert "&lt;script&gt;window.__xss" in article and "{{ 7*7 }}" in article  # shown, as text
    assert 'href="javascript:' not in article and "javascript:window.__xss=1" in article


def test_hostile_text_round_trips_through_the_api(client, built) -> None:
    record = client.get(f"/api/articles/{_ids(built)['hostile']}").json()
    assert SCRIPT in record["title"] and IMG in record["quotes"][0]["speaker"]["name"]
    assert SVG in record["timex"][0]["value"]


def test_unknown_ids_are_404_in_the_shape_of_the_route(client) -> None:
    api = client.get("/api/articles/zzzzzzzz")
    assert api.status_code == 404 and api.json()["error"] == "not-found" and api.json()["fix"]
    page = client.get("/stories/szzzzzzz")
    assert page.status_code == 404 and "no story" in page.text and page.headers["content-type"].startswith("text/html")
    assert client.get("/api/entities/e999").status_code == 404
    assert client.get("/entities/e999").status_code == 404


@pytest.mark.parametrize("path", ["/api/articles?date_from=yesterday", "/api/articles?q=%00", "/api/articles?limit=0",
                                  "/api/articles?limit=100000", "/api/articles/%00x", "/api/search", "/?date_to=2019-1",
                                  "/api/articles/a%20b"])
def test_bad_parameters_are_422(client, path: str) -> None:
    assert client.get(path).status_code == 422


def test_read_only_by_default(client) -> None:
    assert client.post("/ingest", files={"files": ("x.txt", b"text")}).status_code in (404, 405)
    assert client.get("/ingest").status_code == 404
    assert client.post("/api/articles", json={}).status_code == 405
    assert client.delete("/api/stories/samnesty0001").status_code == 405
    assert "Upload" not in client.get("/").text


@pytest.mark.parametrize("path", ["/", "/stories/samnesty0001", "/api/stories", "/api/articles/zzzzzzzz", "/static/storyline.css"])
def test_head_answers_as_get_without_a_body(client, path: str) -> None:
    got, head = client.get(path), client.head(path)
    assert head.status_code == got.status_code and head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-security-policy"] == got.headers["content-security-policy"]


def test_htmx_requests_get_only_the_part_they_swap(client) -> None:
    partial = client.get("/?q=amnesty", headers={"HX-Request": "true"}).text
    assert partial.lstrip().startswith('<section id="results">') and "<html" not in partial
    timeline = client.get("/stories/samnesty0001/timeline", headers={"HX-Request": "true"}).text
    assert timeline.lstrip().startswith('<section id="timeline"')


def test_story_page_shows_the_timeline_contradictions_and_provenance(client) -> None:
    html = client.get("/stories/samnesty0001").text
    assert 'class="marker contradicted"' in html and 'id="contradiction-0"' in html
    assert "First reported" in html and "Elliott Abrams" in html and "<svg" in html


def test_api_pages_and_records(client, built) -> None:
    page = client.get("/api/articles?limit=2").json()
    assert (len(page["items"]), page["total"], page["next_offset"]) == (2, 4, 2)
    assert set(page["items"][0]) >= {"id", "source", "title", "published", "body", "dropped"}
    story = client.get("/api/stories/samn").json()
    assert story["id"] == "samnesty0001" and story["contradictions"] and story["timeline"]
    assert client.get("/api/search?q=amnesty&limit=1").json()["next_offset"] == 1


def test_openapi_documents_the_api_and_the_feeds_only(client) -> None:
    spec = client.get("/api/openapi.json").json()
    assert set(spec["paths"]) >= {"/api/articles", "/api/articles/{article_id}", "/api/stories/{story_id}",
                                  "/api/search", "/api/quotes", "/feeds/alerts.atom"}
    assert all(p.startswith(("/api/", "/feeds/")) for p in spec["paths"])
    assert "q" in {p["name"] for p in spec["paths"]["/api/claims"]["get"]["parameters"]}
    assert "GET" in client.get("/api/docs").text


# --- upload (only with allow_ingest) ---------------------------------------------------------------

@pytest.fixture
def uploader(built):
    from storyline.settings import load_settings

    settings = load_settings(None, extract_on_ingest=False)
    return client_for(built[0], allow_ingest=True, settings=settings)


def _token(client: TestClient) -> str:
    import re

    html = client.get("/ingest").text
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_upload_form_sets_a_strict_http_only_cookie(uploader) -> None:
    response = uploader.get("/ingest")
    cookie = response.headers["set-cookie"].lower()
    assert "storyline_csrf=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    assert '<meta name="csrf-token"' in response.text and "Upload" in response.text


def test_upload_with_token_and_origin_ingests(uploader, built) -> None:
    token = _token(uploader)
    response = uploader.post("/ingest", data={"csrf_token": token}, headers={"Origin": "http://localhost"},
                             files={"files": ("../../etc/new story.txt", "A new report about the harbour.\n\nIt says more.")})
    assert response.status_code == 200, response.text[:300]
    assert "added 1" in response.text
    assert built[0].count_articles() == 5


@pytest.mark.parametrize("case", ["no token", "wrong token", "forged cookie", "no origin", "other origin", "header ok"])
def test_upload_refuses_cross_site_requests(uploader, case: str) -> None:
    token = _token(uploader)
    data, headers = {"csrf_token": token}, {"Origin": "http://localhost"}
    if case == "no token":
        data = {}
    elif case == "wrong token":
        data = {"csrf_token": token[:-1] + ("1" if token.endswith("0") else "0")}  # never the same token
    elif case == "forged cookie":
        forged = "abc.def"
        uploader.cookies.set("storyline_csrf", forged)
        data = {"csrf_token": forged}
    elif case == "no origin":
        headers = {}
    elif case == "other origin":
        headers = {"Origin": "https://evil.example"}
    elif case == "header ok":
        data, headers = {}, {"Origin": "http://localhost", "X-CSRF-Token": token}
    response = uploader.post("/ingest", data=data, headers=headers, files={"files": ("a.txt", b"Some text here.")})
    if case == "header ok":
        assert response.status_code == 200
    else:
        assert response.status_code == 403 and "added" not in response.text


def test_upload_file_names_cannot_escape_the_folder() -> None:
    from storyline.serve.upload import safe_name

    assert safe_name("../../etc/passwd", 0) == "000_passwd"
    assert safe_name(".hidden.html", 1) == "001_hidden.html"
    assert safe_name(None, 2) == "002_upload"
    assert "/" not in safe_name("a/b\\c<>.txt", 3)


def test_an_empty_store_renders_every_list(tmp_path) -> None:
    from storyline.store import open_store

    with open_store(f"sqlite:///{tmp_path / 'empty.db'}") as store:
        client = client_for(store)
        for path in ["/", "/articles", "/entities", "/search?q=x", "/api/stories", "/api/status",
                     "/api/articles?offset=5000", "/api/quotes?offset=999999", "/api/search?q=x"]:
            assert client.get(path).status_code == 200, path
        assert client.get("/").text.count("No story matches") == 1


def test_quotes_by_speaker_as_the_cli_finds_them(client) -> None:
    """`/api/quotes?speaker=` answers what `storyline quotes --speaker` does, paged."""
    every = client.get("/api/quotes?limit=100").json()["items"]
    by_abrams = client.get("/api/quotes?speaker=abrams").json()
    assert by_abrams["total"] == len(by_abrams["items"]) >= 1 < len(every)
    assert all("Abrams" in (q["speaker"].get("name") or "") for q in by_abrams["items"])
    assert client.get("/api/quotes?speaker=nobody-at-all").json() == {
        "items": [], "total": 0, "limit": 20, "offset": 0, "next_offset": None}
