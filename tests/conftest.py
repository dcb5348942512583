"""Root conftest: factories that build records by hand, and paths to ../shared."""
from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.model import Article, PublishedDate, RawDocument, Span

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PG_ENV = "STORYLINE_TEST_PG_URL"
# Tests ingest in this process unless they ask for workers (a pool per test would load the model
# in every worker of every test); tests/test_pipeline.py and tests/test_batch.py run the pool on purpose.
os.environ.setdefault("STORYLINE_WORKERS", "1")


def benchmark_module(name: str):
    """A module of benchmarks/ by name, loaded once (its own imports of sibling benchmark modules resolve)."""
    if name not in sys.modules:
        sys.path.insert(0, str(REPO / "benchmarks"))
        spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def story_of(store) -> dict[str, str]:
    """Each stored article's story id; an article in two stories fails the test."""
    found: dict[str, str] = {}
    for record in store.list_stories():
        for article_id in record.article_ids:
            assert article_id not in found, f"{article_id} is in two stories"
            found[article_id] = record.id
    return found


@pytest.fixture(scope="session")
def nlp():
    """spaCy's pipeline as storyline loads it, once per run (a test module may keep its own)."""
    pytest.importorskip("spacy")
    from storyline.extract.nlp import load_nlp

    return load_nlp()


def speaker_of(nlp, text: str, starts: str) -> str | None:
    """The speaker name of the first quote of `text` whose text holds `starts`."""
    from storyline.extract.quotes import find_quotes

    hits = [q for q in find_quotes(text, nlp(text)) if starts in q.text]
    assert hits, text
    return hits[0].speaker.name


def make_raw(content: str = "Body text.", *, source: str = "test.txt", kind: str = "text",
             record: str | None = None, **metadata: str) -> RawDocument:
    return RawDocument(source=source, kind=kind, content=content, record=record, metadata=metadata)


def make_article(body: str = "Body text.", **fields) -> Article:
    raw = fields.pop("raw", body)
    article = Article.from_raw(make_raw(raw, source=fields.pop("source", "test.txt")))
    article.body = body
    for name, value in fields.items():
        setattr(article, name, value)
    return article


def make_claim_span(start: int, text: str, predicate: str, polarity: str, asserter: str, keywords: str,
                    **extra: object) -> Span:
    """A CLAIM span as the claims stage writes one (asserted unless `modality` is given)."""
    attrs = {"predicate": predicate, "polarity": polarity, "asserter": asserter, "keywords": keywords,
             "modality": "asserted"} | extra
    return Span(start, start + len(text), "CLAIM", "claims", text, attrs)


def make_entity(label: str, name: str, *texts: str):
    """An article's entity with one mention per text (its name alone by default), 20 characters apart."""
    from storyline.extract.entities import ArticleEntity, Mention

    texts = texts or (name,)
    return ArticleEntity(label, name, [Mention(20 * i, 20 * i + len(t), t, label) for i, t in enumerate(texts)])


def entity_groups(merged) -> list[list[str]]:
    """The merged entities as sorted groups of their mentions' texts."""
    return sorted(sorted({m.text for _, m in e.mentions}) for e in merged)


def make_article_with_spans(body: str, *spans: Span, published: PublishedDate | None = None) -> Article:
    article = make_article(body, published=published or PublishedDate())
    article.spans = list(spans)
    return article


def date_flag_pairs(*articles: Article) -> list[tuple[str, str]]:
    """The (article, article) pairs of the 'dates' disputes found across `articles`, named a0, a1, …"""
    from storyline.link.contradictions import find_contradictions

    for i, article in enumerate(articles):
        article.id = f"a{i}"
    return [(c.a.article_id, c.b.article_id) for c in find_contradictions(list(articles)) if c.kind == "dates"]


def extracted_flags(*texts_and_days: tuple[str, str]) -> list[tuple[str, str, str]]:
    """(kind, article, article) of every dispute found after running extraction on each text as an article
    of its own outlet and day, named a0, a1, …"""
    from storyline.link.contradictions import find_contradictions
    from storyline.pipeline.runner import run_extraction

    articles = [make_article(text, outlet=f"Outlet {i}", published=PublishedDate(day, "day"))
                for i, (text, day) in enumerate(texts_and_days)]
    for i, article in enumerate(articles):
        article.id = f"a{i}"
    extracted = run_extraction(articles).articles
    return sorted((c.kind, c.a.article_id, c.b.article_id) for c in find_contradictions(extracted))


def clean_html_page(html: str, url: str | None) -> Article:
    """An HTML page through the cleaning stages (url as the page's metadata when given); a page the stages
    reject fails the test with their reason."""
    from storyline.clean.stages import cleaning_stages
    from storyline.pipeline import run_stages

    doc = RawDocument(source="page.html", kind="html", content=html, metadata={"url": url} if url else {})
    result = run_stages(Article.from_raw(doc), cleaning_stages())
    assert result.article is not None, result.failure
    return result.article


def clean_scrape(lines: list[str]) -> Article:
    """A plain-text scrape of `lines` (one block each) through the cleaning stages."""
    from storyline.clean.stages import cleaning_stages
    from storyline.pipeline import run_stages

    result = run_stages(Article(id="a", source="a.txt", kind="text", raw="\n\n".join(lines)), cleaning_stages())
    assert result.article is not None, result.failure
    return result.article


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repo")
    return SHARED


