"""Raw inputs stored compressed: articles.raw becomes zlib-compressed UTF-8 (BLOB / bytea).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

The raw HTML was 72 % of the store (245 KB per article) and compresses about 4.8 times. Existing
rows are converted in batches; the column keeps its name. Native ALTER TABLE … DROP / RENAME COLUMN
(SQLite >= 3.35, PostgreSQL) is used instead of a table rebuild, which would drop the full-text
search triggers migration 0004 put on `articles`.
"""
from __future__ import annotations

import zlib

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_BATCH = 500


def _convert(source: str, target: str, forward: bool) -> None:
    conn = op.get_bind()
    table = sa.table("articles", sa.column("id"), sa.column(source), sa.column(target))
    last = ""
    while True:
        rows = conn.execute(sa.select(table.c.id, table.c[source]).where(table.c.id > last)
                            .order_by(table.c.id).limit(_BATCH)).all()
        if not rows:
            return
        for row in rows:
            value = row[1]
            new = (zlib.compress((value or "").encode("utf-8", "surrogatepass"), 6) if forward
                   else zlib.decompress(value).decode("utf-8", "surrogatepass") if value is not None else "")
            conn.execute(table.update().where(table.c.id == row[0]).values({target: new}))
        last = rows[-1][0]


def upgrade() -> None:
    op.add_column("articles", sa.Column("raw_z", sa.LargeBinary))
    _convert("raw", "raw_z", forward=True)
    op.execute("ALTER TABLE articles DROP COLUMN raw")
    op.execute("ALTER TABLE articles RENAME COLUMN raw_z TO raw")


def downgrade() -> None:
    op.add_column("articles", sa.Column("raw_text", sa.Text))
    _convert("raw", "raw_text", forward=False)
    op.execute("ALTER TABLE articles DROP COLUMN raw")
    op.execute("ALTER TABLE articles RENAME COLUMN raw_text TO raw")
