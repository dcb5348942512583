"""`storyline serve`: the web app (server-rendered pages, htmx) and the JSON API, on one store.

    from storyline.serve.app import create_app
    app = create_app(open_store("sqlite:///seeds.db"))       # read-only; allow_ingest=True adds the upload

Library errors become responses here and only here: NotFoundError → 404, an unreachable store
→ 503, a bad setting or document → 400, anything else storyline raised → 500; so do the
framework's own (an unknown address 404, a wrong method 405, a bad parameter 422, never echoing
the input). The API answers JSON ({"error", "message", "fix"}), pages an HTML error page. A Host
not on the allowlist and an unhandled exception are answered by storyline.serve.security.
"""
from __future__ import annotations

import functools
import gc
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from storyline.errors import (
    ConfigError,
    InputError,
    MissingExtraError,
    NotFoundError,
    StoreConnectionError,
    StorylineError,
)

if TYPE_CHECKING:
    from fastapi import APIRouter, FastAPI, Request

    from storyline.serve.security import HostAllowlist
    from storyline.settings import Settings
    from storyline.store.base import ReadStore

HERE = Path(__file__).resolve().parent
TEMPLATES, STATIC = HERE / "templates", HERE / "static"
log = logging.getLogger("storyline.serve")


def _status(exc: StorylineError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, StoreConnectionError):
        return 503
    if isinstance(exc, (ConfigError, InputError)):
        return 400
    return 500


def templates_env():
    """Jinja2 with autoescaping on for every template (the only way strings reach a page)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    from storyline.serve.disputes import group_disputes
    from storyline.serve.public import public_source, with_names, without_local_paths

    class PageEnvironment(Environment):
        """`a.b` on a plain dict (the story view's records) looks the key up first: Jinja tries the
        attribute first and catches the AttributeError, an exception per lookup (a story page does
        thousands). Same result: a dict's own attributes (`get`, `items`) still win over its keys."""

        def getattr(self, obj: Any, attribute: str) -> Any:
            if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
                try:
                    return obj[attribute]
                except KeyError:
                    return self.undefined(obj=obj, name=attribute)
            return super().getattr(obj, attribute)

    env = PageEnvironment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                          trim_blocks=True, lstrip_blocks=True)
    env.globals["url"] = page_url
    env.globals["rug_lines"] = rug_lines
    env.globals["source_items"] = source_items
    env.globals["strip_circles"] = strip_circles
    env.filters["short"] = lambda value: (value or "")[:8]
    env.filters["http_only"] = http_only
    env.filters["quoted"] = quoted
    env.filters["same_sentence"] = same_sentence
    env.filters["disputes"] = group_disputes
    env.filters["public"] = public_source
    env.filters["with_names"] = with_names
    env.filters["no_paths"] = without_local_paths
    return env


_DICT_ATTRIBUTES = frozenset(dir(dict))


def rug_lines(axis) -> Any:
    """The axis's rug (a tick per article publication day) as SVG lines, made here in one join:
    hundreds of them, each a loop turn of the template (a tenth of a big story page's render)."""
    from markupsafe import Markup

    top, bottom = axis.height - 26, axis.height - 18
    return Markup("".join(f'<line class="rug" x1="{x}" x2="{x}" y1="{top}" y2="{bottom}"></line>' for x in axis.rug))


def strip_circles(xs: list[float]) -> Any:
    """An outlet's coverage strip (storyline.serve.coverage): a circle per dated article, the first
    larger; made in one join like the rug."""
    from markupsafe import Markup

    return Markup("".join(f'<circle class="{"first" if i == 0 else "later"}" cx="{x}" cy="7" '
                          f'r="{4 if i == 0 else 3}"></circle>' for i, x in enumerate(xs)))


def source_items(entry: dict[str, Any], view: dict[str, Any]) -> Any:
    """A timeline entry's sources as the items of its list: each article (outlet and date), a link
    to its newest version when the report changed, and the source sentence unless the summary says
    it. Made here, not by the template: a big story has hundreds of sources, and their loop turns
    were half of its page's render. Every value is escaped, as the template's autoescaping would."""
    from markupsafe import Markup, escape

    summaries, changed = view["summaries"], view.get("changed") or {}
    items = []
    for s in entry["sources"]:
        article = s["article"]
        a = summaries.get(article)
        label = a["outlet"] if a and a["outlet"] else "an article of unknown outlet"
        when = f", {escape(a['published']['date'])}" if a and a["published"]["date"] else ""
        ch = changed.get(article)
        note = (f' <a class="changed" href="/articles/{escape(ch["newest"])}">(report changed: version '
                f'{escape(ch["version"])} of {escape(ch["of"])})</a>') if ch else ""
        text = "" if same_sentence(s["text"], entry["summary"]) else f": <q>{escape(s['text'])}</q>"
        items.append(f'        <li><a href="/articles/{escape(article)}">{escape(label)}{when}</a>{note}{text}</li>\n')
    return Markup("".join(items))


