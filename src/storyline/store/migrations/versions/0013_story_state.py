"""The stories stage's state between refreshes: key frequencies, features, and a key index.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04

`story_terms` holds, per feature field, in how many originals each key occurs (the row ("", "")
counts the originals, and is absent while the state is being changed); `story_features` each
original's features as first weighted; `story_keys` the stories each entity key or top term is
indexed under, with the generation that last posted it. A refresh then reads only the new articles
and the stories they can join (storyline.link.story_refresh, docs/corpus.md). A store upgraded to
this revision has no count row, so its next refresh rebuilds the stories and stores the state.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_terms",
        sa.Column("field", sa.String(16), nullable=False),
        sa.Column("term", sa.Text, nullable=False),
        sa.Column("documents", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("field", "term", name="pk_story_terms"),
    )
    op.create_table(
        "story_features",
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("features", sa.LargeBinary, nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name="fk_story_features_article_id_articles"),
        sa.PrimaryKeyConstraint("article_id", name="pk_story_features"),
    )
    op.create_table(
        "story_keys",
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("story_id", sa.String(32), nullable=False),
        sa.Column("seen", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("key", "story_id", name="pk_story_keys"),
    )
    op.create_index("ix_story_keys_story_id", "story_keys", ["story_id"])


def downgrade() -> None:
    op.drop_index("ix_story_keys_story_id", table_name="story_keys")
    for table in ("story_keys", "story_features", "story_terms"):
        op.drop_table(table)
