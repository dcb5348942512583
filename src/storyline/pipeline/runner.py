"""The runner: one streaming ingest over the declared stages, whatever executes them.

    report = ingest(["news/", "feeds/*.rss"], store)                   # this machine
    report = ingest(paths, store, executor=DaskExecutor(client))       # a Dask cluster

Documents are read lazily and flow through in chunks of `chunk_size`: each chunk goes through the
FLOW (batch stages here, runs of document stages on the executor) and is stored as soon as it is
done, so memory holds one chunk whatever the input size, and Ctrl-C keeps every stored chunk (and
every article of the chunk being stored). Then, if the store's refresh mark is up (this run stored
something, or an earlier run crashed before its refresh finished), the corpus stages run.
Re-running adds nothing: stored ids are skipped before any work is done on them.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.errors import ExtractionError, MalformedInputError
from storyline.model import Article, IngestFailure, RawDocument
from storyline.pipeline import registry
from storyline.pipeline.executors import Executor, local_executor, split
from storyline.pipeline.progress import Progress, Silent
from storyline.pipeline.writer import IngestReport, Writer
from storyline.settings import Settings, load_settings
from storyline.stage import Batch, StageResult, StageSpec

if TYPE_CHECKING:
    from storyline.pipeline.corpus import Beside
    from storyline.store import Store

log = logging.getLogger(__name__)


def ingest(paths: Sequence[str | Path] | str | Path, store: Store, settings: Settings | None = None,
           progress: Progress | None = None, executor: Executor | None = None) -> IngestReport:
    """Read, clean, extract, de-duplicate and store every document under `paths`, chunk by chunk;
    then refresh the corpus records if they are stale. Returns what happened (`interrupted` set
    if Ctrl-C stopped it: everything stored until then stays stored)."""
    settings = settings or load_settings()
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    items = read_contained(paths, settings.max_file_bytes, settings.fetch_allow)
    return ingest_documents(items, store, settings, progress, executor, expected=estimate_documents(paths))


def ingest_documents(items: Iterable[RawDocument | IngestFailure], store: Store, settings: Settings | None = None,
                     progress: Progress | None = None, executor: Executor | None = None,
                     expected: int | None = None, refresh: bool = True) -> IngestReport:
    """`ingest` over documents already read (a watcher's fetched pages, a generator): the same
    stages, chunks, failures and corpus refresh. `expected` is the count progress shows, if known.
    With `refresh=False` the corpus refresh is left to the caller (a watcher refreshes once per
    poll cycle): the store's durable mark stays up, so a crash before then is still repaired."""
    settings = settings or load_settings()
    flow = registry.select(settings)
    progress = progress or Silent()
    report = IngestReport()
    names = {spec.name for spec in flow}
    writer = Writer(store, report, settings.near_duplicate_threshold, link_reprints="reprints" in names)
    own = executor is None
    executor = executor or local_executor(settings, flow)
    launch = getattr(executor, "launch", None) if own else None
    if launch is not None:
        launch()  # the workers load the model while the first chunk is read (issue 16)
    try:
        try:
            _stream(items, expected, flow, settings, executor, writer, progress)
        except KeyboardInterrupt:
            report.interrupted = True
            log.warning("interrupted: %d articles stored; the corpus refresh is left pending", len(report.added))
        if refresh and not report.interrupted and store.pending_refresh():
            # the workers are idle now: the refresh's independent stages run on them at once
            _refresh(store, settings, progress, getattr(executor, "run_beside", None))
            report.refreshed = True
    finally:
        if own:
            executor.close()
    return report


def _stream(items: Iterable[RawDocument | IngestFailure], total: int | None, flow: Sequence[StageSpec],
            settings: Settings, executor: Executor, writer: Writer, progress: Progress) -> None:
    """Chunk after chunk; progress per phase: "documents" (inputs handled: stored, already stored
    or failed) and, as each task finishes, one phase per document segment ("clean", "extract")."""
    counts = _Counts(progress, total)
    for name in ("documents", *counts.phases(flow)):
        progress.start(name, total)
    reader = _Reader(iter(items), writer, int(settings.chunk_size))
    ahead = reader.pull if executor.parallelism > 1 else None  # one process gains nothing by it
    for chunk, seen in reader.chunks():
        process_chunk(chunk, flow, settings, executor, writer, counts, read_ahead=ahead)
        counts.add("documents", seen)
    for name in ("documents", *counts.phases(flow)):
        progress.finish(name)


@dataclass(slots=True)
class _Counts:
    progress: Progress
    total: int | None
    done: dict[str, int] = field(default_factory=dict)

    def phases(self, flow: Sequence[StageSpec]) -> list[str]:
        return [phase_of(seg) for seg in registry.segments(flow) if seg[0].scope == "document"]

    def add(self, phase: str, n: int) -> None:
        done = self.done[phase] = self.done.get(phase, 0) + n
        self.progress.advance(phase, done, max(self.total, done) if self.total else None)


def phase_of(segment: Sequence[StageSpec]) -> str:
    """A document segment's name in progress: "extract" if it parses, "clean" if it makes the body."""
    adds = {a for spec in segment for a in spec.adds}
    return "extract" if "doc" in adds else "clean" if "body" in adds else segment[0].name


def _refresh(store: Store, settings: Settings, progress: Progress, beside: Beside | None) -> None:
    from storyline.pipeline.corpus import refresh_corpus

    progress.start("corpus", None)
    refresh_corpus(store, settings, step=lambda _name, done, total: progress.advance("corpus", done, total),
                   beside=beside)
    progress.finish("corpus")


@dataclass(slots=True)
class Processed:
    """What the flow made of a chunk: the articles that came through and the failures, each in order."""

    articles: list[Article] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)


