"""What the lead's twenty-first invented story showed on plain-text scrapes (invented text only): an
Australian trade site's ambiguous slash date, read in the order of the country its masthead names."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.slash_order import masthead_order
from storyline.model import Article
from storyline.pipeline.runner import clean_document

_PAGE = """{masthead}
News | Sustainability | Machinery | Events | Subscribe
Fibre trays to replace foam in meal kits
By Grace Oduya, Editor
07/03/2024
A Brisbane packaging maker will supply fibre trays to a meal-kit company from July, its managing director said.
The trays are made from sugarcane pulp and can be composted, the company said.
"""


def _published(masthead: str) -> str | None:
    article = clean_document(make_raw(_PAGE.format(masthead=masthead), source="page.txt"))
    assert isinstance(article, Article)
    return article.published.value


def test_a_masthead_naming_its_country_orders_the_pages_slash_date():
    assert _published("PACKAGING TODAY AUSTRALIA") == "2024-03-07"
    assert _published("Packaging Today United States") == "2024-07-03"
    # no country named: the order stays open, the day unknown
    assert _published("PACKAGING TODAY") is None


def test_only_a_short_masthead_line_and_a_whole_country_name_count():
    assert masthead_order("The New Zealand Herald\nNews") == "DMY"
    assert masthead_order("Georgia Public Broadcasting\nNews") is None  # a US state's name is no country here
    assert masthead_order("Indiana Daily Student\nNews") is None
    assert masthead_order("Australia beat India by six wickets in the second test at the Gabba\nSport") is None


_LOGO_PAGE = """Quillpoint
{tagline}
Politics | Money | Climate | Support us
Inside a council's recycling contract
Words: Ruth Anselm
5 March 2024
The council signed a ten-year recycling contract in 2021, records show.
Its recycling plant cannot sort two kinds of plastic, the contractor said.
"""


def _outlet(tagline: str) -> str | None:
    article = clean_document(make_raw(_LOGO_PAGE.format(tagline=tagline), source="logo.txt"))
    assert isinstance(article, Article)
    return article.outlet


def test_a_one_word_logo_over_its_slogan_and_menu_is_the_outlet():
    assert _outlet("Independent journalism. No paywall.") == "Quillpoint"
    # a long line between is no slogan: the logo is not read as the outlet from it
    assert _outlet("A long line of words that reads like the opening sentence of a story about councils") != "Quillpoint"


def test_a_closing_attribution_sentence_with_few_function_words_stays_body():
    """'Mr Bell said FreshCrate had 180,000 active customers.' after the run, above an ad marker: names
    leave it few function words, its 'said' makes it the story's (rules/speakers.toml
    [closing_speech_verbs]); a menu of the same length is still cut."""
    from storyline.clean.text import clean_text

    page = "\n".join([
        "The Harbour Ledger", "NEWS  BUSINESS  CONSUMER  OPINION",
        "Meal-kit firm denies regulator's inquiry into its packaging",
        "Chloe Ferris", "Updated 15 Nov 2023, 6:12pm AEDT",
        "Brightbox has denied it is being investigated by the consumer regulator over claims about its packaging.",
        "\"We are not under investigation by any regulator,\" chief executive Marcus Pell said on Wednesday.",
        "The company's advertisements describe its boxes as fully recyclable, and the regulator has received complaints.",
        "Mr Pell said Brightbox had 180,000 active customers.",
        "Advertisement",
    ])
    assert "Mr Pell said Brightbox had 180,000 active customers." in clean_text(page).body
    assert "Business Sport Weather Traffic Jobs Homes Cars" not in clean_text(page + "\nBusiness Sport Weather Traffic Jobs Homes Cars").body
