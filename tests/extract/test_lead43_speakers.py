"""'the company said' before any company has spoken refers back to the one firm the text named with a legal
designator (the lead's forty-third invented story). Invented text."""
from conftest import make_article
from storyline.model import PublishedDate
from storyline.pipeline.runner import run_extraction


def _speakers(text: str) -> list[tuple[str | None, str]]:
    article = make_article(text, outlet="Outlet", published=PublishedDate("2024-03-07", "day"))
    spans = run_extraction([article]).articles[0].spans
    return [(s.payload.speaker, s.payload.speaker_kind) for s in spans if s.label == "QUOTE"]


def test_the_company_is_the_one_designated_firm_named_before():
    one = ("Pune-based Varanasi Wire Ltd supplied some of the steel wire used in the bridge's cables.\n\n"
           "\u201cOur wire met every specification,\u201d the company said.")
    assert _speakers(one) == [("Varanasi Wire Ltd", "org")]
    two = ("Halvard Steel Ltd and Orrin Cable Inc supplied the steel wire used in the bridge's cables.\n\n"
           "\u201cOur wire met every specification,\u201d the company said.")
    assert _speakers(two) == [("company", "anonymous")]


def test_the_company_is_the_one_body_named_just_before_that_can_be_a_firm():
    # no designator: the one organisation named just before, not a regulator and not an outlet it cites
    named = ("The Harbour Safety Authority closed the quay on Sunday. According to the Financial Times, the contract "
             "was run by Quaymark Logistics, which took over the terminal last year.\n\n"
             "\u201cWe are working closely with the authority,\u201d the company said.")
    assert _speakers(named)[-1] == ("Quaymark Logistics", "org")   # the first is the Financial Times' account
    # two firms named before: the reference stays open
    two = ("Quaymark Logistics ran the terminal until last year, when Berthline Shipping took it over.\n\n"
           "\u201cWe are working closely with the authority,\u201d the company said.")
    assert _speakers(two) == [("company", "anonymous")]
