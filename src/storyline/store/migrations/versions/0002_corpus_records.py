"""Corpus records: canonical entities with their mentions, and resolved citations.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_entities"),
    )
    op.create_table(
        "entity_mentions",
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(["entity_id"], ["entities.id"], ondelete="CASCADE",
                                name="fk_entity_mentions_entity_id_entities"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name="fk_entity_mentions_article_id_articles"),
        sa.PrimaryKeyConstraint("article_id", "start", "end", name="pk_entity_mentions"),
    )
    op.create_index("ix_entity_mentions_entity_id", "entity_mentions", ["entity_id"])
    op.create_table(
        "citation_links",
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("outlet", sa.Text, nullable=False),
        sa.Column("time", sa.Text),
        sa.Column("resolves_to", sa.String(64)),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name="fk_citation_links_article_id_articles"),
        sa.PrimaryKeyConstraint("article_id", "start", "end", name="pk_citation_links"),
    )
    op.create_index("ix_citation_links_resolves_to", "citation_links", ["resolves_to"])


def downgrade() -> None:
    op.drop_table("citation_links")
    op.drop_table("entity_mentions")
    op.drop_table("entities")
