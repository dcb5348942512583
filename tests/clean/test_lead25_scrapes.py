"""The lead's twenty-fifth invented story (a water company's sewage spills; UK outlets): a broadcaster's
page with two reporters on one bare line over the newsroom's credit (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document

_PAGE = """Albion Broadcasting News
Home | News | Sport | Weather | Sounds
Ferry operator fined over harbour fuel spill
{names}
ABN News, Kent
Published
21 January 2025
Share
The harbour authority has fined a ferry operator for a fuel spill at Dover, the largest penalty it has imposed.
The authority said the spill lasted six hours and reached a nature reserve on the shore.
"Today's penalty tells every operator that the rules apply to them," said the authority's chief executive.
"""


def _byline(names: str) -> str | None:
    article = clean_document(make_raw(_PAGE.format(names=names), source="page.txt"))
    assert isinstance(article, Article)
    return article.byline


def test_co_authors_after_a_listed_first_author_on_a_bare_line_are_the_byline():
    assert _byline("Sophie Hale") == "Sophie Hale"
    assert _byline("Sophie Hale and Arjun Bhatt") == "Sophie Hale, Arjun Bhatt"
    # a line not opened by a listed given name stays no byline
    assert _byline("Water Pollution and Rivers") is None
