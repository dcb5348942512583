"""Alembic environment: runs on the connection storyline hands over (see storyline.store.migrate)."""
from __future__ import annotations

from alembic import context

from storyline.store.schema import include_name, metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("storyline's migrations run from storyline.store.migrate, which passes a connection")

# render_as_batch: SQLite cannot ALTER most things, so later migrations rebuild tables there
# include_name: the full-text search tables are dialect-specific and kept out of the metadata
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
