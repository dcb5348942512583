"""Word counts for search ranking: an fts5vocab view of the SQLite search index.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04

`article_search_vocab` (fts5vocab, "row": one row per word with the number of articles holding it)
holds no data of its own; storyline.store.search.WordCounts reads it to leave words found in half
the articles or more out of bm25, which gives them no weight but counted their articles on every
query. PostgreSQL's ranking (ts_rank) has no such count: nothing to add there.
"""
from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE article_search_vocab USING fts5vocab(article_search, row)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE article_search_vocab")
