"""How the runner keeps the workers busy (issue 16): tasks that shrink towards a segment's end,
articles that cross without their raw page, inputs read ahead one chunk at most, in input order."""
from __future__ import annotations

from types import SimpleNamespace

from storyline.model import Article, IngestFailure, RawDocument
from storyline.pipeline import registry
from storyline.pipeline.document import restored, run_shipped, shipped
from storyline.pipeline.executors import split
from storyline.pipeline.runner import _Reader
from storyline.pipeline.writer import IngestReport
from storyline.stage import Batch


def test_tasks_shrink_towards_the_end_of_a_segment_on_several_workers():
    sizes = [len(t.articles) for t in split([], list(range(90)), None, 16, parallelism=2)]
    assert sum(sizes) == 90 and max(sizes) == 16 and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)
    assert [len(t.articles) for t in split([], list(range(70)), None, 32)] == [32, 32, 6]  # one process


def _segment(*names):
    specs = {s.name: s for s in registry.FLOW}
    return [specs[n] for n in names]


def test_the_raw_page_crosses_only_to_stages_that_read_it_and_comes_back_only_if_changed():
    page = "<p>Harbour</p>"
    article = Article.from_raw(RawDocument("a.txt", "text", "Wells said \ud800 on Monday."))
    assert shipped(_segment("decode", "body"), [article])[0].raw == article.raw
    assert shipped(_segment("entities", "times"), [article])[0].raw == ""
    plain = Article.from_raw(RawDocument("b.txt", "text", page))
    results, changed = run_shipped(_segment("decode"), [article, plain], Batch(), {})
    assert changed == [0] and results[1].article.raw == ""  # unchanged: the parent has it
    back = restored(results, changed, [article, plain])
    assert back[0].article.raw == "Wells said \ufffd on Monday." and back[1].article.raw == page


class _Store:
    def __init__(self, stored):
        self.stored = set(stored)

    def has_article(self, article_id):
        return article_id in self.stored


def _writer(stored=()):
    report = IngestReport()
    return SimpleNamespace(store=_Store(stored), report=report, record=report.failures.extend)


def test_reading_ahead_keeps_the_chunks_and_the_order_of_failures():
    docs = [RawDocument(f"{i}.txt", "text", f"page {i}") for i in range(5)]
    failure = IngestFailure("bad.txt", "binary", "not text")
    items = [docs[0], failure, docs[1], docs[0], docs[2], docs[3], docs[4]]
    writer = _writer(stored={docs[3].id})
    reader = _Reader(iter(items), writer, 2)
    chunks = reader.chunks()
    first, handled = next(chunks)
    assert [d.source for d in first] == ["0.txt", "1.txt"] and handled == 3
    assert writer.report.failures == [failure]
    while reader.pull():  # the pool reads ahead while the workers run the first chunk
        pass
    assert reader.documents == 2 and writer.report.existing == []  # listed when its chunk is taken
    second, handled = next(chunks)
    assert [d.source for d in second] == ["2.txt", "4.txt"] and handled == 3
    assert writer.report.existing == [docs[3].id]
    assert next(chunks, None) is None


def test_the_reader_hashes_each_page_once():
    hashed = []

    class Counted(RawDocument):
        __slots__ = ()

        @property
        def id(self) -> str:
            hashed.append(self.source)
            return RawDocument.id.fget(self)  # type: ignore[attr-defined]

    docs = [Counted(f"{i}.html", "html", f"<p>page {i}</p>") for i in range(3)]
    reader = _Reader(iter([docs[0], docs[1], docs[0], docs[2]]), _writer(stored={RawDocument.id.fget(docs[2])}), 8)
    chunk, handled = next(reader.chunks())
    assert [d.source for d in chunk] == ["0.html", "1.html"] and handled == 3  # the repeat is dropped
    assert sorted(hashed) == ["0.html", "0.html", "1.html", "2.html"]  # once per input read
