"""probe37: invented scrapes (fiction) in shapes an unseen story's pages showed — the wordings here
are other than the story's own."""

from __future__ import annotations

from storyline.clean.page_locale import spelling_order
from storyline.clean.stages import cleaning_stages
from storyline.model import Article, RawDocument
from storyline.pipeline import run_stages


def _clean(scrape: str) -> Article:
    result = run_stages(
        Article.from_raw(RawDocument(source="page.txt", kind="text", content=scrape)), cleaning_stages()
    )
    assert result.article is not None
    return result.article


def test_spelling_standard_tells_the_slash_order():
    assert spelling_order("Rents rose 9 per cent as the council's housing programme stalled.") == "DMY"
    # one British form is not enough; any American form keeps the order open
    assert spelling_order("The programme was delayed.") is None
    assert spelling_order("The programme was delayed. The programme will resume.") is None
    assert spelling_order("Rents rose 9 per cent, the center said, as the programme stalled.") is None
    # capitalised names do not count
    assert spelling_order("Labour and the Ministry of Defence met at the Barbican Centre.") is None


_REEF_PAGE = (
    "REEF WATCH WEEKLY\n\nHome\n\nOceans\n\nPolicy\n\nDivers count the cost of a bleached summer\n\n"
    "Published 05/04/23 | Marika Doyle\n\nFacebook\n\nEmail\n\n"
    "Coral cover on the outer reef fell by 31 per cent over the summer, a survey by the marine park's "
    "monitoring programme found.\n\n"
    "Dive operators said bookings from overseas travellers had already slowed by February.\n\n"
    "\u201cWe are watching a slow disaster,\u201d said Marika Doyle, who has run dive trips for 20 years.\n\n"
    "Share this:\n"
)


def test_a_commonwealth_spelled_page_reads_its_slash_date_day_first():
    assert _clean(_REEF_PAGE).published.value == "2023-04-05"


def test_an_american_spelled_page_is_not_read_day_first():
    us_page = (
        _REEF_PAGE.replace("per cent", "percent").replace("programme", "program").replace("travellers", "travelers")
    )
    assert _clean(us_page).published.value != "2023-04-05"


def test_a_papers_name_with_its_web_editions_words_is_the_paper():
    from storyline.clean.outlet import outlet_name

    assert outlet_name("The Hindu e-Edition") == "The Hindu"
    assert outlet_name("Sky News Online") == "Sky News"
    # a brand registered with the word, or a name the registry does not know, keeps it
    assert outlet_name("Focus Online") == "Focus Online"
    assert outlet_name("Harbour Light Online") == "Harbour Light Online"


def test_a_scrape_opening_with_the_web_edition_masthead_names_the_paper():
    scrape = (
        "The Hindu Online News\n\nMenu\n\nSearch\n\nLogin\n\nNews > Cities\n\nFerry fares to rise from next month\n\n"
        "By Priya Raman\n\nMonday, 3 March 2025\n\n"
        "Ferry fares between the two harbour towns will rise by 12 per cent from April, the operator said on Sunday.\n\n"
        '"We held prices for three years and fuel costs have doubled," operator spokesman Arun Pillai said.\n\n'
        "Advertisement\n\nAdd a Comment\n"
    )
    assert _clean(scrape).outlet == "The Hindu"
