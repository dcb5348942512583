"""The lead's forty-first invented story (a county's wildfire alerts fail): what a negation denies stops before
a participle modifying its object, and a promoter's 'advertises that' claim against an audit's fraction.
Invented sentences."""
from conftest import extracted_flags, make_article
from storyline.link.claim_scope import object_head_phrase
from storyline.model import PublishedDate

_flags = extracted_flags


def test_the_object_head_phrase_stops_at_a_participle_or_relative_clause():
    assert object_head_phrase("an emergency text ordering them to leave") == "an emergency text"
    assert object_head_phrase("the firm which runs the system") == "the firm"
    assert object_head_phrase("letters signed by the mayor") == "letters"
    # a content clause after 'report' is what a denial of the report is about; a gerund object stays whole
    assert object_head_phrase("the report that the firm was warned") == "the report that the firm was warned"
    assert object_head_phrase("selling the land") == "selling the land"
    assert object_head_phrase("a meeting the board held") == "a meeting the board held"


ADVERTISED = "On its website, Corvane Signal advertises that its AlertLine service reaches 98 percent of subscribers within two minutes."
AUDITED = ("The auditors found that in the county's own tests since March, fewer than half of the messages arrived "
           "within two minutes, and some took more than an hour.")


def test_a_sentence_framed_by_advertise_is_parsed_and_makes_the_promoters_claim():
    from storyline.pipeline.runner import run_extraction

    article = make_article(ADVERTISED, outlet="Outlet 0", published=PublishedDate("2024-08-19", "day"))
    claims = [s.payload for s in run_extraction([article]).articles[0].spans if s.label == "CLAIM"]
    assert [(c.predicate, c.cue) for c in claims] == [("reach", "advertise")]


def test_an_audit_finding_a_fraction_answers_the_advertised_share():
    assert _flags((ADVERTISED + " " + AUDITED, "2024-08-19")) == [("opposite", "a0", "a0")]
