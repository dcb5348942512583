"""The lead's forty-first invented story (a county's wildfire alerts fail): a denial under one predicate
meets an assertion under another only through the denied object's noun, not through a word inside a
participle that modifies that noun. Invented sentences."""
from conftest import extracted_flags, make_article
from storyline.link.claim_scope import object_head_phrase
from storyline.model import PublishedDate

MISSED = ("About 9,800 residents of Brayford County did not receive an emergency text ordering them to leave as "
          "the fire approached, county officials said Monday.")
REVIEW = "Governor Ana Pell on Wednesday ordered a review of county emergency alert systems across the state."


_flags = extracted_flags


def test_a_participle_inside_the_denied_object_is_not_what_the_negation_denies():
    assert _flags((MISSED, "2024-08-12"), (REVIEW, "2024-08-14")) == []


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
