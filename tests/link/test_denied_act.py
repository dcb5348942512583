"""A denial of an act by any doer, or of a thing brought about in the passive, against a report of the act
(invented text): 'Nobody has sued us' / 'filed a lawsuit against Bluefin'; 'No fine was ever issued to X' /
'fined X'; 'is looking into waiting times' / 'not aware of any review of waiting times'; and 'has never been
audited …, its director told donors on Wednesday' against an audit two years before."""
from link.test_claim_scope import article_of
from link.test_contradictions import article, claim
from link.test_dispute_frames import with_
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate

SUED = ("Three drivers filed a lawsuit against Bluefin Logistics in federal court last week .", "file", "positive",
        "Garden Ledger", "file lawsuit bluefin logistics court driver",
        {"agent": "Three drivers", "theme": "a lawsuit against Bluefin Logistics in federal court"})
NOBODY = ('" Nobody has sued us , " Bluefin Logistics chief executive Ron Adair said .', "sue", "negative", "Ron Adair",
          "sue", {"agent": "Nobody", "theme": "us"})
PROBE = ("The Competition Authority has launched a probe into Savanna Dairies , its director said .", "launch",
         "positive", "director", "launch probe savanna dairies competition authority",
         {"agent": "The Competition Authority", "theme": "a probe into Savanna Dairies"})
ANYONE = ('" We are not being investigated by anyone , " Savanna Dairies chairman Joseph Mwangi said .', "investigate",
          "negative", "Joseph Mwangi", "investigate", {"agent": "anyone", "theme": "We"})


def test_an_act_denied_by_any_doer_meets_its_report_done_to_the_denier():
    assert len(find_contradictions([article_of(SUED, NOBODY)])) == 1
    assert len(find_contradictions([article_of(PROBE, ANYONE)])) == 1
    named = with_(ANYONE, "No government agency is investigating Savanna Dairies , the company said .",
                  asserter="company", agent="No government agency", theme="Savanna Dairies")
    assert len(find_contradictions([article_of(PROBE, named)])) == 1


def test_another_undergoer_another_act_or_another_kind_of_doer_is_no_dispute():
    other = with_(NOBODY, '" Nobody has sued us , " Harlow Freight chief executive Ron Adair said .')
    assert find_contradictions([article_of(SUED, other)]) == []
    # a regulator's universal leaves three drivers' lawsuit open
    regulator = with_(NOBODY, '" No regulator has sued us , " Bluefin Logistics chief executive Ron Adair said .',
                      agent="No regulator")
    assert find_contradictions([article_of(SUED, regulator)]) == []
    fined = with_(NOBODY, '" Nobody has fined us , " Bluefin Logistics chief executive Ron Adair said .',
                  predicate="fine", keywords="fine")
    assert find_contradictions([article_of(SUED, fined)]) == []


INQUIRY = ("The Maritime Safety Board has opened an inquiry into Corvane Shipping 's engine failure , two officials said .",
           "open", "positive", "two officials", "open inquiry corvane shipping engine failure maritime safety board",
           {"agent": "The Maritime Safety Board", "theme": "an inquiry into Corvane Shipping 's engine failure"})
NO_AGENCY = ("Corvane Shipping says no national agency is investigating the failure that stranded its ferry .",
             "investigate", "negative", "Corvane Shipping", "investigate failure",
             {"agent": "no national agency", "theme": "the failure that stranded its ferry"})


def test_a_definite_undergoer_with_the_reports_head_noun_takes_it_up():
    # 'the failure' takes up 'Corvane Shipping's engine failure', the thing the inquiry was opened into
    assert len(find_contradictions([article_of(INQUIRY, NO_AGENCY)])) == 1
    # another thing: 'the sale' is not what the inquiry looks into
    other = with_(NO_AGENCY, "Corvane Shipping says no national agency is investigating the sale that funded its ferry .",
                  theme="the sale that funded its ferry", keywords="investigate sale")
    assert find_contradictions([article_of(INQUIRY, other)]) == []


AUDITING = ("The Civil Aviation Board of Norland is auditing the maintenance records of Skyvale Air , two officials said .",
            "audit", "positive", "two officials", "audit maintenance record skyvale air civil aviation board norland",
            {"agent": "The Civil Aviation Board of Norland", "theme": "the maintenance records of Skyvale Air"})
