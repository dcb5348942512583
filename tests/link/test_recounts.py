"""One count told in two shapes (invented text): 'V … N times' against N V-nouns, two parts of one definite
set, and converse verbs (link/claim_event_counts.py, link/claim_converse.py, link/claim_recounts.py)."""
from __future__ import annotations

import datetime as dt

from storyline.link.claim_converse import converse_conflict
from storyline.link.claim_event_counts import event_count_conflict, partitive_conflict, tallies, time_phrases
from storyline.link.claim_ref import ClaimRef
from storyline.link.story_view import view_story
from storyline.pipeline import ingest
from storyline.settings import load_settings
from storyline.store import open_store

Y2022 = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def ref(text: str, predicate: str, agent: str, theme: str, *, scope=Y2022, basis: str = "stated",
        published: dt.date = dt.date(2023, 3, 1), speaker: str = "the port authority") -> ClaimRef:
    keywords = frozenset(w.strip(".,").lower().removesuffix("s") for w in text.split()) | {predicate}
    return ClaimRef("a" + speaker, 0, len(text), text, speaker, predicate, "positive", "asserted", keywords, (),
                    scope, agent=agent, theme=theme, scope_basis=basis, published=published)


INSPECTED = ref("Harbor officials inspected the Tessaly ferry 12 times in 2022.", "inspect", "Harbor officials",
                "the Tessaly ferry")


def test_an_act_counted_with_times_meets_a_count_of_its_noun():
    logs = ref("Port logs show three inspections of the Tessaly ferry by harbor officials in 2022.", "show",
               "Port logs", "three inspections of the Tessaly ferry by harbor officials", speaker="port logs")
    x, y = event_count_conflict(INSPECTED, logs)
    assert (x.low, y.low, y.noun) == (12, 3, "inspection")


def test_a_count_of_acts_on_another_object_or_year_or_a_multiplier_is_apart():
    other = ref("Port logs show three inspections of the Merrow barge by harbor officials in 2022.", "show",
                "Port logs", "three inspections of the Merrow barge by harbor officials", speaker="port logs")
    assert event_count_conflict(INSPECTED, other) is None
    later = ref("Port logs show three inspections of the Tessaly ferry by harbor officials in 2023.", "show",
                "Port logs", "three inspections of the Tessaly ferry by harbor officials",
                scope=(dt.date(2023, 1, 1), dt.date(2023, 12, 31)), speaker="port logs")
    assert event_count_conflict(INSPECTED, later) is None
    times_as_many = ref("Harbor officials inspected the Tessaly ferry three times as often in 2022.", "inspect",
                        "Harbor officials", "the Tessaly ferry")
    logs = ref("Port logs show 40 inspections of the Tessaly ferry by harbor officials in 2022.", "show",
               "Port logs", "40 inspections of the Tessaly ferry by harbor officials", speaker="port logs")
    assert event_count_conflict(times_as_many, logs) is None


SCRAPPED = ref("Crews scrapped 40 of the damaged containers in the first month after the fire.", "scrap", "Crews",
               "40 of the damaged containers", scope=None, basis="reported", published=dt.date(2023, 3, 1))


def test_two_parts_of_one_definite_set_in_one_named_period_conflict():
    insurer = ref("Only 9 of the damaged containers were scrapped in the first month after the fire.", "scrap",
                  "Only 9 of the damaged containers", "the first month after the fire", scope=None,
                  basis="published", published=dt.date(2023, 5, 1), speaker="an insurer")
    x, y = partitive_conflict(SCRAPPED, insurer)
    assert (x.of_set, x.low, y.low) == ("the damaged containers", 40, 9)
    cranes = ref("Only 9 of the damaged cranes were scrapped in the first month after the fire.", "scrap",
                 "Only 9 of the damaged cranes", "the first month after the fire", scope=None,
                 basis="published", published=dt.date(2023, 5, 1), speaker="an insurer")
    assert partitive_conflict(SCRAPPED, cranes) is None


def test_an_undated_part_that_grows_later_is_an_update_and_one_that_falls_is_not():
    early = ref("Crews scrapped 12 of the damaged containers.", "scrap", "Crews", "12 of the damaged containers",
                scope=None, basis="published", published=dt.date(2023, 3, 1))
    more = ref("Crews scrapped 30 of the damaged containers.", "scrap", "Crews", "30 of the damaged containers",
               scope=None, basis="published", published=dt.date(2023, 4, 1), speaker="an insurer")
    fewer = ref("Crews scrapped 5 of the damaged containers.", "scrap", "Crews", "5 of the damaged containers",
                scope=None, basis="published", published=dt.date(2023, 4, 1), speaker="an insurer")
    assert partitive_conflict(early, more) is None
    assert partitive_conflict(early, fewer) is not None


