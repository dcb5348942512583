"""Each article's entity referents, so that the entity merge does not re-read every span row.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

`article_referents` holds per article its entity referents (label, name, mentions) as the corpus
entity merge groups them from the article's entity spans (storyline.link.stored_referents). Rows are
written by the merge the first time it reads an article and deleted when the article's spans are
replaced, so the table starts empty: the first refresh after the upgrade reads the spans and fills it.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_referents",
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("referents", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name="fk_article_referents_article_id_articles"),
        sa.PrimaryKeyConstraint("article_id", name="pk_article_referents"),
    )


def downgrade() -> None:
    op.drop_table("article_referents")
