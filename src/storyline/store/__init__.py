"""The store: articles, their dropped lines and spans, and ingest failures, in SQLite or PostgreSQL.

`open_store(url)` connects and brings the schema to the current version (Alembic, run in code).
SQLAlchemy is imported only when a store is opened, so type hints on `Store` cost nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.store.base import (
    ArticleFilter,
    ArticleSummary,
    BrowseStore,
    CitationLink,
    EntityRecord,
    EntitySummary,
    MentionRecord,
    ReadStore,
    SearchHit,
    Store,
    StoreStatus,
    StoryFilter,
    StoryRecord,
    StorySummary,
)

if TYPE_CHECKING:
    from storyline.store.sql import SqlStore

__all__ = ["ArticleFilter", "ArticleSummary", "BrowseStore", "CitationLink", "EntityRecord", "EntitySummary",
           "MentionRecord", "ReadStore", "SearchHit", "Store", "StoreStatus", "StoryFilter", "StoryRecord",
           "StorySummary", "open_store"]


def open_store(url: str) -> SqlStore:
    """Open (creating and migrating if needed) the store at `url`: sqlite:///path.db or postgresql+psycopg://…"""
    from storyline.store.sql import open_store as _open

    return _open(url)
