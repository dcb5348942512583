"""Page forms of the lead's forty-third invented story (a suspension bridge shut after cracks are found): The
Times' date line closing on the paper's name, Reuters' dated dateline credit of a wire the registry does not
know, a broadcaster's news brand opening its menu line, and the Daily Mail's 'FOR MAILONLINE' credit. Invented
text."""
from conftest import clean_scrape
from storyline.clean.byline import read_byline
from storyline.clean.wire_credit import agency_credit

STORY = [
    "The bridge that carries most of the town's traffic across the river was closed on Monday after engineers "
    "found cracks in two of its main cables, its operator said.",
    "Drivers face a long detour while the cables are examined, and the operator said it could not yet say when "
    "the crossing would reopen to cars and lorries.",
]





def test_a_date_line_closing_on_the_papers_name():
    page = ["Home  News  Comment  Business", "Bridge shut after cracks found", "Nora Vale, Transport Editor",
            "Tuesday March 05 2024, 6.15pm GMT, The Vellin Courant", *STORY]
    assert clean_scrape(page).outlet == "The Vellin Courant"


def test_a_dated_wire_dateline_credits_its_wire_known_or_not():
    assert agency_credit("LONDON, March 4 (Harwick) - The bridge was closed on Monday, its operator said.") == "Harwick"
    # without the day it is a place and a bracket, as a reporter's aside may be
    assert agency_credit("LONDON (Harwick) - The bridge was closed on Monday, its operator said.") is None


def test_a_news_brand_of_initials_opening_the_menu_line_is_the_logo():
    page = ["VBC News  Just In  Politics  World  Business", "Bridge shut after cracks found", "By Ana Ruiz",
            "Posted Tue 5 Mar 2024 at 8:12pm", *STORY]
    assert clean_scrape(page).outlet == "VBC News"
    page[0] = "World News  Just In  Politics  World  Business"  # a section's name is no brand of initials
    assert clean_scrape(page).outlet is None


def test_a_credit_to_a_web_brand():
    found = read_byline("By JACK ROE FOR VELLINONLINE")
    assert found is not None and found.names == ("Jack Roe",) and found.outlet == "VELLINONLINE"
    found = read_byline("By Jack Roe for Online")
    assert found is not None and found.outlet is None
