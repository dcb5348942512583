"""Stories: streaming assignment of articles to long-running stories, with stable ids.

    records = cluster_articles(articles)                 # from nothing (benchmarks)
    records = link_stories(store)                        # corpus stage: keeps earlier assignments

Each article, earliest first, joins the story it is most similar to, or founds a new one. The
similarity mixes TF-IDF cosine to the story's centroid with the share of the article's entities
the story already names, damped by the time gap to the story's dates (Miranda et al. 2018); the
damping has a floor, so a story with years-long gaps still holds together through its entities.
After assignment, a merge pass joins stories that grew alike and a split pass detaches members
that no longer fit. Ids are stable: an article keeps its story across refreshes, a merged story's
id becomes an alias of the story that absorbed it (`resolve_story_id` follows it).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.errors import NotFoundError
from storyline.link.story_features import ArticleFeatures, article_features
from storyline.store.base import StoryRecord

if TYPE_CHECKING:
    from storyline.model import Article
    from storyline.store import Store


_FAR = dt.date.max


@dataclass(slots=True, frozen=True)
class StoryParams:
    """Clustering weights and thresholds (chosen on ecbplus-dev, see benchmarks/clustering.py)."""

    text_weight: float = 0.6
    entity_weight: float = 0.4
    join_threshold: float = 0.2
    merge_threshold: float = 0.26
    split_threshold: float = 0.12
    half_life_days: float = 60.0
    decay_floor: float = 0.5
    candidates: int = 30
    index_terms: int = 20


@dataclass(slots=True)
class _Story:
    id: str
    members: list[str] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    entities: dict[str, float] = field(default_factory=dict)
    first: dt.date | None = None
    last: dt.date | None = None

    def add(self, f: ArticleFeatures) -> None:
        self.members.append(f.article_id)
        for t, w in f.terms.items():
            self.centroid[t] = self.centroid.get(t, 0.0) + w
        for e, w in f.entities.items():
            self.entities[e] = self.entities.get(e, 0.0) + w
        if f.day:
            self.first = min(self.first or f.day, f.day)
            self.last = max(self.last or f.day, f.day)

    def top_terms(self, n: int) -> list[str]:
        return sorted(self.centroid, key=lambda t: -self.centroid[t])[:n]


@dataclass(slots=True)
class _Clusterer:
    """The streaming state: stories, and inverted indexes from entities and terms to stories."""

    params: StoryParams
    features: dict[str, ArticleFeatures]
    stories: dict[str, _Story] = field(default_factory=dict)
    by_entity: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_term: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    taken: set[str] = field(default_factory=set)

    def join(self, story: _Story, f: ArticleFeatures) -> None:
        story.add(f)
        for e in f.entities:
            self.by_entity[e].add(story.id)
        for t in story.top_terms(self.params.index_terms):
            self.by_term[t].add(story.id)

    def found(self, f: ArticleFeatures, story_id: str | None = None) -> _Story:
        story = _Story(story_id or self.new_id(f.article_id))
        self.taken.add(story.id)
        self.stories[story.id] = story
        self.join(story, f)
        return story

    def new_id(self, article_id: str) -> str:
        salt = 0
        while True:
            sid = "s" + hashlib.sha256(f"{article_id}/{salt}".encode()).hexdigest()[:11]
            if sid not in self.taken:
                return sid
            salt += 1

    def candidates(self, f: ArticleFeatures) -> list[_Story]:
        hits: Counter = Counter()
        for e in f.entities:
            hits.update(self.by_entity.get(e, ()))
        for t in sorted(f.terms, key=lambda t: -f.terms[t])[:self.params.index_terms]:
            hits.update(self.by_term.get(t, ()))
        return [self.stories[s] for s, _ in hits.most_common(self.params.candidates) if s in self.stories]

    def assign(self, f: ArticleFeatures) -> _Story:
        scored = [(similarity(f, s, self.params), s) for s in self.candidates(f)]
        best = max(scored, key=lambda x: (x[0], -len(x[1].members)), default=(0.0, None))
        if best[1] is not None and best[0] >= self.params.join_threshold:
            self.join(best[1], f)
            return best[1]
        return self.found(f)


def similarity(f: ArticleFeatures, story: _Story, params: StoryParams) -> float:
    """How well an article fits a story, in [0, 1]: cosine to the centroid, and the share of the
    article's entity weight that the story names too."""
    norm = math.sqrt(sum(w * w for w in story.centroid.values())) or 1.0
    text = sum(w * story.centroid.get(t, 0.0) for t, w in f.terms.items()) / norm
    entities = sum(w for e, w in f.entities.items() if e in story.entities)
    return (params.text_weight * text + params.entity_weight * entities) * _decay(f.day, story, params)


