"""Branch probe43: a sentence naming the page's own outlet first ('told the Ledger') and another outlet after it
('citing a Courier report') cites the other (invented text only)."""
from __future__ import annotations

from storyline.extract.citations import find_citations


def _cited(text: str, own: str | None) -> list[str]:
    return [c.outlet for c in find_citations(text, own_outlet=own)]


def test_the_other_outlet_after_the_pages_own_is_cited() -> None:
    text = "The mayor told the Harbor Ledger, disputing a Valley Courier report last week, that the plan was alive."
    assert _cited(text, "Harbor Ledger") == ["Valley Courier"]


def test_without_the_own_outlet_the_first_is_cited_as_before() -> None:
    text = "The mayor told the Harbor Ledger, disputing a Valley Courier report last week, that the plan was alive."
    assert _cited(text, None) == ["Harbor Ledger"]


def test_a_sentence_naming_only_the_own_outlet_cites_no_one() -> None:
    assert _cited("Records obtained by the Harbor Ledger show the gaps in the logs.", "Harbor Ledger") == []
