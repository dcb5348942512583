"""Each story's centroid, so that a refresh restores only the stories a new article can reach.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04

`story_centroids` holds per story its members' summed feature vectors and first and last day
(storyline.link.story_centroid.encode_centroid): a refresh scores each new original against the
stored centroids of its candidate stories and restores only those that could take it
(storyline.link.story_refresh, docs/corpus.md). The upgrade deletes the state's count row, so the
next refresh rebuilds the stories and stores every centroid (as a store upgraded to 0013 does).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_centroids",
        sa.Column("story_id", sa.String(32), nullable=False),
        sa.Column("centroid", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("story_id", name="pk_story_centroids"),
    )
    op.execute("DELETE FROM story_terms WHERE field = '' AND term = ''")


def downgrade() -> None:
    op.drop_table("story_centroids")