NEVER_BY = ('" We have never been audited by the CAB , " Skyvale Air chief executive Ron Adair said .',
            "audit", "negative", "Ron Adair", "audit cab", {"agent": "the CAB", "theme": "We"})


def test_a_denial_naming_the_reports_doer_by_its_acronym_meets_the_same_verb():
    # one verb on both sides, and nothing else shared: the doer (its acronym) and the denier as undergoer pair them
    assert len(find_contradictions([article_of(AUDITING, NEVER_BY)])) == 1
    other = with_(NEVER_BY, '" We have never been audited by the FTA , " Skyvale Air chief executive Ron Adair said .',
                  agent="the FTA", keywords="audit fta")
    assert find_contradictions([article_of(AUDITING, other)]) == []   # another body's audit


FINED = ("The pollution board fined Sahyadri Chemicals Rs 25 lakh for discharging effluent , records show .", "fine",
         "positive", "records", "fine sahyadri chemicals lakh effluent board pollution",
         {"agent": "The pollution board", "theme": "Sahyadri Chemicals"})
NO_FINE = ("No fine was ever issued to Sahyadri Chemicals , its director Sunil Rao said .", "issue", "negative",
           "Sunil Rao", "issue fine sahyadri chemicals", {"agent": "No fine", "theme": "Sahyadri Chemicals"})


def test_a_passive_no_subject_of_an_effected_object_verb_denies_the_thing():
    assert len(find_contradictions([article_of(FINED, NO_FINE)])) == 1
    other = with_(NO_FINE, "No fine was ever issued to Konkan Dyes , its director Sunil Rao said .",
                  theme="Konkan Dyes", keywords="issue fine konkan dyes")
    assert find_contradictions([article_of(FINED, other)]) == []


LOOKING = ("NHS England is looking into waiting times at St Brannock 's Hospital , the Gazette has learned .", "look",
           "positive", "Gazette", "look nhs england waiting time st brannock hospital",
           {"agent": "NHS England", "theme": "waiting times"})
NOT_AWARE = ("An NHS England spokeswoman said the body was not aware of any review of waiting times at St Brannock 's .",
             "be", "negative", "spokeswoman", "be aware body review waiting time st brannock",
             {"agent": "the body", "theme": "aware of any review of waiting times at St Brannock 's"})


def test_a_particle_verb_of_looking_into_is_the_act_a_general_noun_denies():
    assert len(find_contradictions([article_of(LOOKING, NOT_AWARE)])) == 1
    looking_at = with_(LOOKING, "NHS England is looking at waiting times at St Brannock 's Hospital , the Gazette says .")
    assert find_contradictions([article_of(looking_at, NOT_AWARE)]) == []


AUDITED = "The revenue agency audited the Maple Ridge foundation in 2023 , documents show ."
NEVER = "The foundation has never been audited by the revenue agency , its director told donors on Wednesday ."


def _audit_pair(denial: str) -> list:
    old = article(AUDITED, claim(0, AUDITED, "audit", "positive", "documents", "audit agency revenue maple ridge foundation",
                                 agent="The revenue agency", theme="the Maple Ridge foundation", time="2023"),
                  published=PublishedDate("2025-10-20", "day"))
    new = article(denial, claim(0, denial, "audit", "negative", "Civic Post", "audit agency revenue foundation director donor",
                                agent="the revenue agency", theme="The foundation", time="2025-10-22"),
                  published=PublishedDate("2025-10-23", "day"))
    return find_contradictions([old, new])


def test_never_with_the_perfect_and_one_day_dates_the_telling_not_the_state():
    assert len(_audit_pair(NEVER)) == 1
    # without the perfect 'never' may deny one occasion: the day stays the claim's
    assert _audit_pair("The foundation was never audited by the revenue agency on Wednesday , its director said .") == []


def test_an_object_with_a_to_infinitive_denies_that_content_not_the_act():
    ordered = ("The marine board ordered the Corran Queen closed , the board said .", "order", "positive", "board",
               "order corran queen close board marine", {"agent": "The marine board", "theme": "the Corran Queen"})
    nobody = ('" Nobody ordered us to shut that terminal , " Corran Ferry Co. chief executive Mara Lind said .',
              "order", "negative", "Mara Lind", "order shut terminal", {"agent": "Nobody", "theme": "us"})
    assert find_contradictions([article_of(ordered, nobody)]) == []