def _decay(day: dt.date | None, story: _Story, params: StoryParams) -> float:
    if day is None or story.first is None:
        return 1.0
    gap = max((story.first - day).days, (day - story.last).days, 0)
    return params.decay_floor + (1 - params.decay_floor) * math.exp(-gap * math.log(2) / params.half_life_days)


def _as_features(story: _Story) -> ArticleFeatures:
    norm = math.sqrt(sum(w * w for w in story.centroid.values())) or 1.0
    total = sum(story.entities.values()) or 1.0
    return ArticleFeatures(story.id, {t: w / norm for t, w in story.centroid.items()},
                           {e: w / total for e, w in story.entities.items()}, story.first)


def _order(features: Sequence[ArticleFeatures]) -> list[ArticleFeatures]:
    """Streaming order: by publication day, undated last (they arrive with no time to compare)."""
    return sorted(features, key=lambda f: (f.day is None, f.day or 0, f.article_id))


def _merge_pass(state: _Clusterer, aliases: dict[str, str]) -> None:
    """Join stories that became alike; the larger (then older) keeps its id, the other becomes an alias."""
    merged = True
    while merged:
        merged = False
        for story in sorted(state.stories.values(), key=lambda s: (len(s.members), s.id)):
            f = _as_features(story)
            others = [(similarity(f, o, state.params), o)
                      for o in state.candidates(f) if o.id != story.id]
            best = max(others, key=lambda x: x[0], default=(0.0, None))
            if best[1] is not None and best[0] >= state.params.merge_threshold:
                _absorb(state, best[1], story, aliases)
                merged = True
                break


def _absorb(state: _Clusterer, keeper: _Story, gone: _Story, aliases: dict[str, str]) -> None:
    if (len(gone.members), keeper.id) > (len(keeper.members), gone.id):
        keeper, gone = gone, keeper
    features = state.features
    del state.stories[gone.id]
    for member in gone.members:
        state.join(keeper, features[member])
    aliases[gone.id] = keeper.id
    for alias, target in list(aliases.items()):
        if target == gone.id:
            aliases[alias] = keeper.id


def _split_pass(state: _Clusterer) -> list[ArticleFeatures]:
    """Members that no longer fit their story (leave-one-out similarity below the split threshold)."""
    features = state.features
    detached = []
    for story in list(state.stories.values()):
        if len(story.members) < 3:
            continue
        for member in list(story.members):
            rest = _Story(story.id)
            for other in story.members:
                if other != member:
                    rest.add(features[other])
            if similarity(features[member], rest, state.params) < state.params.split_threshold:
                detached.append(features[member])
                _rebuild(state, story, [m for m in story.members if m != member])
    return detached


def _rebuild(state: _Clusterer, story: _Story, members: list[str]) -> None:
    fresh = _Story(story.id)
    for m in members:
        fresh.add(state.features[m])
    state.stories[story.id] = fresh


