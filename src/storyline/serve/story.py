"""The story page's data: the export's story record computed from the story's own articles, plus
who said what and the entries a contradiction touches, kept per store revision.

    story_view(store, "s51e0")   → {"id", "title", "articles", "timeline", "contradictions",
                                    "provenance", "speakers", "summaries"}
"""
from __future__ import annotations

import contextlib
import functools
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.errors import NotFoundError, StoreError
from storyline.serve.memo import counted, revision
from storyline.serve.public import attributed, public_source
from storyline.serve.views import MAX_PAGE

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store.base import ReadStore

#: story views kept in memory per process (each is a few kB to a few hundred kB of JSON)
MEMO_SIZE = 256
#: the modules a view is computed by: a stored view made by other code (an upgrade, a tuned
#: timeline) is stale even though the store did not change
VIEW_CODE = ("storyline.serve.story", "storyline.link.story_view", "storyline.link.timelines",
             "storyline.link.timeline_dates", "storyline.link.timeline_select", "storyline.link.contradictions",
             "storyline.link.provenance", "storyline.export", "storyline.records", "storyline.payloads")


@functools.cache
def code_fingerprint() -> str:
    """A hash of the source of the modules in VIEW_CODE."""
    import hashlib
    import importlib

    digest = hashlib.sha256()
    for name in VIEW_CODE:
        digest.update(Path(importlib.import_module(name).__file__ or name).read_bytes())
    return digest.hexdigest()[:16]


#: imported lazily by the view code on its first use: sklearn (TF-IDF in link.timeline_select) took
#: 12 of the 15 s the first story page of a fresh process cost (20k store, benchmarks/story_cold.py);
#: the rest are the story page's own lazy imports, found by listing sys.modules around its first request
PRELOAD = ("sklearn.feature_extraction.text", "storyline.watch.state", "storyline.serve.disputes",
           "storyline.serve.axis", "storyline.serve.coverage", "storyline.serve.moments")


def preload_view_code() -> None:
    """Import what computing a story view needs, so a fresh server pays it at start, not its first
    reader (the web app runs this before it takes requests)."""
    import importlib

    for name in (*VIEW_CODE, *PRELOAD):
        try:
            importlib.import_module(name)
        except ImportError:  # an optional dependency missing: the view code says so when it runs
            return
    from storyline.link.timeline_select import Vectors

    # sklearn's first fit sets itself up (input checks look for dataframe libraries): 24 ms, then 3 ms
    Vectors.fit(["a sentence to fit once", "so the first story page does not"])


def find_story(store: ReadStore, story_id: str) -> str:
    """The live id for `story_id` (as storyline.link.stories.resolve_story_id decides it: itself, the
    story a merged id was absorbed by, or the only story whose id starts with it), by indexed look-ups,
    remembered per store revision: every story page and JSON request asks, a cached page included."""
    return counted(store, ("story-id", story_id), lambda: _find_story(store, story_id))


def _find_story(store: ReadStore, story_id: str) -> str:
    aliases: dict[str, str] | None = None
    seen: set[str] = set()
    while story_id not in seen:
        seen.add(story_id)
        if store.story_ids_starting(story_id, 1) == [story_id]:
            return story_id
        aliases = store.story_aliases() if aliases is None else aliases
        if story_id not in aliases:
            break
        story_id = aliases[story_id]
    matches = store.story_ids_starting(story_id) if len(story_id) >= 4 else []
    if len(matches) == 1:
        return matches[0]
    raise NotFoundError(f"no story with id {story_id!r}" + (" (it matches several stories)" if matches else ""),
                        fix="the stories list shows story ids")


def compute_story_view(store: ReadStore, story_id: str) -> dict[str, Any]:
    """The story page's data: the export's story record (storyline.link.story_view: timeline,
    contradictions, provenance) plus article summaries, who said what, and the timeline entries
    that a contradiction touches."""
    from storyline.link.story_view import view_stored_story
    from storyline.records import story_record_without_disputes

    view = view_stored_story(store, store.get_story(story_id))
    # disputes are grouped from the contradictions when shown (serve.disputes): the export's, with
    # the stance model's echoes, cost 2-3 s on a 300-article story and were thrown away
    record = story_record_without_disputes(view)
    for entry in record["timeline"]:
        entry["contradicted"] = [i for i, c in enumerate(record["contradictions"]) if _touches(entry, c)]
    return record | {"speakers": _speakers(store, view.articles), "changed": _changed(store, view.articles),
                     "summaries": {a.id: _article_summary(a) for a in view.articles}, "code": code_fingerprint()}


def _changed(store: ReadStore, articles: list[Article]) -> dict[str, dict[str, Any]]:
    """The story's reports that `storyline watch` saw change after publication (version n of m)."""
    from storyline.watch.state import changed_reports

    engine = getattr(store, "engine", None)
    return changed_reports(engine, [a.id for a in articles]) if engine is not None else {}


def _article_summary(a: Article) -> dict[str, Any]:
    return {"id": a.id, "title": a.title, "outlet": a.outlet, "source": public_source(a.source),
            "published": {"date": a.published.value, "precision": a.published.precision},
            "duplicate_of": a.duplicate_of}


def _touches(entry: dict[str, Any], contradiction: dict[str, Any]) -> bool:
    """A timeline entry rests on a sentence that one side of the contradiction overlaps."""
    for side in (contradiction["a"], contradiction["b"]):
        for s in entry["sources"]:
            if s["article"] != side["article"]:
                continue
            if s.get("start") is not None and side.get("start") is not None:
                if s["start"] < side["end"] and side["start"] < s["end"]:
                    return True
            elif side["text"] in s["text"] or s["text"] in side["text"]:
                return True
    return False


