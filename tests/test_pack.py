"""The `pack` stage (issue 16): the stored form made on the worker is the one the writer would make,
so a store is the same row for row whether the writer packed the article or a worker did."""
from __future__ import annotations

import sqlalchemy as sa

from storyline.clean.duplicates import body_signature
from storyline.model import Article, RawDocument
from storyline.pipeline import registry
from storyline.pipeline.document import restored, run_shipped, shipped
from storyline.pipeline.pack import band_keys, pack_article, packed_for, page_of
from storyline.pipeline.writer import IngestReport, Writer
from storyline.settings import load_settings
from storyline.stage import Batch
from storyline.store import open_store
from storyline.store.storable import compress_text, decompress_text

PAGE = ("<html><head><title>Harbour wall to be tested again</title></head><body><article>"
        "<h1>Harbour wall to be tested again</h1><p>By Ann Reyes</p>"
        + "".join(f"<p>The council said on Monday that the harbour wall would be tested again in week {i}, "
                  f"after the storm of last winter left cracks along its eastern end.</p>" for i in range(8))
        + "</article></body></html>")


def _cleaned(tmp_path, *pages: str) -> tuple[list[Article], dict]:
    """Articles through the cleaning segment and `pack`, as a worker runs them (no model needed)."""
    settings = dict(load_settings(tmp_path / "none.toml").values)
    specs = {s.name: s for s in registry.FLOW}
    articles = [Article.from_raw(RawDocument(f"{i}.html", "html", p)) for i, p in enumerate(pages)]
    segment = [specs[n] for n in ("decode", "body", "language", "metadata", "pubdate", "pack")]
    results, changed = run_shipped(segment, shipped(segment, articles), Batch(), settings)
    return [r.article for r in restored(results, changed, articles)], settings


def _rows(url: str) -> dict[str, list[tuple]]:
    engine = sa.create_engine(url)
    out = {}
    with engine.connect() as conn:
        for table in ("articles", "signature_bands", "spans", "dropped_lines"):
            rows = conn.execute(sa.text(f"SELECT * FROM {table}")).mappings().all()
            out[table] = sorted(tuple(sorted((k, v) for k, v in r.items() if k != "ingested_at")) for r in rows)
    return out


def test_the_page_travels_to_the_pack_segment_which_is_the_last_document_stage():
    flow = registry.FLOW
    last = max(i for i, s in enumerate(flow) if s.scope == "document")
    assert flow[last].name == "pack"
    article = Article.from_raw(RawDocument("a.html", "html", PAGE))
    assert shipped([flow[last]], [article])[0].raw == PAGE


def test_a_worker_packed_article_is_stored_as_the_writer_would_store_it(tmp_path):
    [article], settings = _cleaned(tmp_path, PAGE)
    packed = article.packed
    threshold = settings["near_duplicate_threshold"]
    assert packed is not None and packed.refused is None and decompress_text(packed.raw) == PAGE
    assert packed.signature == body_signature(article.body)
    assert list(packed.bands) == band_keys(packed.signature, threshold)
    urls = [f"sqlite:///{tmp_path / name}" for name in ("worker.db", "writer.db")]
    for url, keep in zip(urls, (True, False), strict=True):
        copy = Article(**{f: getattr(article, f) for f in Article.__slots__ if f != "packed"})
        copy.packed = packed if keep else None
        Writer(open_store(url), IngestReport(), threshold).save([copy])
    worker, writer = _rows(urls[0]), _rows(urls[1])
    assert worker["articles"] and worker["signature_bands"]
    assert worker == writer


def test_text_the_database_cannot_hold_is_refused_by_the_writer_with_the_stores_words(tmp_path):
    [article], settings = _cleaned(tmp_path, PAGE)
    article.metadata["note"] = "a\x00b"  # after packing: the stale form must not hide it
    assert packed_for(article, settings["near_duplicate_threshold"]) is article.packed
    fresh = pack_article(article, settings["near_duplicate_threshold"])
    assert fresh.refused is not None and "NUL" in fresh.refused
    article.packed = fresh
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    report = IngestReport()
    Writer(store, report, settings["near_duplicate_threshold"]).save([article])
    [failure] = report.failures
    assert failure.stage == "store" and failure.error == "store-refused" and "NUL" in failure.message
    article.packed = None
    other = IngestReport()
    Writer(open_store(f"sqlite:///{tmp_path / 'o.db'}"), other, settings["near_duplicate_threshold"]).save([article])
    assert [f.message for f in other.failures] == [failure.message]
    assert store.status().articles == 0


def test_a_form_packed_at_another_threshold_is_made_again():
    article = Article.from_raw(RawDocument("a.html", "html", PAGE))
    article.body = "The council said the harbour wall would be tested again after the storm."
    article.packed = pack_article(article, 0.8)
    again = packed_for(article, 0.9)
    assert again is not article.packed and again.threshold == 0.9
    assert list(again.bands) == band_keys(again.signature, 0.9)


def test_the_page_crosses_to_extraction_compressed_and_is_stored_the_same(tmp_path):
    settings = dict(load_settings(tmp_path / "none.toml").values)
    specs = {s.name: s for s in registry.FLOW}
    article = Article.from_raw(RawDocument("a.html", "html", PAGE))
    cleaning = [specs[n] for n in ("decode", "body", "language", "metadata", "pubdate", "compress")]
    results, changed = run_shipped(cleaning, shipped(cleaning, [article]), Batch(), settings)
    [cleaned] = [r.article for r in restored(results, changed, [article])]
    assert cleaned.raw == PAGE and page_of(cleaned) == compress_text(PAGE)
    [out] = shipped([specs["pack"]], [cleaned])
    assert out.raw == "" and page_of(out) is not None  # ~1/8 of the page crosses, not the page
    results, changed = run_shipped([specs["pack"]], [out], Batch(), settings)
    [packed] = [r.article for r in restored(results, changed, [cleaned])]
    assert packed.raw == PAGE
    threshold = settings["near_duplicate_threshold"]
    cleaned.packed = None
    assert packed.packed == pack_article(cleaned, threshold)  # as if packed from the whole page
