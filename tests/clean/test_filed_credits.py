"""Plain-text scrapes of African, Asian and New Zealand sites: a correspondent's 'From NAME, CITY' credit, a name
glued to its time stamp, a masthead line's name and tagline, a masthead printed in a photo credit's capitals
(branch probe26, an invented story's pages)."""
from tests.clean.test_text_scrapes import scrape

from storyline.clean.byline import read_byline


def test_a_correspondents_from_credit_names_the_reporter() -> None:
    """'From NAME, Abuja' (Nigerian dailies' credit line) is a byline; a city and its state is none."""
    head = "LEDGER DAILY\n\nFerry terminal to close after piers crack\n\nFrom Ngozi Adeleke, Abuja\n\nPublished 4 December 2024"
    assert scrape(head).byline == "Ngozi Adeleke"
    assert read_byline("From Fort Collins, Colorado", ["en"]) is None
    assert read_byline("From Lagos to London", ["en"]) is None


def test_a_name_glued_to_its_time_stamp() -> None:
    """'Jane Roe13:45, Dec 03 2024': the author and the stamp joined without a space (Stuff's header)."""
    head = "THE VELLIN POST\n\nFerry terminal to close after piers crack\n\nTeodora Vance13:45, Dec 03 2024"
    assert scrape(head).byline == "Teodora Vance"


def test_a_masthead_line_of_name_and_tagline_gives_the_name_its_footer_holds() -> None:
    """'NEWSWIRE | Coastal National News Agency' over the headline, '© 2024 Newswire' below: the name, not
    the tagline."""
    head = ("VELLINWIRE | Coastal National News Agency\n\nGeneral  Business  World\n\n"
            "Ferry terminal to close after piers crack\n\n28/11/2024 08:15 PM MYT")
    assert scrape(head, "\u00a9 2024 Vellinwire. All Rights Reserved.").outlet == "Vellinwire"


def test_a_company_masthead_printed_in_a_photo_credits_capitals() -> None:
    """'© 2024 Vellin Sentinel Media Group' and a caption's '| FILE PHOTO | VELLIN SENTINEL': the masthead."""
    head = ("Home | News | Counties | Business | Sports\n\nFerry terminal to close after piers crack\n\n"
            "By ANA RUIZ\n\nWednesday, November 27, 2024 6:40 PM EAT\n\n"
            "The old pier at Vellin. | FILE PHOTO | VELLIN SENTINEL")
    art = scrape(head, "\u00a9 2024 Vellin Sentinel Media Group. All rights reserved.")
    assert art.outlet == "Vellin Sentinel"
