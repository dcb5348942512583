"""Branch probe25's invented story: a report cited on an outlet's website (invented text only)."""


def test_a_report_on_an_outlets_website_cites_the_outlet():
    from storyline.extract.citations import find_citations

    body = "According to a report on the website of Canada\u2019s Harbour Sentinel, the firm has supplied 14 countries."
    assert [c.outlet for c in find_citations(body, (), ())] == ["Harbour Sentinel"]
