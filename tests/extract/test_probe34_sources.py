"""Branch probe34: a role set beside a surname by commas describes that person, not an unnamed source; a named
outlet's report as the object of a denial; an all-news station's 'Newsradio' brand (invented text)."""
from __future__ import annotations

from storyline.extract.citations import find_citations
from storyline.extract.nlp import load_nlp
from storyline.extract.quotes import find_quotes


def _speaker(body: str, starts: str) -> str | None:
    q = next(q for q in find_quotes(body, load_nlp()(body)) if q.text.startswith(starts))
    return q.speaker.name if q.speaker else None


def test_a_role_in_apposition_to_a_surname_refers_back_to_that_person() -> None:
    body = ("Volunteers handed out blankets at the depot. Okonjo, the borough's harbour operations director, said the north quay "
            "would reopen on Friday.\n\n“Everyone has waited long enough, and I thank them,” the director said.\n\n"
            "Crews will work through the weekend.")
    assert _speaker(body, "Everyone has waited") == "Okonjo"


def test_a_named_report_that_is_denied_is_cited() -> None:
    found = find_citations("The operator dismissed as untrue a Harbour Wire report on Tuesday about safety checks.")
    assert [c.outlet for c in found] == ["Harbour Wire"]
    assert [c.outlet for c in find_citations("The ministry denied a Reuters report that talks had stalled.")] == ["Reuters"]
    # an unnamed report is no citation
    assert find_citations("The minister denied the report on Monday.") == []


def test_an_all_news_station_brand_is_an_outlet() -> None:
    found = find_citations("WQXN Newsradio reported that some families were still waiting for vouchers.")
    assert [c.outlet for c in found] == ["WQXN Newsradio"]


def test_a_possessed_role_in_apposition_is_that_persons_title_after_another_speaker() -> None:
    body = ("“No inspector has visited our depot,” operator spokeswoman Ana Lind said. “That story is wrong.”\n\n"
            "The transport board did not respond to a request for comment.\n\n"
            "At the quay, people lined up for tickets and refunds. Okonjo, the borough's operations director, said "
            "the ferry terminal at the north quay would reopen on Friday.\n\n"
            "“Everyone has waited long enough, and I thank them,” the director said.")
    assert _speaker(body, "Everyone has waited") == "Okonjo"
