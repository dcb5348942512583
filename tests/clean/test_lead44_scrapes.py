"""Page forms of the lead's forty-fourth invented story (eye drops recalled over contamination): the circled
'ⓒ' Korean and Taiwanese sites print for ©, a financial wire's partnership in its notice ('L.P.'), and the
USA TODAY Network's reporter's name over the paper's name over the date. Invented text."""
from conftest import clean_scrape

STORY = [
    "The drugmaker recalled its eye drops in eleven countries on Thursday after patients developed eye "
    "infections, and pharmacies were told to take every bottle off their shelves at once.",
    "Regulators said the drops were made at a single plant and that tests of sealed bottles were under way, "
    "with results expected within two weeks of the recall.",
]


def test_a_circled_c_marks_the_copyright_line():
    page = ["National  Economy  Market  Culture", "Drugmaker recalls eye drops", "2024.11.28 14:05", *STORY,
            "Copyright \u24d2 Velmar News Agency. All rights reserved."]
    assert clean_scrape(page).outlet == "Velmar News Agency"


def test_a_partnership_designator_is_no_part_of_the_outlet():
    page = ["Markets  Economics  Technology  Politics", "Drugmaker's shares sink on recall", "By Anna Keller",
            "December 2, 2024 at 3:05 AM GMT+1", *STORY, "\u00a92024 Tallis L.P."]
    assert clean_scrape(page).outlet == "Tallis"


def test_a_reporters_name_over_the_papers_name_over_the_date():
    page = ["Harbor Ledger", "News  Sports  Entertainment  Life  Money  Opinion", "Eye-drop recall reaches Portugal",
            "Kim Alvarez", "Harbor Ledger", "Published 5:04 a.m. ET Dec. 3, 2024 | Updated 7:12 a.m. ET Dec. 3, 2024",
            *STORY]
    article = clean_scrape(page)
    assert (article.outlet, article.byline) == ("Harbor Ledger", "Kim Alvarez")
    page[3] = "Subscribe now"  # a call to action over the masthead is nobody's byline
    assert clean_scrape(page).byline is None
