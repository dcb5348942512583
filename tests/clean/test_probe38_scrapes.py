"""Branch probe38's invented story (a bowler's doping case told by New Zealand, Pakistani, British and South African
pages): page forms the cleaning did not read, each tested here in other invented wordings (invented text only)."""

from __future__ import annotations

from conftest import make_raw
from storyline.clean.outlet import fold_name
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


_PRINT_NOTE_PAGE = """Nation
Home
Latest
Politics
Sport
Flour mills warn of shortage as wheat release is delayed
Kamran Yousaf
Published April 2, 2025
PESHAWAR: Flour mill owners have warned of a shortage in the province after the food department delayed the release of government wheat for a second week.
The mills association said at least forty mills had stopped grinding and that prices in the open market had risen sharply.
A food department official said the release would begin once a transport contract was signed.
Published in Nation, April 2nd, 2025
Comments (12)
"""


def test_a_print_editions_closing_note_names_the_paper_even_an_everyday_word():
    # 'Nation' is a registry name that is also an everyday word: alone on a line it names nothing, but the print
    # edition's note is the paper naming itself
    assert _clean(_PRINT_NOTE_PAGE).outlet == "Nation"


def test_a_print_note_with_the_and_a_full_stop():
    page = _PRINT_NOTE_PAGE.replace(
        "Published in Nation, April 2nd, 2025", "Published in The Frontier Post, April 2nd, 2025."
    )
    assert _clean(page).outlet == "Frontier Post"


def test_prose_saying_where_something_was_published_names_no_outlet():
    page = _PRINT_NOTE_PAGE.replace(
        "Published in Nation, April 2nd, 2025\n",
        "The millers cited a study published in The Grain Review, March 3rd, 2025, on storage losses across the province.\n",
    )
    assert _clean(page).outlet != "Grain Review"


_FOOTER_ROW_PAGE = """Skip to content
Harbour Post
Business
Ferry operator fined over late sailings
Ruth Kerehoma
14:20, Mar 05 2025
Share this article
The regional ferry operator has been fined after three quarters of its winter sailings left late, the transport regulator said on Wednesday.
The regulator said passengers had been left waiting on the wharf for up to two hours without information.
The operator said a new timetable would start next month.
Comments (4)
About us | Contact | Terms of use | © 2025 Harbour Post Limited
"""


def test_a_copyright_notice_after_a_row_of_footer_links_names_the_outlet():
    assert _clean(_FOOTER_ROW_PAGE.replace("Harbour Post\nBusiness\n", "Business\n")).outlet == "Harbour Post"


def test_a_footer_row_with_middle_dots_before_the_notice():
    page = _FOOTER_ROW_PAGE.replace("Harbour Post\nBusiness\n", "Business\n").replace(
        "About us | Contact | Terms of use | © 2025 Harbour Post Limited",
        "Privacy · Cookies · Copyright 2025 Harbour Post Ltd",
    )
    assert _clean(page).outlet == "Harbour Post"


_DOMAIN_NOTICE_PAGE = """HockeyAotearoa.co.nz
Home News Fixtures Results
Black Sticks name three new caps for Pro League tour
Hockey Aotearoa Staff Report
Share on WhatsApp | Share on Facebook
The Black Sticks have named three uncapped players in their squad for the Pro League matches in Europe next month.
The coach said the three had earned their places with strong performances in the national tournament.
The squad leaves for Amsterdam on Sunday.
© HockeyAotearoa.co.nz
"""


def test_a_domain_notice_takes_the_name_a_staff_credit_spells_out():
    assert _clean(_DOMAIN_NOTICE_PAGE).outlet == "Hockey Aotearoa"


def test_the_notice_line_is_not_its_own_masthead():
    # without the credit the notice's holder is the outlet, never the notice line with its mark
    article = _clean(_DOMAIN_NOTICE_PAGE.replace("Hockey Aotearoa Staff Report\n", ""))
    assert article.outlet is not None and "©" not in article.outlet


def test_a_domain_notice_with_a_generic_suffix_and_a_staff_credit():
    page = _DOMAIN_NOTICE_PAGE.replace("HockeyAotearoa.co.nz", "HockeyAotearoa.com")
    assert _clean(page).outlet == "Hockey Aotearoa"


def test_a_site_named_as_its_domain_is_no_everyday_word():
    # 'news.com.au' folds with its country kept, so a menu's 'News' never names it
    assert fold_name("news.com.au") != fold_name("News")


_BUTTONS_PAGE = """Radio Eireann News
Home
News
Sport
Hospital waiting lists rise for fourth month in a row
Published 4 March 2025
Share
Save
Aoife Brennan
Health correspondent
The number of people waiting for hospital treatment rose for a fourth month in a row in February, new figures show.
The health service said a winter surge in emergency admissions had led to planned operations being cancelled.
Patient groups said the figures showed the need for more beds.
"""


def test_a_name_over_its_role_below_the_share_buttons_is_the_byline():
    assert _clean(_BUTTONS_PAGE).byline == "Aoife Brennan"


def test_a_line_below_the_buttons_with_no_role_under_it_is_no_byline():
    page = _BUTTONS_PAGE.replace("Aoife Brennan\nHealth correspondent\n", "Waiting Lists\n")
    assert _clean(page).byline is None
