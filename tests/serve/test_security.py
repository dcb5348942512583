"""The web app's edges (issue 12): the Host allowlist before anything else, the Origin check
against it, zoom windows at the ends of the calendar, one error shape per kind of route, the
security headers on every answer (500 too), and no local paths in pages or API."""
from __future__ import annotations

import re
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from serve_helpers import build_store

from storyline.serve.security import CSP, HostAllowlist, host_name, same_origin

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


pytestmark = pytest.mark.usefixtures("fresh_revision")


def _client(store, host: str = "localhost", **options) -> TestClient:
    from storyline.serve.app import create_app

    return TestClient(create_app(store, **options), base_url=f"http://{host}", raise_server_exceptions=False)


@pytest.fixture
def client(built) -> TestClient:
    return _client(built[0])


def _is_error_shape(response) -> bool:
    body = response.json()
    return set(body) == {"error", "message", "fix"} and all(isinstance(body[k], str) and body[k] for k in body)


# --- Host allowlist --------------------------------------------------------------------------------

@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1", "127.0.0.1:9", "[::1]:8000", "LOCALHOST"])
def test_local_names_are_allowed(built, host: str) -> None:
    assert _client(built[0]).get("/api/status", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("path", ["/", "/api/status", "/stories/samnesty0001", "/static/storyline.css", "/nowhere"])
def test_a_rebinding_host_is_refused_before_anything_else(client, path: str) -> None:
    response = client.get(path, headers={"host": "attacker.example:8000"})
    assert response.status_code == 421
    assert response.headers["content-security-policy"] == CSP
    if path.startswith("/api/"):
        assert _is_error_shape(response) and response.json()["error"] == "host-not-allowed"
    else:
        assert response.headers["content-type"].startswith("text/html") and "allowed_hosts" in response.text
    assert "Amnesty" not in response.text and "samnesty" not in response.text


@pytest.mark.parametrize("host", ["", "a b", "x@localhost", "localhost:port", "[::1", "localhost/x"])
def test_a_missing_or_malformed_host_is_400(client, host: str) -> None:
    response = client.get("/api/status", headers={"host": host})
    assert response.status_code == 400 and _is_error_shape(response)


def test_allowed_hosts_setting_adds_names(built, tmp_path) -> None:
    from storyline.settings import load_settings

    settings = load_settings(tmp_path / "none.toml", allowed_hosts="news.internal, Desk.Example")
    for host, status in (("news.internal", 200), ("desk.example:80", 200), ("other.internal", 421)):
        assert _client(built[0], settings=settings).get("/api/status", headers={"host": host}).status_code == status


def test_the_bound_address_is_allowed_and_a_wildcard_adds_the_machine_name() -> None:
    import socket

    assert HostAllowlist.build("10.1.2.3").allows("10.1.2.3:8000")
    assert not HostAllowlist.build("10.1.2.3").allows("10.9.9.9")
    assert HostAllowlist.build("0.0.0.0").allows(socket.gethostname())


def test_origin_is_checked_against_the_allowlist_not_the_host() -> None:
    hosts = HostAllowlist.build("127.0.0.1")
    assert same_origin(hosts, "127.0.0.1:8000", "http://127.0.0.1:8000", None)
    # a rebinding page sends its own name as Host and Origin: equal, but not allowed
    assert not same_origin(hosts, "attacker.example:8000", "http://attacker.example:8000", None)
    assert not same_origin(hosts, "127.0.0.1:8000", "http://127.0.0.1:3000", None)  # another local server
    assert not same_origin(hosts, "127.0.0.1:8000", None, None)


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_host_name_never_raises(text: str) -> None:
    name = host_name(text)
    assert name is None or (name == name.lower() and name.strip() == name)


def test_upload_from_a_rebinding_page_is_refused(built, tmp_path) -> None:
    from storyline.settings import load_settings

    settings = load_settings(tmp_path / "none.toml", extract_on_ingest=False)
    uploader = _client(built[0], allow_ingest=True, settings=settings)
    token = re.search(r'name="csrf_token" value="([^"]+)"', uploader.get("/ingest").text).group(1)
    evil = {"host": "attacker.example:8000", "origin": "http://attacker.example:8000"}
    response = uploader.post("/ingest", data={"csrf_token": token}, headers=evil, files={"files": ("a.txt", b"Text.")})
    assert response.status_code == 421 and built[0].count_articles() == 4


# --- zoom extremes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["start=0001-01-01", "end=9999-12-31", "start=0001-01-01&end=9999-12-31",
                                   "start=9999-12-31", "end=0001-01-01", "start=9999&end=0001",
                                   "start=0001-01&end=0001-02"])
@pytest.mark.parametrize("route", ["/stories/samnesty0001", "/stories/samnesty0001/timeline", "/stories/shostile0001"])
def test_zoom_windows_at_the_ends_of_the_calendar(client, route: str, query: str) -> None:
    response = client.get(f"{route}?{query}")
    assert response.status_code == 200, response.text[:300]
    window = re.search(r'class="window">(\d{4}-\d\d-\d\d) … (\d{4}-\d\d-\d\d)<', response.text)
    assert window and "2018" <= window.group(1) <= window.group(2) <= "2025"


