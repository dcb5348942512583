"""The JSON API against its own OpenAPI document (schemathesis, in-process): for generated and
hostile inputs, no 5xx and no response that violates the documented schema, status code or
content type. The store holds the hand-built articles, the XSS one among them.

(schemathesis's pytest plugin does not run under pytest 9, so each operation's hypothesis strategy
is driven here directly.)
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from serve_helpers import build_store

schemathesis = pytest.importorskip("schemathesis")
fastapi = pytest.importorskip("fastapi")

# Examples per operation: enough to reach every parameter's edge cases; a longer run sets
# STORYLINE_API_EXAMPLES (400 per operation: 0 failures, see docs/web.md)
EXAMPLES = int(os.environ.get("STORYLINE_API_EXAMPLES", "30"))


def _operations() -> list[tuple[str, str]]:
    """Every (path, method) of the app's OpenAPI document: the API and the feeds."""
    from fastapi import FastAPI

    from storyline.serve.app import routers

    app = FastAPI()
    for router in routers():
        app.include_router(router)
    return sorted((path, method.upper()) for path, item in app.openapi()["paths"].items() for method in item)


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    from storyline.serve.app import create_app
    from storyline.serve.security import HostAllowlist
    from storyline.watch.alerts import follow

    store, _ = build_store(tmp_path_factory.mktemp("openapi") / "store.db")
    follow(store, "story", "samnesty0001")
    # schemathesis sends Host: testserver (the app answers only to the names it is told)
    yield schemathesis.openapi.from_asgi("/api/openapi.json", create_app(store, hosts=HostAllowlist.build("testserver")))
    store.close()


@pytest.mark.parametrize(("path", "method"), _operations())
def test_api_operation_conforms_to_its_schema(api_schema, path: str, method: str) -> None:
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def conforms(case) -> None:
        case.call_and_validate(checks=checks)

    conforms()


def test_every_api_and_feed_route_is_in_the_schema() -> None:
    """Schemathesis reaches only what the OpenAPI document lists: no JSON or feed route is left out."""
    from fastapi.routing import APIRoute

    from storyline.serve.app import routers

    served = {(r.path, m) for router in routers() for r in router.routes if isinstance(r, APIRoute)
              for m in r.methods if r.path.startswith(("/api/", "/feeds/")) and r.path != "/api/docs"}
    assert served == set(_operations())
    assert {"/api/claims", "/api/alerts", "/api/articles/{article_id}/versions", "/feeds/alerts.atom",
            "/feeds/follows/{follow_id}.atom"} <= {path for path, _ in served}


def test_real_records_conform_too(api_schema, tmp_path) -> None:
    """Generated ids rarely exist: the stored ones (the XSS article's included) are checked here."""
    import warnings

    from storyline.serve.app import create_app
    from storyline.watch.alerts import follow

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    store, articles = build_store(tmp_path / "store.db")
    followed = follow(store, "story", "samnesty0001")
    client = TestClient(create_app(store), base_url="http://localhost")
    entities = [e.id for e in store.list_entity_summaries(limit=20)]
    targets = ([("/api/articles/{article_id}", f"/api/articles/{a.id}") for a in articles]
               + [("/api/stories/{story_id}", f"/api/stories/{s}") for s in ("samnesty0001", "shostile0001", "sold00000001", "samn")]
               + [("/api/entities/{entity_id}", f"/api/entities/{e}") for e in entities]
               + [(p, p) for p in ("/api/articles", "/api/quotes", "/api/timex", "/api/claims", "/api/citations",
                                   "/api/stories", "/api/entities", "/api/status")]
               + [("/api/search", "/api/search?q=amnesty"), ("/api/claims", "/api/claims?q=amnesty was offered"),
                  ("/api/alerts", "/api/alerts"), ("/feeds/alerts.atom", "/feeds/alerts.atom"),
                  ("/feeds/follows/{follow_id}.atom", f"/feeds/follows/{followed.id}.atom")]
               + [("/api/articles/{article_id}/versions", f"/api/articles/{a.id}/versions") for a in articles[:2]])
    for template, url in targets:
        response = client.get(url)
        assert response.status_code == 200, url
        api_schema[template]["GET"].validate_response(response)
    store.close()
