"""Checks that keep look-alike claims of one story apart: reader comments, places, what a denial
denies and an assertion asserts, doers under two predicates, a story's topic words (invented text)."""
from conftest import make_article
from link.test_contradictions import claim
from storyline.link import claim_scope
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate, Span


def article_of(*parts, spans=()):
    """One article from (text, predicate, polarity, asserter, keywords, extra attrs) claims, plus
    (text, label, name) entity spans found inside the claims' text."""
    body, out = "", []
    for text, predicate, polarity, asserter, keywords, extra in parts:
        out.append(claim(len(body), text, predicate, polarity, asserter, keywords, **extra))
        body += text + " "
    for text, label, name in spans:
        start = body.index(text)
        out.append(Span(start, start + len(text), label, "entities", text, {"name": name}))
    a = make_article(body.strip(), published=PublishedDate())
    a.spans = out
    return a


DENIAL = ("The ministry has not offered the owner any amnesty.", "offer", "negative", "official",
          "offer amnesty owner ministry", {"agent": "The ministry", "theme": "any amnesty"})
REPORT = ("The Ledger says the ministry offered the owner an amnesty.", "offer", "positive", "Ledger",
          "offer amnesty owner ministry", {"agent": "the ministry", "theme": "an amnesty"})


def test_the_pair_the_checks_start_from_is_a_dispute():
    assert len(find_contradictions([article_of(DENIAL, REPORT)])) == 1


def test_reader_comments_under_an_article_are_not_its_claims():
    header = ("At 9:59 pm on 09 Jun 2019 , harbourfan wrote : I read it.", "read", "positive", "harbourfan",
              "read", {})
    assert find_contradictions([article_of(DENIAL, header, REPORT)]) == []
    assert claim_scope.comment_start(make_article("At 18:20 29th Apr 2009 , Y wrote : no.")) == 0
    assert claim_scope.comment_start(make_article("Blogger Ana Verlo, in Lowgate, wrote: the water is fine.")) is None


def test_claims_about_different_places_are_apart():
    none = ("Veradia has no confirmed cases of the fever.", "have", "negative", "ministry",
            "case confirmed fever veradia", {"agent": "Veradia", "theme": "no confirmed cases of the fever"})
    one = ("Officials confirmed a case of the fever in Lowmark.", "confirm", "positive", "officials",
           "case confirmed fever lowmark", {"agent": "Officials", "theme": "a case of the fever in Lowmark"})
    places = [("Veradia", "GPE", "Veradia"), ("Lowmark", "GPE", "Lowmark")]
    assert find_contradictions([article_of(none, one, spans=places)]) == []
    same = ("Officials confirmed a case of the fever in Veradia.", "confirm", "positive", "officials",
            "case confirmed fever veradia", {"agent": "Officials", "theme": "a case of the fever in Veradia"})
    assert len(find_contradictions([article_of(none, same, spans=places[:1])])) == 1


def test_a_denial_denies_its_predicate_and_object_not_its_subject():
    # the three shared words are all in the denial's subject
    denial = ("The council's harbour dredging plan has not won the vote.", "win", "negative", "clerk",
              "council harbour dredging plan win vote", {"agent": "The council's harbour dredging plan",
                                                         "theme": "the vote"})
    report = ("Work on the council's harbour dredging began in May.", "begin", "positive", "Ledger",
              "council harbour dredging begin work", {"agent": None, "theme": None})
    assert find_contradictions([article_of(denial, report)]) == []


def test_an_assertion_asserts_its_predicate_and_object_not_an_adjunct():
    denial = ("We have seen no relief aid at all, residents said.", "see", "negative", "residents",
              "relief aid see", {"agent": "We", "theme": "no relief aid at all"})
    other = ("Port workers unloaded cranes on Friday for the relief aid.", "unload", "positive", "Courier",
             "port worker unload crane relief aid", {"agent": "Port workers", "theme": "cranes"})
    assert find_contradictions([article_of(denial, other)]) == []


def test_two_predicates_with_two_shared_words_need_one_doer():
    denial = ("The farmers have found no trace of the fever in their herds.", "find", "negative", "farmers",
              "farmer trace fever herd find", {"agent": "The farmers", "theme": "no trace of the fever"})
    other = ("Vets reported a trace of the fever in pigs.", "report", "positive", "vets",
             "vet trace fever pig report", {"agent": "Vets", "theme": "a trace of the fever in pigs"})
    assert find_contradictions([article_of(denial, other)]) == []


