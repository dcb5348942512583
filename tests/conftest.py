"""Root conftest: factories that build records by hand, and paths to ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.model import Article, RawDocument

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def make_raw(content: str = "Body text.", *, source: str = "test.txt", kind: str = "text",
             record: str | None = None, **metadata: str) -> RawDocument:
    return RawDocument(source=source, kind=kind, content=content, record=record, metadata=metadata)


def make_article(body: str = "Body text.", **fields) -> Article:
    raw = fields.pop("raw", body)
    article = Article.from_raw(make_raw(raw, source=fields.pop("source", "test.txt")))
    article.body = body
    for name, value in fields.items():
        setattr(article, name, value)
    return article


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repo")
    return SHARED
