"""Branch ents38 (invented text in South African, Nigerian, Pakistani and New Zealand house styles): letters after
a name, a team's plural nickname, a role noun before a name the census lists lack, an everyday-word masthead
named by a citation."""

from __future__ import annotations

from storyline.extract.cited_outlets import cited_outlet_spans
from storyline.extract.entities import Mention, find_mentions, link_mentions
from storyline.extract.team_words import team_nicknames


def _entities(nlp, body: str) -> dict[str, list[str]]:
    return {f"{e.label}:{e.name}": [m.text for m in e.mentions] for e in link_mentions(find_mentions(nlp(body), body))}


def test_letters_after_a_name_make_a_person_without_them(nlp) -> None:
    # the small model tags this name with its letters an organisation
    body = ("Their counsel, advocate Lindiwe Khumalo SC, told the tribunal that the board had ignored its own rules. "
            "Ms Khumalo said the trustees would appeal.")
    found = _entities(nlp, body)
    assert "PERSON:Lindiwe Khumalo" in found, found
    assert not any(t.endswith(" SC") for texts in found.values() for t in texts), found


def test_an_untagged_name_with_a_rank_after_it_is_a_person(nlp) -> None:
    body = "Appearing for the state, Chief Obinna Okafor SAN, asked the tribunal to strike out the petition."
    found = _entities(nlp, body)
    assert any(k == "PERSON:Obinna Okafor" for k in found), found


def test_a_clubs_letters_stay_the_clubs(nlp) -> None:
    found = _entities(nlp, "Harbour Holdings MP sponsors Orlando City SC, the club said on Monday.")
    assert not any(k.startswith("PERSON:") and ("Orlando" in k or "Harbour" in k) for k in found), found


def test_a_team_is_called_by_its_plural_nickname(nlp) -> None:
    body = ("The Karachi Comets lost their opening match by six wickets. "
            "The Comets will now need to win four of their last five games.")
    found = _entities(nlp, body)
    team = next(texts for k, texts in found.items() if "Karachi Comets" in k)
    assert "Comets" in team, found


def test_two_teams_ending_alike_leave_the_nickname_open() -> None:
    body = "The Karachi Comets beat the Multan Comets by six wickets. The Comets need four wins from five games."
    teams = [Mention(4, 18, "Karachi Comets", "ORG"), Mention(28, 41, "Multan Comets", "ORG")]
    assert team_nicknames(teams, body) == teams
    # one of them alone: the nickname is that team's
    assert [m.text for m in team_nicknames(teams[:1], body)] == ["Karachi Comets", "Comets"]


def test_a_firms_plural_head_is_no_nickname() -> None:
    body = "The Harbour Holdings board met. The Holdings said nothing."
    assert team_nicknames([Mention(4, 19, "Harbour Holdings", "ORG")], body) == [Mention(4, 19, "Harbour Holdings", "ORG")]


def test_a_role_noun_and_a_speaking_surname_make_a_person_of_an_unlisted_given_name() -> None:
    from storyline.extract.mention_labels import correct_labels

    body = ("Kaimahi organiser Mereana Whaanga said crews had not been consulted. "
            "\u201cWe found out from the roster,\u201d Whaanga said.")
    tagged = Mention(18, 33, "Mereana Whaanga", "ORG")  # as the small model tags such a name after a body's
    assert [m.label for m in correct_labels([tagged], body)] == ["PERSON"]
    # no surname saying anything: an unlisted first word keeps the model's label
    quiet = "Kaimahi organiser Mereana Whaanga met crews on Monday."
    assert [m.label for m in correct_labels([tagged], quiet)] == ["ORG"]


def test_an_everyday_word_masthead_a_citation_names_is_an_organisation() -> None:
    body = "Punch reported on Monday that the governor had signed the budget. The governor told Punch he was pleased."
    spans = cited_outlet_spans(body, [], ["Punch"])
    assert [s.text for s in spans] and all(s.text == "Punch" and s.label == "ORG" for s in spans)
    assert len({s.payload.ref for s in spans}) == 1
    # no citation frame: the word is the sentence's
    assert cited_outlet_spans("The boxer threw a punch at the referee.", [], ["Punch"]) == []


def test_a_speaker_written_with_letters_after_the_name_is_named_without_them(nlp) -> None:
    from conftest import speaker_of

    body = ("The family's lawyer, Wanjiku Otieno SC, said the inquest had been rushed. "
            "\u201cThe family were given two days' notice,\u201d Ms Otieno said.")
    assert speaker_of(nlp, body, "inquest") == "Wanjiku Otieno"
