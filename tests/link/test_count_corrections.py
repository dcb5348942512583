"""A count corrected by naming the value rejected ('not 120 as was reported', 'rather than the 2,400',
'eleven, not 18') against the claim that gave it (invented text)."""
from link.test_claim_scope import article_of
from link.test_dispute_frames import with_
from storyline.link.contradictions import find_contradictions

GAVE = ("About 120 households were evacuated on Saturday , the county said .", "evacuate", "positive", "county",
        "evacuate household saturday", {"agent": "About 120 households", "theme": "Saturday"})
FIX = ('" Only 85 households had to leave , not 120 as was reported , " the director said .', "have", "positive",
       "the director", "have household leave", {"agent": "Only 85 households", "theme": "to leave"})
RESIDENTS = ("The leak forced 2,400 residents from their homes , the sheriff said .", "force", "positive", "sheriff",
             "force resident home leak", {"agent": "The leak", "theme": "2,400 residents"})
RATHER = ('" About 1,800 people left , rather than the 2,400 that has been reported , " Coyle said .', "leave",
          "positive", "Coyle", "leave people report", {"agent": "About 1,800 people"})


def test_a_count_rejected_by_its_value_is_corrected_whatever_the_predicates():
    [c] = find_contradictions([article_of(GAVE, FIX)])
    assert c.kind == "figures" and c.correction and "120" in c.explanation
    [c] = find_contradictions([article_of(RESIDENTS, RATHER)])  # people counts any kind of person
    assert c.kind == "figures"


def test_a_rejected_value_the_other_never_gave_or_another_thing_is_no_correction():
    other_value = with_(FIX, '" Only 85 households had to leave , not 140 as was reported , " the director said .')
    assert find_contradictions([article_of(GAVE, other_value)]) == []
    other_thing = with_(FIX, '" Only 85 cars had to leave , not 120 as was reported , " the director said .',
                        agent="Only 85 cars")
    assert find_contradictions([article_of(GAVE, other_thing)]) == []
    hedged = with_(GAVE, modality="could")
    assert find_contradictions([article_of(hedged, FIX)]) == []



SENDING = ("The levee failed at 4 a.m. Tuesday , sending water into about 340 homes , the county said .", "fail",
           "positive", "county", "levee fail send water home", {"agent": "The levee", "theme": "4 a.m."})
FEWER = ('" Fewer than 200 homes flooded , not 340 , " the assessor said .', "flood", "positive", "the assessor",
         "flood home few", {"agent": "Fewer than 200 homes"})


def test_a_rejected_count_in_the_other_sentence_outside_its_subject_and_object_is_corrected():
    [c] = find_contradictions([article_of(SENDING, FEWER)])  # the count is in a participle clause
    assert c.kind == "figures" and c.correction and "about 340 home" in c.explanation
    assert "at most 200 home" in c.explanation
    other_thing = with_(FEWER, '" Fewer than 200 cars flooded , not 340 , " the assessor said .',
                        agent="Fewer than 200 cars")
    assert find_contradictions([article_of(SENDING, other_thing)]) == []


def test_the_explanation_names_the_corrected_count_not_another_figure_of_the_sentence():
    """'Shares fell 6% … the evacuation of about 120 households' against '"… not 120 as was reported"':
    the first side gives 120 households, not 6%."""
    shares = with_(GAVE, "Shares fell 6% on Monday after about 120 households were evacuated , the county said .",
                   figures="6%")
    [c] = find_contradictions([article_of(shares, FIX)])
    assert "gives 6%" not in c.explanation and "120 household" in c.explanation
