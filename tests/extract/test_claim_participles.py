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
    found = _claims("The report, published last spring, found 40 faults on Monday.", "Monday", "2024-03-04")
    assert "publish" not in found and found["find"].time == "2024-03-04"


def test_an_undated_participle_naming_its_doer_is_an_undated_claim_of_its_own():
    found = _claims("The report, published by the regulator, found 40 faults on Monday.", "Monday", "2024-03-04")
    assert found["publish"].agent == "the regulator" and "report" in (found["publish"].theme or "")
    assert found["publish"].time is None and found["find"].time == "2024-03-04"


def test_a_participles_claim_is_framed_as_its_clause():
    found = _claims("Two terminals were shut pending inspections ordered by the labour ministry, the broadcaster "
                    "reported on Friday.", "Friday", "2026-03-13")
    assert found["order"].cue == "report" and found["order"].polarity == "positive" and found["order"].time is None


def test_a_denied_clauses_participle_is_not_the_deniers_claim():
    found = _claims("The company denied on Friday that it had relied on a report commissioned by the council.",
                    "Friday", "2026-03-13")
    assert "commission" not in found


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
