"""The strings a regex cannot match without (extract/regex_needs.py): sound, and used to skip."""
from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.regex_needs import ASCII_TWINS, needed, required_strings


def test_a_literal_run_an_alternation_and_a_repeated_group_give_their_strings():
    assert required_strings(re.compile(r"(?<![\w])(?:told|said)\s+(?i:a) [A-Z]\w+")) == ("said", "told")
    assert required_strings(re.compile(r"\b(?:first )?reported by \w+")) == ("reported by ",)
    assert required_strings(re.compile(r"(?:ab|cd)+x")) == ("ab", "cd")


def test_what_a_match_can_do_without_gives_nothing():
    assert required_strings(re.compile(r"(?:told|)\s+\w+")) == ()  # an empty branch
    assert required_strings(re.compile(r"(?:said)?\s+\w+")) == ()  # optional
    assert required_strings(re.compile(r"(?=said)\w+")) == ()  # a lookahead is not taken
    assert required_strings(re.compile(r"[Ss]aid")) == ("aid",)  # the class cuts the run


def test_a_text_without_the_strings_is_skipped_unless_it_holds_a_twin_letter():
    strings = required_strings(re.compile(r"(?i:reported)"))
    assert not needed(strings, "Officials confirmed it.", "officials confirmed it.")
    assert needed(strings, "It was REPORTED.", "it was reported.")
    text = "It was repoRted by the Kelvin-signed \u212a"  # any twin letter: never skipped
    assert needed(strings, text, text.lower())
    assert needed((), "anything", "anything")


def test_the_twin_letters_are_every_non_ascii_letter_re_matches_to_an_ascii_one():
    letters = re.compile("(?i)(?:" + "|".join(string.ascii_lowercase) + ")")
    every = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    assert {m.group() for m in letters.finditer(every)} == set(ASCII_TWINS.pattern.strip("[]"))


_PATTERNS = [re.compile(p) for p in (
    r"(?<![\w])(?:told|tells|(?i:spoke) to)\s+(?:the )?[A-Z]\w+",
    r"\b(?i:according to|per) (?:an?|the) (?:\w+ ){0,2}(?:report|story)s?\b",
    r"(?i)\b(?:first|exclusively) (?:reported|broke)\b",
    r"(?<!\bby )[“\"]?(?:Kestrel|Sun)[”\"]?\s+(?:also\s+)?(?:said|says|reported)",
)]
_WORDS = ["told", "TOLD", "tells", "Spoke", "SPOKE", "to", "the", "The", "Kestrel", "Sun", "said", "says",
          "reported", "REPORTED", "first", "First", "exclusively", "broke", "According", "to", "per", "a", "an",
          "report", "Stories", "story", "by", "also", "“", "”", "\u0130", "\u0131", "\u017f", "\u212a", "ſaid"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), st.sampled_from(_PATTERNS))
def test_wherever_the_pattern_matches_the_text_is_needed(words, pattern):
    text = " ".join(words)
    if pattern.search(text):
        assert needed(required_strings(pattern), text, text.lower())


class _Spy:
    """A form's pattern that records the texts it scanned."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scanned = pattern, []

    def finditer(self, text: str):
        self.scanned.append(text)
        return self.pattern.finditer(text)


def test_a_citation_form_does_not_scan_a_sentence_without_its_strings():
    from storyline.extract import citations

    told = next(f for f in citations._patterns() if f.needs and "told" in f.needs)
    spy = _Spy(told.pattern)
    form = citations.replace(told, pattern=spy)
    citations._first_named([form], "The council approved the footbridge on Tuesday.")
    assert spy.scanned == []
    citations._first_named([form], "The mayor told the Example Gazette on Tuesday that it was done.")
    assert len(spy.scanned) == 1


def test_the_citation_forms_find_what_they_find_without_their_strings():
    from storyline.extract import citations

    sentences = ["The mayor told the Example Gazette on Tuesday that the bridge would open.",
                 "“It is done,” she said in an interview with Harbour Radio.",
                 "According to a report by the Daily Example, two members opposed the plan.",
                 "The Example Ledger first reported the vote on Monday.",
                 "Officials spoke to reporters after the vote.",
                 "The ſtory was first reported by the Example Ledger."]
    forms = citations._patterns()
    bare = tuple(citations.replace(f, needs=()) for f in forms)
    for text in sentences:
        assert citations._first_named(forms, text) == citations._first_named(bare, text)


def _spans(matches):
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


_TIME_WORDS = ["June", "5", "05", "2019", "1999", "last", "next", "week", "weeks", "ago", "a", "year", "years",
               "earlier", "the", "end", "of", "quarter", "Q3", "Monday", "morning", "10:30", "p.m.", "pm", "noon",
               "mid-2020", "1990s", "'90s", "spring", "two", "days", "-long", "decade", "century", "21st", "Sept.",
               "today", "tonight", ",", ".", "x", "5x", "\u212a", "Christmas", "Eve", "every", "now", "-", "/"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TIME_WORDS), min_size=1, max_size=40), st.sampled_from([" ", "", "  ", "\n"]))
def test_near_scans_find_every_time_rules_matches(words, joiner):
    from storyline.extract.regex_needs import NearScan
    from storyline.extract.timex_rules import RULES

    text = joiner.join(words)
    for rule in RULES:
        scan = NearScan.of(rule.pattern)
        assert _spans(scan.finditer(text, text.lower())) == _spans(rule.pattern.finditer(text)), rule.kind


def test_a_near_scan_reads_a_lookahead_to_its_end_at_a_windows_end():
    from storyline.extract.regex_needs import NearScan

    pattern = re.compile(r"(?<![\w])June\s\d{1,2}(?![\w])(?!\s(?:was|is)\b)")
    scan = NearScan.of(pattern)
    assert scan.strings == ("june",) and scan.width == 7 and scan.ahead == 4
    for text in ["It opens June 5x.", "On June 5 was the vote" + " filler" * 30, "June 12 is a Monday; June 3.",
                 "x" * 50 + "June 7" + " y" * 30 + "June 8 was"]:
        assert _spans(scan.finditer(text, text.lower())) == _spans(pattern.finditer(text))


def test_a_near_scan_finds_a_longest_match_that_ends_in_its_string():
    from storyline.extract.regex_needs import NearScan

    pattern = re.compile(r"(?<![\w])\d{1,2}\s?ago(?![\w])")
    scan = NearScan.of(pattern)
    assert scan.strings == ("ago",) and scan.width == 6
    for text in ["It was 12 ago.", "12 ago", "x12 ago", "1 ago, 22 ago"]:
        assert _spans(scan.finditer(text, text.lower())) == _spans(pattern.finditer(text))


def test_a_pattern_of_unbounded_width_is_scanned_whole():
    from storyline.extract.regex_needs import NearScan

    assert NearScan.of(re.compile(r"June\s+\d+")).width is None
    assert NearScan.of(re.compile(r"June(?=\s+\d+)")).ahead is None
