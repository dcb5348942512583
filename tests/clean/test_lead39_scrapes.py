"""The lead's thirty-ninth invented story's page forms: a reporter's name with their own e-mail address as
the byline, and an account bar ('Subscribe | e-Paper | Log in') above the masthead that is no page title
(invented text only)."""
from __future__ import annotations

_COURIER = """Subscribe | e-Paper | Log in
HARBOUR COURIER
NEWS
Regulator looking into ferry firm's safety logs
Ria Ramdass ria.ramdass@harbourcourier.co.tt
Mar 4, 2025

The maritime authority has asked Bluewater Ferries for the logs of its three vessels, two officials said.

Inspectors visited the company's dock in Scarborough last Thursday, the officials said.

Copyright \u00a9 Harbour Courier 2025. All rights reserved.
"""


def test_a_name_with_its_own_address_is_the_byline() -> None:
    from storyline.clean.byline import read_byline

    assert read_byline("Ria Ramdass ria.ramdass@harbourcourier.co.tt").names == ("Ria Ramdass",)
    assert read_byline("Claude Tan claudet@paper.com.sg @ClaudeTanBT").names == ("Claude Tan",)
    assert read_byline("Por Marina Soler msoler@diario.com.ar").names == ("Marina Soler",)
    # a desk's or a member's address is no reporter's
    assert read_byline("Jane Roe info@paper.com") is None
    assert read_byline("Aberfoyle Robin Miller robin.miller.mp@parliament.uk") is None


def test_an_account_bar_is_no_page_title_and_the_credit_line_no_headline() -> None:
    from conftest import make_raw
    from storyline.pipeline.runner import clean_document

    article = clean_document(make_raw(_COURIER, source="courier.txt"))
    assert article.outlet == "Harbour Courier"
    assert article.byline == "Ria Ramdass"
    assert article.title == "Regulator looking into ferry firm's safety logs"


def test_an_agencys_initials_glued_to_its_name_and_edition_make_a_logo() -> None:
    """lead40: 'KNA Korea News Agency  ENGLISH' above the headline is the agency's logo, not the title."""
    from storyline.clean.title_lines import acronym_logo

    assert acronym_logo("KNA Korea News Agency  ENGLISH") == "KNA"
    assert acronym_logo("PNA Pacific News Agency") == "PNA"
    assert acronym_logo("UN Security Council meets") is None
    assert acronym_logo("EU leaders agree deal") is None
