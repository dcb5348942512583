"""Page forms of the lead's forty-eighth invented story (a reef die-off blamed on a resort): a short story whose
opening lines are a spoken sentence and a quote, names and figures with few function words, kept in the body
as the run's end already keeps such lines. Invented text."""
from conftest import clean_scrape


def test_a_short_storys_spoken_and_quoted_opening_lines_stay_in_the_body():
    page = ["THE VELMAR TIMES", "Israel  Middle East  World  Business  Tech  Opinion",
            "Resort denies it was ever fined over sewage", "By Noam Levi Follow", "3 December 2024, 8:40 pm",
            "The resort has never been fined, its spokeswoman said on Tuesday.",
            "\u201cOur record is clean,\u201d said Coral Crescent spokeswoman Dina Farouk.",
            "Farouk declined to comment on the findings of the marine institute, which tested the water in the "
            "lagoon beside the resort over three weeks in November and published its results on Monday.",
            "Another newspaper reported on Tuesday that regulators had fined the resort in October over the "
            "sewage that its plant released into the sea, citing two officials at the ministry."]
    paragraphs = clean_scrape(page).paragraphs()
    assert paragraphs[0] == "The resort has never been fined, its spokeswoman said on Tuesday." and len(paragraphs) == 4
