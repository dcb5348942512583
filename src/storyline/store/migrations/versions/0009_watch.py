"""Watching sources: sources and their polling state, watched pages, article versions, follows, alerts.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None

_TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("interval_s", sa.Integer, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_success_at", _TZ),
        sa.Column("last_error", sa.Text),
        sa.Column("last_error_at", _TZ),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("next_poll_at", _TZ, nullable=False),
        sa.Column("open_until", _TZ),
        sa.Column("polls", sa.Integer, nullable=False),
        sa.Column("not_modified", sa.Integer, nullable=False),
        sa.Column("entries_seen", sa.Integer, nullable=False),
        sa.Column("articles_added", sa.Integer, nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
    )
    op.create_table(
        "watched_pages",
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("source_id", sa.String(16), nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("article_id", sa.String(64)),
        sa.Column("versions", sa.Integer, nullable=False),
        sa.Column("first_seen_at", _TZ, nullable=False),
        sa.Column("checked_at", _TZ, nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_watched_pages"),
    )
    op.create_index("ix_watched_pages_source_id", "watched_pages", ["source_id"])
    op.create_table(
        "article_versions",
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("previous_id", sa.String(64)),
        sa.Column("fetched_at", _TZ, nullable=False),
        sa.Column("diff", sa.JSON, nullable=False),
        sa.Column("notices", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("article_id", name="pk_article_versions"),
        sa.UniqueConstraint("url", "version", name="uq_article_versions_url_version"),
    )
    op.create_table(
        "follows",
        sa.Column("id", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("state", sa.JSON, nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_follows"),
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("follow_id", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("delivered_at", _TZ),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", _TZ),
        sa.PrimaryKeyConstraint("id", name="pk_alerts"),
    )
    op.create_index("ix_alerts_follow_id_id", "alerts", ["follow_id", "id"])
    op.create_index("ix_alerts_delivered_at", "alerts", ["delivered_at"])


def downgrade() -> None:
    for table in ("alerts", "follows", "article_versions", "watched_pages", "sources"):
        op.drop_table(table)
