"""The shuffled refresh's bounded per-story work (perf38, issue 16) against what it replaces: a
generated corpus stored in shuffled batches, refreshed incrementally and rebuilt in full."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from storyline.pipeline.corpus import refresh_corpus
from storyline.store import open_store

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _module(name: str):
    if name not in sys.modules:
        sys.path.insert(0, str(BENCHMARKS))
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _batches(size: int, seed: int, count: int) -> tuple[list[list], dict[str, str]]:
    """clustering_scale's generated articles (its own shuffled order) cut into `count` batches."""
    articles, gold = _module("clustering_scale").generate(size, seed)
    per = -(-size // count)
    return [articles[i:i + per] for i in range(0, size, per)], gold


def _partition(store) -> dict[str, str]:
    found: dict[str, str] = {}
    for record in store.list_stories():
        for article_id in record.article_ids:
            assert article_id not in found, f"{article_id} is in two stories"
            found[article_id] = record.id
    return found


def test_shuffled_batches_refreshed_incrementally_stay_within_bound_of_the_full_rebuild(tmp_path):
    # bound stated before the first run: BCubed F1 ≥ 0.97 against the full rebuild of the same
    # articles and ≥ 0.97 against the generator's gold after every batch (the frozen weights of
    # docs/corpus.md are the one designed difference)
    bcubed = _module("clustering_metric").bcubed
    batches, gold = _batches(900, 5, 3)
    incremental = open_store(f"sqlite:///{tmp_path / 'incremental'}.db")
    full = open_store(f"sqlite:///{tmp_path / 'full'}.db")
    for n, batch in enumerate(batches):
        for article in batch:
            incremental.save_article(article)
            full.save_article(article)
        refresh_corpus(incremental)
        refresh_corpus(full, full=True)
        mine, rebuilt = _partition(incremental), _partition(full)
        assert set(mine) == set(rebuilt) == {a.id for b in batches[:n + 1] for a in b}
        assert bcubed(mine, rebuilt).f1 >= 0.97, f"after batch {n + 1}"
        assert bcubed(mine, {a: gold[a] for a in mine}).f1 >= 0.97, f"after batch {n + 1}"


def test_the_centroids_the_reach_check_parsed_restore_the_stories_as_read_again(tmp_path, monkeypatch):
    # a kept candidate's centroid is packed as the reach check parsed it, not read and parsed again:
    # the stories, their stored keys and centroids (byte for byte) are those of reading it again
    import storyline.link.story_refresh as story_refresh

    stored_stories = story_refresh._Run.stored_stories
    batches, _gold = _batches(600, 9, 3)
    found, kept = {}, []
    for reuse in (True, False):
        def restore(run, existing, originals, reuse=reuse):
            kept.append(sum(1 for c in run.reached.values() if c is not None))
            if not reuse:
                run.reached = {}
            return stored_stories(run, existing, originals)

        store = open_store(f"sqlite:///{tmp_path / str(reuse)}.db")
        with monkeypatch.context() as patch:
            patch.setattr(story_refresh._Run, "stored_stories", restore)
            for batch in batches:
                for article in batch:
                    store.save_article(article)
                refresh_corpus(store)
        ids = [s.id for s in store.list_stories()]
        found[reuse] = (store.list_stories(), sorted(store.story_keys_of(ids)), sorted(store.story_centroids_of(ids)))
    assert sum(kept) > 0, "no candidate was within reach: the test would not see the reuse"
    assert found[True] == found[False]
