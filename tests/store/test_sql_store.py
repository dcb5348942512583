"""The SQL store: the same tests on SQLite and on PostgreSQL.

PostgreSQL tests need STORYLINE_TEST_PG_URL (scripts/start_postgres.sh prints one); each test gets
its own freshly created database, dropped afterwards. Without the variable they skip, except under
CI (env CI set), where a missing server is a failure: CI must really exercise PostgreSQL.

(The fixtures live here, not in a conftest.py: a second `conftest` module would shadow the root
one that other tests import factories from.)
"""
from __future__ import annotations

import sqlite3
import threading
import warnings
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import pg_server_url
from storyline.errors import MigrationError, MissingExtraError, NotFoundError, StoreConnectionError, StoreError
from storyline.model import Article, DroppedLine, IngestFailure, PublishedDate, Span, content_hash
from storyline.store import Store, StoreStatus, migrate, open_store
from storyline.store.schema import include_name, metadata


@pytest.fixture
def store(store_url: str):
    opened = open_store(store_url)
    yield opened
    opened.close()


@pytest.fixture
def pg_server() -> str:
    """The PostgreSQL server's own URL (not a fresh database): for tests that only connect."""
    return pg_server_url()




def article(body: str = "Body text.", *, raw: str | None = None, **fields) -> Article:
    raw = body if raw is None else raw
    values = {"id": content_hash(raw), "source": "test.txt", "kind": "text", "raw": raw, "body": body}
    return Article(**(values | fields))


def full_article() -> Article:
    body = "Maduro was offered amnesty.\n\n“We will see,” he said — 2019."
    return article(
        body, raw="HEADER\n" + body + "\nFOOTER", record="line 3", title="Amnesty offer", outlet="Example News",
        byline="A. Writer", url="https://example.org/a", duplicate_of="0123456789abcdef",
        published=PublishedDate("2019-05-03", "day", "meta[article:published_time]",
                                ("url date", "byline date"), "2019-05-03", "2019-05-03"),
        evidence={"outlet": "og:site_name", "byline": "line 2"}, metadata={"lang": "en", "feed": "rss"},
        dropped=[DroppedLine(1, "HEADER", "boilerplate"), DroppedLine(9, "FOOTER", "repeated")],
        spans=[Span(0, 6, "PERSON", "entities", "Maduro", {"kb": "Q1"}),
               Span(29, 42, "QUOTE", "quotes", "“We will see,”")],
        stages=["decode", "clean", "date"])


# --- opening and migrating ---------------------------------------------------------------------

def test_store_satisfies_protocol(store) -> None:
    assert isinstance(store, Store)


def test_empty_database_is_migrated_to_head(store_url: str, store) -> None:
    engine = sa.create_engine(store_url)
    with engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        assert set(sa.inspect(conn).get_table_names()) >= set(metadata.tables)
    engine.dispose()


