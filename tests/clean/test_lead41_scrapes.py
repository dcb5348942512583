"""Page forms of the lead's forty-first invented story (a county's failed wildfire alerts): a station's
logo printed as the first item of its menu line, a wire credit set on its own line below the story, and
CBC's 'NAME · NEWSROOM ·' meta line. Invented text."""
from conftest import clean_scrape
from storyline.clean.byline import read_byline_fields

STORY = [
    "The county emergency office said on Monday that a software update had stopped its alert texts from "
    "going out while a wildfire burned east of the river.",
    "Officials said the vendor had found the fault within hours and that a fix would be tested this week "
    "before the next round of dry, windy weather reaches the valley.",
]





def test_a_station_logo_opening_its_menu_line_and_the_datelines_call_sign_name_the_station():
    page = ["KQRB 8 | News | Weather | Traffic | Watch Live", "Vendor blames update for failed alert texts",
            "by: Nina Sorrel", "Posted: Aug 12, 2024 / 06:12 PM PDT",
            "RIVERTON, Ore. (KQRB) \u2014 " + STORY[0], STORY[1],
            "Copyright 2024 Corvid Media Inc. All rights reserved."]
    assert clean_scrape(page).outlet == "KQRB 8"
    # the menu's first item alone, without the dateline's credit, is not enough
    page[4] = "RIVERTON, Ore. \u2014 " + STORY[0]
    assert clean_scrape(page).outlet != "KQRB 8"


def test_a_wire_credit_on_its_own_line_below_the_story_names_the_wire():
    page = ["Sign up now: Get our newsletters delivered to your inbox", "County weighs dropping its alert vendor",
            "Published Aug 15, 2024, 10:25 AM", *STORY, "REUTERS", "See more on"]
    article = clean_scrape(page)
    assert article.outlet == "Reuters"
    assert "own line" in article.evidence["outlet"]
    page[-2] = "PHOTOS"  # capitals below a story that no registry knows as a wire
    assert clean_scrape(page).outlet is None


def test_a_meta_line_of_name_and_newsroom_between_middle_dots():
    for line in ("Nina Sorrel \u00b7 CBN News \u00b7", "Nina Sorrel \u00b7 CBN News \u00b7 Posted: Aug 14, 2024 7:05 PM EDT"):
        found = read_byline_fields(line, ["en"])
        assert found is not None and found.names == ("Nina Sorrel",) and found.outlet == "CBN News", line
    assert read_byline_fields("Sport \u00b7 Football \u00b7 Posted: Aug 14, 2024 7:05 PM EDT", ["en"]) is None


def test_a_publisher_company_in_the_footer_less_its_legal_reach_and_group_word():
    """'© 2024 Harrowgate Courier Media Limited or its affiliated companies': the owner is the company
    before 'or its affiliated companies'; with no masthead printed, the company less its group word."""
    from storyline.clean.copyright_line import _holder_name

    assert _holder_name("Harrowgate Courier Media Limited or its affiliated companies") == "Harrowgate Courier Media Limited"
    assert _holder_name("Vellin Post and its licensors") == "Vellin Post"
    page = ["News | Opinion | Sport | Culture", "The text alert that never came", "Ada Brill in Riverton",
            "Thu 15 Aug 2024 01.04 BST", *STORY,
            "\u00a9 2024 Harrowgate Courier Media Limited or its affiliated companies. All rights reserved."]
    assert clean_scrape(page).outlet == "Harrowgate Courier"
    page[-1] = "\u00a9 2024 Quarry Media Inc. All rights reserved."  # a two-word group is the owner's own name
    assert clean_scrape(page).outlet == "Quarry Media"
