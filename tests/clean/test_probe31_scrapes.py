"""Branch probe31's invented story (a city's boil-water notice, on US and UK national pages): page forms the
cleaning and the byline reader did not read (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.lines import explicit_reason
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


_LEDE = ("The harbour board on Friday closed two slipways at the marina after divers found cracks in the concrete "
         "ramps, officials said.")
_REST = """Boat owners were told to use the public ramp at the north quay until repairs are finished, the board said.

Engineers will survey the remaining ramps next week, a spokesman said.

The marina's cafe and fuel dock stay open, the board said in a notice to members.
"""


def test_an_ai_note_under_the_summary_heading_before_its_bullets_goes_with_the_box() -> None:
    page = f"""Marina closes two slipways after divers find cracks
AI-generated summary
This summary was written with the help of AI and checked by an editor.
• Two slipways are shut.
• Divers found cracked ramps.
• A public ramp stays open.
{_LEDE}

{_REST}"""
    body = _clean(page).body
    assert "AI" not in body and "Two slipways are shut" not in body
    assert body.startswith("The harbour board")


def test_a_search_box_naming_the_site_is_no_headline() -> None:
    assert explicit_reason("Search the FT") == "navigation"
    assert explicit_reason("Search The Quayside") == "navigation"
    assert explicit_reason("Search CNN") == "navigation"
    # a headline opening with the word goes on in lower case
    assert explicit_reason("Search for missing kayaker called off") is None
    assert explicit_reason("Search Teams Find Missing Kayaker Near Quay") is None


def test_a_save_button_over_the_headline_is_no_title() -> None:
    page = f"""Harbour Ledger
Search the Ledger
Home  News  Business  Sport  Opinion
Marinas
Add to myLedger

Marina closes two slipways after divers find cracks

Ana Ruiz in Portwell
Published March 5 2026

{_LEDE}

{_REST}"""
    article = _clean(page)
    assert article.title == "Marina closes two slipways after divers find cracks"
    assert explicit_reason("Save this story") == "social"
    assert explicit_reason("Add to reading list") == "social"


def test_a_newsletter_pitch_and_a_trial_offer_over_the_lead_are_promo() -> None:
    page = f"""Marina closes two slipways after divers find cracks
Unlock the Morning Briefing for free
Dana Holt, Editor of the Ledger, picks her favourite stories in this weekly newsletter.
Try unlimited access. Only $2 for 4 weeks.
{_LEDE}

{_REST}"""
    body = _clean(page).body
    assert "newsletter" not in body and "unlimited access" not in body and "Unlock" not in body
    assert body.startswith("The harbour board")


def test_a_stacked_byline_reads_each_author_over_the_papers_name() -> None:
    page = f"""Skip to main content
Portwell Evening Courier
News  Sports  Business  Opinion  Obituaries
LOCAL
Marina closes two slipways after divers find cracks

Laura Bennett
Oscar Whitfield
Portwell Evening Courier
Published 6:15 a.m. ET March 4, 2026

{_LEDE}

{_REST}
Laura Bennett covers the waterfront for the Evening Courier. Reach her at lbennett@example.com.

© 2026 Portwell Evening Courier. All rights reserved."""
    article = _clean(page)
    assert article.byline == "Laura Bennett, Oscar Whitfield"
    # the first author's closing bio is no sentence of the story
    assert "covers the waterfront" not in article.body


def test_a_newsrooms_self_description_is_no_authors_tagline() -> None:
    page = f"""Marina closes two slipways after divers find cracks
Mon, March 9, 2026 at 7:05 AM EDT · 3 min read

{_LEDE}

{_REST}
Harbour Current is a nonprofit newsroom. Republish our stories for free under a Creative Commons license.

© 2026 Harbour Current. All rights reserved."""
    article = _clean(page)
    assert article.byline is None
    assert article.outlet == "Harbour Current"
