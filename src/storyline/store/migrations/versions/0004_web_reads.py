"""Web reads: store revision, story and entity stats, cached story views, full-text search, indexes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Full-text search is dialect-specific (see storyline.store.schema, SEARCH_TABLE): an FTS5 virtual
table on SQLite, a tsvector table with a GIN index on PostgreSQL; triggers on `articles` keep it in
step with every insert, title/body update and delete. Existing rows are indexed and counted here.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SQLITE_SEARCH = [
    # unicode61 with diacritics removed: "Nicolás" and "Nicolas" find each other
    "CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO article_search (article_id, title, body) VALUES (new.id, coalesce(new.title, ''), new.body); END",
    "CREATE TRIGGER article_search_update AFTER UPDATE OF title, body ON articles BEGIN "
    "DELETE FROM article_search WHERE article_id = old.id; "
    "INSERT INTO article_search (article_id, title, body) VALUES (new.id, coalesce(new.title, ''), new.body); END",
    "CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM article_search WHERE article_id = old.id; END",
    "INSERT INTO article_search (article_id, title, body) SELECT id, coalesce(title, ''), body FROM articles",
]

# The title weighs more (A) than the body (D) in ts_rank.
PG_DOCUMENT = ("setweight(to_tsvector('english', coalesce({0}.title, '')), 'A') || "
               "setweight(to_tsvector('english', {0}.body), 'D')")
PG_SEARCH = [
    "CREATE TABLE article_search (article_id VARCHAR(64) PRIMARY KEY "
    "REFERENCES articles (id) ON DELETE CASCADE, document TSVECTOR NOT NULL)",
    "CREATE INDEX ix_article_search_document ON article_search USING gin (document)",
    "CREATE FUNCTION storyline_article_search() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"INSERT INTO article_search (article_id, document) VALUES (NEW.id, {PG_DOCUMENT.format('NEW')}) "
    "ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document; RETURN NEW; END $$",
    "CREATE TRIGGER article_search_write AFTER INSERT OR UPDATE OF title, body ON articles "
    "FOR EACH ROW EXECUTE FUNCTION storyline_article_search()",
    f"INSERT INTO article_search (article_id, document) SELECT id, {PG_DOCUMENT.format('articles')} FROM articles",
]


def upgrade() -> None:
    _indexes()
    _revision()
    _stats()
    op.create_table(
        "story_views",
        sa.Column("story_id", sa.String(32), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("view", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("story_id", name="pk_story_views"),
    )
    for statement in PG_SEARCH if op.get_bind().dialect.name == "postgresql" else SQLITE_SEARCH:
        op.execute(statement)


def _indexes() -> None:
    op.create_index("ix_articles_outlet_published_value_id", "articles", ["outlet", "published_value", "id"])
    op.create_index("ix_articles_list_order", "articles", [sa.text("coalesce(published_value, '~')"), "id"])
    op.create_index("ix_stories_position", "stories", ["position"])
    op.drop_index("ix_spans_label", "spans")
    op.create_index("ix_spans_label_article_id_position", "spans", ["label", "article_id", "position"])


def _revision() -> None:
    table = op.create_table(
        "store_revision",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_store_revision"),
    )
    op.bulk_insert(table, [{"id": 1, "revision": 0}])


def _stats() -> None:
    op.create_table(
        "story_stats",
        sa.Column("story_id", sa.String(32), nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("outlets", sa.Integer, nullable=False),
        sa.Column("first_published", sa.Text),
        sa.Column("last_published", sa.Text),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE",
                                name="fk_story_stats_story_id_stories"),
        sa.PrimaryKeyConstraint("story_id", name="pk_story_stats"),
    )
    op.create_table(
        "entity_stats",
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(["entity_id"], ["entities.id"], ondelete="CASCADE",
                                name="fk_entity_stats_entity_id_entities"),
        sa.PrimaryKeyConstraint("entity_id", name="pk_entity_stats"),
    )
    op.create_index("ix_entity_stats_mentions", "entity_stats", ["mentions"])
    # the statements SqlStore runs when it replaces stories and entities (storyline.store.browse),
    # copied: a migration must not change when the code does
    op.execute("INSERT INTO story_stats (story_id, articles, outlets, first_published, last_published) "
               "SELECT s.id, count(sa.article_id), count(DISTINCT a.outlet), min(a.published_value), "
               "max(a.published_value) FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id "
               "LEFT JOIN articles a ON a.id = sa.article_id GROUP BY s.id")
    op.execute("INSERT INTO entity_stats (entity_id, mentions, articles) "
               "SELECT e.id, count(m.entity_id), count(DISTINCT m.article_id) FROM entities e "
               "LEFT JOIN entity_mentions m ON m.entity_id = e.id GROUP BY e.id")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS article_search_write ON articles")
        op.execute("DROP FUNCTION IF EXISTS storyline_article_search()")
    else:
        for trigger in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS article_search_{trigger}")
    op.execute("DROP TABLE IF EXISTS article_search")
    for table in ("story_views", "entity_stats", "story_stats", "store_revision"):
        op.drop_table(table)
    op.drop_index("ix_spans_label_article_id_position", "spans")
    op.create_index("ix_spans_label", "spans", ["label"])
    op.drop_index("ix_stories_position", "stories")
    op.drop_index("ix_articles_list_order", "articles")
    op.drop_index("ix_articles_outlet_published_value_id", "articles")
