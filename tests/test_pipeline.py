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
