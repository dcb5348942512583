"""The lead's thirtieth invented story: an organisation defined by an acronym that skips a word or keeps a
lower-case letter, and a father beside his namesake son (invented text only)."""
from storyline.extract.long_forms import long_form, mixed_acronym


def test_a_long_form_is_read_back_from_its_bracketed_acronym():
    assert long_form("MOCA", "Jamaica's Major Organised Crime and Anti-Corruption Agency ") == \
        "Major Organised Crime and Anti-Corruption Agency"
    assert long_form("AuGD", "the island's Auditor General's Department ") == "Auditor General's Department"
    assert long_form("SES", "said the State Emergency Service ") == "State Emergency Service"
    # letters the words before do not spell, or a lower-case phrase, define nothing
    assert long_form("XYZ", "said the State Emergency Service ") is None
    assert long_form("ER", "in the emergency room ") is None


def test_mixed_case_acronyms_are_not_names():
    assert mixed_acronym("AuGD") and mixed_acronym("DfE") and mixed_acronym("MoD")
    assert not mixed_acronym("McCain") and not mixed_acronym("Seacrest") and not mixed_acronym("MOCA")


def test_the_defined_acronym_and_its_name_are_one_entity():
    from storyline.extract.entities import find_mentions, link_mentions
    from storyline.extract.nlp import load_nlp

    body = ("Jamaica's Major Organised Crime and Anti-Corruption Agency (MOCA) is investigating the builder. "
            "MOCA said it does not comment on investigations. The Auditor General's Department (AuGD) "
            "found the ministry paid first and checked later, the AuGD said.")
    entities = link_mentions(find_mentions(load_nlp()(body), body))
    names = {e.name: {m.text for m in e.mentions} for e in entities}
    assert "MOCA" in names["Major Organised Crime and Anti-Corruption Agency"]
    assert "AuGD" in names["Auditor General's Department"]


def test_the_elder_namesake_is_the_father_not_the_son_with_jr():
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    body = ("Seacrest's managing director, Winston Clarke Jr, was granted bail on Wednesday.\n\nHis father, Winston "
            "Clarke, who founded the company in 1988, sat in the front row.\n\n\u201cMy son has done nothing wrong,\u201d "
            "the elder Clarke said outside the court.")
    [quote] = [q for q in find_quotes(body, load_nlp()(body)) if "My son" in q.text]
    assert quote.speaker.name == "Winston Clarke"


def test_a_title_before_an_inverted_subjects_name_is_no_speaker():
    """lead33: 'said medical officer of health Dr. Anil Mehta' parsed with two subjects."""
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    body = "\u201cDo not swim, and keep your dogs out of the water,\u201d said medical officer of health Dr. Anil Mehta."
    [quote] = find_quotes(body, load_nlp()(body))
    assert quote.speaker.name == "Anil Mehta"
