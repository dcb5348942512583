"""Moved: the batch ingest is the pipeline's runner now (`storyline.pipeline.ingest`).

This alias keeps `from storyline.ingest.batch import ingest, refresh_corpus, IngestReport` working
for callers not yet updated (serve/upload.py, older scripts). It imports nothing at import time:
`storyline.ingest` only reads documents and does not depend on the pipeline; the names resolve on
first use. Delete it once no caller is left.
"""
from __future__ import annotations

import importlib
from typing import Any

_MOVED = {"ingest": "storyline.pipeline.runner", "IngestReport": "storyline.pipeline.writer",
          "refresh_corpus": "storyline.pipeline.corpus"}


def __getattr__(name: str) -> Any:
    module = _MOVED.get(name)
    if module is None:
        raise AttributeError(f"storyline.ingest.batch has no {name!r}; the batch ingest moved to storyline.pipeline")
    return getattr(importlib.import_module(module), name)
