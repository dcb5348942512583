"""Page forms of the lead's forty-fifth invented story (a Chilean lithium contract with a Chinese company):
Xinhua's 'Source: NAME | DATE | Editor: NAME' meta line, a menu bar beside the date that is no one's name,
an FT-style 'NAME in PLACE and NAME in PLACE' line with accented given names, and an edition switch between
a logo and its menu. Invented text."""
from conftest import clean_scrape

STORY = [
    "The state lithium company signed a twenty-year contract with a foreign partner to develop a salt flat in "
    "the north of the country, the two companies said in a joint statement on Sunday.",
    "Opposition lawmakers said the terms of the contract had not been published and asked the comptroller to "
    "look into how the partner had been chosen over three other bidders.",
]


def test_a_source_field_apart_from_the_date_field_leaves_the_date_the_pages():
    page = ["VELMAR NEWS AGENCY", "Ambassador says the company respects the law",
            "Source: Velmar | 2025-02-08 21:05:00 | Editor: Liu Yang", *STORY]
    assert clean_scrape(page).published.value == "2025-02-08"
    # a source's own date, on the source's line, stays the cited document's
    page[2] = "Source: Ministry of Mines, February 8, 2025"
    assert clean_scrape(page).published.value is None


def test_a_menu_bar_beside_the_date_is_no_byline():
    page = ["TeleVerde", "News  Opinion  Multimedia  Live", "Indigenous council to sue over lithium plant",
            "Published 13 February 2025", *STORY]
    assert clean_scrape(page).byline is None


def test_reporters_in_their_places_with_accented_given_names():
    page = ["The Harwick Ledger", "Home  World  Companies  Tech  Markets", "Senate to vote on lithium contract",
            "Luc\u00eda Herrera in Santiago and Ben Marsh in London", "Published February 11 2025", *STORY]
    assert clean_scrape(page).byline == "Luc\u00eda Herrera, Ben Marsh"


def test_an_edition_switch_between_the_logo_and_its_menu():
    page = ["EL DIARIO VELMAR", "English edition", "Chile  Latin America  Economy  Opinion  Climate",
            "Comptroller audits lithium contract", "ROC\u00cdO MONTES", "Santiago de Chile - FEB 05, 2025 - 14:05 CET",
            *STORY]
    assert clean_scrape(page).outlet == "El Diario Velmar"
