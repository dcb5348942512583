"""The lead's thirty-eighth invented story (a US sanctions offer; US wire, cable, partisan, regional and
political outlets): a broadcaster's initials after its reporter's name, and a logo of initials alone
(invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.byline import read_byline
from storyline.pipeline.runner import clean_document


def test_initials_after_a_reporters_name_credit_the_outlet():
    found = read_byline("By Dana Whitt, KNX")
    assert found is not None and found.names == ("Dana Whitt",) and found.outlet == "KNX"
    assert read_byline("By Dana Whitt, Tom Lee").names == ("Dana Whitt", "Tom Lee")  # type: ignore[union-attr]


_PAGE = """KNX
Live TV  Audio  World  Politics  Business  Health
Harbor city denies receiving offer
By Dana Whitt, KNX
Updated 5:23 PM EDT, Tue June 13, 2023
The city's government on Tuesday denied that it had received any offer from the port authority.
"We have received no offer," the mayor told reporters in an interview on Tuesday afternoon.
"""


def test_a_logo_of_initials_keeps_its_capitals():
    article = clean_document(make_raw(_PAGE, source="knx.txt"))
    assert article.outlet == "KNX" and article.byline == "Dana Whitt"
