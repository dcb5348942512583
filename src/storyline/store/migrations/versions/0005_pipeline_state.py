"""Pipeline state: the durable corpus-refresh mark, each failure's stage and traceback, and the
LSH band keys of the articles' signatures (reprint candidates by index, not from memory).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

`pipeline_state` row "corpus" (wanted, done): every stored article raises `wanted` in its own
transaction, a completed corpus refresh sets `done`; a store migrated here starts current (0, 0),
since every earlier ingest ended with a refresh (a crashed one is repaired by the next ingest).
`signature_bands` starts empty: the pipeline's writer adds the keys of stored articles that have
none before it looks for copies (storyline.pipeline.writer), so no signature code is copied here.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "pipeline_state",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("wanted", sa.Integer, nullable=False),
        sa.Column("done", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_pipeline_state"),
    )
    op.bulk_insert(table, [{"name": "corpus", "wanted": 0, "done": 0}])
    op.create_table(
        "signature_bands",
        sa.Column("key", sa.BigInteger, nullable=False),
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name="fk_signature_bands_article_id_articles"),
        sa.PrimaryKeyConstraint("key", "article_id", name="pk_signature_bands"),
    )
    op.create_index("ix_signature_bands_article_id", "signature_bands", ["article_id"])
    with op.batch_alter_table("failures") as batch:
        batch.add_column(sa.Column("stage", sa.Text))
        batch.add_column(sa.Column("detail", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("failures") as batch:
        batch.drop_column("detail")
        batch.drop_column("stage")
    op.drop_index("ix_signature_bands_article_id", "signature_bands")
    op.drop_table("signature_bands")
    op.drop_table("pipeline_state")
