"""Stable entity ids: the ids of entities merged into others keep resolving.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

Entity ids become a hash of kind and canonical name (issue 15.3). Stored entities keep the ids they
have until the next corpus run replaces them; that run records each vanished id here.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entity_aliases",
        sa.Column("alias", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("alias", name="pk_entity_aliases"),
    )


def downgrade() -> None:
    op.drop_table("entity_aliases")
