"""The warm-up (issue 16): a worker runs the stages once over a made-up page before its first task,
so the first-use loads (language model, public-suffix list, rule files) are off the first task's
clock; the page takes every cleaning stage's usual path, and the real documents come out the same."""
from __future__ import annotations

from pathlib import Path

from storyline.model import RawDocument
from storyline.pipeline import registry
from storyline.pipeline.executors import InProcess
from storyline.pipeline.runner import run_flow
from storyline.pipeline.warmup import PAGE, warm_stages
from storyline.settings import load_settings
from storyline.stage import StageSpec

DOCUMENT = RawDocument("a.html", "html", "<html><head><title>Ferry service resumes</title></head><body><article>"
                       "<h1>Ferry service resumes</h1><p>By Lee Park</p>"
                       + "".join(f"<p>The ferry to the island ran again on Friday, the operator said, "
                                 f"after repairs that took {i} weeks.</p>" for i in range(2, 8))
                       + "</article></body></html>")


def _cleaning():
    settings = load_settings(Path("/nonexistent/storyline.toml"), extract_on_ingest=False)
    return registry.select(settings), settings


def test_the_warm_up_page_takes_every_cleaning_stage_without_failing():
    flow, settings = _cleaning()
    done = run_flow([RawDocument("storyline:warm-up.html", "html", PAGE)], flow, settings,
                    InProcess(dict(settings.values)))
    assert not done.failures
    [article] = done.articles
    assert article.language == "en" and "footbridge" in article.body
    assert article.published.value and article.outlet and article.byline
    assert set(article.stages) >= {"decode", "body", "language", "metadata", "pubdate"}


def test_documents_come_out_the_same_after_a_warm_up():
    flow, settings = _cleaning()
    executor = InProcess(dict(settings.values))
    cold = run_flow([DOCUMENT], flow, settings, executor)
    warm_stages(flow, dict(settings.values))
    warm = run_flow([DOCUMENT], flow, settings, executor)
    assert cold.articles == warm.articles and not cold.failures and not warm.failures


def test_a_failing_warm_up_is_ignored():
    _, settings = _cleaning()
    broken = StageSpec("lines", "batch", "storyline.pipeline.no_such_module:count_lines", adds=("line_stats",))
    warm_stages([broken], dict(settings.values))  # the real documents meet the error in their own boundary


def test_frozen_after_the_warm_up_what_lives_is_kept_and_later_garbage_still_collected():
    import gc
    import weakref

    from storyline.pipeline.warmup import freeze_heap

    class Node:
        pass

    try:
        freeze_heap()
        assert gc.get_freeze_count() > 0  # moved out of every generation the collector scans
        later = Node()
        later.me = later  # a cycle made after the freeze: the collector still finds it
        gone = weakref.ref(later)
        del later
        gc.collect()
        assert gone() is None
    finally:
        gc.unfreeze()
