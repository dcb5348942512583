"""Articles: the language detected at clean time (ISO 639-1, storyline.clean.language).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

Existing rows keep NULL (language unknown) until they are ingested again.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (both SQLite and PostgreSQL have it): a batch copy of the table would drop
    # the indexes and full-text triggers earlier revisions created by name.
    op.add_column("articles", sa.Column("language", sa.String(16)))


def downgrade() -> None:
    op.drop_column("articles", "language")  # SQLite 3.35+ drops a plain column in place