Sink = Callable[[list[Article], list[IngestFailure]], None]


def process_chunk(documents: Sequence[RawDocument], flow: Sequence[StageSpec], settings: Settings,
                  executor: Executor, writer: Writer, counts: _Counts | None = None,
                  read_ahead: Callable[[], bool] | None = None) -> None:
    """One chunk through the flow, its failures recorded and its articles stored. The last document
    segment's tasks are stored in document order as they complete, while the workers run the rest
    (with error_policy 'raise', only once the whole chunk came through without a failure); when
    there is nothing to store, `read_ahead()` reads the next chunk's inputs meanwhile."""
    if settings.error_policy == "raise":
        done = run_flow(documents, flow, settings, executor, counts, read_ahead=read_ahead)
        if done.failures:
            first = done.failures[0]
            raise ExtractionError(f"{first.source}: stage {first.stage!r} failed: {first.message}",
                                  fix="set error_policy = 'record' to skip such documents and go on")
        writer.save(done.articles)
        return

    def store(articles: list[Article], failures: list[IngestFailure]) -> None:
        writer.record(failures)
        writer.save(articles)

    run_flow(documents, flow, settings, executor, counts, sink=store, read_ahead=read_ahead)


def run_flow(documents: Sequence[RawDocument], flow: Sequence[StageSpec], settings: Settings,
             executor: Executor, counts: _Counts | None = None, sink: Sink | None = None,
             read_ahead: Callable[[], bool] | None = None) -> Processed:
    """The flow over one chunk: batch stages here, document segments on the executor (reprints are
    left to the writer). Returns the articles that came through and the failures, each in order.
    With a `sink`, what came through is also handed to it in document order as the last document
    segment's tasks complete (the failures of earlier segments first), each part once."""
    batch = Batch()
    articles = [Article.from_raw(d) for d in documents]
    failures: list[IngestFailure] = []
    segments = registry.segments(flow)
    last = max((i for i, seg in enumerate(segments) if seg[0].scope == "document"), default=-1)
    for number, segment in enumerate(segments):
        if segment[0].scope == "batch":
            for spec in segment:
                if spec.name != "reprints":
                    spec.load()(documents, articles, batch)
            continue
        phase = phase_of(segment)
        on_done = (lambda n, phase=phase: counts.add(phase, n)) if counts else None
        tasks = split(segment, articles, batch, executor.task_size, executor.parallelism)
        if sink is None or number != last:
            results = executor.run(tasks, on_done, None, read_ahead)
        else:
            sink([], failures)
            in_order = _InOrder(sink, read_ahead)
            results = executor.run(tasks, on_done, in_order.add, in_order.step)
            in_order.drain()
        articles = [r.article for task in results for r in task if r.article is not None]
        failures += [r.failure for task in results for r in task if r.failure is not None]
    if sink is not None and last < 0:  # no document stage: what came in goes on
        sink(articles, failures)
    return Processed(articles, failures)


@dataclass(slots=True)
class _InOrder:
    """Completed tasks' results, handed to the sink one document at a time in document order (a
    task's documents once every task before it is complete): `step` hands one (or, with none
    ready, does a step of `other` work), `drain` the rest."""

    sink: Sink
    other: Callable[[], bool] | None = None
    waiting: dict[int, list[StageResult]] = field(default_factory=dict)
    ready: deque[StageResult] = field(default_factory=deque)
    next: int = 0

    def add(self, index: int, results: list[StageResult]) -> None:
        self.waiting[index] = results
        while self.next in self.waiting:
            self.ready.extend(self.waiting.pop(self.next))
            self.next += 1

    def step(self) -> bool:
        """Hand the next ready document to the sink, else do a step of the other work; whether
        there is more to do."""
        if self.ready:
            result = self.ready.popleft()
            self.sink([result.article] if result.article is not None else [],
                      [result.failure] if result.failure is not None else [])
            return True
        return self.other() if self.other is not None else False

    def drain(self) -> None:
        while self.ready:
            self.step()


def read_contained(paths: Sequence[str | Path], max_bytes: int,
                   fetch_allow: str | None = None) -> Iterator[RawDocument | IngestFailure]:
    """`storyline.ingest.read_documents`, file by file inside an error boundary: whatever a reader
    raises (a feed's `&#99999999999;` overflowing the parser, say) fails that file alone, recorded
    with the traceback, and reading goes on with the next file."""
    from storyline.ingest import read_documents
    from storyline.ingest.paths import expand
    from storyline.ingest.urls import is_url

    for arg in map(str, paths):
        for unit in [arg] if is_url(arg) else expand(arg):
            if isinstance(unit, IngestFailure):
                yield unit
                continue
            try:
                yield from read_documents([unit], max_bytes=max_bytes, fetch_allow=fetch_allow)
            except Exception as exc:  # the reading boundary: one file's failure, recorded
                yield _unreadable(unit, exc)