def test_two_claims_sharing_only_the_story_topic_share_no_proposition():
    denial = ("Clinics have not reported any fever patients.", "report", "negative", "clinic",
              "fever patient report clinic", {"agent": "Clinics", "theme": "any fever patients"})
    other = ("The fever patients were moved to a ward.", "move", "positive", "Ledger", "fever patient move ward",
             {"agent": None, "theme": "The fever patients"})
    assert len(find_contradictions([article_of(denial, other)])) == 1
    # the same two claims in a story where every claim speaks of fever patients
    filler = [(f"Clerks counted fever patients in district {n}.", "count", "positive", f"clerk {n}",
               f"fever patient count district{n}", {}) for n in range(6)]
    assert find_contradictions([article_of(denial, other, *filler)]) == []


def test_a_denial_of_existence_is_met_only_by_a_claim_that_it_exists():
    none = ("The villagers have no clean water, a nurse said.", "have", "negative", "nurse", "villager clean water",
            {"agent": "The villagers", "theme": "no clean water"})
    wish = ("Officials want to truck clean water to the villagers.", "want", "positive", "officials",
            "official truck clean water villager", {"agent": None, "theme": "to truck clean water to the villagers"})
    assert find_contradictions([article_of(none, wish)]) == []
    has = ("The villagers have clean water now, officials said.", "have", "positive", "officials",
           "villager clean water", {"agent": "The villagers", "theme": "clean water"})
    assert len(find_contradictions([article_of(none, has)])) == 1


def test_a_third_party_doer_keeps_a_strongly_shared_pair_apart():
    """Three shared words under two predicates still need one doer, or one side's doer named in the
    other (its place or holder): two bases reporting no cases say nothing of the cases officials
    confirmed elsewhere."""
    none = ("Two army bases in the north reported no confirmed cases of the fever.", "report", "negative",
            "army", "base army north report case confirmed fever",
            {"agent": "Two army bases in the north", "theme": "no confirmed cases of the fever"})
    found = ("Officials confirmed 40 cases of the fever.", "confirm", "positive", "officials",
             "official confirm case fever", {"agent": "Officials", "theme": "40 cases of the fever"})
    assert find_contradictions([article_of(none, found)]) == []
    at_base = ("Officials confirmed 40 cases of the fever at the army bases.", "confirm", "positive", "officials",
               "official confirm case fever army base", {"agent": "Officials", "theme": "40 cases of the fever"})
    assert len(find_contradictions([article_of(none, at_base)])) == 1


def test_a_partitive_subject_is_about_the_noun_after_of():
    """'some of their users' is about users: under one predicate, users and business clients are two
    doers (rules/disputes.toml [partitive_quantifiers])."""
    some = ("Some of their users experienced outages in the capital.", "experience", "positive", "provider",
            "user experience outage capital", {"agent": "Some of their users", "theme": "outages in the capital"})
    none = ("Their business clients experienced no outages.", "experience", "negative", "chief",
            "business client experience outage", {"agent": "Their business clients", "theme": "no outages"})
    assert find_contradictions([article_of(some, none)]) == []
    users = ("Their users experienced no outages.", "experience", "negative", "chief",
             "user experience outage", {"agent": "Their users", "theme": "no outages"})
    assert len(find_contradictions([article_of(some, users)])) == 1


def test_an_adjective_with_a_complement_neither_asserts_nor_denies_it():
    """'were not ready to declare a pandemic' denies a readiness; the pandemic's declaration is
    neither asserted nor denied (rules/disputes.toml [complement_adjectives])."""
    keen = ("Our customers are very keen to take precautionary measures against the fever.", "be", "positive",
            "pharmacist", "customer keen precautionary measure fever",
            {"agent": "Our customers", "theme": "very keen to take precautionary measures against the fever"})
    cull = ("The cull of 2,000 pigs was not a measure against the fever.", "be", "negative", "ministers",
            "cull pig measure fever", {"agent": "The cull of 2,000 pigs", "theme": "a measure against the fever"})
    assert find_contradictions([article_of(keen, cull)]) == []
    ready = ("Health officials were not ready to declare a national emergency.", "be", "negative", "officials",
             "official health ready declare national emergency",
             {"agent": "Health officials", "theme": "ready to declare a national emergency"})
    was_ready = ("Health officials were ready to declare a national emergency.", "be", "positive", "Ledger",
                 "official health ready declare national emergency",
                 {"agent": "Health officials", "theme": "ready to declare a national emergency"})
    assert len(find_contradictions([article_of(ready, was_ready)])) == 1   # one readiness, two answers
    assert claim_scope.adjective_complement("be", "very keen to take measures") == "keen"
    assert claim_scope.adjective_complement("be", "a keen supporter of the plan") is None
    assert claim_scope.adjective_complement("want", "ready to go") is None
