"""A report of the act that brings a thing about against a denial that the thing exists (invented text):
'opened an investigation into Tarrow' / 'Tarrow denied that any state probe was under way'."""
from link.test_claim_scope import article_of
from link.test_dispute_frames import with_
from storyline.link.contradictions import find_contradictions

OPENED = ("The state division has opened a formal investigation into Tarrow Chemicals , the division said .", "open",
          "positive", "division", "open formal investigation tarrow chemicals state division",
          {"agent": "The state division", "theme": "a formal investigation into Tarrow Chemicals"})
UNDER_WAY = ("Tarrow Chemicals denied that any state probe of the company was under way .", "be", "negative",
             "Tarrow Chemicals", "be company probe state way",
             {"agent": "any state probe of the company", "theme": "way"})
INVESTIGATING = ("The city is investigating Velmont Sports Group , an official said .", "investigate", "positive",
                 "official", "investigate city velmont sports group",
                 {"agent": "The city", "theme": "Velmont Sports Group"})
NO_SUCH = ('" No such inquiry exists , " Velmont spokeswoman Tessa Brand said .', "exist", "negative", "Tessa Brand",
           "exist inquiry", {"agent": "No such inquiry"})


def test_a_denied_existence_meets_the_act_that_brings_it_about_by_kind_and_target():
    assert len(find_contradictions([article_of(OPENED, UNDER_WAY)])) == 1
    # a general noun denies its kinds ('no inquiry' / investigating), the target named outside the quote
    assert len(find_contradictions([article_of(INVESTIGATING, NO_SUCH)])) == 1


def test_another_kind_target_or_act_is_no_dispute():
    federal = with_(UNDER_WAY, "Tarrow Chemicals denied that any federal probe of the company was under way .",
                    agent="any federal probe of the company")
    assert find_contradictions([article_of(OPENED, federal)]) == []
    other_target = with_(UNDER_WAY, "Halden Construction denied that any state probe of Halden was under way .",
                         asserter="Halden Construction", agent="any state probe of Halden")
    assert find_contradictions([article_of(OPENED, other_target)]) == []
    ended = with_(OPENED, "A state investigation into Tarrow Chemicals ended last year , the division said .",
                  predicate="end", agent="A state investigation into Tarrow Chemicals", theme="last year")
    assert find_contradictions([article_of(ended, UNDER_WAY)]) == []
    # the narrower noun does not deny the general one: 'no investigation' leaves an inquiry open, unless
    # the inquiry is a public body's official inquiry into something (test_an_official_inquiry_…)
    inquiry = with_(OPENED, "The state division has opened an inquiry about Tarrow Chemicals , the division said .",
                    theme="an inquiry about Tarrow Chemicals", keywords="open inquiry tarrow chemicals state division")
    assert find_contradictions([article_of(inquiry, UNDER_WAY)]) == []
    formal = with_(UNDER_WAY, "Tarrow Chemicals denied that any formal state probe of the company was under way .",
                   agent="any formal state probe of the company")
    official = with_(OPENED, "The state division has opened an inquiry into Tarrow Chemicals , the division said .",
                     theme="an inquiry into Tarrow Chemicals", keywords="open inquiry tarrow chemicals state division")
    assert find_contradictions([article_of(official, formal)]) == []  # 'formal' is no word of the report


def test_an_official_inquiry_into_something_is_the_investigation_a_denial_names():
    """A state body's 'inquiry into' a target is its investigation (Cambridge 'inquiry': an official
    process to find the facts; WordNet investigation.n.02), so 'no state probe' denies it; a state
    body is named by its state ('the Ohio Department of Health'), not only by the word 'state'."""
    official = with_(OPENED, "The state division has opened an inquiry into Tarrow Chemicals , the division said .",
                     theme="an inquiry into Tarrow Chemicals", keywords="open inquiry tarrow chemicals state division")
    assert len(find_contradictions([article_of(official, UNDER_WAY)])) == 1
    named = with_(official, "The Velmont Health Authority has opened an inquiry into Tarrow Chemicals .",
                  agent="The Velmont Health Authority", keywords="open inquiry tarrow chemicals velmont health authority")
    assert find_contradictions([article_of(named, UNDER_WAY)]) == []  # no state's name: its level is unknown
    ohio = with_(official, "The Ohio Department of Health has opened an inquiry into Tarrow Chemicals .",
                   agent="The Ohio Department of Health", keywords="open inquiry tarrow chemicals ohio department of health")
    assert len(find_contradictions([article_of(ohio, UNDER_WAY)])) == 1


LAUNCHED = ("Federal prosecutors have launched a criminal probe into the Brennock Water Authority , officials said .",
            "launch", "positive", "officials", "launch criminal probe federal prosecutor brennock water authority",
            {"agent": "Federal prosecutors", "theme": "a criminal probe"})
FALSE = ('" Reports of a federal probe are false , " authority chairman Owen Pike said .', "be", "positive", "Owen Pike",
         "be false federal probe report", {"agent": "Reports of a federal probe", "theme": "false"})


