"""The stage contract: what a stage declares, what it is handed, and the per-document error boundary.

Beside `model.py` so that clean/, extract/ and link/ can implement stages without importing the
pipeline that runs them (nothing points upward). A stage is declared once, as a `StageSpec`: its
name, its scope (one document, one batch of documents, or the whole corpus), what it needs and
what it adds, the settings it reads and the function that runs it (a "module:function" path,
imported on first use so that declaring every stage costs nothing). `storyline.pipeline.registry`
holds the declarations; `storyline.pipeline` runs them.

A per-document stage is a function `(work: Work) -> None` that changes `work.article` (cleaning),
sets `work.doc` (parsing) or adds its spans to `work.found` (extraction). A document's stages run
inside `run_document`, one error boundary: any exception becomes a recorded failure naming the
stage, with its traceback, and the batch goes on.
"""
from __future__ import annotations

import importlib
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from storyline.errors import ExtractionError, StorylineError
from storyline.model import Article, IngestFailure, Span

Scope = Literal["document", "batch", "corpus"]
ErrorPolicy = Literal["record", "raise"]


@dataclass(slots=True, frozen=True)
class StageSpec:
    """One declared stage. `needs`/`adds` name what it reads and writes (an article field, `doc`,
    `spans:LABEL`, a batch fact, a corpus table); the pipeline checks that every need of a selected
    stage is added by a stage before it. `applies` is an optional "module:predicate" on the article:
    the stage is skipped for articles it says no to (e.g. English-only NLP)."""

    name: str
    scope: Scope
    run: str
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()
    settings: tuple[str, ...] = ()
    help: str = ""
    applies: str | None = None
    on_ingest: bool = True  # False: a corpus stage computed when a story is viewed, not per ingest

    def load(self) -> Callable[..., Any]:
        """The function that runs this stage, imported now."""
        return resolve(self.run)

    def applies_to(self, article: Article) -> bool:
        return self.applies is None or bool(resolve(self.applies)(article))


def resolve(path: str) -> Callable[..., Any]:
    """The object a "package.module:name" path names."""
    module, _, name = path.partition(":")
    found: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return found


@dataclass(slots=True)
class Batch:
    """What the batch stages learned about the chunk of documents an article arrived in."""

    line_stats: Any = None              # line repetition across the chunk's text documents
    outlets: tuple[str, ...] = ()       # outlets the chunk names (citation detection)


@dataclass(slots=True)
class Work:
    """One document on its way through the per-document stages."""

    article: Article
    batch: Batch
    settings: Mapping[str, Any]
    doc: Any = None                                             # the parsed spaCy Doc, once parsed
    found: dict[str, list[Span]] = field(default_factory=dict)  # spans by the stage that found them


DocumentStep = Callable[[Work], None]


class Stage(Protocol):
    """A named step `Article -> Article` (the older, simpler contract; still run by `run_stages`)."""

    @property
    def name(self) -> str: ...

    def __call__(self, article: Article) -> Article: ...


@dataclass(slots=True, frozen=True)
class FunctionStage:
    """Wraps a plain function as a named stage."""

    name: str
    run: Callable[[Article], Article]

    def __call__(self, article: Article) -> Article:
        article = self.run(article)
        article.stages.append(self.name)
        return article


@dataclass(slots=True, frozen=True)
class StageResult:
    """What one article became: the article, or the failure that stopped it."""

    article: Article | None
    failure: IngestFailure | None = None


def failure_of(article: Article, stage: str, exc: BaseException) -> IngestFailure:
    """The recorded failure for an exception raised by `stage` on `article`: its code, a one-line
    reason, the stage and the traceback (kept in the store for `storyline status`)."""
    if isinstance(exc, StorylineError):
        code, message = exc.code, str(exc)
    else:
        code = ExtractionError.code
        message = f"stage {stage!r} failed: {type(exc).__name__}: {exc}"
    detail = "".join(traceback.format_exception(exc)).strip()
    return IngestFailure(source=article.source, error=code, message=message, record=article.record,
                         stage=stage, detail=detail)


def run_stages(article: Article, stages: Sequence[Stage], policy: ErrorPolicy = "record") -> StageResult:
    """Run every stage on one article; any exception stops it, recorded (or raised, with "raise")."""
    for stage in stages:
        try:
            article = stage(article)
        except StorylineError as exc:
            if policy == "raise":
                raise
            return StageResult(None, failure_of(article, stage.name, exc))
        except Exception as exc:
            if policy == "raise":
                raise ExtractionError(f"stage {stage.name!r} failed: {type(exc).__name__}: {exc}",
                                      fix="report this with the document attached") from exc
            return StageResult(None, failure_of(article, stage.name, exc))
    return StageResult(article)


def run_pipeline(articles: Iterable[Article], stages: Sequence[Stage],
                 policy: ErrorPolicy = "record") -> Iterator[StageResult]:
    """Run the stages over many articles, one result per article, in order."""
    for article in articles:
        yield run_stages(article, stages, policy)