def test_migration_matches_schema_module(store_url: str, store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = sa.create_engine(store_url)
    with engine.connect() as conn, warnings.catch_warnings():
        # SQLite cannot reflect the expression index uq_failures_key; test_failure_upsert covers it
        warnings.filterwarnings("ignore", "(?i).*expression-based index")
        # the full-text search tables are dialect-specific and outside the metadata (schema.include_name)
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": include_name}), metadata)
    engine.dispose()
    assert diff == []


def test_reopening_is_a_no_op(store_url: str, store) -> None:
    store.save_article(article())
    with open_store(store_url) as again:
        assert again.status().articles == 1


def test_downgrade_and_upgrade_again(store_url: str) -> None:
    from alembic import command

    open_store(store_url).close()
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    with engine.connect() as conn:
        assert "articles" not in sa.inspect(conn).get_table_names()
    engine.dispose()
    with open_store(store_url) as store:
        assert store.status() == StoreStatus()


def test_unknown_schema_version_is_a_migration_error(store_url: str) -> None:
    open_store(store_url).close()
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'fffffff'"))
    engine.dispose()
    with pytest.raises(MigrationError, match=r"fffffff.*newer") as info:
        open_store(store_url)
    assert "upgrade storyline" in str(info.value)


def test_foreign_tables_are_a_migration_error(store_url: str) -> None:
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE articles (x INTEGER)"))
    engine.dispose()
    with pytest.raises(MigrationError, match="cannot bring the store") as info:
        open_store(store_url)
    assert "new database" in str(info.value)


def test_concurrent_first_open(store_url: str) -> None:
    """Several processes opening one new database at once: one migrates, the rest wait and use it."""
    with ProcessPoolExecutor(4, mp_context=get_context("spawn")) as pool:
        saved = list(pool.map(_open_and_save, [store_url] * 4, range(4)))
    assert saved == [True] * 4
    with open_store(store_url) as store:
        assert store.status().articles == 4


def _open_and_save(url: str, n: int) -> bool:
    with open_store(url) as store:
        return store.save_article(article(f"article {n}"))


# --- articles -------------------------------------------------------------------------------------

def test_full_round_trip(store) -> None:
    original = full_article()
    assert store.save_article(original, b"\x00\x01sig\xff")
    assert store.get_article(original.id) == original
    assert store.list_articles() == [original]
    assert store.signatures() == {original.id: b"\x00\x01sig\xff"}


odd_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=80)
odd_map = st.dictionaries(odd_text, odd_text, max_size=3)


@st.composite
def odd_articles(draw) -> Article:
    body = draw(odd_text)
    cuts = st.integers(0, len(body))
    spans = []
    for _ in range(draw(st.integers(0, 4))):
        start, end = sorted((draw(cuts), draw(cuts)))
        spans.append(Span(start, end, draw(odd_text), draw(odd_text), body[start:end], draw(odd_map)))
    dropped = draw(st.lists(st.builds(DroppedLine, st.integers(0, 10**6), odd_text, odd_text), max_size=3))
    published = PublishedDate(draw(st.none() | odd_text), draw(st.sampled_from(["day", "month", "year", "unknown"])),
                              draw(odd_text), tuple(draw(st.lists(odd_text, max_size=3))))
    raw = draw(odd_text) + body
    drawn = article(body, raw=raw, title=draw(st.none() | odd_text), record=draw(st.none() | odd_text), published=published,
                   evidence=draw(odd_map), metadata=draw(odd_map), dropped=dropped, spans=spans,
                   stages=draw(st.lists(odd_text, max_size=3)))
    drawn.id = content_hash(repr(drawn))  # a different article must never share an id with an earlier example
    return drawn


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(original=odd_articles())
def test_round_trip_of_odd_text(store, original: Article) -> None:
    store.save_article(original)
    back = store.get_article(original.id)
    assert back == original
    assert [back.body[s.start:s.end] for s in back.spans] == [s.text for s in back.spans]


def test_save_is_idempotent(store) -> None:
    first = full_article()
    assert store.save_article(first) is True
    changed = full_article()
    changed.title, changed.dropped, changed.spans = "Other title", [], []
    assert store.save_article(changed, b"sig") is False
    assert store.get_article(first.id) == first
    assert store.signatures() == {}
    assert store.status().dropped_lines == 2


def test_concurrent_saves_of_one_article_store_it_once(store) -> None:
    barrier = threading.Barrier(4)

    def save() -> bool:
        barrier.wait()
        return store.save_article(full_article())

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: save(), range(4)))
    assert sorted(results) == [False, False, False, True]
    assert store.status().dropped_lines == 2


def test_has_article(store) -> None:
    a = article()
    assert not store.has_article(a.id)
    store.save_article(a)
    assert store.has_article(a.id)
    assert not store.has_article(a.id[:6])  # has_article wants the whole id


