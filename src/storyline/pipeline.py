"""Named per-article stages run in order, with an error policy.

A stage is any callable `Article -> Article` with a `name`; it must not mutate shared state, so the
same stages run unchanged in a thread, a process or a Dask worker. With policy "record" a stage
that raises a `StorylineError` skips the article and the failure is returned; with "raise" the
error propagates.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from storyline.errors import ExtractionError, StorylineError
from storyline.model import Article, IngestFailure

ErrorPolicy = Literal["record", "raise"]


class Stage(Protocol):
    name: str

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


def run_stages(article: Article, stages: Sequence[Stage], policy: ErrorPolicy = "record") -> StageResult:
    """Run every stage on one article; on error follow `policy`."""
    for stage in stages:
        try:
            article = stage(article)
        except StorylineError as exc:
            if policy == "raise":
                raise
            return StageResult(None, _failure(article, exc))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, ArithmeticError, RecursionError) as exc:
            # a bug or an unforeseen input in one stage must not lose the batch; record it by name
            wrapped = ExtractionError(f"stage {stage.name!r} failed: {type(exc).__name__}: {exc}",
                                      fix="report this with the document attached")
            if policy == "raise":
                raise wrapped from exc
            return StageResult(None, _failure(article, wrapped))
    return StageResult(article)


def run_pipeline(articles: Iterable[Article], stages: Sequence[Stage],
                 policy: ErrorPolicy = "record") -> Iterator[StageResult]:
    """Run the stages over many articles, one result per article, in order."""
    for article in articles:
        yield run_stages(article, stages, policy)


def _failure(article: Article, exc: StorylineError) -> IngestFailure:
    return IngestFailure(source=article.source, record=article.record, error=exc.code, message=str(exc))
