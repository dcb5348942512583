"""The lead's thirtieth invented story (a contractor's hurricane homes in Jamaica; Caribbean, UK diaspora
and Florida outlets): a Caribbean daily's 'NAME/Senior Staff Reporter' byline, and a station's logo over
its menu against a copyright line that names the brand in its country's form (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.byline import read_byline
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def test_a_name_and_role_joined_by_a_glued_slash_is_a_byline():
    assert read_byline("Jovan Rowe/Senior Staff Reporter").names == ("Jovan Rowe",)
    assert read_byline("Ann Lee and Ben Kerr/Staff Reporters").names == ("Ann Lee", "Ben Kerr")
    # a glued slash before an agency is a picture's credit
    assert read_byline("Kay Nietfeld/dpa") is None


_STATION = """TTV6 News
Watch Live  Local  Regional  Sport  Weather
Ferry service suspended after engine fire
Story by Keisha Ramdial
Tuesday 12 March 2024
The inter-island ferry service was suspended on Monday after a fire in the engine room of one of its two vessels.
No passengers were hurt, the port authority said in a statement.
Repairs are expected to take at least three weeks, the authority said.
Copyright © 2024 {holder}. All rights reserved.
"""


def _outlet(holder: str) -> str | None:
    article = clean_document(make_raw(_STATION.format(holder=holder), source="page.txt"))
    assert isinstance(article, Article)
    return article.outlet


def test_the_logo_names_the_outlet_when_the_copyright_line_gives_its_brand_another_form():
    assert _outlet("TTV6 Trinidad and Tobago") == "TTV6 News"
    # a holder of another brand is the site's publisher, as before
    assert _outlet("Island Broadcasting Network") == "Island Broadcasting Network"