def test_save_spans_replaces_one_stage(store) -> None:
    a = full_article()
    store.save_article(a)
    store.save_spans(a.id, "entities", [Span(7, 10, "ORG", "entities", "was")])
    store.save_spans(a.id, "timex", [Span(50, 54, "DATE", "timex", "2019", {"value": "2019"})])
    back = store.get_article(a.id)
    assert [(s.stage, s.label) for s in back.spans] == [("quotes", "QUOTE"), ("entities", "ORG"), ("timex", "DATE")]
    assert back.stages == ["decode", "clean", "date", "entities", "timex"]
    with pytest.raises(NotFoundError):
        store.save_spans("0" * 16, "timex", [])


@pytest.mark.parametrize(("field", "value", "what"), [
    ("body", "a\x00b", "NUL"), ("raw", "x\udc80", "surrogate U\\+DC80"), ("metadata", {"k": "\x00"}, "NUL")])
def test_unstorable_text_is_refused_the_same_everywhere(store, field: str, value, what: str) -> None:
    a = article()
    setattr(a, field, value)
    with pytest.raises(StoreError, match=what) as info:
        store.save_article(a)
    assert a.id in str(info.value) and "clean the text" in str(info.value)
    assert store.status().articles == 0


# --- lookup ------------------------------------------------------------------------------------

@pytest.fixture
def three(store) -> list[Article]:
    items = [article("one", id="abcd1111"), article("two", id="abcd2222"), article("three", id="ab%d3333"),
             article("four", id="ffff0000")]
    for item in items:
        store.save_article(item)
    return items


def test_get_by_unique_prefix(store, three) -> None:
    assert store.get_article("abcd1").body == "one"
    assert store.get_article("ffff").body == "four"
    assert store.get_article("ab%d").body == "three"  # LIKE wildcards in a prefix are literal


@pytest.mark.parametrize(("asked", "message"), [
    ("abcd", "matches several articles: abcd1111, abcd2222"),
    ("abc", "no article with id 'abc'"),
    ("ab%", "no article with id 'ab%'"),
    ("ab_d", "no article with id 'ab_d'"),
    ("FFFF", "no article with id 'FFFF'"),  # SQLite's LIKE ignores case; ids do not
    ("0123456789abcdef", "no article with id '0123456789abcdef'"),
])
def test_lookup_failures_name_the_id_and_the_fix(store, three, asked: str, message: str) -> None:
    with pytest.raises(NotFoundError, match=message) as info:
        store.get_article(asked)
    assert "storyline articles" in str(info.value)


def test_list_orders_by_date_then_id_undated_last(store) -> None:
    dated = {"b1": "2020-01-02", "a1": "2020-01-02", "c1": "2019", "d1": None, "0e": "2019-12"}
    for i, (aid, value) in enumerate(dated.items()):
        store.save_article(article(f"body {i}", id=aid, published=PublishedDate(value, "day" if value else "unknown")))
    assert [a.id for a in store.list_articles()] == ["c1", "0e", "a1", "b1", "d1"]
    assert [a.id for a in store.list_articles(limit=2, offset=1)] == ["0e", "a1"]
    light = store.list_articles(limit=1, with_raw=False)[0]
    assert light.raw == "" and light.body == "body 2"


# --- failures and status -----------------------------------------------------------------------

def test_failure_upsert_counts_instead_of_duplicating(store_url: str, store) -> None:
    failure = IngestFailure("feed.xml", "malformed", "bad XML", record="item 3")
    for message in ("bad XML", "bad XML", "bad XML at 3:1"):
        store.record_failure(IngestFailure("feed.xml", "malformed", message, record="item 3"))
    for _ in range(2):
        store.record_failure(IngestFailure("plain.txt", "empty", "0 bytes"))
    store.record_failure(IngestFailure("feed.xml", "malformed", "bad XML", record="item 4"))
    assert store.failures() == [IngestFailure("feed.xml", "malformed", "bad XML at 3:1", record="item 3"),
                                IngestFailure("plain.txt", "empty", "0 bytes"),
                                IngestFailure(failure.source, failure.error, failure.message, record="item 4")]
    engine = sa.create_engine(store_url)
    with engine.connect() as conn:
        counts = conn.execute(sa.text("SELECT source, record, count, first_seen <= last_seen FROM failures "
                                      "ORDER BY id")).all()
    engine.dispose()
    assert [tuple(c) for c in counts] == [("feed.xml", "item 3", 3, True), ("plain.txt", None, 2, True),
                                         ("feed.xml", "item 4", 1, True)]


