"""GET /api/articles/{id}/jsonld: the article as schema.org NewsArticle JSON-LD (issue 15.2)."""
from __future__ import annotations

import warnings

from serve_helpers import build_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx in its test client
    from fastapi.testclient import TestClient


def test_article_jsonld(tmp_path) -> None:
    from storyline.serve.app import create_app

    store, articles = build_store(tmp_path / "store.db")
    try:
        client = TestClient(create_app(store), base_url="http://localhost")
        for article in articles:
            response = client.get(f"/api/articles/{article.id[:8]}/jsonld")
            assert response.status_code == 200 and response.headers["content-type"] == "application/ld+json"
            doc = response.json()
            assert doc["@type"] == "NewsArticle" and doc["identifier"] == article.id
            assert doc["@id"] == f"http://localhost/articles/{article.id}"
            assert doc.get("headline") == article.title and doc.get("datePublished") == article.published.value
        assert client.get("/api/articles/ffffffffff/jsonld").status_code == 404
    finally:
        store.close()
