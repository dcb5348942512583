"""An importable ASGI app for running several uvicorn workers (`uvicorn storyline.serve.asgi:app
--workers 2`): the store is the setting store_url (env STORYLINE_STORE_URL, a config file, or the
default); read-only, story views warmed as `storyline serve` does."""
from __future__ import annotations

from storyline.serve.app import create_app
from storyline.settings import load_settings
from storyline.store import open_store

_settings = load_settings()
app = create_app(open_store(_settings.store_url), settings=_settings, warm=50)
