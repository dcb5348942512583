"""A name of two or more words that the recognizer tagged a place or a thing, with a person's role set
off after it ('NAME, director of ORG'), is a person's, and so is its surname alone (invented text)."""
from storyline.extract.entities import Mention
from storyline.extract.mention_labels import correct_labels


def _at(body: str, text: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Mention(start, start + len(text), text, label)


def test_a_role_apposed_after_a_name_tagged_a_facility_makes_it_a_person():
    body = ('"Stock ran out in days," said Joris de Wit, director of Kestrel Parts in Utrecht. '
            "De Wit said the firm had none left.")
    mentions = [_at(body, "Joris de Wit", "FAC"), _at(body, "Kestrel Parts", "ORG"), _at(body, "Utrecht", "GPE"),
                _at(body, "De Wit", "FAC")]
    labels = {m.text: m.label for m in correct_labels(mentions, body)}
    assert labels == {"Joris de Wit": "PERSON", "Kestrel Parts": "ORG", "Utrecht": "GPE", "De Wit": "PERSON"}


def test_an_organisation_or_a_place_with_an_apposition_keeps_its_label():
    body = ("Harbor Freight Lines, the owner of the depot, said it would reopen. "
            "Grand Central Terminal, a hub for commuters, stayed shut.")
    mentions = [_at(body, "Harbor Freight Lines", "ORG"), _at(body, "Grand Central Terminal", "FAC")]
    assert [m.label for m in correct_labels(mentions, body)] == ["ORG", "FAC"]


def test_a_facility_called_by_its_namesakes_name_is_the_facility():
    from storyline.extract.entities import link_mentions

    body = ("Passengers waited at Marlow Prince International Airport overnight. "
            "No carrier cancelled more flights out of Marlow Prince this winter.")
    mentions = [_at(body, "Marlow Prince International Airport", "FAC"), _at(body, "Marlow Prince", "PERSON", nth=1)]
    corrected = correct_labels(mentions, body)
    assert [m.label for m in corrected] == ["FAC", "FAC"]
    (airport,) = link_mentions(corrected)
    assert airport.name == "Marlow Prince International Airport" and len(airport.mentions) == 2


def test_the_namesake_himself_stays_a_person():
    body = ("The terminal of Marlow Prince International Airport was opened in 1979. "
            "Sir Marlow Prince led the island's first government. Marlow Prince said little of it.")
    mentions = [_at(body, "Marlow Prince International Airport", "FAC"), _at(body, "Sir Marlow Prince", "PERSON"),
                _at(body, "Marlow Prince", "PERSON", nth=2)]
    assert [m.label for m in correct_labels(mentions, body)] == ["FAC", "PERSON", "PERSON"]


def test_a_mixed_case_short_form_defined_in_brackets_is_the_bodys():
    from storyline.extract.acronym_spans import defined_acronyms
    from storyline.extract.defined_short_forms import defined_mixed_short_forms
    from storyline.extract.entities import link_mentions

    body = ("The Department of Coastal Affairs (DoCA) asked for a report. "
            "DoCA officials met the firm on Friday, and the DfE was not told.")
    mentions = [_at(body, "The Department of Coastal Affairs", "ORG"), _at(body, "DoCA", "PERSON"),
                _at(body, "DoCA", "ORG", nth=1), _at(body, "DfE", "ORG")]
    linked = link_mentions(defined_mixed_short_forms(defined_acronyms(mentions, body), body))
    assert {e.name: len(e.mentions) for e in linked} == {"Department of Coastal Affairs": 3, "DfE": 1}


def test_a_places_former_name_is_the_place_and_meets_its_current_name():
    from storyline.extract.names import canonical_alias

    body = "The lab was founded in Bombay in 1998 and moved its head office within Mumbai in 2015."
    mentions = [_at(body, "Bombay", "PERSON"), _at(body, "Mumbai", "GPE")]
    assert [m.label for m in correct_labels(mentions, body)] == ["GPE", "GPE"]
    assert canonical_alias("Bombay") == canonical_alias("Mumbai") == "Mumbai"


def test_a_courtesy_titled_surname_tagged_a_body_is_the_person_named_in_full():
    body = ('"We will review every certificate," said port board chairperson Amara Otieno. '
            "Ms Otieno said the berths would be dredged. Mr Price said nothing; Mr Price stores stayed open.")
    mentions = [_at(body, "Amara Otieno", "ORG"), _at(body, "Ms Otieno", "ORG"), _at(body, "Mr Price", "ORG"),
                _at(body, "Mr Price", "ORG", nth=1)]
    assert [m.label for m in correct_labels(mentions, body)] == ["PERSON", "PERSON", "PERSON", "ORG"]


def test_a_company_name_less_its_designator_is_the_company_whatever_its_tag():
    from storyline.extract.mention_labels import designator_dropped

    body = "Corvane Asia-Pacific Inc. won the bid. Corvane Asia-Pacific said it would hire. Port Jervis Ltd. agreed."
    mentions = [_at(body, "Corvane Asia-Pacific Inc.", "ORG"), _at(body, "Corvane Asia-Pacific", "LOC", nth=1),
                _at(body, "Port Jervis Ltd.", "ORG")]
    assert [(m.label, m.refers_to) for m in designator_dropped(mentions)] == [("ORG", -1), ("ORG", 0), ("ORG", -1)]


def test_a_courtesy_titled_full_name_the_recognizer_missed_is_a_person():
    from storyline.extract.person_spans import untagged_titled_names

    body = ("The spokesperson of the port board, Mr Kofi Mensah-Bart, said the board would cooperate. "
            "She called the 1996 winner Miss Grace Tollan. The First Lady. First Woman Award went to Mrs. Ada Obi. "
            "Mr The Harbour Group said nothing.")
    found = [(m.text, m.label) for m in untagged_titled_names([_at(body, "Ada Obi", "PERSON")], body)]
    assert found == [("Mr Kofi Mensah-Bart", "PERSON")]


def test_a_courtesy_titled_full_name_is_one_person_with_its_bare_surname(nlp):
    from storyline.extract.entities import find_mentions, link_mentions

    body = ("Also speaking, the spokesperson of the Federal Harbours Authority, Mr Kwabena Asante, said the "
            "authority would cooperate.\n\n\u201cNo official received any payment,\u201d Asante said.")
    people = {e.name: sorted(m.text for m in e.mentions) for e in link_mentions(find_mentions(nlp(body), body))
              if e.label == "PERSON"}
    assert people == {"Kwabena Asante": ["Asante", "Mr Kwabena Asante"]}


def test_a_name_after_a_body_class_noun_is_the_body_wherever_the_article_writes_it():
    body = ("The breach was confirmed by Australian firm Corrawong Cyber on Monday. Corrawong Cyber said the "
            "files were taken. The company Jane Ostrow founded was not involved.")
    mentions = [_at(body, "Corrawong Cyber", "PERSON"), _at(body, "Corrawong Cyber", "PERSON", nth=1),
                _at(body, "Jane Ostrow", "PERSON")]
    assert [m.label for m in correct_labels(mentions, body)] == ["ORG", "ORG", "PERSON"]


def test_an_organisations_first_word_before_a_role_noun_is_that_organisation():
    from storyline.extract.mention_spans import untagged_org_modifiers

    body = ("Corrawong Cyber, hired by the board, found gaps. Corrawong director Lena Brooks said so. "
            "Lagos Harbour Board said Lagos officials agreed. National Grid engineers said National parks stayed shut.")
    mentions = [_at(body, "Corrawong Cyber", "ORG"), _at(body, "Lena Brooks", "PERSON"),
                _at(body, "Lagos Harbour Board", "ORG"), _at(body, "Lagos", "GPE", nth=1),
                _at(body, "National Grid", "ORG")]
    found = untagged_org_modifiers(mentions, body)
    assert [(m.text, m.label, m.refers_to) for m in found] == [("Corrawong", "ORG", 0)]
