"""Page forms of the lead's forty-second invented story (a cruise ship's norovirus outbreak): a story's closing
credit to the site and the agencies it used, and a newspaper publisher's company words. Invented text."""
from conftest import clean_scrape

STORY = [
    "A ship struck by a stomach bug is sailing back to its home port after the island's authorities refused "
    "to let its passengers go ashore on Wednesday.",
    "The operator said it would refund every passenger in full and cancel the ship's next voyage while the "
    "vessel is cleaned from bow to stern.",
]





def test_a_closing_credit_to_the_site_and_news_agencies_names_the_site():
    page = ["News  World  Opinion  Sport", "Stricken ship heads home", "Published On 8 Mar 2024 8 Mar 2024", *STORY,
            "Source: Harbour Crescent and news agencies"]
    assert clean_scrape(page).outlet == "Harbour Crescent"
    page[-1] = "Source: Harbour Crescent statistics office"  # a data source's credit names no outlet
    assert clean_scrape(page).outlet is None


def test_a_publishing_company_in_the_footer_is_the_masthead_less_its_company_words():
    page = ["News  India  World  Business", "Crew members among the sick", "Arjun Vale",
            "Updated - March 08, 2024 11:05 am IST", *STORY, "\u00a9 Vellin Courier Publishing Pvt Ltd."]
    assert clean_scrape(page).outlet == "Vellin Courier"
