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
    assert [m.text for m in found] == ["Dr Venn", "Prof. Venn"]
    linked = link_mentions(sorted(named + found[:1], key=lambda m: m.start))
    assert {e.name: [m.text for m in e.mentions] for e in linked} == {
        "Rosa Venn": ["Rosa Venn", "Mrs Venn"], "Colin Venn": ["Dr Colin Venn", "Dr Venn"]}
