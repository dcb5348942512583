"""'The company' in a denial said by a body's spokesperson is that body: a report of the act done to another company
is a denial of something else; invented sentences."""
from __future__ import annotations

from tests.conftest import extracted_flags

REPORT = ("The regulator summoned the company's executives on Monday after the payments outage at Kestrel Pay, "
          "the Harbour Ledger reported.", "2026-11-17")


def test_a_spokespersons_the_company_is_the_speakers_own_body():
    flags = extracted_flags(REPORT, ("A Lindqvar spokesperson denied that the company had been summoned by any "
                                     "regulator.", "2026-11-18"))
    assert flags == []


def test_the_same_denial_by_the_reported_company_still_conflicts():
    flags = extracted_flags(REPORT, ("A Kestrel Pay spokesperson denied that the company had been summoned by any "
                                     "regulator.", "2026-11-18"))
    assert [kind for kind, _, _ in flags] == ["opposite"]
