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


@pytest.fixture
def good_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two readable files that sort before and after anything named b…/m…: a.txt and z.html."""
    first = tmp_path / "a.txt"
    first.write_text("First good document.", encoding="utf-8")
    last = tmp_path / "z.html"
    last.write_text("<html><head><title>Last good</title></head><body><p>Last good</p></body></html>",
                    encoding="utf-8")
    return first, last
