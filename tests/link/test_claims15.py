"""Three generic kinds the unseen stories missed (invented text): a denial of any part in an act against the
act's report (link/claim_involvement.py), an assertion and a denial in one period named in the same words
('in the month after the storm', claim_event_counts.anchored_period), and two frequencies of one habitual act
(link/claim_frequency.py, with the parse gate for a universal with a frequency: extract/nlp.py)."""
from __future__ import annotations

import datetime as dt

from storyline.extract.nlp import NEEDS_PARSE
from storyline.link.claim_event_counts import anchored_period
from storyline.link.claim_frequency import frequency_conflict
from storyline.link.claim_involvement import denied_act, involvement_conflict
from storyline.link.claim_ref import ClaimRef
from storyline.link.story_view import view_story
from storyline.pipeline import ingest
from storyline.settings import load_settings
from storyline.store import open_store

DAY = (dt.date(2023, 5, 2), dt.date(2023, 5, 2))


def ref(text: str, predicate: str, agent: str | None, theme: str | None, *, polarity: str = "positive",
        speaker: str = "the Courier", scope=DAY, basis: str = "published",
        published: dt.date = dt.date(2023, 5, 2)) -> ClaimRef:
    keywords = frozenset(w.strip(".,").lower() for w in text.split()) | {predicate}
    return ClaimRef("a" + speaker, 0, len(text), text, speaker, predicate, polarity, "asserted", keywords, (),
                    scope, agent=agent, theme=theme, scope_basis=basis, published=published)


AUDITING = ref("The state comptroller is auditing the harbor district's pension fund.", "audit",
               "The state comptroller", "the harbor district's pension fund")


def test_a_denial_of_any_part_in_the_act_meets_its_report():
    no_role = ref("The state comptroller has played no role in any review of the pension fund, an aide said.",
                  "play", "The state comptroller", "no role", polarity="negative", speaker="an aide")
    assert denied_act(no_role)[:2] == ["review", "of"]
    assert involvement_conflict(AUDITING, no_role) is not None
    not_involved = ref("The state comptroller is not involved in auditing the pension fund.", "be",
                       "The state comptroller", "involved", polarity="negative", speaker="an aide")
    assert involvement_conflict(not_involved, AUDITING) is not None


def test_a_denial_of_another_act_another_thing_or_another_doer_is_apart():
    cleanup = ref("The state comptroller has no part in selling the pension fund's bonds.", "have",
                  "The state comptroller", "no part", polarity="negative", speaker="an aide")
    assert involvement_conflict(AUDITING, cleanup) is None  # selling is not auditing
    other_thing = ref("The state comptroller has no role in any review of the ferry budget.", "have",
                      "The state comptroller", "no role", polarity="negative", speaker="an aide")
    assert involvement_conflict(AUDITING, other_thing) is None
    other_doer = ref("The county auditor has no role in any review of the pension fund.", "have",
                     "The county auditor", "no role", polarity="negative", speaker="an aide")
    assert involvement_conflict(AUDITING, other_doer) is None


def test_one_anchored_period_in_the_same_words_and_a_bare_or_deictic_one():
    x = ref("No streetlights were repaired in the month after the storm, the city said.", "repair", "No streetlights", None)
    y = ref("Crews repaired 60 streetlights in the month after the March storm.", "repair", "Crews", "60 streetlights")
    assert anchored_period(x, y) == "month after storm"
    bare = ref("Crews repaired 60 streetlights in the first month of the year.", "repair", "Crews", "60 streetlights")
    past = ref("No streetlights were repaired in the past month after the storm.", "repair", "No streetlights", None)
    other = ref("Crews repaired 60 streetlights in the month after the flood.", "repair", "Crews", "60 streetlights")
    assert anchored_period(bare, bare) == "" and anchored_period(past, y) == "" and anchored_period(x, other) == ""


HABIT = ref("Every bridge in the county is inspected by state engineers four times a year.", "inspect",
            "state engineers", "Every bridge in the county", speaker="the county", published=dt.date(2023, 2, 1))