def test_concurrent_failure_records_count_every_one(store) -> None:
    barrier = threading.Barrier(4)

    def record(_: int) -> None:
        barrier.wait()
        store.record_failure(IngestFailure("x.warc", "truncated", "ends mid-record"))

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(record, range(4)))
    assert store.status().failures_by_error == {"truncated": 1}


def test_status_counts(store) -> None:
    assert store.status() == StoreStatus()
    store.save_article(full_article())
    store.save_article(article("reprint", duplicate_of=full_article().id,
                               dropped=[DroppedLine(2, "ad", "boilerplate")]))
    store.save_article(article("alone"))
    for source, error in [("a", "empty"), ("b", "empty"), ("c", "binary"), ("a", "empty")]:
        store.record_failure(IngestFailure(source, error, "why"))
    assert store.status() == StoreStatus(articles=3, duplicates=2, failures=3,
                                         failures_by_error={"empty": 2, "binary": 1}, dropped_lines=3,
                                         refresh_pending=3)  # stored without a corpus refresh since


# --- connection problems -------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["not a url", "mysql://u@h/db", "sqlite:////no/such/folder/x.db"])
def test_bad_urls_are_connection_errors(url: str) -> None:
    with pytest.raises(StoreConnectionError) as info:
        open_store(url)
    assert info.value.fix


def test_a_file_that_is_not_a_database(tmp_path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just text, not SQLite " * 100)
    with pytest.raises(StoreConnectionError, match=r"notes\.db.*not a database"):
        open_store(f"sqlite:///{path}")


def test_unreachable_postgres_masks_the_password() -> None:
    url = "postgresql+psycopg://me:s3cret@127.0.0.1:1/db"
    with pytest.raises(StoreConnectionError) as info:
        open_store(url)
    assert "s3cret" not in str(info.value) and "me:***@127.0.0.1:1/db" in str(info.value)
    assert "server is running" in str(info.value)


@pytest.mark.postgres
def test_wrong_postgres_password_masks_it(pg_server: str) -> None:
    url = sa.make_url(pg_server).set(password="wrong-pass").render_as_string(hide_password=False)
    with pytest.raises(StoreConnectionError, match="password authentication failed") as info:
        open_store(url)
    assert "wrong-pass" not in str(info.value)


def test_missing_psycopg_names_the_extra(monkeypatch) -> None:
    from storyline.store import connect

    real = connect.importlib.util.find_spec
    monkeypatch.setattr(connect.importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a))
    with pytest.raises(MissingExtraError, match=r"storyline\[postgres\]"):
        open_store("postgresql://u@127.0.0.1/db")


# --- SQLite specifics ----------------------------------------------------------------------------

def test_sqlite_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path) -> None:
    path = tmp_path / "s.db"
    with open_store(f"sqlite:///{path}") as store, store._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000  # connect.BUSY_TIMEOUT_MS
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sqlite_reader_is_not_blocked_by_a_writer(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url) as writer, open_store(url) as reader:
        writer.save_article(article("first"))
        with writer._engine.connect() as conn:
            conn.execution_options(storyline_write=True)
            with conn.begin():  # holds the write lock
                conn.exec_driver_sql("UPDATE articles SET title = 'x'")
                assert reader.status().articles == 1  # WAL: readers see the last commit


def test_in_memory_sqlite(tmp_path) -> None:
    with open_store("sqlite://") as store:
        assert store.save_article(article())
        assert store.status().articles == 1


# --- the stories stage's state (0013): written and read a chunk at a time -----------------------

