"""Branch probe31's invented story: a councillor and her husband, a doctor, share a surname; the doctor's
second mention is written with his title and no given name (British style, no period)."""
from __future__ import annotations

from storyline.extract.entities import Mention, link_mentions
from storyline.extract.person_spans import untagged_surnames

_BODY = ('Rosa Venn, a councillor, was in the queue. "We were told," Mrs Venn said. Her husband, Dr Colin Venn, '
         'a family doctor, said children were ill. "None is seriously ill," Dr Venn said. Prof. Venn agreed.')


def _at(text: str, label: str) -> Mention:
    start = _BODY.index(text)
    return Mention(start, start + len(text), text, label)


def test_a_doctors_titled_surname_is_a_mention_of_the_doctor_not_of_his_wife() -> None:
    named = [_at("Rosa Venn", "PERSON"), _at("Mrs Venn", "PERSON"), _at("Dr Colin Venn", "PERSON")]
    found = untagged_surnames(named, _BODY)
    # with its period the title stays apart, as before ('Dr. Bell' gives 'Bell': test_entity_spans10)
    assert [m.text for m in found] == ["Dr Venn", "Venn"]
    linked = link_mentions(sorted(named + found[:1], key=lambda m: m.start))
    assert {e.name: [m.text for m in e.mentions] for e in linked} == {
        "Rosa Venn": ["Rosa Venn", "Mrs Venn"], "Colin Venn": ["Dr Colin Venn", "Dr Venn"]}


def test_an_acronym_written_as_a_word_joins_the_body_whose_initials_it_is() -> None:
    from storyline.extract.acronym_spans import untagged_acronyms

    body = ("The Department for Transport, Harbours and Aviation said pilots had been told. A Dtha spokesman "
            "said no ferry was late. Later the Thaw office closed.")
    start = body.index("Department")
    full = Mention(start, body.index(" said"), body[start:body.index(" said")], "ORG")
    found = untagged_acronyms([full], body)
    # 'Dtha' is the name's initials written UK style; 'Thaw' is a word that spells nothing named here
    assert [m.text for m in found] == ["Dtha"]
    [body_entity] = link_mentions([full, *found])
    assert [m.text for m in body_entity.mentions] == [full.text, "Dtha"]
