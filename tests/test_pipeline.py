import pytest

from conftest import make_article
from storyline.errors import EmptyInputError, ExtractionError
from storyline.pipeline import FunctionStage, run_pipeline, run_stages


def upper(article):
    article.body = article.body.upper()
    return article


def refuse(article):
    raise EmptyInputError("nothing left", source=article.source)


def crash(article):
    raise KeyError("x")


def test_stages_run_in_order_and_are_named():
    result = run_stages(make_article("abc"), [FunctionStage("upper", upper)])
    assert result.article.body == "ABC" and result.article.stages == ["upper"]


def test_record_policy_skips_and_records():
    results = list(run_pipeline([make_article("a"), make_article("b")], [FunctionStage("refuse", refuse)]))
    assert all(r.article is None and r.failure.error == "empty" for r in results)


def test_unexpected_errors_are_named_extraction_errors():
    result = run_stages(make_article("a"), [FunctionStage("crash", crash)])
    assert result.failure.error == "extraction" and "crash" in result.failure.message


def test_raise_policy_propagates():
    with pytest.raises(ExtractionError):
        run_stages(make_article("a"), [FunctionStage("crash", crash)], policy="raise")


# --- the declared pipeline (storyline.pipeline.registry) ------------------------------------------

import signal  # noqa: E402
import time  # noqa: E402

from storyline.errors import ConfigError  # noqa: E402
from storyline.pipeline import registry  # noqa: E402
from storyline.pipeline.document import run_segment  # noqa: E402
from storyline.settings import load_settings  # noqa: E402
from storyline.stage import Batch, StageSpec  # noqa: E402


def settings(tmp_path=None, **overrides):
    from pathlib import Path

    return load_settings(Path("/nonexistent/storyline.toml"), **overrides)


def test_every_declared_stage_resolves_and_the_flow_meets_its_needs():
    for spec in registry.declared().values():
        assert callable(spec.load()), spec.name
    names = [s.name for s in registry.select(settings())]
    assert names[:8] == ["lines", "decode", "body", "language", "metadata", "pubdate", "compress", "outlets"]
    assert set(registry.EXTRACTORS) <= set(names) and names[-1] == "reprints"
    assert [s.name for s in registry.corpus_stages(settings())] == ["merge-entities", "resolve-citations", "stories"]


def test_flow_alternates_batch_and_document_segments():
    scopes = [seg[0].scope for seg in registry.segments(registry.select(settings()))]
    assert scopes == ["batch", "document", "batch", "document", "batch"]


def test_skipping_a_stage_others_need_is_a_config_error_naming_both():
    with pytest.raises(ConfigError, match="quotes") as caught:
        registry.select(settings(skip_stages="times"))
    assert "times" in str(caught.value)


def test_stages_setting_chooses_what_runs_and_unknown_names_are_refused():
    assert [s.name for s in registry.select(settings(stages="lines,decode,body"))] == ["lines", "decode", "body"]
    assert "claims" not in {s.name for s in registry.select(settings(skip_stages="claims,citations"))}
    assert "parse" not in {s.name for s in registry.select(settings(extract_on_ingest=False))}
    with pytest.raises(ConfigError, match="nosuch"):
        registry.select(settings(stages="nosuch"))


# --- the per-document error boundary and time budget ------------------------------------------------

def step_upper(work):
    work.article.body = work.article.body.upper()


def step_crash_on_b(work):
    if work.article.body == "B":
        raise ZeroDivisionError("not an error storyline foresaw")


def step_spin_on_b(work):
    while work.article.body == "B":  # a runaway stage in Python code
        pass


def step_stuck_on_b(work):
    """A stage the alarm cannot reach (as native code): SIGALRM blocked, then a long sleep."""
    if work.article.body == "B":
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)


def spec(name, function):
    return StageSpec(name, "document", f"test_pipeline:{function}")


def test_any_exception_in_a_stage_is_a_recorded_failure_with_stage_and_traceback():
    specs = [spec("upper", "step_upper"), spec("crash", "step_crash_on_b")]
    results = run_segment(specs, [make_article("a"), make_article("b"), make_article("c")], Batch(), {})
    assert [r.article.body if r.article else None for r in results] == ["A", None, "C"]
    failure = results[1].failure
    assert (failure.error, failure.stage) == ("extraction", "crash")
    assert "ZeroDivisionError" in failure.message and "step_crash_on_b" in failure.detail


def test_time_budget_stops_a_runaway_stage_in_process():
    started = time.monotonic()
    results = run_segment([spec("spin", "step_spin_on_b")], [make_article("B"), make_article("C")], Batch(), {},
                          budget=0.5)
    assert time.monotonic() - started < 10
    assert results[0].failure.error == "time-budget" and results[0].failure.stage == "spin"
    assert results[1].article is not None


@pytest.mark.slow
def test_pool_kills_a_worker_stuck_past_the_budget_and_the_rest_goes_through():
    from storyline.pipeline.pool import Task, WorkerPool

    specs = [spec("upper", "step_upper"), spec("stuck", "step_stuck_on_b")]
    articles = [make_article(t) for t in ("a", "b", "c")]
    with WorkerPool(2, {}, budget=1.0, warm=False) as pool:
        pool.start()
        started = time.monotonic()
        [results, more] = pool.run([Task(specs, articles, Batch()), Task(specs, [make_article("d")], Batch())])
    assert time.monotonic() - started < 30  # not the stuck stage's 60 s
    assert [r.article.body if r.article else None for r in results] == ["A", None, "C"]
    assert (results[1].failure.error, results[1].failure.stage) == ("time-budget", "stuck")
    assert more[0].article.body == "D"


def test_a_launched_pool_starts_its_workers_at_once_and_runs_on_them_later():
    from storyline.pipeline.executors import PoolExecutor
    from storyline.pipeline.pool import Task

    executor = PoolExecutor({}, 2, warm=False)
    executor.launch()  # the runner does this before reading: the workers load while it reads
    try:
        launched = executor._launched
        assert launched is not None and all(w.process.is_alive() for w in launched._workers)
        pids = {w.process.pid for w in launched._workers}
        [results] = executor.run([Task([spec("upper", "step_upper")], [make_article("a")], Batch())])
        assert results[0].article.body == "A"
        assert executor._pool is launched and {w.process.pid for w in launched._workers} == pids
    finally:
        executor.close()
    assert not any(w.process.is_alive() for w in launched._workers)


def test_a_launched_pool_that_never_ran_is_stopped_by_close():
    from storyline.pipeline.executors import PoolExecutor

    executor = PoolExecutor({}, 2, warm=False)
    executor.launch()
    workers = list(executor._launched._workers)
    executor.close()
    assert workers and not any(w.process.is_alive() for w in workers)


def test_an_article_a_stage_does_not_apply_to_skips_it_and_what_needs_it():
    specs = [StageSpec("upper", "document", "test_pipeline:step_upper", adds=("loud",),
                       applies="test_pipeline:is_not_b"),
             StageSpec("crash", "document", "test_pipeline:step_crash_on_b", needs=("loud",))]
    results = run_segment(specs, [make_article("a"), make_article("b")], Batch(), {})
    assert [r.article.body for r in results] == ["A", "b"]  # b: neither upper nor crash ran


def is_not_b(article):
    return article.body != "b"
