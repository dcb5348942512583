"""storyline: follow a news story across outlets and years.

    import storyline
    store = storyline.open_store("sqlite:///news.db")
    report = storyline.ingest(["news/"], store)          # read, clean, extract, store, link
    data = storyline.export_json(store)                  # the shape in EXPORT.md
    story = storyline.view_story(store, data["stories"][0]["id"])

Importing storyline loads nothing heavy: each name is imported on first use.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from storyline.export import export_json
    from storyline.link.story_view import view_story
    from storyline.pipeline.corpus import repair
    from storyline.pipeline.runner import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

__all__ = ["__version__", "export_json", "ingest", "load_settings", "open_store", "repair", "view_story"]

_API = {"open_store": "storyline.store", "ingest": "storyline.pipeline.runner",
        "export_json": "storyline.export", "view_story": "storyline.link.story_view",
        "load_settings": "storyline.settings", "repair": "storyline.pipeline.corpus"}


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'storyline' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
