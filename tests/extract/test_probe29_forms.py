"""Branch probe29: a British body's name with a lower-case word, an acronym met apart from a name it does
not spell, a span cut after its 'and', a surname the tagger calls a noun, 'ORG's NAME' (invented text)."""
from __future__ import annotations

from storyline.extract.long_forms import long_form
from storyline.extract.nlp import load_nlp
from storyline.extract.quotes import find_quotes


def test_a_long_form_keeps_the_lower_case_word_its_acronym_leaves_out() -> None:
    assert long_form("FWRA", "the Fisheries and Waterways management Regulatory Authority") \
        == "Fisheries and Waterways management Regulatory Authority"
    assert long_form("AB", "Alpha Beta report") is None


def test_an_acronym_whose_last_letter_is_inside_the_head_spells_no_name_met_apart() -> None:
    from storyline.extract.long_forms import spelled_across

    assert not spelled_across("NHS", "Northgate General Hospital")
    assert spelled_across("FHWA", "Federal Highway Administration")


def test_a_span_ending_in_its_coordinator_is_the_name_before_it() -> None:
    from spacy.tokens import Span

    from storyline.extract.mention_spans import join_coordinated_ents

    doc = load_nlp().make_doc("an inspection of Brookfield Valley Medical Center and Torvane's offices")
    cut = Span(doc, 3, 8, label="ORG")  # the tagger's 'Brookfield Valley Medical Center and'
    assert [s.text for s in join_coordinated_ents([cut])] == ["Brookfield Valley Medical Center"]


def _speaker(body: str, starts: str) -> str | None:
    q = next(q for q in find_quotes(body, load_nlp()(body)) if q.text.startswith(starts))
    return q.speaker.name if q.speaker else None


def test_a_named_persons_surname_tagged_a_noun_is_that_person() -> None:
    body = ('The state agency has not opened a review of its own, an agency spokeswoman, Carla Mendes, said. '
            '"This is a matter for federal inspectors, and we are in touch with them," Mendes said.')
    assert _speaker(body, "This is a matter") == "Carla Mendes"


def test_a_person_named_after_a_bodys_possessive_is_the_speaker() -> None:
    body = ('Reaction: Families for Safe Medicine\'s Oren Halberg called the ruling '
            '"the answer parents have been waiting for."')
    assert _speaker(body, "the answer parents") == "Oren Halberg"
