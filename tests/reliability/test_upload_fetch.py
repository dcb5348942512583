"""The web upload's server-side fetch goes through the guard: a `.urls` upload naming loopback is refused."""
from __future__ import annotations

import re

import pytest
from http_helpers import loopback_port  # noqa: F401  (a fixture)

pytest.importorskip("fastapi")


def test_uploaded_url_list_cannot_reach_loopback(tmp_path, loopback_port, monkeypatch):
    from fastapi.testclient import TestClient

    from storyline.serve.app import create_app
    from storyline.settings import load_settings
    from storyline.store import open_store

    monkeypatch.delenv("STORYLINE_FETCH_ALLOW", raising=False)
    listing = (f"http://127.0.0.1:{loopback_port}/page\nhttp://[::1]:{loopback_port}/page\n"
               f"http://2130706433:{loopback_port}/page\nhttp://169.254.169.254/latest/meta-data/\n")
    with open_store(f"sqlite:///{tmp_path / 'store.db'}") as store:
        app = create_app(store, allow_ingest=True, settings=load_settings(None, extract_on_ingest=False))
        client = TestClient(app, base_url="http://localhost")
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/ingest").text).group(1)
        response = client.post("/ingest", data={"csrf_token": token}, headers={"Origin": "http://localhost"},
                               files={"files": ("inside.urls", listing.encode())})
        assert response.status_code == 200, response.text[:300]
        assert store.status().articles == 0
        refused = [f for f in store.failures() if f.error == "blocked-address"]
    assert len(refused) == 4
    assert "Served on loopback" not in response.text