@pytest.fixture
def good_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two readable files that sort before and after anything named b…/m…: a.txt and z.html."""
    first = tmp_path / "a.txt"
    first.write_text("First good document.", encoding="utf-8")
    last = tmp_path / "z.html"
    last.write_text("<html><head><title>Last good</title></head><body><p>Last good</p></body></html>",
                    encoding="utf-8")
    return first, last


# --- the web app's tests (tests/serve) ----------------------------------------------------------
@pytest.fixture
def fresh_revision(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write is seen at once (the web process re-reads the store's revision each second)."""
    from storyline.serve import memo

    monkeypatch.setattr(memo, "REVISION_TTL", 0.0)


@pytest.fixture
def built(tmp_path: Path) -> Iterator[tuple]:
    """The hand-built web store of tests/serve/serve_helpers.py (stories, hostile articles), and its articles."""
    from serve_helpers import build_store

    store, articles = build_store(tmp_path / "store.db")
    yield store, articles
    store.close()


# --- PostgreSQL: a real server (scripts/start_postgres.sh), one fresh database per use ---------
def pg_server_url() -> str:
    """The PostgreSQL server the tests may use; skips without it, except under CI (env CI set)."""
    url = os.environ.get(PG_ENV)
    if url:
        return url
    reason = f"{PG_ENV} is not set (export {PG_ENV}=\"$(scripts/start_postgres.sh)\" to run the PostgreSQL tests)"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {reason}", pytrace=False)
    pytest.skip(reason)


def pg_database(server_url: str) -> Iterator[str]:
    """Create a uniquely named database on the server, yield its URL, then drop it."""
    import sqlalchemy as sa

    from storyline.store.connect import parse_url

    server = parse_url(server_url)
    name = f"storyline_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        _create_database(admin, name)
        yield server.set(database=name).render_as_string(hide_password=False)
        _drop_database(admin, name)
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database on each backend (a file for SQLite, a fresh database on the server)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
    else:
        yield from pg_database(pg_server_url())


def _drop_database(admin, name: str) -> None:
    """DROP … WITH (FORCE) terminates the database's sessions, and fails when one belongs to another
    role: most likely an autovacuum worker on the new tables (seen once in fresh-clone CI,
    "must be a member of the role whose process is being terminated"). It finishes within moments."""
    _run_retrying(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', "member of the role")


def _create_database(admin, name: str) -> None:
    """CREATE DATABASE copies template1 and fails at once while another session is connected to it
    ("source database is being accessed by other users") when two test sessions share one server, the likely
    cause of a setup error seen once while a second session ran (its message was not kept)."""
    _run_retrying(admin, f'CREATE DATABASE "{name}"', "being accessed by other users")


def _run_retrying(admin, sql: str, passing: str) -> None:
    """Run `sql`, again after a short wait while it fails with a message holding `passing` (a
    condition another session clears within moments); any other error is raised at once."""
    import time

    import sqlalchemy as sa

    for attempt in range(6):
        try:
            with admin.connect() as conn:
                conn.exec_driver_sql(sql)
            return
        except sa.exc.DBAPIError as exc:
            if passing not in str(exc) or attempt == 5:
                raise
            time.sleep(0.5 * (attempt + 1))


# --- a small generated corpus for the corpus stages: outlets, dates, entity and citation spans -------
CORPUS_OUTLETS = ("The Velana Times", "Harbour Ledger", "Associated Press", "Coast Courier")


def make_corpus(size: int, seed: int = 3, outlets: tuple[str, ...] = CORPUS_OUTLETS) -> list[Article]:
    """`size` articles in a few stories (own words and people), each from one of `outlets`, dated
    in 2023; about one in five cites an outlet's reporting ("the Times", "AP" too) of the day an
    earlier article was published."""
    import datetime as dt
    import random

    from storyline.model import PublishedDate, Span

    rng = random.Random(seed)
    words = [f"w{i}x" for i in range(400)]
    people = ["Anna Smith", "John Smith", "Lena Moreau", "Omar Haddad", "Ines Duarte", "Karl Weber"]
    cited = ["the Times", "AP", "Harbour Ledger", "Coast Courier", "Harbour Times"]
    found = []
    for i in range(size):
        story = rng.randrange(max(2, size // 12))
        day = dt.date(2023, 1, 1) + dt.timedelta(days=(story * 37 + rng.randrange(20)) % 360)
        person = people[story % len(people)]
        text = " ".join(rng.choice(words[story * 7 % 380:story * 7 % 380 + 20] if rng.random() < 0.5 else words)
                        for _ in range(40))
        body = f"{person} spoke. {text}. Smith said so."
        spans = [Span(0, len(person), "PERSON", "entities", person),
                 Span(len(body) - 13, len(body) - 8, "PERSON", "entities", "Smith")]
        if rng.random() < 0.2:
            name, month = rng.choice(cited), rng.choice(found).published.value if found else "2023-06"
            sentence = f"{name} reported it."
            body += " " + sentence
            spans.append(Span(len(body) - len(sentence), len(body), "CITATION", "citations", sentence,
                              {"outlet": name, "time": month}))
        found.append(make_article(body, raw=f"{i} {body}", title=f"Story {story} item {i}", outlet=rng.choice(outlets),
                                  published=PublishedDate(day.isoformat(), "day"), spans=spans))
    return found


def ingested_disputes(tmp_path: Path, name: str, texts: list[str]) -> list[dict]:
    """The disputes every story shows after ingesting `texts` (one plain-text file each) into a fresh
    SQLite store in `tmp_path / name`."""
    from storyline.link.story_view import view_story
    from storyline.pipeline import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    folder = tmp_path / name
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text)
    store = open_store(f"sqlite:///{folder}.db")
    ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
    return [c for story in store.list_stories() for c in view_story(store, story.id).contradictions]
