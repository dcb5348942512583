"""Branch probe21's invented story (a data centre's water use in a drought-hit town): a trade site's
newsletter box, its 'Sign up' button flattened onto the end of the pitch, printed above the headline and
taken for the title (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.model import Article
from storyline.pipeline.runner import clean_document

_PAGE = """HARBOUR FREIGHT REVIEW
News  Ports  Shipping  Events  Jobs
Get the HFR Digest every Friday - the week's port news in three minutes. Sign up
Crane maker recalls lifting cables after dockside failure
Words: Nadia Rosen
4 March 2024
A crane maker has recalled the lifting cables fitted to 40 of its dockside cranes after one failed at a port in Chile.
The company said no one had been hurt and that the cables would be replaced within six weeks.
Port operators said the recall would delay some loading for several days.
"""


def test_a_newsletter_pitch_ending_in_its_button_is_a_promo_not_the_title():
    from storyline.clean.lines import explicit_reason

    assert explicit_reason("Get the HFR Digest every Friday - the week's port news in three minutes. Sign up") == "promo"
    assert explicit_reason("Why thousands of drivers rushed to sign up") is None
    assert explicit_reason("The council told residents to sign up.") is None
    article = clean_document(make_raw(_PAGE, source="page.txt"))
    assert isinstance(article, Article)
    assert article.title == "Crane maker recalls lifting cables after dockside failure"
