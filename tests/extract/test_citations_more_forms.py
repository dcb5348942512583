"""Citation forms of news written about a story by other outlets: an outlet in apposition, an outlet's
own page, a medium-only slot (branch cites7)."""
from storyline.extract.citations import find_citations


def _cited(text: str, **kwargs) -> list[str]:
    return [c.outlet for c in find_citations(text, **kwargs)]


def test_an_outlet_in_apposition_closed_by_a_comma_reports():
    assert _cited("An Ohio newspaper, the Velana Daily News, reported Tuesday that the plant was fined.") \
        == ["Velana Daily News"]
    assert _cited("The local paper, the Harbour Gazette, first reported the closure.") == ["Harbour Gazette"]
