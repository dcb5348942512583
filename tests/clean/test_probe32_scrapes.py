"""Branch probe32's invented story (a stadium roof gives way in a storm, reported by Irish, British-owned,
Australian and Canadian outlets): page forms the cleaning did not read (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.byline import read_byline
from storyline.clean.lines import explicit_reason
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


_LEDE = "The harbour board closed the north quay on Tuesday after a crane toppled in high winds, officials said."
_REST = """The board said engineers would inspect the remaining cranes before the quay reopened to ships.
A spokeswoman said ferries would berth at the south quay while the inspection went on.
Two dockers were treated for minor injuries at the scene and released.
"""


def test_reporters_each_with_the_city_they_filed_from() -> None:
    found = read_byline("Reporting by Nuala Byrne in Cobh and Owen Tarrant in Perth")
    assert found is not None and found.names == ("Nuala Byrne", "Owen Tarrant")
    listed = read_byline("Reporting by Nuala Byrne in Cobh, Owen Tarrant in New Plymouth and Kit Moran")
    assert listed is not None and listed.names == ("Nuala Byrne", "Owen Tarrant", "Kit Moran")
    # a city last, or a lower-case word after the joiner, is no co-author
    alone = read_byline("By Nuala Byrne in Cobh and the newsroom")
    assert alone is not None and alone.names == ("Nuala Byrne",)


def test_a_wire_closing_credit_names_both_reporters() -> None:
    page = f"""Crane topples at north quay

{_LEDE}
{_REST}
Reporting by Nuala Byrne in Cobh and Owen Tarrant in Perth; Editing by Gus Lamont
"""
    assert _clean(page).byline == "Nuala Byrne, Owen Tarrant"


def test_a_numbered_ad_slot_and_a_save_prompt_leave_the_body() -> None:
    assert explicit_reason("Advertisement 3") == "ad"
    assert explicit_reason("Advertisement 2026: rates for the new season") is None
    assert explicit_reason("You can save this article by registering for free here. Or sign-in if you have an account.")
    # Postmedia's head: the save prompt between the stamp and the lede, a numbered slot in the body
    page = f"""Crane topples at north quay
Author of the article:
Nuala Byrne
Published Mar 03, 2026  •  3 minute read
You can save this article by registering for free here. Or sign-in if you have an account.
{_LEDE}
{_REST}Advertisement 2
Story continues below
The board said the crane was twelve years old and had passed its last inspection in May.
"""
    body = _clean(page).body
    assert "Advertisement 2" not in body and "save this article" not in body
    assert body.startswith(_LEDE) and "twelve years old" in body
