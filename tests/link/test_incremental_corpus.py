"""The incremental corpus refresh against the full rebuild, on a generated corpus stored in batches."""
from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator

from conftest import make_article, make_corpus, story_of
from storyline.model import Article
from storyline.pipeline.corpus import refresh_corpus
from storyline.store import open_store
from storyline.store.base import CorpusQuery


def _records(store):
    """What the incremental refresh must store exactly as the full rebuild does: entities, their
    aliases, citation links. Stories differ by design (frozen weights, docs/corpus.md)."""
    links = sorted(store.list_citation_links(), key=lambda c: (c.article_id, c.start))
    entities = sorted((e.id, e.name, e.type, e.aliases, tuple(sorted((m.article_id, m.start) for m in e.mentions)))
                      for e in store.list_entities())
    return {"links": links, "entities": entities, "aliases": store.entity_aliases()}



def _bcubed_f1(predicted: dict[str, str], gold: dict[str, str]) -> float:
    """BCubed F1 of one partition against another (benchmarks/clustering_metric.py)."""
    def members(partition: dict[str, str]) -> dict[str, set[str]]:
        groups: dict[str, set[str]] = {}
        for item, group in partition.items():
            groups.setdefault(group, set()).add(item)
        return {item: groups[group] for item, group in partition.items()}

    mine, theirs = members(predicted), members(gold)
    overlap = {i: len(mine[i] & theirs[i]) for i in gold}
    precision = sum(overlap[i] / len(mine[i]) for i in gold) / len(gold)
    recall = sum(overlap[i] / len(theirs[i]) for i in gold) / len(gold)
    return 2 * precision * recall / (precision + recall)


def _store(tmp_path, name: str):
    return open_store(f"sqlite:///{tmp_path / name}.db")


def _save(store, articles: list[Article]) -> None:
    for article in articles:
        store.save_article(article)


def test_incremental_refresh_matches_the_full_rebuild(tmp_path):
    # the last batch brings a second '… Times': 'the Times' in earlier citations becomes ambiguous
    batches = [make_corpus(90, seed=3), make_corpus(90, seed=4), make_corpus(40, seed=5, outlets=("Harbour Times",))]
    incremental, full = _store(tmp_path, "incremental"), _store(tmp_path, "full")
    resolved_before = None
    for n, batch in enumerate(batches):
        _save(incremental, batch)
        _save(full, batch)
        assert incremental.refreshed_generation() == sum(map(len, batches[:n]))  # what the next refresh skips
        refresh_corpus(incremental)
        refresh_corpus(full, full=True)
        assert _records(incremental) == _records(full), f"after batch {n + 1}"
        if n == 0:  # a first refresh is a full rebuild: the same stories, ids and order
            assert incremental.list_stories() == full.list_stories()
        after = story_of(incremental)
        assert set(after) == set(story_of(full)) == {a.id for b in batches[:n + 1] for a in b}
        # the same partition up to the frozen weights: 0.889 after the second batch, 1.0 after the third
        assert _bcubed_f1(after, story_of(full)) >= 0.85, f"after batch {n + 1}"
        if n == 1:
            resolved_before = {(c.article_id, c.start): c.resolves_to for c in full.list_citation_links()}
    used = {s.id for s in incremental.list_stories()} | set(incremental.story_aliases())
    repaired = _store(tmp_path, "incremental")
    refresh_corpus(repaired, full=True)  # `repair --full` gives the full rebuild's stories back
    # the same stories, titles and order; the ids are each store's own, kept from its history
    # ("earlier assignments and ids kept", link_stories): the full store's batch-3 rebuild merged a
    # story away and split it off under a new id, which the repaired store never did
    assert [(s.title, s.article_ids) for s in repaired.list_stories()] == \
        [(s.title, s.article_ids) for s in full.list_stories()]
    assert {s.id for s in repaired.list_stories()} <= used
    after = {(c.article_id, c.start): c.resolves_to for c in full.list_citation_links()}
    changed = [k for k, v in resolved_before.items() if after[k] != v]
    assert changed, "the later batches change no earlier citation: the test would not see a stale link"
    once = _store(tmp_path, "once")
    _save(once, [a for batch in batches for a in batch])
    refresh_corpus(once)
    for key in ("links", "entities"):  # order-independent records: as if stored in one go
        assert _records(incremental)[key] == _records(once)[key]


