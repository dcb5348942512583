"""Page forms of the lead's forty-sixth invented story (gold stolen from a museum): Anadolu's byline line, the
reporter's name glued to a bar and the date, and its revision stamp after a dash. Invented text."""
from conftest import clean_scrape

STORY = [
    "Thieves stole forty-one gold objects from the city's archaeological museum overnight, police said on "
    "Monday, after guards found four display cases empty when they opened the building.",
    "The objects date from the fourth century BC and had been shown together since the museum reopened after "
    "a long renovation, the museum's director told reporters outside the building.",
]


def test_a_name_glued_to_a_bar_and_a_date_with_a_revision_stamp_after_a_dash():
    page = ["VELMAR AGENCY", "World  Economy  Energy  Culture  Sport", "Gold stolen from museum in overnight raid",
            "Mehmet Kaya   |03.03.2025 - Update : 03.03.2025", *STORY]
    article = clean_scrape(page)
    assert (article.byline, article.published.value) == ("Mehmet Kaya", "2025-03-03")