def _speakers(store: ReadStore, articles: list[Article]) -> list[dict[str, Any]]:
    """Who said what: the story's quotes grouped by speaker (entity, else name, else description)."""
    from storyline.records import SpeakerIndex, quote_record

    entities = store.entities_in_articles([a.id for a in articles])
    index, names = SpeakerIndex(entities), {e.id: e.name for e in entities}
    published = {a.id: a.published.value for a in articles}
    groups: dict[str, dict[str, Any]] = {}
    for a in articles:
        for span in (s for s in a.spans if s.label == "QUOTE"):
            quote = attributed(quote_record(a.id, span, index))
            key, label = _speaker_key(quote["speaker"], names)
            group = groups.setdefault(key, {"speaker": label, "entity": quote["speaker"]["entity"], "quotes": []})
            group["quotes"].append(quote | {"published": published[a.id]})
    for group in groups.values():
        group["quotes"] = _once(sorted(group["quotes"], key=lambda q: (q["said_at"] or q["published"] or "~",
                                                                       q["article"], q["start"])))
    return sorted(groups.values(), key=lambda g: (-len(g["quotes"]), g["speaker"]))


def _once(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each statement once, where it appeared first; the articles repeating it (reprints, wire
    copies) go in its `also`."""
    import re

    first: dict[str, dict[str, Any]] = {}
    for q in quotes:
        words = " ".join(re.findall(r"\w+", q["text"].casefold()))
        if words in first:
            first[words]["also"].append(q["article"])
        else:
            first[words] = q | {"also": []}
    return list(first.values())


def _speaker_key(speaker: dict[str, Any], names: dict[str, str]) -> tuple[str, str]:
    if speaker["entity"]:
        return "e:" + speaker["entity"], names.get(speaker["entity"]) or speaker["name"] or speaker["entity"]
    if speaker["name"]:
        return "n:" + speaker["name"].lower(), speaker["name"]
    if speaker["descriptor"]:
        return "d:" + speaker["descriptor"].lower(), f"({speaker['descriptor']})"
    return "?", "(unattributed)"


@dataclass(slots=True)
class StoryViews:
    """Story views memoised per (story, store revision), in memory and in the store (story_views).

    A view is computed once per revision of the store (every write bumps it: see
    storyline.store.browse.bump_revision), then read back; `persist` decides how a fresh view is
    written to the store (the web app hands it to a background thread so no request waits on a
    write lock). In memory a view is kept encoded (orjson): a few hundred large dicts held as
    objects made every full garbage collection walk them, a pause the slowest requests paid."""

    persist: Callable[[ReadStore, str, int, dict], None] | None = None
    size: int = MEMO_SIZE
    _memo: OrderedDict = field(default_factory=OrderedDict)
    _locks: dict = field(default_factory=lambda: defaultdict(threading.Lock))
    _guard: threading.Lock = field(default_factory=threading.Lock)

    def get(self, store: ReadStore, story_id: str) -> dict[str, Any]:
        import orjson

        live = find_story(store, story_id)
        key = (live, revision(store))
        with self._guard:
            lock = self._locks[key]
        with lock:  # one computation per key, however many requests wait for it
            encoded = self._cached(key)
            if encoded is not None:
                return orjson.loads(encoded)
            view = store.get_story_view(*key)
            if view is None or view.get("code") != code_fingerprint():
                view = compute_story_view(store, live)
                (self.persist or save_view)(store, live, key[1], view)
            self._remember(key, orjson.dumps(view))
        return view

    def _cached(self, key: tuple[str, int]) -> bytes | None:
        with self._guard:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        return None

    def _remember(self, key: tuple[str, int], view: bytes) -> None:
        with self._guard:
            self._memo[key] = view
            self._memo.move_to_end(key)
            while len(self._memo) > self.size:
                old, _ = self._memo.popitem(last=False)
                self._locks.pop(old, None)


def save_view(store: ReadStore, story_id: str, revision: int, view: dict[str, Any]) -> None:
    """Keep a computed view in the store; a store that refuses (read-only, locked) only loses the cache."""
    # the view was computed and is served; a refusal only loses its reuse by other processes
    with contextlib.suppress(StoreError):
        store.save_story_view(story_id, revision, view)


_DEFAULT_VIEWS = StoryViews()


def story_view(store: ReadStore, story_id: str, views: StoryViews | None = None) -> dict[str, Any]:
    """The story page's data (see compute_story_view), computed once per store revision."""
    return (views or _DEFAULT_VIEWS).get(store, story_id)


def warm_story_views(store: ReadStore, limit: int | None = None, views: StoryViews | None = None) -> int:
    """Compute and keep the views of the largest stories (all when `limit` is None) that are not
    cached at the store's revision; returns how many stories were looked at."""
    done, offset = 0, 0
    while limit is None or done < limit:
        batch = store.list_story_summaries(limit=min(MAX_PAGE, (limit or MAX_PAGE) - done), offset=offset)
        if not batch:
            break
        for s in batch:
            story_view(store, s.id, views)
        done, offset = done + len(batch), offset + len(batch)
    return done


def story_api_record(view: dict[str, Any]) -> dict[str, Any]:
    """A story view in export shape (../shared/EXPORT.md `stories`) plus provenance and speakers."""
    from storyline.serve.disputes import group_disputes

    record = {k: view[k] for k in ("id", "title", "articles", "timeline", "contradictions", "provenance", "speakers")}
    return record | {"disputes": group_disputes(view["contradictions"], view["summaries"])}