@given(st.dates(), st.dates())
@settings(max_examples=200, deadline=None)
def test_layout_takes_any_window(first, second) -> None:
    from storyline.serve.axis import layout

    entries = [{"date": "2019-05-03", "summary": "a", "sources": []}, {"date": "2023", "summary": "b", "sources": []}]
    axis = layout(entries, ["2019-05-10", None], first.isoformat(), second.isoformat())
    assert axis.start <= axis.end and axis.ticks
    if axis.zoom_in:
        assert axis.start <= axis.zoom_in[0] <= axis.zoom_in[1] <= axis.end


def test_zoom_in_goes_to_where_the_entries_are() -> None:
    from storyline.serve.axis import layout

    # a burst in 2019 and one entry in 2025: the middle (2022) is empty
    entries = [{"date": f"2019-0{m}-10", "summary": str(m), "sources": []} for m in range(1, 8)]
    entries.append({"date": "2025-06-01", "summary": "late", "sources": []})
    axis = layout(entries)
    # halving around the middle gave 2020-07 … 2023-12: no entry at all
    assert axis.zoom_in and axis.zoom_in[0] <= "2019-01-10" and axis.zoom_in[1] >= "2019-07-10"


# --- error shapes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/api/articles/zzzzzzzz", "/api/nowhere", "/api/articles?limit=0",
                                  "/api/articles?date_from=%3Cscript%3Eyesterday", "/api/search",
                                  "/api/articles/a%20b", "/api/stories?q=%00"])
def test_every_api_error_has_one_shape_and_never_echoes_the_input(client, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (404, 422), path
    assert _is_error_shape(response), response.text
    assert "<script>" not in response.text and "yesterday" not in response.text and "a b" not in response.text
    assert response.headers["content-security-policy"] == CSP


def test_wrong_methods_are_405_in_the_error_shape(client) -> None:
    response = client.post("/api/articles", json={"x": "<script>"})
    assert response.status_code == 405 and _is_error_shape(response) and "<script>" not in response.text
    page = client.delete("/stories/samnesty0001")
    assert page.status_code == 405 and page.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("path", ["/?date_to=2019-1", "/articles?limit=0", "/nowhere", "/stories/a%20b",
                                  "/entities?type=%3Cb%3E", "/static/nothing.css"])
def test_html_routes_answer_with_an_html_error_page(client, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (404, 422)
    assert response.headers["content-type"].startswith("text/html")
    assert '<section class="error"' in response.text and '"detail"' not in response.text
    assert response.headers["content-security-policy"] == CSP


def test_a_500_carries_the_security_headers_and_the_error_shape(built, monkeypatch) -> None:
    from storyline.serve import views

    def broken(*_args, **_kwargs):
        raise RuntimeError("/home/someone/secret/path exploded")

    monkeypatch.setattr(views, "store_status", broken)
    client = _client(built[0])
    for path, kind in (("/api/status", "application/json"), ("/", "text/html")):
        response = client.get(path)
        assert response.status_code == 500 and response.headers["content-type"].startswith(kind)
        assert response.headers["content-security-policy"] == CSP and response.headers["x-frame-options"] == "DENY"
        assert "/home/someone" not in response.text and "exploded" not in response.text
    assert _is_error_shape(client.get("/api/status"))


# --- no local paths --------------------------------------------------------------------------------

def test_no_absolute_local_paths_in_pages_or_api(tmp_path) -> None:
    store, articles = build_store(tmp_path / "store.db")
    for a in articles:  # as ingested from a folder: the source is an absolute path
        a.source = str(tmp_path / "corpus" / a.source)
        store.save_article(a)
    client = _client(store)
    paths = ["/articles", "/api/articles", "/api/stories/samnesty0001", "/stories/samnesty0001", "/"]
    paths += [f"/articles/{a.id}" for a in articles] + [f"/api/articles/{a.id}" for a in articles]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert str(tmp_path) not in response.text, path
    assert client.get(f"/api/articles/{articles[0].id}").json()["source"] == "a.txt"
    store.close()


def test_without_local_paths_keeps_urls_and_app_addresses() -> None:
    from storyline.serve.public import public_source, without_local_paths

    assert without_local_paths("cannot read /home/ana/news/x.html: gone") == "cannot read x.html: gone"
    assert without_local_paths("see /api/docs or https://example.org/home/x") == "see /api/docs or https://example.org/home/x"
    assert without_local_paths(r"C:\Users\ana\x.txt is empty") == "x.txt is empty"
    assert public_source("https://example.org/a") == "https://example.org/a"
    assert public_source("/work/shared/seeds/a.html") == "a.html" and public_source("b.txt") == "b.txt"