def test_story_frequencies_add_up_over_more_keys_than_one_chunk(store) -> None:
    from storyline.store.rows import CHUNK

    terms = {f"t{i:04d}": 1 + i % 3 for i in range(CHUNK * 2 + 7)}  # three chunks of keys
    assert store.add_story_frequencies({"terms": terms}, totals=False) == {}
    more = {t: 2 for t in list(terms)[::2]} | {"fresh": 5}
    totals = store.add_story_frequencies({"terms": more, "lead": {"fresh": 1}})
    assert totals == {"terms": {t: terms.get(t, 0) + n for t, n in more.items()}, "lead": {"fresh": 1}}
    again = store.add_story_frequencies({"terms": {t: 0 for t in terms}})  # reads back every chunk
    assert again["terms"] == {t: n + more.get(t, 0) for t, n in terms.items()}


def test_story_postings_are_read_a_chunk_of_keys_at_a_time_and_dropped(store) -> None:
    from storyline.store.rows import CHUNK

    keys = [f"t:k{i:04d}" for i in range(CHUNK + 3)]
    store.add_story_keys({"s1": keys, "s2": keys[:2]}, seen=1)
    store.add_story_keys({"s3": keys[:1]}, seen=2)
    parts = list(store.story_postings([*keys, "t:absent"]))
    assert len(parts) == 2 and all(len(p) <= CHUNK for p in parts)
    postings = {k: sorted(v) for p in parts for k, v in p.items()}
    assert postings[keys[0]] == [(1, "s1"), (1, "s2"), (2, "s3")] and postings[keys[-1]] == [(1, "s1")]
    assert "t:absent" not in postings
    store.drop_story_postings([(keys[0], "s2"), (keys[1], "s1")])
    store.drop_story_keys(["s3"])
    postings = {k: sorted(v) for p in store.story_postings(keys[:2]) for k, v in p.items()}
    assert postings == {keys[0]: [(1, "s1")], keys[1]: [(1, "s2")]}
    store.finish_story_state(documents=4)
    assert store.story_documents() == 4


def test_a_touched_only_refresh_stores_the_same_stories_on_each_backend(store, tmp_path) -> None:
    from conftest import make_corpus
    from storyline.pipeline.corpus import refresh_corpus

    reference = open_store(f"sqlite:///{tmp_path / 'reference.db'}")
    for batch in (make_corpus(60, seed=3), make_corpus(30, seed=4)):
        for target in (store, reference):
            for a in batch:
                target.save_article(a)
            refresh_corpus(target)  # the first a full rebuild, the second touched-only
    assert store.story_documents() == reference.story_documents() == 90
    assert store.list_stories() == reference.list_stories() and store.story_aliases() == reference.story_aliases()
    reference.close()


def test_a_store_upgraded_to_stored_centroids_rebuilds_its_stories_once(store_url: str) -> None:
    # a 0013 store has no centroids: 0014 drops the state's count row, so the next refresh is a
    # full rebuild that stores every story's centroid (docs/corpus.md)
    from alembic import command

    with open_store(store_url) as store:
        store.finish_story_state(12)
        store.save_story_centroids({"s1": b"x"})
        assert store.story_documents() == 12
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0013")
    with engine.connect() as conn:
        assert "story_centroids" not in sa.inspect(conn).get_table_names()
    engine.dispose()
    with open_store(store_url) as store:
        assert store.story_documents() is None
        assert list(store.story_centroids_of(["s1"])) == []


def test_story_frequencies_inserted_into_an_emptied_state_equal_the_added_ones(tmp_path) -> None:
    """A full rebuild inserts its frequencies without reading for stored ones: the same rows."""
    from storyline.store.rows import CHUNK

    df = {"terms": {f"t{i:04d}": 1 + i % 3 for i in range(CHUNK + 9)}, "lead": {"a": 2}}
    rows = []
    for emptied in (False, True):
        with open_store(f"sqlite:///{tmp_path / f'{emptied}.db'}") as store:
            store.add_story_frequencies({"terms": {"old": 4}})
            store.begin_story_state(full=True)
            assert store.add_story_frequencies(df, totals=False, emptied=emptied) == {}
            rows.append(store.add_story_frequencies({"terms": dict.fromkeys(df["terms"], 0)})["terms"])
    assert rows[0] == rows[1] == df["terms"]
