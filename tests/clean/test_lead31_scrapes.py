"""The lead's thirty-first invented story (mass salmon deaths at a Scottish fish farm): a nav bar written
with blank runs between its links, and a broadcaster's reporter printed over the desk they file for, below
the date and a share button (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.title_lines import is_menu
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def test_a_bar_of_links_apart_by_blanks_is_a_menu():
    assert is_menu("Home  News  Sport  Weather  iPlayer  Sounds")
    assert is_menu("Investigations  Environment  Land  Newsletter  Support us")
    # a headline keeps its lower-case words; three items are too few to tell
    assert not is_menu("Tax  rises  hit  workers")
    assert not is_menu("News  Sport  Weather")


_PAGE = """Strath Broadcasting
Home  News  Sport  Weather  Sounds
Ferry timetable cut for the winter
Published
14 February 2024
Share
Kirsty Beaton
Strath Broadcasting Scotland News
The island ferry will run two sailings a day instead of four from November, the operator has said.
The operator said a shortage of engineers meant it could not crew a second vessel through the winter.
Islanders said the cut would leave them without a way to reach hospital appointments on the mainland.
"""


def test_the_reporter_over_the_sites_desk_below_the_date_is_the_byline():
    article = clean_document(make_raw(_PAGE, source="page.txt"))
    assert isinstance(article, Article)
    assert article.title == "Ferry timetable cut for the winter"
    assert article.outlet == "Strath Broadcasting"
    assert article.byline == "Kirsty Beaton"


_LEDGER = """The Harbour Ledger
Home  Nation  Business  Sports  Opinion  Epaper
Port workers strike over unpaid overtime
Ledger Business Report
Mon Mar 11, 2024 09:40 PM
Dock workers at the city's container port walked out on Monday over overtime they say has not been paid since January.
The port authority said the strike had halted the loading of four ships.
The union said it would continue the strike until the overtime was paid in full.
The Harbour Ledger is funded by its readers. Donate today.
Copyright: Any unauthorized use or reproduction of The Harbour Ledger content for commercial purposes is strictly prohibited.
"""


def test_a_notice_sentence_names_no_holder_and_a_desk_credit_no_author():
    """lead32: a South Asian daily's footer sentence is no copyright holder; 'Ledger Business Report' is a
    desk's credit; 'is funded by its readers. Donate today.' is an appeal, not the body."""
    article = clean_document(make_raw(_LEDGER, source="page.txt"))
    assert isinstance(article, Article)
    assert article.outlet == "The Harbour Ledger"
    assert article.byline is None
    assert "funded by its readers" not in article.body


_CREDITED = """Canadian Broadcast News
Sections
Windsor
Ferry service cut for the winter
Posted: Jul 15, 2024 4:00 AM EDT | Last Updated: July 15, 2024
By Marie Tremblay, CBN News
The island ferry will run two sailings a day instead of four from November, the operator has said.
The operator said a shortage of engineers meant it could not crew a second vessel through the winter.
Islanders said the cut would leave them without a way to reach hospital appointments on the mainland.
"""


def test_a_byline_credit_abbreviating_the_masthead_names_the_masthead():
    """lead33: 'By NAME, CBN News' under the masthead 'Canadian Broadcast News'."""
    article = clean_document(make_raw(_CREDITED, source="page.txt"))
    assert isinstance(article, Article)
    assert article.outlet == "Canadian Broadcast News"
    assert article.byline == "Marie Tremblay"


def test_a_menu_may_hold_an_e_paper_link_and_an_initial_is_no_word_of_the_body():
    """lead34: 'Home  News  Tamil Nadu  Business  e-Paper' is a menu; 'S. Vijayakumar' over 'CHENNAI' and the date
    is the byline though the body's "hospital's" gives the word 's'."""
    assert is_menu("Home  News  Tamil Nadu  Business  Sport  Opinion  e-Paper")
    page = ("THE HARBOUR CHRONICLE\nHome  News  Tamil Nadu  Business  Sport  Opinion  e-Paper\n"
            "Gas leak sends dozens to hospital\nS. Vijayakumar\nCHENNAI\nUpdated - May 05, 2024 11:42 pm IST\n"
            "Dozens of residents were taken to the city hospital's emergency ward after a gas leak late on Saturday.\n"
            "Officials said 42 people had been admitted by Sunday evening, most with breathing problems.\n"
            "The plant's owner said it had shut the pipeline and begun an inquiry into the cause of the leak.\n")
    article = clean_document(make_raw(page, source="page.txt"))
    assert isinstance(article, Article)
    assert article.title == "Gas leak sends dozens to hospital"
    assert article.byline == "S. Vijayakumar"


def test_a_dashless_wire_dateline_is_read_and_its_agency_page_keeps_its_masthead():
    """lead34: PTI-style 'Chennai, May 6 (PTB) The police …' (no dash); on the agency's own page the masthead
    'PTB News' above the headline names it, not the bare credit."""
    from storyline.clean.wire_dateline import opening_dateline

    found = opening_dateline("New Delhi, Jan 5 (PTI) The Supreme Court on Friday said the case would go on.")
    assert found is not None and found.credit == "PTI"
    assert opening_dateline("Paris, May 6 (Reuters) said the man.") is None  # no capital after the credit
    page = ("PTB News\nPress Trust of Bharat\nNational  States  Business  World\n"
            "Compensation for leak victims\n"
            "Chennai, Feb 18 (PTB) The company will pay compensation to 61 people who were taken to hospital.\n"
            "The payments will be made within a month, the company said on Tuesday in a statement.\n"
            "The state pollution board fined the company last year over the leak at its coastal plant.\n")
    article = clean_document(make_raw(page, source="page.txt"))
    assert isinstance(article, Article)
    assert article.outlet == "PTB News"
