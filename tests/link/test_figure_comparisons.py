"""A value the writer sets against another party's figure ('fewer than the state's figure', 'well above
the city's $14 million figure') disputes the earlier claim that gave that figure (invented text)."""
import datetime as dt

from link.test_claim_scope import article_of
from storyline.link.claim_comparisons import figures_compared
from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import find_contradictions


def ref(text: str, speaker: str, keywords: str, day: str, article: str = "a") -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, "say", "positive", "asserted", frozenset(keywords.split()),
                    (), None, published=dt.date.fromisoformat(day))


STATE = ref("The state said about 1.1 million hens at the Harlan site will be destroyed.", "state agency",
            "hen site destroy", "2022-03-14", "x")
FEWER = ref("She said about 900,000 hens were housed at the Harlan site, fewer than the state's figure.",
            "Ana Reyes", "hen site house state figure", "2022-03-18", "y")


def test_a_value_set_against_the_other_partys_figure_disputes_the_claim_that_gave_it():
    assert figures_compared(FEWER, STATE) == "hen"
    cost = ref("The city says the repair will cost about $14 million.", "mayor", "repair cost", "2022-05-06", "x")
    above = ref("The state estimates the repair will cost $21 million, well above the city's $14 million figure.",
                "letter", "repair cost estimate", "2022-07-12", "y")
    assert figures_compared(above, cost) == "$"


def test_a_stated_difference_a_later_figure_or_a_unit_alone_is_no_dispute():
    record = ref("He entered the game with 2,282 points, eight fewer than Ford's total.", "wire", "game point",
                 "2009-01-10", "y")
    other = ref("Matthews posted a game-high 23 points.", "wire2", "post point", "2009-01-10", "x")
    assert figures_compared(record, other) is None  # a difference stated ('eight fewer than')
    later = ref("The state said 1.3 million hens at the Harlan site were destroyed.", "state agency",
                "hen site destroy", "2022-05-02", "x")
    assert figures_compared(FEWER, later) is None  # published after the comparison
    unrelated = ref("A farm in Lanford lost 40,000 hens.", "county", "farm lose hen", "2022-03-10", "x")
    assert figures_compared(FEWER, unrelated) is None  # shares nothing but what is counted


def test_the_pair_is_flagged_as_two_values_of_one_quantity():
    gave = ("About 1.1 million hens at the Harlan site will be destroyed , the state said .", "destroy", "positive",
            "state", "hen site destroy", {"agent": "About 1.1 million hens"})
    fewer = ("Reyes said about 900,000 hens were housed at the Harlan site , fewer than the state 's figure .", "house",
             "positive", "Reyes", "hen site house state figure", {"agent": "about 900,000 hens"})
    [c] = find_contradictions([article_of(gave, fewer)])
    assert c.kind == "figures" and "900,000 hens" in c.explanation and "1,100,000 hens" in c.explanation
