"""A site's name as the first link of its menu bar, and a wire dateline a paper sets in its own case (branch
probe44: the East African scrapes' headers and an AFP story carried by a regional weekly). Invented text only;
the expected outlets were written before the first run."""

from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt", kind="text"))
    assert isinstance(article, Article)
    return article


_BODY = """Kigali's bus operators to pay new route fees from July
By Aline Uwase
Monday, June 2, 2025
Bus operators in Kigali will pay a new fee for each route they run from next month, the city's transport regulator said on Monday.
The regulator said the fees would pay for new shelters at forty stops across the city's three districts.
Operators said they had not been consulted and would ask the regulator to delay the fees until January.
"""


def test_a_menu_bar_opened_by_a_registered_masthead_names_the_outlet():
    article = _clean("The New Times | News | Business | Sport | Opinion\n" + _BODY
                     + "Share this article | 3 comments\n© 2025 Rwanda Newspaper Holdings Ltd. All rights reserved.\n")
    assert article.outlet == "The New Times"


def test_a_menu_bar_opened_by_the_sites_domain_names_the_outlet():
    article = _clean("Nation.Africa | News | Counties | Business | Opinion\n" + _BODY
                     + "© Nation Media Group. All rights reserved.\n")
    assert article.outlet == "Nation"


def test_a_strip_of_partner_outlets_names_none_of_them():
    article = _clean("Reuters | Bloomberg | Xinhua | AFP | More partners\n" + _BODY)
    assert article.outlet not in ("Reuters", "Bloomberg", "Xinhua", "Agence France-Presse")


def test_an_unregistered_first_link_is_no_outlet():
    article = _clean("Latest | News | Business | Sport | Opinion\n" + _BODY)
    assert article.outlet != "Latest"


_CARRIED = """The New Times | News | Business | Sport | Opinion
Ugandan coffee exports hit record as prices climb
By {credit}
Saturday March 8 2025
{dateline} Uganda's coffee exports rose to a record in February as world prices climbed, the coffee regulator said on Friday.
The regulator said farmers in the central region had planted more than two million seedlings last year.
Exporters expect volumes to ease after the main harvest ends in April.
"""


def test_a_wire_dateline_in_title_case_with_its_country_credits_the_agency():
    article = _clean(_CARRIED.format(credit="Grace Mutesi", dateline="Kampala, Uganda (AFP) -"))
    assert article.outlet == "Agence France-Presse"


def test_a_wire_dateline_in_title_case_with_its_date_credits_the_agency():
    article = _clean(_CARRIED.format(credit="Xinhua", dateline="Kampala, March 7 (Xinhua) --"))
    assert article.outlet == "Xinhua"


def test_a_list_of_places_before_a_bracketed_acronym_is_no_dateline():
    article = _clean(_CARRIED.format(credit="Grace Mutesi", dateline="Kenya, Uganda and Tanzania (EAC) - members agreed."))
    assert article.outlet == "The New Times"
