"""The pipeline: declared stages (registry), one streaming runner, executors, the corpus refresh.

    from storyline.pipeline import ingest, repair
    report = ingest(["news/"], store)

`docs/architecture.md` draws the stages and who calls what. The stage contract itself
(`StageSpec`, `Work`, the error boundary) lives in `storyline.stage`, beside the model; the older
`Article -> Article` helpers (`FunctionStage`, `run_stages`, `run_pipeline`) are re-exported here
for existing callers. Everything else is imported on first use, so `import storyline.pipeline`
stays light.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyline.stage import (
    ErrorPolicy,
    FunctionStage,
    Stage,
    StageResult,
    StageSpec,
    run_pipeline,
    run_stages,
)

if TYPE_CHECKING:
    from storyline.pipeline.corpus import refresh_corpus, refresh_pending, repair
    from storyline.pipeline.runner import clean_document, ingest, ingest_documents
    from storyline.pipeline.writer import IngestReport

__all__ = ["ErrorPolicy", "FunctionStage", "IngestReport", "Stage", "StageResult", "StageSpec", "clean_document",
           "ingest", "ingest_documents", "refresh_corpus", "refresh_pending", "repair", "run_pipeline", "run_stages"]

_LAZY = {"ingest": "storyline.pipeline.runner", "ingest_documents": "storyline.pipeline.runner",
         "clean_document": "storyline.pipeline.runner", "IngestReport": "storyline.pipeline.writer",
         "refresh_corpus": "storyline.pipeline.corpus", "refresh_pending": "storyline.pipeline.corpus",
         "repair": "storyline.pipeline.corpus"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'storyline.pipeline' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
