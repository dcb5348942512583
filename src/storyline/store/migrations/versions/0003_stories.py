"""Stories: story ids, their articles, and the ids of merged stories.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stories"),
    )
    op.create_table(
        "story_articles",
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("story_id", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name="fk_story_articles_article_id_articles"),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE",
                                name="fk_story_articles_story_id_stories"),
        sa.PrimaryKeyConstraint("article_id", name="pk_story_articles"),
    )
    op.create_index("ix_story_articles_story_id", "story_articles", ["story_id"])
    op.create_table(
        "story_aliases",
        sa.Column("alias", sa.String(32), nullable=False),
        sa.Column("story_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("alias", name="pk_story_aliases"),
    )


def downgrade() -> None:
    op.drop_table("story_aliases")
    op.drop_table("story_articles")
    op.drop_table("stories")
