"""claims27: denials read by the position of what denies (extract/claim_denials.py), and every sentence piece a
sentence of its own (extract/nlp.py). Invented sentences."""
from extract.test_claim_report_denial import _clause  # the root conftest's `nlp` fixture parses
from storyline.extract.claims import find_claims
from storyline.extract.nlp import parse_selectively


def test_a_passive_gerund_under_deny_is_denied_with_its_by_phrase_as_doer(nlp):
    claim = _clause(nlp, "Tollard Bakeries on Monday denied being investigated by the Food Standards Board.",
                    "investigate")
    assert claim.polarity == "negative" and claim.cue == "deny"
    assert claim.agent == "the Food Standards Board" and (claim.theme or "").startswith("Tollard Bakeries")
    assert "tollard" in claim.keywords  # the denier, outside the clause, is one of its words


def test_an_extraposed_that_clause_called_untrue_is_denied(nlp):
    claim = _clause(nlp, "The club's chairman said it was untrue that the club's accounts were being audited "
                         "by the league.", "audit")
    assert claim.polarity == "negative"
    kept = find_claims(nlp("The chairman said it was clear that the accounts were being audited by the league."))
    assert all(c.polarity == "positive" for c in kept)  # another adjective calls nothing untrue


def test_no_truth_in_a_report_noun_denies_its_clause(nlp):
    claim = _clause(nlp, '"There is no truth in the suggestion that the ombudsman is examining our records," '
                         "the chief executive said.", "examine")
    assert claim.polarity == "negative"
    kept = _clause(nlp, '"There is some truth in the suggestion that the ombudsman is examining our records," '
                        "the chief executive said.", "examine")
    assert kept.polarity == "positive"


def test_an_unparsed_sentence_does_not_run_into_the_parsed_one_before_it():
    text = ("The education office said 140 schools were closed by the strike on Tuesday.\n\n"
            "The region has 1,900 schools.\n\nThe union said 210 schools had closed on Monday.\n")
    doc = next(parse_selectively([text]))
    assert [s.text.strip() for s in doc.sents] == [
        "The education office said 140 schools were closed by the strike on Tuesday.",
        "The region has 1,900 schools.", "The union said 210 schools had closed on Monday."]
