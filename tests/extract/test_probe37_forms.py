"""probe37: invented sentences (fiction) in forms an unseen story showed, in other wordings than its own."""

from __future__ import annotations

import pytest

from storyline.extract.timex_resolve import tense


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Agriculture and Waterways Minister Talei Vunidilo said the levee would be rebuilt by June.", "Vunidilo"),
        ("Lands and Mineral Resources Minister Koli Veitata said the leases would be reviewed.", "Veitata"),
    ],
)
def test_a_coordinated_portfolio_is_no_speaker_of_its_own(nlp, text, name):
    from storyline.extract.quotes import find_quotes

    quotes = find_quotes(text, nlp(text))
    assert quotes and all(name in (q.speaker.name or "") for q in quotes), [q.speaker for q in quotes]


def test_a_titled_surname_does_not_point_forward_to_a_later_namesake(nlp):
    from storyline.extract.antecedents import capitalised
    from storyline.extract.article_people import ArticlePeople

    # the woman's full name is not written (as when the recognizer misses it); the man's comes later
    text = (
        "The growers' board said prices had fallen again.\n\n"
        '"This is the steepest drop in a decade," Ms Leota said.\n\n'
        "Trade Minister Ioane Leota said he would meet growers next month.\n\n"
    )
    doc = nlp(text)
    people = ArticlePeople(doc, text, list(doc.ents), capitalised(doc))
    assert people.person_name(["Ms", "Leota"], before=text.index("Ms Leota")) == "Leota"
    assert people.person_name(["Mr", "Leota"], before=len(text)) == "Ioane Leota"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The couple had planned to fly home to Suva on Friday.", "past"),
        ("She had hoped to sign the lease on Monday.", "past"),
        ("The couple planned to fly home to Suva on Friday.", "future"),
        ("The union had been scheduled to meet on Friday.", "past"),
    ],
)
def test_a_plan_told_in_the_past_perfect_is_over(sentence, expected):
    at = sentence.rindex("on ") + 3
    assert tense(sentence, at, at + len(sentence[at:].split()[0].rstrip("."))) == expected


def test_an_acronym_met_apart_is_not_spelled_from_inside_words():
    from storyline.extract.long_forms import spelled_across

    # a court's inner 'c's do not spell a commission's initials
    assert not spelled_across("ACCC", "Auckland District Court")
    assert not spelled_across("ACPA", "Apia District Port Authority")
    # a word left out, or a word's initial with more of its letters, still spell
    assert spelled_across("MOCA", "Museum of Contemporary Art")
    assert spelled_across("FHWA", "Federal Highway Administration")


def test_an_office_titled_after_of_is_cut_from_its_holders_name():
    from storyline.extract.person_spans import office_of_before, portfolio_name_start

    text = "Commissioner of Police Semi Tavola said the checkpoints would stay."
    assert office_of_before(text, text.index("Semi"))
    text = "Director of Marine Safety Ana Kolo said the ferry had been inspected."
    at = text.index("Marine")
    assert office_of_before(text, at)
    assert portfolio_name_start(["Marine", "Safety", "Ana", "Kolo"], text, at) == 2
    assert not office_of_before("The director of the museum Ana Kolo said", len("The director of the museum "))
