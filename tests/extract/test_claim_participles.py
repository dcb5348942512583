"""A dated participle modifying a noun is a claim of its own event (lead session 18, from probe24's two
accounts of a signing; invented sentences)."""
from storyline.extract.claims import claims_from_sentence
from storyline.extract.nlp import parse_one


class T:  # a time expression as the timex stage gives it
    def __init__(self, start: int, text: str, value: str):
        self.start, self.end, self.text, self.value, self.type = start, start + len(text), text, value, "DATE"


def _claims(text: str, when: str, value: str):
    return {c.predicate: c for s in parse_one(text).sents
            for c in claims_from_sentence(s, [T(text.index(when), when, value)])}


def test_a_dated_participle_modifying_a_noun_is_its_own_dated_claim():
    found = _claims("The lease, signed on 19 June 2021, runs for ten years and covers two berths.",
                    "19 June 2021", "2021-06-19")
    assert found["sign"].time == "2021-06-19" and "lease" in (found["sign"].agent or "")
    # the participle's day dates the signing, not what the lease does
    assert found["run"].time is None and found["cover"].time is None


def test_an_undated_participle_makes_no_claim_of_its_own():
    found = _claims("The report, published by the regulator, found 40 faults on Monday.", "Monday", "2024-03-04")
    assert "publish" not in found and found["find"].time == "2024-03-04"


def test_a_by_phrase_of_time_is_a_deadline_not_the_doer():
    found = _claims("The firm said $412 million had been paid to the contractor by the end of October.",
                    "the end of October", "2024-10")
    assert found["pay"].agent == "$ 412 million"


def test_a_participle_on_the_statement_dates_the_saying():
    found = _claims("In a statement issued on Thursday, the board said 40 wells had failed.", "Thursday", "2024-03-07")
    assert found["fail"].time == "2024-03-07"


def test_a_dated_relative_clause_with_its_own_subject_is_its_own_dated_claim():
    found = _claims("Staff were told to silence alarms on a freezer whose pump failed on 12 October.",
                    "12 October", "2024-10-12")
    assert found["fail"].time == "2024-10-12" and "pump" in (found["fail"].agent or "")
