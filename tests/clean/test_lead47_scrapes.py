"""Page forms of the lead's forty-seventh invented story (a river ferry capsized): the Bangkok Post's 'WRITER:'
label and its publisher's Thai company form 'PCL' in the notice. Invented text."""
from conftest import clean_scrape

STORY = [
    "A passenger ferry carrying more than three hundred people capsized on the river on Sunday night, and the "
    "coast guard said divers were still searching the water near the landing stage on Monday.",
    "The operator said its papers were in order and that the vessel had passed an inspection in the spring, "
    "but survivors said the ferry had been crowded well beyond its limit when it sailed.",
]


def test_a_writer_label_and_a_thai_public_company_in_the_notice():
    page = ["Velmar Courier", "News  Business  Opinion  Life  Tech  Auto", "Ferry operator says licence is valid",
            "PUBLISHED : 16 Jul 2025 at 14:05", "WRITER: Wassana Suksawat", *STORY,
            "\u00a9 Velmar Courier PCL. All rights reserved."]
    article = clean_scrape(page)
    assert (article.outlet, article.byline) == ("Velmar Courier", "Wassana Suksawat")
