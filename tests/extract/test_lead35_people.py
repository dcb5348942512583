"""The lead's thirty-fifth invented story: a South African provincial minister titled 'MEC' before her
name, and a union official the next quote calls 'the union leader' (invented text only)."""


def test_a_provincial_ministers_title_before_her_name_makes_her_a_person():
    from storyline.extract.entities import find_mentions, link_mentions
    from storyline.extract.nlp import load_nlp

    body = ("Education MEC Zanele Mokoena apologised to pupils on Monday. \u201cWe failed them,\u201d Mokoena said. "
            "MEC Zanele Mokoena said the paper would be rewritten.")
    entities = link_mentions(find_mentions(load_nlp()(body), body))
    [person] = [e for e in entities if "Mokoena" in e.name]
    assert person.name == "Zanele Mokoena" and person.label == "PERSON"


def test_the_union_leader_is_the_one_written_as_the_unions():
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    body = ("Education MEC Zanele Mokoena said the test would be held again. \u201cWe owe them a fair test,\u201d "
            "Mokoena said.\n\nMore than 9,000 pupils were affected, according to the Teachers' Union of Lesotho, as "
            "news agency LPB reported on Tuesday.\n\nThe union's Sipho Mahlangu "
            "welcomed the decision.\n\n\u201cIt is the right call. But someone must answer for Monday,\u201d "
            "the union leader said.")
    [quote] = [q for q in find_quotes(body, load_nlp()(body)) if "right call" in q.text]
    assert quote.speaker.name == "Sipho Mahlangu"
