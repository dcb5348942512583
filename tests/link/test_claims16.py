"""Three generic kinds the unseen stories missed (invented text): one removal counted with two verbs of one
frame and nouns of one class (link/claim_frame_counts.py), a share of money in cents of a dollar against a
percentage (link/claim_shares.py), and two dates of the one most recent check of a thing
(link/claim_last_event.py); each through link/claim_recounts.recounted as contradictions calls it."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_contrast import named_apart
from storyline.link.claim_dates import same_event
from storyline.link.claim_frame_counts import frame_count_conflict, one_set, source_heads
from storyline.link.claim_last_event import last_act, last_event_conflict
from storyline.link.claim_recounts import recounted
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_shares import dollar_share, share_conflict
from storyline.link.contradictions import flag_pair
from storyline.link.propositions import singular

FLOOD = (dt.date(2023, 9, 8), dt.date(2023, 9, 8))


def ref(text: str, predicate: str, agent: str | None, theme: str | None, *, speaker: str = "the Courier",
        scope=FLOOD, basis: str = "stated", published: dt.date = dt.date(2023, 9, 10),
        figures: tuple[str, ...] = (), polarity: str = "positive") -> ClaimRef:
    keywords = frozenset(singular(w.strip(".,").lower()) for w in text.split()) | {predicate}  # lemmas
    return ClaimRef("a" + speaker, 0, len(text), text, speaker, predicate, polarity, "asserted", keywords, figures,
                    scope, agent=agent, theme=theme, scope_basis=basis, published=published)


PULLED = ref("Divers pulled 19 campers out of the river camp during the Sept. 8 flood, the sheriff said.", "pull",
             "Divers", "19 campers", speaker="the sheriff")
EVACUATED = ref("Deputies evacuated 33 people from the river camp during the Sept. 8 flood.", "evacuate",
                "Deputies", "33 people", speaker="the county", published=dt.date(2023, 9, 11))


def test_one_removal_told_with_two_verbs_of_one_frame_and_a_class_noun():
    assert one_set("people", "camper") and one_set("vehicle", "van") and not one_set("camper", "counselor")
    assert source_heads(PULLED.text) == {"camp"}
    assert frame_count_conflict(PULLED, EVACUATED) is not None
    assert recounted(EVACUATED, PULLED) is not None
    # a passive's subject is what the act is done to
    vans = ref("Tow crews hauled 12 vans off the flooded lot on Sept. 8.", "haul", "Tow crews", "12 vans")
    removed = ref("In all, 30 vehicles were removed from the flooded lot on Sept. 8.", "remove",
                  "30 vehicles", "the flooded lot", speaker="the city", published=dt.date(2023, 9, 11))
    assert frame_count_conflict(vans, removed) is not None


def test_two_sets_another_place_a_hedge_or_an_open_period_stay_apart():
    staff = ref("Nine counselors were also evacuated from the river camp during the Sept. 8 flood.", "evacuate",
                "Nine counselors", "the river camp", speaker="the county", published=dt.date(2023, 9, 11))
    assert frame_count_conflict(PULLED, staff) is None  # campers and counselors: two sets
    other_place = ref("Deputies evacuated 33 people from the hillside lodge during the Sept. 8 flood.", "evacuate",
                      "Deputies", "33 people", speaker="the county", published=dt.date(2023, 9, 11))
    assert frame_count_conflict(PULLED, other_place) is None
    hedged = ref("Deputies evacuated at least 15 people from the river camp during the Sept. 8 flood.",
                 "evacuate", "Deputies", "at least 15 people", speaker="the county", published=dt.date(2023, 9, 11))
    assert frame_count_conflict(PULLED, hedged) is None
    ongoing = ref("Deputies evacuated 33 people from the river camp on Sept. 10.", "evacuate", "Deputies",
                  "33 people", speaker="the county", scope=(dt.date(2023, 9, 10), dt.date(2023, 9, 10)),
                  published=dt.date(2023, 9, 10))
    assert frame_count_conflict(PULLED, ongoing) is None
    carried = ref("Volunteers carried 40 sandbags during the Sept. 8 flood.", "carry", "Volunteers", "40 sandbags")
    assert frame_count_conflict(carried, EVACUATED) is None  # carrying with no source is no removal


SHARE = ref("For the museum, 88 cents of every dollar donors give goes straight to exhibits.", "go",
            "88 cents of every dollar donors give", "exhibits", speaker="the museum", basis="published",
            scope=(dt.date(2024, 3, 1), dt.date(2024, 3, 1)), published=dt.date(2024, 3, 1))


def test_cents_of_a_dollar_meets_a_percentage_of_the_same_whole():
    assert dollar_share(SHARE.text) == 88 and dollar_share("recovered sixty cents on the dollar") == 60
    spent = ref("Tax filings show the museum spent 54 percent of its donations on exhibits in 2024.", "spend",
                "the museum", "54 percent of its donations on exhibits", speaker="tax filings", figures=("54%",),
                scope=(dt.date(2024, 1, 1), dt.date(2024, 12, 31)), published=dt.date(2024, 6, 1))
    assert share_conflict(SHARE, spent) is not None
    assert recounted(spent, SHARE) is not None
    close = ref("The museum spent 85 percent of its donations on exhibits in 2024.", "spend", "The museum",
                "85 percent", speaker="tax filings", figures=("85%",))
    assert share_conflict(SHARE, close) is None


def test_a_percentage_of_people_or_another_year_is_another_proportion():
    visitors = ref("A survey found 61 percent of visitors rated the exhibits as excellent.", "find", "A survey",
                   "61 percent of visitors", speaker="a survey", figures=("61%",))
    assert share_conflict(SHARE, visitors) is None
    other_year = ref("The museum spent 54 percent of its donations on exhibits in 2019.", "spend", "The museum",
                     "54 percent", speaker="tax filings", figures=("54%",))
    assert share_conflict(SHARE, other_year) is None


def month(y: int, m: int) -> tuple[dt.date, dt.date]:
    end = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1))
    return dt.date(y, m, 1), end


LAST = ref("County engineers last inspected the Wren Street bridge in April 2022, records show.", "inspect",
           "County engineers", "the Wren Street bridge", speaker="records", scope=month(2022, 4),
           published=dt.date(2024, 5, 1))


def test_two_dates_of_the_one_most_recent_check():
    assert last_act(LAST) is not None
    review = ref("The latest review of the Wren Street bridge by county engineers came in January 2023.", "come",
                 "The latest review of the Wren Street bridge by county engineers", "January 2023",
                 speaker="a county aide", scope=month(2023, 1), published=dt.date(2024, 6, 3))
    assert last_event_conflict(LAST, review) is not None
    assert recounted(review, LAST) is not None


def test_checks_that_are_not_unique_newer_or_of_another_thing_stay_apart():
    plain = ref("County engineers inspected the Wren Street bridge in January 2023.", "inspect",
                "County engineers", "the Wren Street bridge", speaker="a county aide", scope=month(2023, 1),
                published=dt.date(2024, 6, 3))
    assert last_event_conflict(LAST, plain) is None  # no 'last': one inspection of several
    newer = ref("County engineers most recently examined the Wren Street bridge in May 2024.", "examine",
                "County engineers", "the Wren Street bridge", speaker="a county aide", scope=month(2024, 5),
                published=dt.date(2024, 6, 3))
    assert last_event_conflict(LAST, newer) is None  # after the earlier report: a newer check
    other = ref("County engineers last inspected the Oak Street tunnel in January 2023.", "inspect",
                "County engineers", "the Oak Street tunnel", speaker="a county aide", scope=month(2023, 1),
                published=dt.date(2024, 6, 3))
    assert last_event_conflict(LAST, other) is None
    last_year = ref("County engineers inspected the Wren Street bridge last year.", "inspect", "County engineers",
                    "the Wren Street bridge", speaker="a county aide", scope=month(2023, 1),
                    published=dt.date(2024, 6, 3))
    assert last_act(last_year) is None  # 'last year' is a time, not a unique check


def test_one_head_with_two_contrasting_modifiers_is_two_things():
    north = ref("The north wing lost power on March 3, the hospital said.", "lose", "The north wing", "power",
                scope=(dt.date(2024, 3, 3), dt.date(2024, 3, 3)))
    south = ref("The south wing of the hospital lost power on June 18.", "lose", "The south wing of the hospital",
                "power", speaker="the wire", scope=(dt.date(2024, 6, 18), dt.date(2024, 6, 18)))
    again = ref("The north wing lost power on March 4.", "lose", "The north wing", "power", speaker="the wire",
                scope=(dt.date(2024, 3, 4), dt.date(2024, 3, 4)))
    assert named_apart(north, south) and not named_apart(north, again)
    assert not same_event(north, south)  # two wings: two events, not two dates of one
    assert same_event(north, again)


def test_asking_about_a_thing_asserts_nothing_of_it():
    asked = ref("Board members on Monday questioned public works director Ann Lee about the city's oversight of "
                "Elmstead Mowing.", "question", "Board members",
                "public works director Ann Lee about the city's oversight of Elmstead", speaker="Board members",
                scope=(dt.date(2024, 4, 1), dt.date(2024, 4, 1)), published=dt.date(2024, 4, 2))
    never = ref("Elmstead Mowing has never been penalized by the city for its work, its owner said.", "penalize",
                "the city", "Elmstead Mowing", speaker="its owner", polarity="negative", basis="never",
                scope=(dt.date.min, dt.date(2024, 5, 1)), published=dt.date(2024, 5, 1))
    assert flag_pair(asked, never, {}) is None


def test_two_dollar_shares_of_one_whole():
    filings = ref("Tax filings show 61 cents of every dollar donors gave went to exhibits in 2024.", "go",
                  "61 cents of every dollar donors gave", "exhibits", speaker="tax filings",
                  scope=(dt.date(2024, 1, 1), dt.date(2024, 12, 31)), published=dt.date(2024, 6, 1))
    assert share_conflict(SHARE, filings) is not None