def _new_story(size: int) -> list[Article]:
    """Articles of one story that shares no word, person or outlet with make_corpus."""
    from storyline.model import PublishedDate, Span

    found = []
    for i in range(size):
        body = f"Quentin Zephyr spoke. {' '.join(f'zq{(i + j) % 9}k' for j in range(30))}. Zephyr said so."
        spans = [Span(0, 14, "PERSON", "entities", "Quentin Zephyr")]
        found.append(make_article(body, raw=f"z{i} {body}", title=f"Zephyr item {i}", outlet="Polar Post",
                                  published=PublishedDate(f"2024-02-{i + 1:02d}", "day"), spans=spans))
    return found


def test_a_refresh_restores_only_the_stories_new_articles_can_join(tmp_path, monkeypatch):
    store = _store(tmp_path, "touched")
    _save(store, make_corpus(60, seed=3))
    refresh_corpus(store)
    earlier = store.list_stories()
    read: list[str] = []
    features_of = store.story_features_of
    monkeypatch.setattr(store, "story_features_of", lambda ids: (read.extend(ids), features_of(ids))[1])
    _save(store, _new_story(6))
    refresh_corpus(store)
    assert read == [], "the new story shares no key with the earlier ones: none of them is read back"
    stories = store.list_stories()
    assert [s for s in stories if s.id in {e.id for e in earlier}] == earlier
    assert {a.id for a in _new_story(6)} in [set(s.article_ids) for s in stories]
    # a second batch of the same story restores that story only
    _save(store, [make_article(a.body + " More.", raw=a.raw + " more", title=a.title, outlet=a.outlet,
                               published=a.published, spans=a.spans) for a in _new_story(3)])
    refresh_corpus(store)
    assert set(read) == {a.id for a in _new_story(6)}


def test_a_refresh_that_stopped_half_way_leaves_a_full_rebuild(tmp_path):
    store, full = _store(tmp_path, "stopped"), _store(tmp_path, "full")
    first, second = make_corpus(60, seed=3), make_corpus(30, seed=4)
    for target in (store, full):
        _save(target, first)
        refresh_corpus(target)
        _save(target, second)
    store.begin_story_state(full=False)  # what a refresh killed after starting on the state leaves
    assert store.story_documents() is None
    refresh_corpus(store)
    refresh_corpus(full, full=True)
    assert store.list_stories() == full.list_stories()
    assert store.story_documents() == 90


def test_corpus_rows_stream_in_pages_and_filter(tmp_path):
    store = _store(tmp_path, "rows")
    first, second = make_corpus(25, seed=3), make_corpus(10, seed=4)
    _save(store, first)
    generation = store.refresh_generation()
    _save(store, second)
    rows = list(store.corpus_rows(CorpusQuery(body=True), page=4))
    assert sorted(r.id for r in rows) == sorted(a.id for a in first + second) == [r.id for r in rows]
    by_id = {a.id: a for a in first + second}
    assert all(r.body == by_id[r.id].body and r.spans == tuple(by_id[r.id].spans) for r in rows)
    new = list(store.corpus_rows(CorpusQuery(since=generation, stages=()), page=3))
    assert {r.id for r in new} == {a.id for a in second} and all(not r.body and not r.spans for r in new)
    ledger = list(store.corpus_rows(CorpusQuery(outlets=("Harbour Ledger",), stages=("citations",))))
    assert ledger and all(r.outlet == "Harbour Ledger" for r in ledger)
    assert all(s.label == "CITATION" for r in ledger for s in r.spans)
    store.close()


def _state(store) -> dict[str, list]:
    import sqlalchemy as sa

    from storyline.store.schema import story_features, story_keys, story_terms

    with store._read() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(sa.select(t))) for t in (story_terms, story_features, story_keys)}


