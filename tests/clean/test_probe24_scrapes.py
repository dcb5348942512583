"""Branch probe24's invented story (a dredging contractor's overbilling across Nigeria, Kenya, South Africa, the UK
and the Philippines): a Nigerian site carrying national-agency copy whose only date is the agency's dashless
dateline (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document

_AGENCY_COPY = """THE SAVANNAH LEDGER
Latest | Nigeria | Economy | Politics | Metro
Minister halts payments to road contractor, orders audit
Kaduna, Mar. 4, 2024 (NAN) The Minister of Works has suspended all payments to a contractor building the northern bypass, pending an audit of the project.
The minister gave the directive in a statement on Monday, after residents complained that work had stopped for months.
He said the audit would be conducted by an independent firm and completed within six weeks.
(NAN)(www.nannews.ng)
Edited by Grace Obi
Copyright © 2024 Savannah Ledger
"""


def test_an_agency_dateline_with_its_year_and_no_dash_dates_the_page():
    article = clean_document(make_raw(_AGENCY_COPY, source="page.txt"))
    assert isinstance(article, Article)
    assert article.published.day == "2024-03-04"


def test_a_bracketed_aside_after_a_date_is_no_agency_dateline():
    from storyline.clean.dateline import lead_dateline

    assert lead_dateline([(1, "Kaduna, Mar. 4, 2024 (NAN) The minister spoke.")]) is not None
    # lower case after the brackets: an aside in a sentence, no lede
    assert lead_dateline([(1, "Kaduna, Mar. 4, 2024 (NAN) the minister spoke.")]) is None
    assert lead_dateline([(1, "Kaduna, Mar. 4, 2024 (see the report below) The minister spoke.")]) is None


_IMPRINT = """Tidemark
News
South Africa
Business
Municipality delays water tariff increase after residents' protest
Lerato Mokoena
Journalist
12 Mar 2024 at 09:20 SAST
The municipality has postponed a planned 14% increase in water tariffs after hundreds of residents protested outside the civic centre on Monday.
The mayoral committee said it would consult ratepayers' associations before tabling a new proposal in April.
Residents said bills had doubled in two years while supply interruptions had become more frequent.
Get the biggest daily news stories by email
Tidemark is a Tidemark Media publication. © 2024
"""


def test_an_imprint_with_the_company_before_the_noun_names_the_masthead():
    article = clean_document(make_raw(_IMPRINT, source="page.txt"))
    assert isinstance(article, Article)
    assert article.outlet == "Tidemark"


def test_an_outlets_photo_credit_naming_its_photographer_closes_a_caption():
    from storyline.clean.lines import explicit_reason

    line = ("FLOODED. Residents wade through a flooded street in Malabon City on Monday (March 4, 2024). "
            "(PNA photo by Ana Dizon)")
    assert explicit_reason(line) == "caption"
    # a bracketed aside in prose names no camera
    assert explicit_reason("The council approved the plan. (The photo by the river is older.)") is None
