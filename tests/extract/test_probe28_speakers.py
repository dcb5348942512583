"""Branch probe28: a title and its body before the holder's name set off by commas ('The Executive
Vice-Chairman of the NCC, Dr NAME, said'; invented text)."""
from __future__ import annotations

from storyline.extract.nlp import load_nlp
from storyline.extract.quotes import find_quotes


def _speakers(body: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes(body, load_nlp()(body))]


def test_the_holder_named_after_a_hyphenated_title_is_the_speaker() -> None:
    body = ("The Executive Vice-Chairman of the Water Board, Dr Amara Nwosu, said the pipes would be replaced "
            "before the rains.")
    assert _speakers(body) == ["Amara Nwosu"]


def test_an_untagged_holder_after_a_title_is_the_speaker() -> None:
    body = ("The Director-General of the Kano Chamber of Commerce and Industry, Mr Tunde Bakare, said traders "
            "had lost a week of sales.")
    assert _speakers(body) == ["Tunde Bakare"]



def _quote_speaker(body: str, starts: str) -> str | None:
    q = next(q for q in find_quotes(body, load_nlp()(body)) if q.text.startswith(starts))
    return q.speaker.name if q.speaker else None


_CITED = ("Many tenants said on Monday they had not yet received the refunds.\n\n"
          "Lagoon Herald reported on Friday that the order had been published, and landlords said payments had begun.\n\n"
          "Dr Nwosu said the board would fine any landlord who failed to pay by the end of May.\n\n"
          "\"The refund is not a favour. It is the law,\" the TB chief said.")


def test_a_paper_cited_by_its_masthead_is_no_person_who_spoke() -> None:
    speakers = {q.text[:12]: q.speaker for q in find_quotes(_CITED, load_nlp()(_CITED))}
    paper = speakers["that the ord"]
    assert paper is not None and paper.kind == "org"
    # so the one official who spoke just before is the one a role noun refers back to
    assert _quote_speaker(_CITED, "The refund is not a favour") == "Nwosu"



def test_an_office_title_picks_among_relatives_sharing_the_surname() -> None:
    body = ("Chief Obinna Eze, who sells phones at the market, said he turned customers away all day.\n\n"
            "His daughter, Adaeze Eze, said her firm had moved its servers within hours.\n\n"
            "\"Nobody could pay, so we just sat down,\" Chief Eze said.")
    assert _quote_speaker(body, "Nobody could pay") == "Obinna Eze"
