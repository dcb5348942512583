"""The lead's twenty-ninth invented story (a dam release floods an Australian town; Australian and New
Zealand outlets): an Australian station's call sign opening its logo, a reader-funded site's closing
appeal kept apart so the reporter's bio under the body names the outlet (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document

_STATION = """{logo}
Listen live  News  Sport  Rural  Programs
Shire council calls for levee upgrade after river peaks
By Jo Tran
Posted Tue 5 Mar 2024 at 5:15pm
The shire council has asked the state for money to raise the town's levee after the river peaked on Sunday.
Councillors voted unanimously for the request at a special meeting on Monday night.
"The levee held this time, but only just," the deputy mayor said.
"""

_READER_FUNDED = """the ledger.
independent. reader-funded.
News  Investigations  Climate  Newsletter  Support us
Inside the night the pumping station failed
Words: Nia Obi
7 March 2024
The pumping station that failed during last week's storm had been flagged for repairs twice since 2021.
Maintenance logs obtained by the site show the backup generator was out of service for three weeks.
The water authority did not answer questions about the logs.
Nia Obi is The Ledger's environment reporter.
The Ledger is funded by readers like you. Become a supporter.
"""


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


def test_an_australian_call_sign_opens_a_stations_logo():
    assert _clean(_STATION.format(logo="3RV Riverina Radio")).outlet == "3RV Riverina Radio"
    assert _clean(_STATION.format(logo="2GB Sydney")).outlet == "2GB Sydney"
    # a size or a model is no call sign: a digit and one capital, or lower case after it
    assert _clean(_STATION.format(logo="4K Weekly")).outlet != "4K Weekly"


def test_a_reader_funded_appeal_is_no_body_and_the_bio_names_the_outlet():
    article = _clean(_READER_FUNDED)
    assert "funded by readers" not in article.body
    assert article.outlet == "The Ledger"
    assert article.byline == "Nia Obi"


def test_a_lone_weekday_or_month_after_by_opens_a_sentence_not_a_byline():
    """lead35: a wire story's 'By Tuesday afternoon, 3,000 learners had completed …' was read as its byline."""
    from storyline.clean.byline import read_byline

    assert read_byline("By Tuesday afternoon, 3,000 pupils had finished the paper, a spokesman said.", ["en"]) is None
    assert read_byline("By March the plan had stalled.", ["en"]) is None
    assert read_byline("By June Fox and Ravi Nair", ["en"]).names == ("June Fox", "Ravi Nair")  # type: ignore[union-attr]