def test_the_state_is_written_a_chunk_of_stories_at_a_time_with_the_same_rows(tmp_path, monkeypatch):
    """The full rebuild and the refresh write the stories' index keys a few stories at a time while
    they hold the clustering (not one dict of every story's keys): the same rows either way."""
    import functools

    from storyline.link import stories as stories_module
    from storyline.link import story_refresh

    batches = [make_corpus(60, seed=3), make_corpus(30, seed=4)]
    whole, chunked = _store(tmp_path, "whole"), _store(tmp_path, "chunked")
    calls: list[int] = []
    add_keys = chunked.add_story_keys
    monkeypatch.setattr(chunked, "add_story_keys", lambda keys, seen: (calls.append(len(keys)), add_keys(keys, seen))[1])
    for batch in batches:
        _save(whole, batch)
        _save(chunked, batch)
        refresh_corpus(whole)
        with monkeypatch.context() as m:
            few = functools.partial(stories_module.save_keys, every=2)
            m.setattr(stories_module, "save_keys", few)
            m.setattr(story_refresh, "save_keys", few)
            refresh_corpus(chunked)
        assert _state(chunked) == _state(whole) and chunked.list_stories() == whole.list_stories()
    assert len(calls) > 2 and max(calls) <= 2


@contextlib.contextmanager
def _unbounded(monkeypatch) -> Iterator[None]:
    """A context in which the refresh restores every candidate story (restore_floor 0, as before
    the stored centroids)."""
    import storyline.link.story_refresh as story_refresh

    touched = story_refresh.refresh_touched
    with monkeypatch.context() as patch:
        patch.setattr(story_refresh, "refresh_touched",
                      lambda store, params, since: touched(store, dataclasses.replace(params, restore_floor=0.0), since))
        yield


def _reads(store) -> list[str]:
    """Every original whose stored features the store is asked for from now on."""
    read: list[str] = []
    features_of = store.story_features_of
    store.story_features_of = lambda ids: (read.extend(ids), features_of(ids))[1]
    return read


def _restores(store) -> list[str]:
    """What the refresh restores from now on: every original whose stored features it reads and
    every story whose stored keys it reads (a story restored from its stored centroid)."""
    read = _reads(store)
    keys_of = store.story_keys_of
    store.story_keys_of = lambda ids: (read.extend(ids), keys_of(ids))[1]
    return read


def test_the_bounded_refresh_gives_the_stories_of_restoring_every_candidate(tmp_path, monkeypatch):
    # a candidate story is skipped only when no new original ranking it scores restore_floor
    # against its stored centroid; on these corpora that changes no story's articles. Ids can
    # differ the other way: with seed 11 the unbounded refresh's merge pass joined a story out of
    # every new original's reach to a changed one and the split pass took it out again under a new
    # id, where the bounded refresh left it as stored (its id kept)
    for seed in (3, 11):
        batches = [make_corpus(80, seed=seed), make_corpus(80, seed=seed + 1), make_corpus(40, seed=seed + 2)]
        bounded, every = _store(tmp_path, f"bounded{seed}"), _store(tmp_path, f"every{seed}")
        for n, batch in enumerate(batches):
            _save(bounded, batch)
            _save(every, batch)
            refresh_corpus(bounded)
            with _unbounded(monkeypatch):
                refresh_corpus(every)
            assert _partition(bounded) == _partition(every), f"seed {seed}, after batch {n + 1}"
            if seed == 3:  # no merge-and-split: the same ids, titles and order too
                assert bounded.list_stories() == every.list_stories()


def _partition(store) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in store.list_stories()}


def _smith_story(size: int) -> list[Article]:
    """_new_story's articles, each also naming the Smith every make_corpus article names: an index
    key shared with every earlier story, which makes them all candidates."""
    from storyline.model import Span

    found = []
    for a in _new_story(size):
        body = a.body + " Smith said so."
        spans = [*a.spans, Span(len(body) - 13, len(body) - 8, "PERSON", "entities", "Smith")]
        found.append(make_article(body, raw=a.raw + " smith", title=a.title, outlet=a.outlet,
                                  published=a.published, spans=spans))
    return found


def test_a_candidate_story_out_of_reach_is_not_restored(tmp_path, monkeypatch):
    bounded, every = _store(tmp_path, "bounded"), _store(tmp_path, "every")
    for store in (bounded, every):
        _save(store, make_corpus(60, seed=3))
        refresh_corpus(store)
        _save(store, _smith_story(6))
    read_bounded, read_every = _restores(bounded), _restores(every)
    refresh_corpus(bounded)
    with _unbounded(monkeypatch):
        refresh_corpus(every)
    assert read_every, "the shared Smith makes earlier stories candidates: restored without the bound"
    assert read_bounded == [], "no earlier story's centroid is within reach of the new story"
    assert bounded.list_stories() == every.list_stories()


