"""Initial schema: articles, dropped_lines, spans, failures.

Revision ID: 0001
Revises:
Create Date: 2025-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _articles()
    _dropped_lines()
    _spans()
    _failures()


def _articles() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("record", sa.Text),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("byline", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published_value", sa.Text),
        sa.Column("published_precision", sa.Text, nullable=False),
        sa.Column("published_evidence", sa.Text, nullable=False),
        sa.Column("published_tried", sa.JSON, nullable=False),
        sa.Column("published_earliest", sa.Text),
        sa.Column("published_latest", sa.Text),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("metadata", sa.JSON, nullable=False),
        sa.Column("duplicate_of", sa.String(64)),
        sa.Column("signature", sa.LargeBinary),
        sa.Column("stages", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
    )
    op.create_index("ix_articles_published_value_id", "articles", ["published_value", "id"])
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])


def _child(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        *columns,
        sa.PrimaryKeyConstraint("article_id", "position", name=f"pk_{name}"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name=f"fk_{name}_article_id_articles"),
    )


def _dropped_lines() -> None:
    _child("dropped_lines",
           sa.Column("line_no", sa.Integer, nullable=False),
           sa.Column("text", sa.Text, nullable=False),
           sa.Column("reason", sa.Text, nullable=False))


def _spans() -> None:
    _child("spans",
           sa.Column("start", sa.Integer, nullable=False),
           sa.Column("end", sa.Integer, nullable=False),
           sa.Column("label", sa.Text, nullable=False),
           sa.Column("stage", sa.Text, nullable=False),
           sa.Column("text", sa.Text, nullable=False),
           sa.Column("attrs", sa.JSON, nullable=False))
    op.create_index("ix_spans_label", "spans", ["label"])
    op.create_index("ix_spans_article_id_stage", "spans", ["article_id", "stage"])


def _failures() -> None:
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("record", sa.Text),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_failures"),
    )
    op.create_index("uq_failures_key", "failures",
                    ["source", sa.text("coalesce(record, '')"), "error"], unique=True)


def downgrade() -> None:
    for table in ("failures", "spans", "dropped_lines", "articles"):
        op.drop_table(table)