def cluster(features: Sequence[ArticleFeatures], params: StoryParams = StoryParams(),
            existing: Sequence[StoryRecord] = (), aliases: dict[str, str] | None = None) -> "Clustering":
    """Assign every article to a story: earlier assignments kept, new articles streamed in,
    then one merge and one split pass."""
    aliases = dict(aliases or {})
    state = _Clusterer(params, {f.article_id: f for f in features})
    state.taken.update(aliases)
    assigned = _restore(state, existing)
    for f in _order([f for f in features if f.article_id not in assigned]):
        state.assign(f)
    _merge_pass(state, aliases)
    for f in _order(_split_pass(state)):
        state.assign(f)
    return Clustering(state, aliases)


def _restore(state: _Clusterer, existing: Sequence[StoryRecord]) -> set[str]:
    assigned: set[str] = set()
    for record in existing:
        members = [m for m in record.article_ids if m in state.features and m not in assigned]
        state.taken.add(record.id)
        if not members:
            continue
        story = state.found(state.features[members[0]], record.id)
        for m in members[1:]:
            state.join(story, state.features[m])
        assigned.update(members)
    return assigned


@dataclass(slots=True)
class Clustering:
    """The outcome of one clustering run: stories (as records) and the aliases of merged ids."""

    state: _Clusterer
    aliases: dict[str, str]

    def records(self, titles: dict[str, str] | None = None) -> list[StoryRecord]:
        """Stories, most articles first; articles earliest first; titled by their most central article."""
        titles = titles or {}
        stories = sorted(self.state.stories.values(), key=lambda s: (-len(s.members), s.first or _FAR, s.id))
        return [StoryRecord(s.id, self._title(s, titles), tuple(self._ordered(s))) for s in stories]

    def _ordered(self, story: _Story) -> list[str]:
        features = self.state.features
        return [f.article_id for f in _order([features[m] for m in story.members])]

    def _title(self, story: _Story, titles: dict[str, str]) -> str:
        central = _as_features(story)
        def fit(member: str) -> float:
            f = self.state.features[member]
            return sum(w * central.terms.get(t, 0.0) for t, w in f.terms.items())
        ranked = sorted(story.members, key=lambda m: (-fit(m), m))
        return next((titles[m] for m in ranked if titles.get(m)), story.id)


def cluster_articles(articles: Sequence["Article"], params: StoryParams = StoryParams()) -> list[StoryRecord]:
    """Stories for these articles, from nothing (as a benchmark clusters a dataset)."""
    result = cluster(article_features(articles), params)
    return result.records({a.id: a.title for a in articles if a.title})


def link_stories(store: "Store", params: StoryParams = StoryParams()) -> list[StoryRecord]:
    """Corpus stage: assign every stored article to a story, keeping earlier assignments and ids,
    and write the stories. A reprint joins the story of the copy it reprints."""
    articles = store.list_articles(with_raw=False)
    originals = [a for a in articles if not a.duplicate_of]
    result = cluster(article_features(originals), params, store.list_stories(), store.story_aliases())
    records = _with_reprints(result.records({a.id: a.title for a in originals if a.title}), articles)
    store.replace_stories(records, result.aliases)
    return records


def _with_reprints(records: list[StoryRecord], articles: Sequence["Article"]) -> list[StoryRecord]:
    copies: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        if a.duplicate_of:
            copies[a.duplicate_of].append(a.id)
    return [StoryRecord(r.id, r.title, tuple(x for a in r.article_ids for x in (a, *sorted(copies[a]))))
            for r in records]


def resolve_story_id(store: "Store", story_id: str) -> str:
    """The live id for `story_id`: itself, the story a merged id was absorbed by, or the only
    story whose id starts with it."""
    live = {s.id for s in store.list_stories()}
    aliases = store.story_aliases()
    seen = set()
    while story_id in aliases and story_id not in live and story_id not in seen:
        seen.add(story_id)
        story_id = aliases[story_id]
    if story_id in live:
        return story_id
    matches = sorted(s for s in live if len(story_id) >= 4 and s.startswith(story_id))
    if len(matches) == 1:
        return matches[0]
    raise NotFoundError(f"no story with id {story_id!r}" + (f" (it matches {len(matches)} stories)" if matches else ""),
                        fix="`storyline stories` lists story ids")
