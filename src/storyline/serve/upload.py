"""Upload to ingest: the only state-changing route, mounted only with `storyline serve --allow-ingest`.

A POST must carry the CSRF token (cookie + form field or X-CSRF-Token header) and come from this
server's own pages (Origin, else Referer): see storyline.serve.security. Uploaded files are written
under a fresh temporary folder with sanitised names (the extension decides how they are read) and
ingested by `storyline.ingest.batch.ingest`, one upload at a time.
"""
from __future__ import annotations

import re
import tempfile
import threading
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.datastructures import UploadFile  # what request.form() holds (fastapi's is a subclass)

from storyline.errors import ConfigError, InputTooLargeError
from storyline.serve.pages import render
from storyline.serve.security import CSRF_COOKIE, CSRF_FIELD, CSRF_HEADER, same_origin

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
MAX_FILES = 50
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_one_at_a_time = threading.Lock()


@router.get("/ingest")
def form(request: Request) -> HTMLResponse:
    return render(request, "ingest.html", report=None)


def _refuse(request: Request, why: str, status: int) -> HTMLResponse:
    error = ConfigError(why, fix="reload the upload page and try again")
    return render(request, "error.html", status=status, error=error)


def _csrf_problem(request: Request, submitted: str | None) -> str | None:
    headers = request.headers
    if not same_origin(request.app.state.hosts, headers.get("host"), headers.get("origin"), headers.get("referer")):
        return "the request does not come from this server's pages (Origin/Referer)"
    if not request.app.state.csrf.matches(request.cookies.get(CSRF_COOKIE), submitted):
        return "the CSRF token is missing or does not match"
    return None


def safe_name(name: str | None, n: int) -> str:
    """A file name that cannot climb out of the upload folder, keeping its extension."""
    base = _UNSAFE_NAME.sub("_", Path(name or "").name).lstrip(".") or "upload"
    return f"{n:03d}_{base[-120:]}"


async def _save(files: list[UploadFile], folder: Path, max_bytes: int) -> list[Path]:
    saved = []
    for n, upload in enumerate(files[:MAX_FILES]):
        data = await upload.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputTooLargeError(f"over the {max_bytes}-byte limit", source=upload.filename or "upload")
        path = folder / safe_name(upload.filename, n)
        path.write_bytes(data)
        saved.append(path)
    return saved


@router.post("/ingest")
async def upload(request: Request) -> HTMLResponse:
    from starlette.concurrency import run_in_threadpool

    form_data = await request.form(max_files=MAX_FILES, max_fields=10)
    token = form_data.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER)
    problem = _csrf_problem(request, token if isinstance(token, str) else None)
    if problem:
        return _refuse(request, problem, 403)
    files = [f for f in form_data.getlist("files") if isinstance(f, UploadFile) and f.filename]
    if not files:
        return _refuse(request, "no file was uploaded", 400)
    if not _one_at_a_time.acquire(blocking=False):
        return _refuse(request, "another upload is being ingested", 409)
    try:
        with tempfile.TemporaryDirectory(prefix="storyline-upload-") as folder:
            paths = await _save(files, Path(folder), _max_bytes(request))
            report = await run_in_threadpool(_ingest, request, paths)
    finally:
        _one_at_a_time.release()
    return render(request, "ingest.html", report=report)


def _max_bytes(request: Request) -> int:
    from storyline.settings import load_settings

    settings = request.app.state.settings or load_settings()
    return int(settings.max_file_bytes)


def _ingest(request: Request, paths: list[Path]):
    from storyline.ingest.batch import ingest
    from storyline.settings import load_settings

    return ingest(paths, request.app.state.store, request.app.state.settings or load_settings())
