"""claims29: a modal estimate against a 'will' forecast of one cost, and two counts of one set told in two
negative clauses ('did not receive' / 'failed to receive'); invented sentences."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_denied_counts import implicated
from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}


def ref(article: str, text: str, predicate: str, *, agent: str, theme: str | None, speaker: str, keywords: str,
        modality: str = "asserted", polarity: str = "positive", published: dt.date = dt.date(2026, 2, 4),
        scope: tuple[dt.date, dt.date] | None = None, basis: str = "published") -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, polarity, modality, frozenset(keywords.split()),
                    (), scope or (published, published), agent=agent, theme=theme, scope_basis=basis,
                    published=published, attributed=True, speaker_kind="org", cue="say")


COULD = ref("a", "Repairs to the Hollin sea wall could cost £48m , the council said .", "cost",
            agent="Repairs to the Hollin sea wall", theme="£ 48 m", speaker="council",
            keywords="repair hollin sea wall cost m", modality="could")
WILL = ref("b", "The repairs to the Hollin sea wall will cost about £75m , the agency said .", "cost",
           agent="The repairs to the Hollin sea wall", theme="about £ 75 m", speaker="agency",
           keywords="repair hollin sea wall cost m", modality="will", published=dt.date(2026, 2, 5))


def test_a_modal_estimate_and_a_firm_forecast_apart_conflict():
    verdict = flag_pair(COULD, WILL, GROUPS)
    assert verdict is not None and verdict.kind == "figures"


def test_a_modal_bound_that_holds_the_forecast_does_not():
    bound = ref("a", "The work on the Hollin sea wall could cost up to £80m if storms are severe , the council said .",
                "cost", agent="The work on the Hollin sea wall", theme="to £ 80", speaker="council",
                keywords="work hollin sea wall cost m storm", modality="could")
    assert flag_pair(bound, WILL, GROUPS) is None


DECEMBER = (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
DID_NOT = ref("a", "About 1,200 households did not receive their winter fuel payment in December , the forum said .",
              "receive", agent="About 1,200 households", theme="their winter fuel payment", speaker="forum",
              keywords="household receive winter fuel payment december", polarity="negative",
              published=dt.date(2026, 1, 15), scope=DECEMBER, basis="stated")
FAILED = ref("b", "Some 3,400 households failed to receive the winter fuel payment in December , figures show .",
             "fail", agent="Some 3,400 households", theme="to receive the winter fuel payment in December",
             speaker="figures", keywords="household fail receive winter fuel payment december",
             published=dt.date(2026, 1, 16), scope=DECEMBER, basis="stated")


def test_failing_to_receive_is_not_receiving():
    read = implicated(FAILED)
    assert (read.predicate, read.polarity) == ("receive", "negative")


def test_two_counts_of_those_who_did_not_receive_conflict():
    verdict = flag_pair(DID_NOT, FAILED, GROUPS)
    assert verdict is not None and verdict.kind == "figures"


def test_refusing_is_no_entailed_negation():
    refused = ref("b", "Some 3,400 households refused to receive the payment in December .", "refuse",
                  agent="Some 3,400 households", theme="to receive the payment in December", speaker="figures",
                  keywords="household refuse receive payment december", published=dt.date(2026, 1, 16),
                  scope=DECEMBER, basis="stated")
    assert implicated(refused) is refused