@contextlib.contextmanager
def _sliced(monkeypatch, size: int) -> Iterator[None]:
    """A context in which the refresh streams its new originals `size` at a time (0: all at once)."""
    import storyline.link.story_refresh as story_refresh

    touched = story_refresh.refresh_touched
    with monkeypatch.context() as patch:
        patch.setattr(story_refresh, "refresh_touched",
                      lambda store, params, since: touched(store, dataclasses.replace(params, refresh_slice=size), since))
        yield


def _calls(store) -> list[set[str]]:
    """The originals each request restores, one set per request, from now on: those whose stored
    features it asks for, or the members of the stories whose stored keys it asks for (a story
    restored from its stored centroid)."""
    calls: list[set[str]] = []
    members = {s.id: set(s.article_ids) for s in store.list_stories()}
    features_of, keys_of = store.story_features_of, store.story_keys_of

    def keys(ids):
        ids = list(ids)
        calls.append({a for i in ids for a in members.get(i, ())})
        return keys_of(ids)
    store.story_features_of = lambda ids: (calls.append(set(ids)), features_of(ids))[1]
    store.story_keys_of = keys
    return calls


def test_a_refresh_in_slices_restores_each_slice_s_stories_only(tmp_path, monkeypatch):
    # the batch continues two unrelated stored stories, the earlier-dated one first in the stream:
    # in slices of its 20 originals, each slice restores the stories its own originals can join,
    # never both (one slice restores them together), and the stories come out the same
    zephyr = {a.id for a in _new_story(6)}
    later = [make_article(a.body + " More.", raw=a.raw + " more", title=a.title, outlet=a.outlet,
                          published=a.published, spans=a.spans) for a in _new_story(3)]
    found = {}
    for size in (20, 0):
        store = _store(tmp_path, f"sliced{size}")
        _save(store, make_corpus(60, seed=3) + _new_story(6))
        refresh_corpus(store)
        _save(store, make_corpus(20, seed=4) + later)
        calls = _calls(store)
        with _sliced(monkeypatch, size):
            refresh_corpus(store)
        both = [c for c in calls if c & zephyr and c - zephyr]
        assert bool(both) == (size == 0), f"slice {size}: a request holding both stories' originals"
        assert any(c & zephyr for c in calls) and any(c - zephyr for c in calls)
        found[size] = store.list_stories()
    assert found[20] == found[0]


def test_only_a_refresh_in_slices_ranks_the_stories_it_did_not_restore(tmp_path, monkeypatch):
    # in slices the stored postings of the new originals' keys reach the clusterer (a slice holds
    # fewer stories than one run, docs/corpus.md); one slice ranks as before, with none
    import storyline.link.story_refresh as story_refresh

    given: dict[int, list[bool]] = {}
    cluster = story_refresh.cluster
    for size in (20, 0):
        store = _store(tmp_path, f"ranked{size}")
        _save(store, make_corpus(60, seed=3))
        refresh_corpus(store)
        _save(store, make_corpus(30, seed=4))
        seen = given.setdefault(size, [])
        monkeypatch.setattr(story_refresh, "cluster",
                            lambda *a, unrestored=None, seen=seen, **k: (seen.append(bool(unrestored)), cluster(*a, unrestored=unrestored, **k))[1])
        with _sliced(monkeypatch, size):
            refresh_corpus(store)
    assert given[0] == [False]
    assert len(given[20]) == 2 and any(given[20])


def test_the_default_refresh_of_more_originals_than_a_slice_runs_in_slices(tmp_path, monkeypatch):
    # the default StoryParams bound a shuffled refresh's memory (docs/corpus.md, issue 16): a batch
    # of more new originals than `refresh_slice` is streamed a slice at a time, with no setting
    import storyline.link.story_refresh as story_refresh
    from storyline.link.stories import StoryParams

    size = StoryParams().refresh_slice
    assert size > 0
    store = _store(tmp_path, "default")
    _save(store, make_corpus(24, seed=3))
    refresh_corpus(store)
    _save(store, make_corpus(size + 12, seed=4))
    slices: list[int] = []
    run_slice = story_refresh._Run.slice
    monkeypatch.setattr(story_refresh._Run, "slice",
                        lambda run, new, *rest: (slices.append(len(new)), run_slice(run, new, *rest))[1])
    refresh_corpus(store)
    assert slices == [size, 12]
    assert len(story_of(store)) == 24 + size + 12