def test_reports_of_a_thing_called_false_deny_it_and_the_attribution_names_the_denier():
    [c] = find_contradictions([article_of(LAUNCHED, FALSE)])
    assert "Owen Pike denies it" in c.explanation
    # the chairman of another body denies nothing of this probe's target
    other = with_(FALSE, '" Reports of a federal probe are false , " builder Owen Pike said .')
    assert find_contradictions([article_of(LAUNCHED, other)]) == []
    # a report called false is a report's noun: 'the results of the probe are false' is no report
    results = with_(FALSE, '" The results of a federal probe are false , " authority chairman Owen Pike said .',
                    agent="The results of a federal probe")
    assert find_contradictions([article_of(LAUNCHED, results)]) == []


def test_an_existential_denial_whose_expletive_the_parse_left_out_still_denies():
    """'"There is no federal review of our inspections," city spokesperson Dana Kuo said.' read as
    be / no agent / 'no federal review of our inspections' against 'The Federal Highway Administration
    is reviewing the city's bridge inspection records'."""
    reviewing = ("The Federal Highway Administration is reviewing the city 's bridge inspection records , two people "
                 "said .", "review", "positive", "two people familiar with the matter",
                 "administration bridge city federal highway inspection record review",
                 {"agent": "The Federal Highway Administration", "theme": "the city 's bridge inspection records"})
    no_review = ('" There is no federal review of our inspections , " city spokesperson Dana Kuo said .', "be",
                 "negative", "Dana Kuo", "federal inspection review",
                 {"theme": "no federal review of our inspections"})
    [found] = find_contradictions([article_of(reviewing, no_review)])
    assert found.family == "existence of review"  # the act's own noun ('review' / 'is reviewing')


def test_a_denial_of_being_the_subject_of_an_inquiry_meets_the_report_of_its_opening():
    """'Tarrow Chemicals denied that it was the subject of a state investigation' (rules/disputes.toml
    [undergoer_nouns]) against 'The state division has opened a formal investigation into Tarrow'."""
    subject = ("Tarrow Chemicals denied that it was the subject of a state investigation .", "be", "negative",
               "Tarrow Chemicals", "be investigation state subject",
               {"agent": "it", "theme": "the subject of a state investigation"})
    [found] = find_contradictions([article_of(OPENED, subject)])
    assert found.family == "existence of investigation"
    federal = with_(subject, "Tarrow Chemicals denied that it was the subject of a federal investigation .",
                    theme="the subject of a federal investigation")
    assert find_contradictions([article_of(OPENED, federal)]) == []


def test_a_report_noun_denied_is_not_the_act_of_reporting():
    """'There were no reports of injuries.' denies injuries, not that 'A caller reported the fire at
    3:33 a.m.' (ecbplus-dev)."""
    reported = ("A 911 caller reported the fire at 3:33 a.m. .", "report", "positive", "911 caller",
                "caller fire report", {"agent": "A 911 caller", "theme": "the fire"})
    no_reports = ("There were no reports of injuries .", "be", "negative", "the article", "injury report",
                  {"agent": "There", "theme": "no reports of injuries"})
    assert [c.family for c in find_contradictions([article_of(reported, no_reports)])
            if c.family.startswith("existence")] == []


USDA_OPENED = ("The USDA 's Office of Inspector General has opened an investigation into how the cull was carried out .",
               "open", "positive", "two people", "open investigation cull carry usda office inspector general",
               {"agent": "The USDA 's Office of Inspector General",
                "theme": "an investigation into how the cull was carried out"})
NO_FEDERAL = ('" There is no federal investigation of Halloway , " spokeswoman Ana Reyes said .', "be", "negative",
              "Ana Reyes", "be federal investigation halloway",
              {"agent": "There", "theme": "no federal investigation of Halloway"})


def test_a_federal_bodys_act_meets_a_denied_federal_thing_about_what_the_headline_names():
    """'The USDA's Office of Inspector General has opened an investigation into how the cull was
    carried out' under the headline '… during Halloway cull' against '"There is no federal
    investigation of Halloway"': the doer is a federal body by name (rules/disputes.toml
    [federal_bodies]) and an object naming nobody is about what the headline names with it."""
    article = article_of(USDA_OPENED, NO_FEDERAL)
    article.title = "Workers say they lacked gear during Halloway cull"
    assert len(find_contradictions([article])) == 1
    # the headline names another company: the cull is not Halloway's
    article.title = "Workers say they lacked gear during Brenton cull"
    assert find_contradictions([article]) == []
    # a state body's act leaves 'no federal investigation' open
    state = with_(USDA_OPENED, "The state auditor has opened an investigation into how the cull was carried out .",
                  agent="The state auditor", keywords="open investigation cull carry state auditor")
    article = article_of(state, NO_FEDERAL)
    article.title = "Workers say they lacked gear during Halloway cull"
    assert find_contradictions([article]) == []