def test_a_habitual_frequency_meets_a_lower_count_of_its_year():
    once = ref("The county's bridges were inspected just once in 2023, records show.", "inspect",
               "The county's bridges", None, speaker="records", scope=(dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
               basis="stated", published=dt.date(2024, 2, 1))
    found = frequency_conflict(HABIT, once)
    assert found is not None and found.same_time and "4 times a year and records once in 2023" in found.reason
    monthly = ref("Each bridge is inspected twice a month, the engineers said.", "inspect", "Each bridge", None,
                  speaker="the engineers")
    assert frequency_conflict(HABIT, monthly) is not None  # 4 a year against 24 a year


def test_a_frequency_of_another_year_thing_or_the_same_rate_is_apart():
    other_year = ref("The county's bridges were inspected just once in 2021.", "inspect", "The county's bridges",
                     None, speaker="records", basis="stated", published=dt.date(2024, 2, 1))
    tunnels = ref("The county's tunnels were inspected just once in 2023.", "inspect", "The county's tunnels",
                  None, speaker="records", basis="stated", published=dt.date(2024, 2, 1))
    same = ref("The county's bridges were inspected four times in 2023.", "inspect", "The county's bridges", None,
               speaker="records", basis="stated", published=dt.date(2024, 2, 1))
    assert frequency_conflict(HABIT, other_year) is None and frequency_conflict(HABIT, tunnels) is None
    assert frequency_conflict(HABIT, same) is None


def test_the_parse_gate_takes_a_universal_with_a_frequency_only():
    assert NEEDS_PARSE.search("Each pump in the station is serviced twice a month by contractors.")
    assert not NEEDS_PARSE.search("The pumps are serviced by contractors.")
    assert not NEEDS_PARSE.search("Each pump is cleaned by crews.")


FIRST = """Bridge checks questioned

By Ines Varo, Ostrel Evening Star

OSTREL, Feb. 1, 2023 - Every bridge in Ostrel County is inspected by state engineers four times a year.

No streetlights were repaired in the month after the storm, city engineer Hal Brinn said.

The state comptroller is auditing the harbor district's pension fund, two officials told the Star.
"""
SECOND = """Records cast doubt on county accounts

By Paul Amberg, Ostrel Courier

OSTREL, Feb. 20, 2024 - Ostrel County's bridges were inspected just once in 2023, state records show.
"""
THIRD = """Crews and auditors

By Paul Amberg, Ostrel Courier

OSTREL, May 10, 2023 - City crews repaired 60 streetlights in the month after the storm, according to work orders.
"""
FOURTH = """Comptroller's office answers

By Paul Amberg, Ostrel Courier

OSTREL, Feb. 15, 2023 - The state comptroller has played no role in any review of the harbor district's pension fund, spokeswoman Edna Lusk said.
"""


def test_an_ingested_story_flags_the_three_kinds(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in (("a.txt", FIRST), ("b.txt", SECOND), ("c.txt", THIRD), ("d.txt", FOURTH)):
        (folder / name).write_text(text)
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
    found = [c for story in store.list_stories() for c in view_story(store, story.id).contradictions]
    pairs = {frozenset((c["a"]["text"].split()[1], c["b"]["text"].split()[1])) for c in found}
    assert frozenset(("bridge", "County's")) in pairs
    assert frozenset(("streetlights", "crews")) in pairs
    assert frozenset(("state",)) in pairs


def test_a_quoted_promise_of_n_out_of_m_meets_a_measured_percentage():
    from storyline.link.claim_slogans import slogan_conflict

    ad = ref('Buses carry the district\'s pledge, "Nine in 10 buses arrive before the bell," on their doors.', "carry",
             "Buses", "the district 's pledge", speaker="the district", published=dt.date(2023, 9, 1))
    audit = ref("Audit data show 62 percent of district buses arrived before the bell in 2023.", "arrive",
                "62 percent of district buses", "the bell", speaker="audit data", basis="stated",
                published=dt.date(2024, 3, 1))
    found = slogan_conflict(ad, audit)
    assert found is not None and "the district's states 90%" in found.reason
    near = ref("Audit data show 88 percent of district buses arrived before the bell in 2023.", "arrive",
               "88 percent of district buses", "the bell", speaker="audit data", published=dt.date(2024, 3, 1))
    riders = ref("Audit data show 62 percent of riders arrived before the bell in 2023.", "arrive",
                 "62 percent of riders", "the bell", speaker="audit data", published=dt.date(2024, 3, 1))
    later = ref("Audit data show 62 percent of district buses arrived before the bell in 2021.", "arrive",
                "62 percent of district buses", "the bell", speaker="audit data", published=dt.date(2024, 3, 1))
    goal = ref('The district\'s goal, "Nine in 10 buses arrive before the bell," hangs in the depot.', "hang",
               "The district 's goal", "the depot", speaker="the district", published=dt.date(2023, 9, 1))
    assert all(slogan_conflict(ad, x) is None for x in (near, riders, later))
    assert slogan_conflict(goal, audit) is None  # a goal asserts nothing
