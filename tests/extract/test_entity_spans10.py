"""Organisation and person spans found on entities10's invented stories (a hospital strike and its
contractors, a county pension fund's lawsuit, a levee failure): firms named by their trade, union
locals with their number, possessives inside names, middle initials, opening role nouns, kin
appositions and bare surnames the small model leaves untagged."""
from __future__ import annotations

import pytest

from storyline.extract.entities import Mention, link_mentions
from storyline.extract.org_spans import advocacy_groups, partnerships, possessive_names, trade_firms, union_locals
from storyline.extract.person_spans import (
    kin_apposed,
    middle_initial_after,
    opening_person_noun,
    untagged_initialled_names,
    untagged_surnames,
)


def _at(body: str, text: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Mention(start, start + len(text), text, label)


def _texts(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in sorted(mentions, key=lambda m: m.start)]


def test_capitalised_words_ending_in_a_trade_are_a_firm():
    body = "The contractor, Haskins Mechanical, said the pipes were fine. Bexley Electric Inc. donated wire."
    found = trade_firms([_at(body, "Haskins", "PERSON")], body)
    assert _texts(found) == [("Haskins Mechanical", "ORG"), ("Bexley Electric Inc.", "ORG")]
    # no name before the trade word, a title-case headline, a longer name the trade word does not end
    body = "Mechanical engineers met.\nLocal Plumbing Firm Wins Bid\nBexley Electric Cooperative said so."
    assert trade_firms([], body) == []


def test_a_group_named_by_its_members_and_its_cause_is_one_organisation():
    body = ("Fenwick Parents for Safe Water sued. The Oakvale Neighbors for Clean Air group met. Mothers Against "
            "Drunk Driving spoke. Kestrel Bay Friends for the Library raised money.")
    mentions = [_at(body, "Fenwick Parents", "PERSON"), _at(body, "Safe Water", "ORG")]
    assert _texts(advocacy_groups(mentions, body)) == [
        ("Fenwick Parents for Safe Water", "ORG"), ("Oakvale Neighbors for Clean Air", "ORG"),
        ("Mothers Against Drunk Driving", "ORG"), ("Kestrel Bay Friends for the Library", "ORG")]
    # members alone before 'for', or no member noun: no group
    body = "Workers for Amazon said so. Vote for Clean Air on Tuesday. Fenwick Schools for Safe Water."
    assert advocacy_groups([], body) == []


def test_a_partnership_named_by_its_partners_is_one_organisation():
    body = "The city hired the law firm Garrity, Lowe & Brandt to review it. Smith, Jones and Brown said so."
    mentions = [_at(body, "Garrity,", "ORG"), _at(body, "Lowe & Brandt", "ORG")]
    assert _texts(partnerships(mentions, body)) == [("Garrity, Lowe & Brandt", "ORG")]
    assert partnerships([], "Smith, Jones and Brown said so. He kept his IBF, WBO, WBA & IBO titles.") == []


def test_a_union_local_takes_its_number():
    body = "Members of Healthcare Workers Union Local 237 voted. Local 237 said so. IBEW Local 58 agreed."
    found = union_locals([_at(body, "Healthcare Workers Union Local", "ORG")], body)
    assert _texts(found) == [("Healthcare Workers Union Local 237", "ORG"), ("Local 237", "ORG"),
                             ("IBEW Local 58", "ORG")]
    body = "The district has 12 schools. Chapter 11 was filed."
    assert union_locals([], body) == []


def test_a_possessive_inside_an_institutions_name_is_one_name():
    body = "Nurses at St. Brigid's Regional Medical Center voted. Apple's Tim Cook spoke. Irving Klaw's Movie Star News paid."
    mentions = [_at(body, "St. Brigid's", "FAC"), _at(body, "Regional Medical Center", "ORG"),
                _at(body, "Apple's", "ORG"), _at(body, "Tim Cook", "PERSON"),
                _at(body, "Irving Klaw's", "ORG"), _at(body, "Movie Star News", "ORG")]
    assert _texts(possessive_names(mentions, body)) == [
        ("St. Brigid's Regional Medical Center", "ORG"), ("Apple's", "ORG"), ("Tim Cook", "PERSON"),
        ("Irving Klaw's", "ORG"), ("Movie Star News", "ORG")]


def test_a_name_cut_at_its_middle_initial_takes_it_in():
    body = "County Treasurer Lydia M. Vance, who chairs the board, spoke. Later Lydia M. Vance left."
    cut = [_at(body, "Treasurer Lydia", "PERSON")]
    assert _texts(middle_initial_after(cut, body)) == [("Treasurer Lydia M. Vance", "PERSON")]
    # the second one the model left untagged entirely
    found = untagged_initialled_names(middle_initial_after(cut, body), body)
    assert _texts(found) == [("Lydia M. Vance", "PERSON")]
    assert untagged_initialled_names([], "The U.S. Army said so. In A. Lincoln Park.") == []


def test_a_role_noun_opening_a_sentence_is_no_part_of_the_name():
    body = 'It was full. Organizer Bernadette Cole said 300 people came. Mayor Renata Okoye agreed.'
    mentions = [_at(body, "Organizer Bernadette Cole", "PERSON"), _at(body, "Mayor Renata Okoye", "PERSON")]
    assert _texts(opening_person_noun(mentions, body)) == [("Bernadette Cole", "PERSON"),
                                                           ("Mayor Renata Okoye", "PERSON")]
    # two words: only before a surname the article gives a person named in full
    body = "City engineer Paul D. Whitcomb spoke. Engineer Whitcomb said so. Engineer Hollis agreed."
    mentions = [_at(body, "Paul D. Whitcomb", "PERSON"), _at(body, "Engineer Whitcomb", "PERSON"),
                _at(body, "Engineer Hollis", "PERSON")]
    assert _texts(opening_person_noun(mentions, body)) == [
        ("Paul D. Whitcomb", "PERSON"), ("Whitcomb", "PERSON"), ("Engineer Hollis", "PERSON")]


def test_a_full_name_beside_a_possessed_kinship_noun_is_the_relative():
    """'Rep. Fitch' then 'Fitch's wife, Anne Fitch' and 'Mrs. Fitch': the bare surname is her husband."""
    body = "Rep. Fitch hosted the talks. Fitch's wife, Anne Fitch, was relieved. Mrs. Fitch said so."
    mentions = kin_apposed([_at(body, "Rep. Fitch", "PERSON"), _at(body, "Fitch", "PERSON", 1),
                            _at(body, "Anne Fitch", "PERSON"), _at(body, "Mrs. Fitch", "PERSON")], body)
    groups = sorted(sorted(m.text for m in e.mentions) for e in link_mentions(mentions))
    assert groups == [["Anne Fitch", "Mrs. Fitch"], ["Fitch", "Rep. Fitch"]]
    body = "Ms. Ybarra delivered the notice. Her son, Mateo Ybarra, is a therapist."
    mentions = kin_apposed([_at(body, "Ms. Ybarra", "PERSON"), _at(body, "Mateo Ybarra", "PERSON")], body)
    assert len(link_mentions(mentions)) == 2
    # without the kinship noun the surname met first is the person named in full
    body = "Rep. Fitch hosted the talks. Gerald Fitch, a Democrat, was relieved."
    mentions = kin_apposed([_at(body, "Rep. Fitch", "PERSON"), _at(body, "Gerald Fitch", "PERSON")], body)
    assert len(link_mentions(mentions)) == 1


def test_an_untagged_bare_surname_after_the_full_name_is_a_mention():
    body = ('Club owner Viktor Hale said the matches would move. "We will play anywhere," Hale said. '
            "The Hale Family Foundation gave money. Hale's daughter spoke.")
    found = untagged_surnames([_at(body, "Viktor Hale", "PERSON"), _at(body, "The Hale Family Foundation", "ORG")], body)
    assert _texts(found) == [("Hale", "PERSON"), ("Hale", "PERSON")]
    # not before the full name, nor a word the article writes lower-case
    body = "Stone said so. Later Emma Stone and a stone wall. Stone left."
    assert untagged_surnames([_at(body, "Emma Stone", "PERSON")], body) == []


@pytest.fixture(scope="module")
def nlp():
    pytest.importorskip("spacy")
    from storyline.extract.nlp import load_nlp

    return load_nlp()


def test_find_mentions_reads_the_new_forms(nlp):
    from storyline.extract.entities import find_mentions

    text = ("St. Brigid's said it had signed a contract with a staffing agency, Relay Clinical Staffing, to bring "
            "in nurses. Members of International Brotherhood of Electrical Workers Local 58 will rewire homes.")
    names = [(m.text, m.label) for m in find_mentions(nlp(text), text)]
    assert ("Relay Clinical Staffing", "ORG") in names
    assert ("International Brotherhood of Electrical Workers Local 58", "ORG") in names


def test_a_sons_suffix_is_not_cut_as_a_run_on_word_beside_his_fathers_name():
    """'Harold Beaumont … His son, Harold Beaumont Jr.,' (branch probe15): the father's name written
    alone is no reason to cut 'Jr.' off the son's, which would make the two one person."""
    from storyline.extract.mention_spans import trim_headline_words

    body = "Harold Beaumont chairs the board. His son, Harold Beaumont Jr., sits on the council."
    mentions = [_at(body, "Harold Beaumont", "PERSON"), _at(body, "Harold Beaumont Jr.", "PERSON")]
    assert _texts(trim_headline_words(mentions, body)) == [("Harold Beaumont", "PERSON"), ("Harold Beaumont Jr.", "PERSON")]


def test_a_courtesy_title_without_its_period_joins_the_untagged_surname():
    """'Mr Bell said …' (British style, no period; the lead's twenty-first invented story): the title is
    the surname's, not another name's capitalised word, so the bare surname is a mention with its title."""
    body = "Chief executive Marcus Bell spoke on Wednesday.\n\nMr Bell said the firm had 180,000 customers. Dr. Bell agreed."
    found = untagged_surnames([_at(body, "Marcus Bell", "PERSON")], body)
    assert [m.text for m in found] == ["Mr Bell", "Bell"]  # 'Dr.' is no courtesy title: its period sets it apart
    assert all(m.label == "PERSON" for m in found)
    # another capitalised word right before is still a name's ('Lake Bell' is no mention of Marcus Bell)
    other = "Marcus Bell spoke.\n\nSwimmers crowded Lake Bell on Sunday."
    assert untagged_surnames([_at(other, "Marcus Bell", "PERSON")], other) == []


def test_a_two_word_name_after_a_lower_case_person_noun_is_a_person():
    """'Dunedin resident Mere Tawhiri said …' (a Māori given name no census list holds; the recognizer tagged
    'Tawhiri' an organisation): the person noun before it makes the two capitalised words a person's name."""
    from storyline.extract.person_spans import described_names

    body = "Dunedin resident Mere Tawhiri said she had stopped ordering."
    found = described_names([_at(body, "Tawhiri", "ORG")], body)
    assert _texts(found) == [("Mere Tawhiri", "PERSON")]
    # an organisation's head, a name already a person's, or a longer capitalised run is left as it is
    body = "Company director Pulpworks Ltd said so. Resident Ana Ruiz said so. A lawyer Acme Coatings Inc hired spoke."
    assert _texts(described_names([], body)) == []