_QUOTE_MARKS = "\"“”„«»‘’'"


def quoted(text: str | None) -> str:
    """A quote between curly quotes, unless its text already opens and closes with quote marks."""
    text = (text or "").strip()
    if text[:1] in _QUOTE_MARKS and text[-1:] in _QUOTE_MARKS + ",.":
        return text
    return f"“{text}”"


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=4096)
def _words(text: str | None) -> str:
    # memoised: a timeline entry's summary is compared with each of its sources' sentences
    return " ".join(_WORD.findall((text or "").casefold()))


def same_sentence(text: str | None, summary: str | None) -> bool:
    """A source sentence says what the entry's summary says (one holds the other, word for word):
    the page shows it once (each entry printed its sentence twice)."""
    a, b = _words(text), _words(summary)
    return bool(a and b) and (a in b or b in a)


def page_url(path: str, **params: Any) -> str:
    """A URL for a link: the path and the parameters that are set, URL-encoded."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(kept)}" if kept else path


def http_only(url: str | None) -> str | None:
    """A scraped URL as a link target only if it is http(s): never javascript:, data: and the like."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _persister(pool: ThreadPoolExecutor):
    from storyline.serve.story import save_view

    def persist(store: ReadStore, story_id: str, revision: int, view: dict) -> None:
        pool.submit(save_view, store, story_id, revision, view)
    return persist


def create_app(store: ReadStore, *, allow_ingest: bool = False, settings: Settings | None = None,
               warm: int = 0, hosts: HostAllowlist | None = None) -> FastAPI:
    """The app over `store`: pages, /api (OpenAPI at /api/openapi.json, docs at /api/docs), /static.
    Read-only unless `allow_ingest`; `warm` > 0 computes the views of that many of the largest
    stories in the background at start. It answers only to `hosts` (default: localhost and the
    setting allowed_hosts)."""
    from fastapi import FastAPI
    from fastapi.exceptions import RequestValidationError
    from fastapi.staticfiles import StaticFiles
    from starlette.exceptions import HTTPException

    from storyline.serve.security import CsrfTokens, HostAllowlist, SecurityHeaders
    from storyline.serve.story import StoryViews

    app = FastAPI(title="storyline", version="1", summary="Stories followed across outlets and years",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None, lifespan=_lifespan)
    writer = ThreadPoolExecutor(1, thread_name_prefix="storyline-cache")
    app.state.store, app.state.allow_ingest, app.state.settings = store, allow_ingest, settings
    app.state.hosts = hosts or HostAllowlist.build(None, getattr(settings, "allowed_hosts", "") if settings else "")
    app.state.views, app.state.env, app.state.csrf = StoryViews(_persister(writer)), templates_env(), CsrfTokens()
    for router in routers():
        app.include_router(router)
    if allow_ingest:
        from storyline.serve import upload

        app.include_router(upload.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(StorylineError, _library_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders, hosts=app.state.hosts)  # added last: the outermost
    if warm:
        writer.submit(_warm, store, warm, app.state.views)
    return app


def routers() -> list[APIRouter]:
    """The routes every app serves (the upload's comes only with --allow-ingest): the API and the
    feeds, whose OpenAPI document the tests check every operation of, and the pages."""
    from storyline.serve import api, claims, feeds, pages

    return [api.router, feeds.router, pages.router, claims.router]


class HeadAsGet:
    """ASGI middleware: HEAD answered as GET with the body left out (RFC 9110 §9.3.2), so link
    checkers and `curl -I` see the status and headers a GET gets; the routes declare GET only."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message) -> None:
            if message["type"] == "http.response.body":
                message = {"type": "http.response.body", "body": b"", "more_body": message.get("more_body", False)}
            await send(message)

        await self.app(dict(scope, method="GET"), receive, headers_only)


#: threads a worker runs requests in. The work is CPU-bound Python: more threads only take turns
#: at the GIL, and the tail latency grew with them (anyio's default is 40)
REQUEST_THREADS = 4


@asynccontextmanager
async def _lifespan(app):
    import anyio.to_thread

    from storyline.serve.story import preload_view_code

    anyio.to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
    await anyio.to_thread.run_sync(preload_view_code)  # the first story page need not pay the imports
    await anyio.to_thread.run_sync(compile_templates, app.state.env)
    await anyio.to_thread.run_sync(_read_outlets, app.state.store)
    # what exists at start (modules, the app, SQLAlchemy's metadata) lives as long as the process:
    # out of the collector's generations, full collections stop walking it on every request burst
    gc.freeze()
    yield


def compile_templates(env) -> None:
    """Compile every template now: Jinja compiles one on its first render, and the story page's
    (story.html and what it includes) took 0.18 s of a cold server's first story page (20k store)."""
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)