def test_a_slice_reads_again_none_of_the_originals_the_refresh_holds(tmp_path, monkeypatch):
    # a long story is restored by nearly every slice of a shuffled batch (docs/corpus.md, issue 16):
    # the batch's new originals, held from the start, and those the last slice restored are not read
    # from the store again, and the stories are the same as when every slice reads them all
    import storyline.link.story_refresh as story_refresh

    restore = story_refresh._Run.restore_features

    def forgetful(run, originals):
        run.carried, run.earlier, run.members = {}, {}, story_refresh._Members()
        return restore(run, originals)

    found, reads = {}, {}
    for carry in (True, False):
        store = _store(tmp_path, f"carry{carry}")
        _save(store, make_corpus(60, seed=3))
        refresh_corpus(store)
        batch = make_corpus(40, seed=4)
        _save(store, batch)
        read = _reads(store)
        with monkeypatch.context() as patch, _sliced(monkeypatch, 10):
            if not carry:
                patch.setattr(story_refresh._Run, "restore_features", forgetful)
            refresh_corpus(store)
        found[carry], reads[carry] = store.list_stories(), read
    new = {a.id for a in batch}
    assert not new & set(reads[True]) and new & set(reads[False])
    assert len(reads[True]) < len(reads[False])
    assert found[True] == found[False]


def test_a_story_a_refresh_barely_grows_is_restored_without_reading_its_members(tmp_path, monkeypatch):
    # a long story one new article joins is restored from its stored centroid, keys and member ids:
    # none of its members' features is read (the split pass tests it again only once 10% larger),
    # and the stories, their stored keys and centroids are those of rebuilding it member by member
    import storyline.link.story_refresh as story_refresh
    from storyline.link.story_centroid import read_centroid

    story = _new_story(24)
    again = [make_article(a.body + " More.", raw=a.raw + " more", title=a.title, outlet=a.outlet,
                          published=a.published, spans=a.spans) for a in _new_story(1)]
    found, reads, keys, centroids = {}, {}, {}, {}
    for lazy in (True, False):
        store = _store(tmp_path, f"lazy{lazy}")
        _save(store, make_corpus(40, seed=3) + story)
        refresh_corpus(store)
        _save(store, again)
        read = _reads(store)
        with monkeypatch.context() as patch:
            if not lazy:  # every touched story rebuilt from its members' features, as before
                patch.setattr(story_refresh._Run, "stored_stories", lambda run, existing, originals: {})
            refresh_corpus(store)
        found[lazy], reads[lazy] = store.list_stories(), read
        ids = [s.id for s in found[lazy]]
        keys[lazy] = {sid: sorted(ks) for sid, ks in store.story_keys_of(ids)}
        centroids[lazy] = {sid: read_centroid(blob) for sid, blob in store.story_centroids_of(ids)}
    members = {a.id for a in story}
    assert not members & set(reads[True]), "a barely grown story's members are read"
    assert members <= set(reads[False])
    assert found[True] == found[False]
    assert keys[True] == keys[False]
    assert centroids[True].keys() == centroids[False].keys()
    for sid, (first, last, sums) in centroids[True].items():
        assert (first, last) == centroids[False][sid][:2]
        for name, vector in sums.items():
            want = centroids[False][sid][2][name]
            assert vector.keys() == want.keys()
            assert all(abs(v - want[t]) <= 1e-9 * max(1.0, abs(v)) for t, v in vector.items())


def test_a_story_restored_from_its_centroid_is_split_tested_once_a_part_s_worth_joined(tmp_path):
    # one new member, 1/6 larger: the split pass would test the story again (split_regrowth) and
    # read all its members' features; it waits until `split_min_part` new members joined (perf23)
    from storyline.link.stories import StoryParams

    story = _new_story(6)
    for extra in (1, StoryParams().split_min_part):
        store = _store(tmp_path, f"grown{extra}")
        _save(store, make_corpus(40, seed=3) + story)
        refresh_corpus(store)
        _save(store, [make_article(a.body + " More.", raw=a.raw + " more", title=a.title, outlet=a.outlet,
                                   published=a.published, spans=a.spans) for a in _new_story(extra)])
        read = _reads(store)
        refresh_corpus(store)
        members = {a.id for a in story}
        assert members < set(story_of(store)), "the story is stored"
        assert len({story_of(store)[a] for a in members}) == 1
        assert set(read) == (members if extra > 1 else set()), f"{extra} new member(s)"
