"""Branch probe34's invented story (a freight train carrying a hazardous chemical derails in a US borough,
reported by wire, aggregator, public radio, TV, a Patch-style local site and a newsletter): page forms the
cleaning did not read (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.outlet import site_from_title
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


def test_a_title_part_opened_by_by_is_the_writer_not_the_site() -> None:
    assert site_from_title("The signal gap at Orchard Bend - by Ellen Hale") is None
    assert site_from_title("Why the ferry timetable slipped | by Ruth Oyelaran | Medium") == "Medium"
    assert site_from_title("Ferry dock fire | Island Ledger") == "Island Ledger"


_NEWSLETTER = """The signal gap at Orchard Bend - by Ellen Hale
The Branch Line
Subscribe
Sign in
Share this post
The Branch Line
The signal gap at Orchard Bend
Copy link
Facebook
Email
The signal gap at Orchard Bend
What the operator tells its customers, and what drivers say
Ellen Hale
Apr 2, 2026
18
4
Share

The operator's brochure tells customers that every coach on its network is checked at each depot before it leaves.

I spent twenty years in depot workshops, and that sentence is the one I keep coming back to this week.

Drivers said the checks had been skipped on late shifts for months, and two of them showed me the sign-off sheets.

Thanks for reading The Branch Line! Subscribe for free to receive new posts and support my work.
Type your email...
Subscribe
Ellen Hale is a former depot fitter and a contributor to The Branch Line.
© 2026 Ellen Hale
Privacy ∙ Terms ∙ Collection notice
Start writing
"""


def test_a_newsletter_footer_naming_its_writer_is_no_masthead() -> None:
    article = _clean(_NEWSLETTER)
    assert article.outlet is not None and article.outlet.removeprefix("The ") == "Branch Line"
    assert article.byline == "Ellen Hale"


def test_a_local_sites_counted_buttons_are_comment_furniture() -> None:
    from storyline.clean.lines import explicit_reason

    assert explicit_reason("Reply (5)") == "comments"
    assert explicit_reason("Thank (34)") == "comments"
    assert explicit_reason("Thank (34) readers for their patience") is None