def _read_outlets(store: ReadStore) -> None:
    """The outlet list every filter form and the story page's coverage ("not covered by") read,
    memoised per revision: an aggregate over the articles that a first story page need not wait on."""
    from storyline.serve.views import outlets

    try:
        outlets(store)
    except StorylineError as exc:  # the store is unreachable: the pages say so when asked
        log.warning("reading the outlets at start failed: %s", exc)


def _warm(store: ReadStore, limit: int, views) -> None:
    from storyline.serve.story import warm_story_views

    try:
        warm_story_views(store, limit, views)
    except StorylineError as exc:
        log.warning("warming story views stopped: %s", exc)


def _library_error(request: Request, exc: StorylineError):
    status = _status(exc)
    if status >= 500:
        log.error("%s %s failed: %s", request.method, request.url.path, exc)
    return error_response(request, status, exc)


def error_response(request: Request, status: int, error: StorylineError, headers: dict[str, str] | None = None):
    """`error` in the shape of the route: JSON {error, message, fix} under /api and /feeds, else the error page.
    Local paths in the message (a file the store read) are cut to their file name."""
    from fastapi.responses import JSONResponse

    from storyline.serve.pages import render
    from storyline.serve.public import without_local_paths
    from storyline.serve.security import JSON_ROUTES

    shown = WebError(without_local_paths(error.message), fix=without_local_paths(error.fix or "") or None)
    shown.code = error.code
    if request.url.path.startswith(JSON_ROUTES):
        return JSONResponse({"error": shown.code, "message": shown.message, "fix": shown.fix}, status_code=status,
                            headers=headers)
    response = render(request, "error.html", status=status, error=shown)
    response.headers.update(headers or {})
    return response


class WebError(StorylineError):
    """A request the web app cannot answer: no such address, a method it does not take, a bad parameter."""


_HTTP_ERRORS = {
    404: ("not-found", "there is nothing at this address", "the stories list at / links to every page"),
    405: ("method-not-allowed", "this address does not take that method", "the API is read-only: use GET"),
}


def _http_error(request: Request, exc):
    code, message, fix = _HTTP_ERRORS.get(exc.status_code, ("http-error", "the request cannot be answered",
                                                             "check the address and try again"))
    error = WebError(message, fix=fix)
    error.code = code
    return error_response(request, exc.status_code, error, getattr(exc, "headers", None))


def _problem(error: dict) -> str:
    # pydantic's pattern message quotes the regular expression: of no use to a reader
    return "not in the form it takes" if error.get("type") == "string_pattern_mismatch" else error.get("msg", "invalid")


def _invalid_request(request: Request, exc):
    """A parameter failed validation: which one and why, never the value sent (it can be anything)."""
    problems = [f"{' '.join(str(p) for p in e.get('loc', ())) or 'request'}: {_problem(e)}" for e in exc.errors()[:5]]
    error = WebError("bad parameter " + "; ".join(problems),
                     fix="see /api/docs for each parameter's form (dates are YYYY, YYYY-MM or YYYY-MM-DD)")
    error.code = "invalid-parameter"
    return error_response(request, 422, error)


def serve(store_url: str, *, host: str = "127.0.0.1", port: int = 8000, allow_ingest: bool = False,
          settings: Settings | None = None, warm: int = 50, workers: int = 1) -> None:
    """Run the app with uvicorn until interrupted (the `storyline serve` command). Several
    `workers` are processes importing storyline.serve.asgi (read-only: the CSRF key and the
    one-upload-at-a-time lock live in one process)."""
    import importlib.util
    import os

    for module in ("fastapi", "uvicorn", "jinja2"):
        if importlib.util.find_spec(module) is None:
            raise MissingExtraError(module, "web")
    import uvicorn

    from storyline.store import open_store

    if workers > 1:
        if allow_ingest:
            raise ConfigError("--allow-ingest needs a single worker", fix="drop --workers, or serve read-only")
        open_store(store_url).close()  # migrate once, and fail here rather than in every worker
        os.environ["STORYLINE_STORE_URL"] = store_url
        extra = getattr(settings, "allowed_hosts", "") if settings else ""
        os.environ["STORYLINE_ALLOWED_HOSTS"] = ",".join(h for h in (extra, host) if h)
        uvicorn.run("storyline.serve.asgi:app", host=host, port=port, workers=workers, log_level="info",
                    server_header=False)
        return
    from storyline.serve.security import HostAllowlist

    store = open_store(store_url)
    try:
        hosts = HostAllowlist.build(host, getattr(settings, "allowed_hosts", "") if settings else "")
        app = create_app(store, allow_ingest=allow_ingest, settings=settings, warm=warm, hosts=hosts)
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
    finally:
        store.close()
