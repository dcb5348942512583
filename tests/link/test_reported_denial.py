"""A company's denial of a reported investigation, its subject a pronoun for the company ('Kestrel Foods
Inc. said it is not under investigation'), against the report (invented text)."""
from link.test_claim_scope import article_of
from link.test_dispute_frames import with_
from storyline.link import claim_scope
from storyline.link.contradictions import find_contradictions
from storyline.model import Span

REPORT = ("Federal prosecutors are investigating Kestrel Foods over its egg prices , two people said .", "investigate",
          "positive", "two people", "investigate kestrel foods egg price federal prosecutor",
          {"agent": "Federal prosecutors", "theme": "Kestrel Foods"})
DENIAL = ("Kestrel Foods Inc. said it is not under investigation by federal prosecutors .", "be", "negative",
          "Kestrel Foods Inc.", "investigation federal prosecutor",
          {"agent": "it", "theme": "investigation by federal prosecutors"})


def _attributed(article):
    """Both claims as the extractor gives reported clauses: with their reporting verb."""
    article.spans = [Span(s.start, s.end, s.label, s.stage, s.text, {**s.attrs, "cue": "say"}) for s in article.spans]
    return article


def test_an_organisations_denial_with_it_meets_the_report_about_it():
    found = find_contradictions([_attributed(article_of(REPORT, DENIAL))])
    assert len(found) == 1
    # the same denial by a person: 'it' is not the person, so the doer stays unknown and the
    # object the report names (Kestrel Foods) is one the denial never uses
    by_person = with_(DENIAL, "Dana Holt said it is not under investigation by federal prosecutors .",
                      asserter="Dana Holt")
    assert find_contradictions([_attributed(article_of(REPORT, by_person))]) == []


def test_it_with_a_state_or_place_complement_refers_and_an_extraposed_clause_does_not():
    assert claim_scope.predicative_pp("Kestrel Foods said it is not under investigation by prosecutors .")
    assert claim_scope.predicative_pp("The firm said it was not in talks with the union")
    assert not claim_scope.predicative_pp("it is in our interest to settle the case")
    assert not claim_scope.predicative_pp("it was not the new strain")


OPENED = ("The state division has opened a formal investigation into Tarrow Chemicals , the division said .", "open",
          "positive", "division", "open formal investigation tarrow chemicals state division",
          {"agent": "The state division", "theme": "a formal investigation into Tarrow Chemicals"})
WE_DENY = ('" We are not under investigation by any state agency , " Tarrow spokeswoman Dana Kirsch said .', "be",
           "negative", "Dana Kirsch", "investigation state agency",
           {"agent": "We", "theme": "investigation by any state agency"})


def test_a_quoted_we_is_the_group_its_speaker_is_described_as_speaking_for():
    assert len(find_contradictions([_attributed(article_of(OPENED, WE_DENY))])) == 1
    # outside a quote, nobody is named for 'we'
    unquoted = with_(WE_DENY, "We are not under investigation by any state agency , the letter said .")
    assert find_contradictions([_attributed(article_of(OPENED, unquoted))]) == []


def test_a_name_both_claims_have_as_subject_does_not_spare_the_assertion_its_focus_check():
    made = ("Velmont made the closure public on Tuesday , in an email to season ticket holders .", "make", "positive",
            "Courier", "make email holder season ticket tuesday velmont", {"agent": "Velmont", "theme": "Tuesday"})
    refund = ("Velmont has not refunded season tickets .", "refund", "negative", "WRMT", "refund season ticket velmont",
              {"agent": "Velmont", "theme": "season tickets"})
    assert find_contradictions([article_of(made, refund)]) == []
    refunded = with_(made, "Velmont refunded season tickets on Tuesday .", predicate="refund",
                     keywords="refund season ticket tuesday velmont", theme="season tickets")
    assert len(find_contradictions([article_of(refunded, refund)])) == 1
