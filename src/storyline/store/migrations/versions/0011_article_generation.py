"""Per-article refresh generation: which articles a corpus refresh has not seen yet.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04

`articles.generation` holds the corpus-refresh mark's `wanted` count (0005) once the article was
stored, written in the same transaction. The incremental refresh (storyline.pipeline.corpus) reads
the articles above the mark's `done` as the new ones. Articles stored before this revision keep
NULL; if a refresh was pending for some of them, the mark's `done` goes back to 0, so the next
refresh runs as a full rebuild.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("generation", sa.Integer))
    op.create_index("ix_articles_generation_id", "articles", ["generation", "id"])
    # a refresh pending now was for articles without a generation: the next one must read them all
    op.execute("UPDATE pipeline_state SET done = 0 WHERE name = 'corpus' AND done < wanted")


def downgrade() -> None:
    op.drop_index("ix_articles_generation_id", table_name="articles")
    op.execute("ALTER TABLE articles DROP COLUMN generation")
