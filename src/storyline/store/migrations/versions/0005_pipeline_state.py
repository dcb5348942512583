"""Pipeline state: the durable corpus-refresh mark, and each failure's stage and traceback.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

`pipeline_state` row "corpus" (wanted, done): every stored article raises `wanted` in its own
transaction, a completed corpus refresh sets `done`; a store migrated here starts current (0, 0),
since every earlier ingest ended with a refresh (a crashed one is repaired by the next ingest).
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
    with op.batch_alter_table("failures") as batch:
        batch.add_column(sa.Column("stage", sa.Text))
        batch.add_column(sa.Column("detail", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("failures") as batch:
        batch.drop_column("detail")
        batch.drop_column("stage")
    op.drop_table("pipeline_state")