def _unreadable(source: str, exc: Exception) -> IngestFailure:
    import traceback

    error = MalformedInputError(f"could not be read: {type(exc).__name__}: {exc}", source=source,
                                fix="report this to storyline with the input attached")
    return IngestFailure(source, error.code, str(error), stage="read",
                         detail="".join(traceback.format_exception(exc)).strip())


@dataclass(slots=True)
class _Stored:
    """An input whose document is stored already (counted as handled, listed as existing)."""

    id: str


@dataclass(slots=True)
class _Reader:
    """The inputs, cut into chunks of up to `size` documents not seen earlier in this run nor stored.
    `pull` reads one input ahead (the pool calls it while its workers run a chunk), at most the next
    chunk's documents; a chunk's failures are recorded, and its stored ids listed, when the chunk is
    taken, in input order, as if read then."""

    items: Iterator[RawDocument | IngestFailure]
    writer: Writer
    size: int
    ahead: deque[RawDocument | IngestFailure | _Stored] = field(default_factory=deque)
    documents: int = 0  # documents in `ahead`
    seen: set[str] = field(default_factory=set)
    done: bool = False

    def pull(self) -> bool:
        """Read one more input if the next chunk is not complete; whether more could be read now."""
        if self.done or self.documents >= self.size or len(self.ahead) >= 4 * self.size:
            return False
        item = next(self.items, None)
        if item is None:
            self.done = True
            return False
        if isinstance(item, IngestFailure):
            self.ahead.append(item)
            return True
        doc_id = item.id  # a hash of the whole page (~1 ms for 100 KB of HTML): computed once here
        if doc_id in self.seen:
            pass
        elif self.writer.store.has_article(doc_id):
            self.seen.add(doc_id)
            self.ahead.append(_Stored(doc_id))
        else:
            self.seen.add(doc_id)
            self.ahead.append(item)
            self.documents += 1
        return True

    def chunks(self) -> Iterator[tuple[list[RawDocument], int]]:
        """Chunks of up to `size` documents, each with how many inputs it accounts for."""
        while True:
            while self.pull():
                pass
            chunk: list[RawDocument] = []
            handled = 0
            while self.ahead and len(chunk) < self.size:
                item = self.ahead.popleft()
                handled += 1
                if isinstance(item, IngestFailure):
                    self.writer.record([item])
                elif isinstance(item, _Stored):
                    self.writer.report.existing.append(item.id)
                else:
                    chunk.append(item)
                    self.documents -= 1
            if not chunk and not handled:
                return
            yield chunk, handled


def estimate_documents(paths: Sequence[str | Path]) -> int | None:
    """How many documents the paths hold, when every input is a one-document file or URL (the
    usual folder of pages); None when a container (JSONL, feed, WARC, URL list) makes it unknown."""
    from storyline.ingest.files import file_kind
    from storyline.ingest.paths import expand
    from storyline.ingest.urls import is_url

    count = 0
    for arg in map(str, paths):
        if is_url(arg):
            count += 1
            continue
        for path in expand(arg):
            if isinstance(path, str) and file_kind(path) is None:
                return None
            count += 1
    return count


def clean_document(document: RawDocument, settings: Settings | None = None) -> Article | IngestFailure:
    """What the cleaning stages (every stage before `parse`) make of one document, alone: no
    extraction, nothing stored (a watcher compares a page's cleaned text with its last version)."""
    from storyline.pipeline.executors import InProcess

    settings = settings or load_settings()
    flow = registry.select(settings)
    cleaning = [s for s in flow[:next((i for i, s in enumerate(flow) if s.name == "parse"), len(flow))]
                if s.name != "compress"]  # nothing is stored: the page need not be compressed
    done = run_flow([document], cleaning, settings, InProcess(dict(settings.values)))
    return done.articles[0] if done.articles else done.failures[0]


def run_extraction(articles: Sequence[Article], settings: Settings | None = None,
                   executor: Executor | None = None) -> Processed:
    """The extraction stages (`parse` and after) over articles cleaned elsewhere, with the outlets
    they name as the batch's (benchmarks that bring their own cleaned texts use this)."""
    from storyline.pipeline.batch import name_outlets
    from storyline.pipeline.executors import InProcess

    settings = settings or load_settings()
    flow = registry.select(settings)
    start = next((i for i, s in enumerate(flow) if s.name == "parse"), len(flow))
    extraction = [s for s in flow[start:] if s.scope == "document"]
    batch = Batch()
    name_outlets([], articles, batch)
    executor = executor or InProcess(dict(settings.values))
    results = executor.run(split(extraction, list(articles), batch, executor.task_size, executor.parallelism))
    return Processed([r.article for task in results for r in task if r.article is not None],
                     [r.failure for task in results for r in task if r.failure is not None])
