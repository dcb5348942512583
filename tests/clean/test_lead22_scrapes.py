"""What the lead's twenty-second invented story showed on plain-text scrapes (invented text only): a
national daily's stacked byline block — the name in capitals over its beat and role, the place it filed
from, then the date (the Globe and Mail's and National Post's web form)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.bare_byline import name_beside
from storyline.model import Article
from storyline.pipeline.runner import clean_document

_PAGE = """THE MORNING BEACON
CANADA  POLITICS  BUSINESS  OPINION
Inspectors ordered a ferry operator to fix its ramps, records show
{block}
PUBLISHED MAY 7, 2024
For subscribers
Provincial inspectors ordered the Harbourside Ferry Co. to repair two loading ramps in April, according to records.
The company said in an interview that the work had been finished last week and cost $210,000.
"We did what we were asked," said Rita Okonkwo, the company's president.
"""


def _byline(block: str) -> str | None:
    article = clean_document(make_raw(_PAGE.format(block=block), source="page.txt"))
    assert isinstance(article, Article)
    return article.byline


def test_a_stacked_byline_names_the_author_above_role_and_place():
    assert _byline("DARIA VOLKOV\nLEGISLATURE REPORTER\nVICTORIA") == "Daria Volkov"
    assert _byline("DARIA VOLKOV\nSenior Reporter") == "Daria Volkov"


def test_a_name_and_its_role_on_one_line_are_not_stepped_over():
    body = "Provincial inspectors ordered the company to repair two ramps in April, according to records."
    found = name_beside(["Ferry ramps to be fixed", "Daria Volkov Transport editor", "May 7, 2024"], 2, body)
    assert found is not None and found.names == ("Daria Volkov",)
    # an all-caps name is a place only under a role: here it is the name itself
    found = name_beside(["NEWS", "DARIA VOLKOV", "May 7, 2024"], 2, body)
    assert found is not None and found.names == ("Daria Volkov",)