SOLD = ref("The Brandt yard sold 14 new tugboats to the Ostrel port authority in 2022.", "sell", "The Brandt yard",
           "14 new tugboats", speaker="the yard's owner")


def test_converse_verbs_count_one_transfer():
    bought = ref("The Ostrel port authority bought six tugboats from the Brandt yard in 2022.", "buy",
                 "The Ostrel port authority", "six tugboats")
    x, y = converse_conflict(SOLD, bought)
    assert (x.noun, x.low, y.low) == ("tugboat", 14, 6)
    assert [t.noun for t in tallies(SOLD)] == ["tugboat"]  # '14 new tugboats' counts tugboats, not 'new'


def test_a_converse_told_by_another_party_or_a_verb_that_is_no_converse_is_apart():
    other_buyer = ref("The Lisk ferry company bought six tugboats from the Brandt yard in 2022.", "buy",
                      "The Lisk ferry company", "six tugboats")
    assert converse_conflict(SOLD, other_buyer) is None
    repaired = ref("The Ostrel port authority repaired six tugboats from the Brandt yard in 2022.", "repair",
                   "The Ostrel port authority", "six tugboats")
    assert converse_conflict(SOLD, repaired) is None


def test_a_time_phrase_relative_to_its_speaker_names_no_one_period():
    assert time_phrases("in the first week after the storm") == {"first week after the storm"}
    assert time_phrases("over the 2021-22 school year") == {"2021-22 school year"}
    assert time_phrases("in the past year") == set() and time_phrases("during the last month") == set()


FIRST = """Ferry yard deal under scrutiny

By Ines Varo, Ostrel Evening Star

OSTREL, March 1, 2023 - Harbor officials inspected the Tessaly ferry 12 times in 2022, the port authority said.

The Brandt yard sold 14 new tugboats to the Ostrel port authority in 2022, the yard's owner said.
"""
SECOND = """Records cast doubt on port accounts

By Paul Amberg, Ostrel Courier

OSTREL, May 2, 2023 - Port logs show three inspections of the Tessaly ferry by harbor officials in 2022.

The Ostrel port authority bought six tugboats from the Brandt yard in 2022, according to its annual report.
"""


def test_an_ingested_story_flags_both_shapes(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST)
    (folder / "b.txt").write_text(SECOND)
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
    found = [c for story in store.list_stories() for c in view_story(store, story.id).contradictions]
    told = sorted(c["explanation"].split(": ")[1].split(",")[0] for c in found)
    assert told == ["'inspect … N times' and a count of the noun 'inspection' count one kind of act",
                    "sell and buy tell one event from its two sides"]


def test_two_exact_counts_five_percent_apart_are_two_values_and_a_rounded_one_is_not():
    delivered = ref("Tidewell Regional delivered 412 babies in 2023.", "deliver", "Tidewell Regional", "412 babies",
                    scope=(dt.date(2023, 1, 1), dt.date(2023, 12, 31)))
    born = ref("380 babies were born at Tidewell Regional in 2023.", "bear", "380 babies", "Tidewell Regional",
               scope=(dt.date(2023, 1, 1), dt.date(2023, 12, 31)), speaker="birth records")
    about = ref("About 400 babies were born at Tidewell Regional in 2023.", "bear", "About 400 babies",
                "Tidewell Regional", scope=(dt.date(2023, 1, 1), dt.date(2023, 12, 31)), speaker="birth records")
    assert converse_conflict(delivered, born) is not None  # deliver / bear: one event from its two sides
    assert converse_conflict(delivered, about) is None


def test_acts_counted_as_a_passive_subject_with_no_doer_meet_the_object():
    called = ref("Parents called the help line 300 times in 2022.", "call", "Parents", "the help line")
    made = ref("Only 120 calls were made to the help line in 2022.", "make", "Only 120 calls", "the help line",
               speaker="phone records")
    assert event_count_conflict(called, made) is not None
    by_others = ref("Only 120 calls were made to the help line by teachers in 2022.", "make", "Only 120 calls",
                    "the help line", speaker="phone records")
    assert event_count_conflict(called, by_others) is None  # another doer's acts
