"""Whole corpora through `ingest`: the bundled sample (one invented story over 2023–2025) and the
five real seeds (one story, 2019–2025) each form one story, also when ingested one file at a time."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.ingest.batch import ingest
from storyline.link.stories import resolve_story_id
from storyline.settings import load_settings
from storyline.store import open_store

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample"

pytestmark = pytest.mark.slow


def _stories_after(paths: list[Path], tmp_path: Path, one_by_one: bool) -> list:
    store = open_store(f"sqlite:///{tmp_path / 'corpus.db'}")
    settings = load_settings(tmp_path / "none.toml")
    seen: list[list] = []
    for batch in ([[p] for p in paths] if one_by_one else [paths]):
        ingest([str(p) for p in batch], store, settings)
        seen.append(store.list_stories())
    store.close()
    return seen


def test_sample_corpus_is_one_story(tmp_path):
    (stories,) = _stories_after([SAMPLE], tmp_path, one_by_one=False)
    assert len(stories) == 1 and len(stories[0].article_ids) == 11  # 10 originals and 1 reprint


def test_sample_corpus_file_by_file_keeps_one_story_and_its_id(tmp_path):
    history = _stories_after(sorted(SAMPLE.iterdir()), tmp_path, one_by_one=True)
    assert all(len(stories) == 1 for stories in history if stories)
    ids = {stories[0].id for stories in history if stories}
    assert len(ids) == 1 and len(history[-1][0].article_ids) == 11


@pytest.mark.seeds
def test_seed_articles_are_one_story(tmp_path, shared_dir):
    seeds = shared_dir / "seeds"
    (stories,) = _stories_after([seeds], tmp_path, one_by_one=False)
    assert len(stories) == 1 and len(stories[0].article_ids) == 5
    store = open_store(f"sqlite:///{tmp_path / 'corpus.db'}")
    assert resolve_story_id(store, stories[0].id[:6]) == stories[0].id
    store.close()
