"""Forms an invented story of branch probe23 (a diagnostics chain's data breach across India, Australia,
New Zealand and Singapore) read wrong, on invented sentences: a surname with a typographic apostrophe
taken for a common noun, a title before a Chinese name picking between two people of one surname, and a
capitalised title set beside a name for a later 'the commissioner said'."""
from __future__ import annotations

from conftest import speaker_of


def test_a_surname_with_a_typographic_apostrophe_is_a_name(nlp):
    text = ("Tenants' union secretary Maeve O’Connell said the repairs were overdue.\n\n"
            "“Families have waited two winters for dry walls,” Ms O’Connell said.")
    assert speaker_of(nlp, text, "Families have waited") == "Maeve O’Connell"
    assert [t.pos_ for t in nlp("Ms O’Connell said.") if t.text == "O’Connell"] == ["PROPN"]


def test_the_title_before_a_chinese_name_picks_between_namesakes(nlp):
    text = ("“We have closed the ward for cleaning,” said the hospital’s director Dr Lim Kok Wah.\n\n"
            "Mr Lim Boon Huat, a partner at a consultancy, said the closure was a warning.\n\n"
            "“Every hospital should plan for this,” Mr Lim said.\n\n"
            "“The ward will reopen on Monday,” Dr Lim said.")
    assert speaker_of(nlp, text, "Every hospital should") == "Lim Boon Huat"
    assert speaker_of(nlp, text, "The ward will reopen") == "Lim Kok Wah"


def test_the_commissioner_is_the_person_given_the_title_after_an_unnamed_one(nlp):
    text = ("What's next? The commissioner can seek civil penalties, the office said.\n\n"
            "The Privacy Commissioner, Ruth Calloway, has opened an investigation into the clinic.\n\n"
            "\"Patients deserve to know what happened,\" the commissioner said.")
    assert speaker_of(nlp, text, "Patients deserve") == "Ruth Calloway"


def test_an_acronyms_capitals_are_its_names_initials():
    from storyline.extract.long_forms import long_form

    assert long_form("IISc", "a researcher at the Indian Institute of Science") == "Indian Institute of Science"
    assert long_form("OAIC", "told the Office of the Australian Information Commissioner") == \
        "Office of the Australian Information Commissioner"
    # the letter match still reads an acronym that skips a word or keeps a lower-case letter
    assert long_form("MOCA", "the Major Organised Crime and Anti-Corruption Agency") == \
        "Major Organised Crime and Anti-Corruption Agency"
    assert long_form("AuGD", "the Auditor General's Department") == "Auditor General's Department"


def test_a_title_joins_a_chinese_family_name_to_the_person_so_titled(nlp):
    from storyline.extract.entities import find_mentions, link_mentions

    text = ("“We have written to every affected patient,” said the clinic group’s medical director Dr Tan Wei Jie.\n\n"
            "Mr Tan Chee Keong, a partner at cyber security consultancy Harbourline Risk, said the case was a "
            "warning for the region.\n\n“Regional health providers should plan for this,” Mr Tan said.")
    entities = link_mentions(find_mentions(nlp(text), text))
    owner = {m.text: e.name for e in entities for m in e.mentions}
    assert owner["Mr Tan"] == "Tan Chee Keong"
