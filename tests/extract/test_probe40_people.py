"""Branch probe40: people a Nigerian and Malaysian press introduces by a role and what it serves, then a name set
off by commas with letters after it in brackets; namesakes told apart by the one named last; invented text only."""

from __future__ import annotations

from conftest import speaker_of
from storyline.extract.entities import find_mentions, link_mentions


def _people(nlp, body: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in link_mentions(find_mentions(nlp(body), body))
            if e.label == "PERSON"}


def test_a_name_set_off_after_a_role_and_what_it_serves_is_a_person(nlp) -> None:
    for role, name in (("Counsel to the plaintiffs", "Chukwudi Obiora"), ("Lawyer to the union", "Adaeze Okpara"),
                       ("The spokesperson of the water board", "Tunde Adebayo"),
                       ("An economist at the polytechnic", "Funmilayo Ogunleye")):
        for letters in ("", " (SAN)"):
            body = f"{role}, {name}{letters}, said the hearing would resume next week. The board did not comment."
            assert name in _people(nlp, body), (role, letters, _people(nlp, body))


def test_a_place_after_a_role_is_no_person(nlp) -> None:
    body = "The mayor of Perth, Western Australia, said the beach would stay closed. Residents were not told why."
    assert not any("Western" in n for n in _people(nlp, body))


def test_the_speaker_is_the_name_set_off_after_a_role_before_said(nlp) -> None:
    for firm in ("Harbour Freight Lines", "Tamborine Rail Engineering"):
        body = (f'Counsel to {firm}, Kelechi Umeh (SAN), said the claim was "statute-barred". '
                "The judge adjourned the case.")
        assert speaker_of(nlp, body, "statute-barred") == "Kelechi Umeh", firm
    body = 'A lawyer for Marlow Cement Plc, Rotimi Ajayi, said the order was "unlawful". The court rose.'
    assert speaker_of(nlp, body, "unlawful") == "Rotimi Ajayi"


def test_a_bare_surname_two_namesakes_share_is_the_one_named_last_before_it(nlp) -> None:
    body = ("Justice Ngozi Obi of the High Court heard the case on Monday.\n\n"
            "Counsel to the residents, Ifeanyi Obi (SAN), asked the court to stop the demolition.\n\n"
            '"The notices were never served," Obi told the court.')
    assert speaker_of(nlp, body, "notices were never served") == "Ifeanyi Obi"
    body = ("Counsel to the residents, Ifeanyi Obi (SAN), asked the court to stop the demolition.\n\n"
            "Justice Ngozi Obi of the High Court heard the case on Monday.\n\n"
            '"The notices were never served," Obi told the court.')
    assert speaker_of(nlp, body, "notices were never served") == "Ngozi Obi"
