"""An article's own correction of a claim it reports may name the doer by a definite description
('a flyer says Harwick cut its training budget' / 'state filings show the company did not cut the
training budget'): the description takes up the named doer; a correction naming another company, or
a denial that is no correction, keeps the doers apart (invented text)."""
from conftest import make_article_with_spans, make_claim_span
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate

CLAIM = "A flyer handed out on the docks says Harwick cut its crew training budget by half."


def _pair(denial: str, agent: str, *, cue: str = "show", asserter: str = "State filings") -> list[str]:
    said = make_claim_span(0, CLAIM, "cut", "positive", "flyer", "crew training budget cut half", agent="Harwick",
                           theme="its crew training budget", asserter_kind="unknown", cue="say")
    start = len(CLAIM) + 1
    denied = make_claim_span(start, denial, "cut", "negative", asserter, "training budget cut", agent=agent,
                             theme="the training budget", asserter_kind="unknown", cue=cue)
    article = make_article_with_spans(CLAIM + " " + denial, said, denied, published=PublishedDate("2024-10-04", "day"))
    return [c.kind for c in find_contradictions([article])]


def test_the_company_in_the_articles_correction_is_the_named_doer():
    assert _pair("State filings show the company did not cut the training budget.", "the company") == ["opposite"]


def test_another_named_doer_or_no_correction_stays_apart():
    assert _pair("State filings show Dellmar did not cut the training budget.", "Dellmar") == []
    assert _pair("The company did not cut the training budget, Mayor Ruiz said.", "the company", cue="say",
                 asserter="Mayor Ruiz") == []
