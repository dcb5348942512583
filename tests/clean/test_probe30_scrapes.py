"""Branch probe30's invented story (a dam's spillway fails, reported by US regional and local outlets, a business
weekly and a trade publication): page forms the cleaning did not read (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.byline import read_byline
from storyline.clean.title_lines import is_masthead
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


_LEDE = ("The county closed two boat ramps on Monday after floodwater undercut the concrete, "
         "officials said.")
_REST = """The county said engineers would inspect both ramps before they reopened to trailers.
A spokesman said anglers could still launch from the gravel bar downstream while repairs went on.
"""


def test_a_trade_title_joined_by_an_ampersand_is_a_masthead() -> None:
    assert is_masthead("Pipe & Culvert Engineering News")
    # the ampersand is free, the other words still count: five words are no masthead
    assert not is_masthead("Sign Up To The Daily Sun")
    page = f"""Pipe & Culvert Engineering News
Culverts  Pipelines  Stormwater  Events

Boat ramps closed after flood undercuts concrete

04.09.2026

{_LEDE}
{_REST}"""
    assert _clean(page).outlet == "Pipe & Culvert Engineering News"


def test_a_contributor_credit_is_the_byline_and_a_degree_is_no_co_author() -> None:
    assert read_byline("Contributed by Nila Varga, P.E.").names == ("Nila Varga",)
    assert read_byline("By Nila Varga, Ph.D.").names == ("Nila Varga",)
    page = f"""Boat ramps closed after flood undercuts concrete

April 9, 2026

Contributed by Nila Varga, P.E.

{_LEDE}
{_REST}"""
    article = _clean(page)
    assert article.byline == "Nila Varga"
    assert "Contributed by" not in article.body


def test_the_paper_after_the_reporters_role_is_the_bylines_outlet() -> None:
    found = read_byline("By Owen Tarrant – Reporter, Snake Plain Business Journal")
    assert found is not None and found.outlet == "Snake Plain Business Journal"
    page = f"""Boat ramps closed after flood undercuts concrete

By Owen Tarrant – Reporter, Snake Plain Business Journal
Apr 8, 2026, 3:15pm MDT

{_LEDE}
{_REST}"""
    assert _clean(page).outlet == "Snake Plain Business Journal"
