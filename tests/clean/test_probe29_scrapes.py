"""Branch probe29's invented story (a hospital's drug-trial halt, on US and UK national pages): page forms
the cleaning did not read (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.byline import given_first, read_byline
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


_LEDE = ("The county water board on Tuesday ordered residents of three villages to boil their tap water after a "
         "routine test found bacteria in a storage tank, officials said.")
_REST = """Engineers drained the tank overnight and began flushing the pipes that feed the villages, the board said.

The order will stay in place until two clean samples in a row come back from the laboratory, a spokesman said.

Schools in the area said they would hand out bottled water to pupils until the order was lifted.
"""


def test_a_key_takeaways_box_over_the_lead_is_no_part_of_the_story() -> None:
    page = f"""Boil-water order for three villages after tank test
Key Takeaways
Three villages must boil their tap water.
A test found bacteria in a storage tank.
Two clean samples are needed to lift the order.
{_LEDE}

{_REST}"""
    body = _clean(page).body
    assert "Key Takeaways" not in body and "Three villages must boil" not in body
    assert body.startswith("The county water board")


def test_an_ai_summary_box_and_its_note_are_dropped() -> None:
    page = f"""Boil-water order for three villages after tank test
AI-generated summary
• Three villages must boil their tap water.
• A test found bacteria in a storage tank.
This summary was produced with the help of AI and checked by an editor.
{_LEDE}

{_REST}"""
    body = _clean(page).body
    assert "AI" not in body and "Three villages must boil" not in body


def test_a_summary_heading_over_a_single_line_is_left_alone() -> None:
    page = f"""Boil-water order for three villages after tank test
{_LEDE}

{_REST}
Summary
The board expects the order to be lifted by Friday."""
    assert "The board expects the order to be lifted by Friday." in _clean(page).body


def test_a_newsletter_box_consent_and_named_pitch_are_dropped() -> None:
    page = f"""Boil-water order for three villages after tank test
By Dana Whitlow
{_LEDE}

{_REST}
County Brief: Join 40,000 readers and get the day's local news in your inbox every morning.
By signing up, you agree to our Terms of Use and Privacy Policy."""
    body = _clean(page).body
    assert "Join 40,000" not in body and "By signing up" not in body


def test_a_wire_services_whole_closing_credit_is_no_body_line_but_still_the_byline() -> None:
    page = f"""Boil-water order for three villages after tank test
DERBY, March 3 (Midland Wire) - {_LEDE}

{_REST}
(Reporting by Tomas Ferreira in Derby; Editing by Alan Roe)

Correction, March 4: An earlier version of this story gave the wrong number of villages under the order. It is three.

Our Standards: The Midland Wire Trust Principles."""
    article = _clean(page)
    assert "Reporting by" not in article.body and "Our Standards" not in article.body
    assert article.byline == "Tomas Ferreira"


def test_the_author_boxs_follow_button_is_no_site_name_and_a_one_word_logo_names_its_company() -> None:
    page = f"""Hartwell
Subscribe: Less than $1 a week
Money  Business  Leadership
Boil-water order for three villages after tank test
By Dana Whitlow, Senior Contributor
Mar 3, 2026, 09:15am EST
Follow Author
{_LEDE}

{_REST}
Follow Author
© 2026 Hartwell Media LLC. All Rights Reserved."""
    assert _clean(page).outlet == "Hartwell"


def test_a_masthead_in_capitals_over_its_own_wire_credit_names_the_outlet_in_full() -> None:
    page = f"""MIDLAND WIRE SERVICE
Business  Health  Markets
Boil-water order for three villages after tank test
March 3, 2026 4:55 PM GMT
DERBY, March 3 (Midland) - {_LEDE}

{_REST}"""
    assert _clean(page).outlet == "Midland Wire Service"


def test_a_writers_bio_run_on_after_the_byline_is_no_second_writer() -> None:
    found = read_byline("By Dana Whitlow, Senior Contributor. Dana Whitlow covers water and energy.")
    assert found is not None and found.names == ("Dana Whitlow",)


def test_a_given_name_of_both_sexes_opens_a_persons_name() -> None:
    assert given_first("Shannon Whitlow") and given_first("Evan Marsh")
