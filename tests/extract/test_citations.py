import re
from dataclasses import replace
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_article
from storyline.extract.citations import Citation, find_citations, outlet_key, resolve_citation
from storyline.extract.sentences import split_sentences
from storyline.model import PublishedDate


class Time:
    def __init__(self, start, value):
        self.start, self.value = start, value


BODY = ("The Harbour Ledger first reported in March 2023 that the wells were closed. "
        "According to Radio Costa, the minister knew. The Ledger previously reported the same. "
        "The mayor told reporters nothing.")


def test_reporting_frames_are_found():
    outlets = [c.outlet for c in find_citations(BODY)]
    assert outlets == ["The Harbour Ledger", "Radio Costa", "The Ledger"]


def test_known_outlets_extend_the_pattern():
    cites = find_citations("Velana Online reported the closure on Friday.", known_outlets=["Velana Online"])
    assert [c.outlet for c in cites] == ["Velana Online"]


def test_resolution_needs_outlet_and_time():
    march = BODY.index("March 2023")
    [first, *_] = find_citations(BODY, times=[Time(march, "2023-03")])
    assert first.time == "2023-03"
    ledger = make_article(outlet="Harbour Ledger", published=PublishedDate("2023-03-14", "day"))
    later = make_article("other", outlet="Harbour Ledger", published=PublishedDate("2024-01-02", "day"))
    assert resolve_citation(first, [ledger, later]) == ledger.id
    assert resolve_citation(Citation(0, 1, "x", "The Harbour Ledger"), [ledger]) is None


@given(st.text(alphabet=st.sampled_from("ab. A?!\n“”Mr"), max_size=200))
def test_sentence_offsets_always_index_the_body(body):
    assert all(body[s.start:s.end] == s.text for s in split_sentences(body))


def test_abbreviations_do_not_split():
    texts = [s.text for s in split_sentences("Mr. Ruiz met U.S. officials on Jan. 3. They left.")]
    assert texts == ["Mr. Ruiz met U.S. officials on Jan. 3.", "They left."]


# Forms of citing press, broadcast, online outlets and posts (rules/citations.toml). Written for
# these tests; each sentence is one common form, none taken from a dataset.
FORMS = [
    ("The minister told CNN on Sunday that the wells were safe.", "CNN"),
    ("Ms. Arden said in an interview with Fox News that she would resign.", "Fox News"),
    ("Speaking on MSNBC's \"Morning Joe,\" the senator defended the vote.", "MSNBC"),
    ("The mayor wrote in an op-ed in the Velana Courier that the plan had failed.", "the Velana Courier"),
    ("“It is over,” reported Reuters.", "Reuters"),
    ("The deal was first reported by the Harbour Ledger in May.", "the Harbour Ledger"),
    ("The governor told the Televisa network that aid was coming.", "Televisa"),
    ("Port Velana (AP) — The harbour reopened on Monday.", "AP"),
    ("The senator took to Truth Social to deny the report.", "Truth Social"),
    ("In a Facebook post on Friday, the council said the water was safe.", "Facebook"),
    ("The president tweeted that the talks were over.", "Twitter"),
    ("The director told InsideVelana the tests were late.", "InsideVelana"),
    ("Officials said, citing a report by Radio Costa, that three wells closed.", "Radio Costa"),
]
NOT_CITATIONS = [
    "The mayor told reporters nothing new.",
    "He told a TV reporter that he wanted to leave.",
    "Trump's tweet drew criticism from both parties.",
    "The Ministry of Health said it would publish the results.",
]


def test_press_broadcast_online_and_post_forms_are_found():
    found = [outlet_key((find_citations(text) or [Citation(0, 0, "", "")])[0].outlet) for text, _ in FORMS]
    assert found == [outlet_key(outlet) for _, outlet in FORMS]


def test_sentences_citing_no_outlet_are_not_citations():
    assert [c.outlet for text in NOT_CITATIONS for c in find_citations(text)] == []


# Broadcast, online and press forms added for the issue "news the project has never seen" (written
# for these tests; rules/citations.toml tables named in each comment).
MORE_FORMS = [
    ("The mayor said this week on CNBC that the port would reopen.", "CNBC"),                       # venue_speech_verbs
    ("On “Meet the Velana,” the senator said the vote was lost.", "Meet the Velana"),                # quoted title
    ("She blasted the plan on Tuesday on The Dana Ruiz Show.", "The Dana Ruiz Show"),               # Show head
    ("The minister told the Spanish-language network Univision that aid was late.", "Univision"),   # apposition
    ("A witness told local television station KVLA that she saw the fire.", "KVLA"),                # call sign
    ("The clerk told a local newspaper, the Velana Gazette, that the files were gone.", "Velana Gazette"),
    ("The engineer wrote on the website Harbour Notes that the plan had failed.", "Harbour Notes"),  # apposition
    ("The company is closing two plants, VelanaNews.com reported.", "VelanaNews.com"),              # domain
    ("The Velana Post is now reporting that the talks failed.", "The Velana Post"),                 # auxiliary
    ("As the Harbour Ledger has previously reported, the wells were closed.", "the Harbour Ledger"),
    ("The talks stalled, noted the Velana Courier's Ana Ruiz.", "the Velana Courier"),              # inverted
    ("Said Reuters: the harbour is shut.", "Reuters"),
    ("The port is closing, according to the Harbour Ledger's sources.", "the Harbour Ledger"),
    ("A spokesman had no comment when contacted by the Velana Times.", "the Velana Times"),
    ("h/t Harbour Ledger", "Harbour Ledger"),                                                          # credit_lines
    ("A new report (via the Velana Herald) says the mine will close.", "the Velana Herald"),
    ("A statement posted on the official Facebook page of the ministry said the dam held.", "Facebook"),
    ("In a recent thread on Reddit, one worker described the night shift.", "Reddit"),
    ("The mayor confirmed a report of the closure in the Velana Times on Sunday.", "the Velana Times"),
]
MORE_NOT_CITATIONS = [
    "Source: YouTube",                                                   # an embed credit, not reporting
    "Facebook paid $42 per Instagram user.",                             # users counted, no post
    "In the wake of the Velana Times report, the mayor changed course.",  # a report mentioned, not cited
    "The senator spoke on Tuesday on Capitol Hill.",                     # a place, not The Hill
    "The governor told the network Sunday that he was staying.",         # a day, not a station's name
]


def test_more_broadcast_online_and_press_forms_are_found():
    found = [outlet_key((find_citations(text) or [Citation(0, 0, "", "")])[0].outlet) for text, _ in MORE_FORMS]
    assert found == [outlet_key(outlet) for _, outlet in MORE_FORMS]


def test_more_sentences_citing_no_outlet_are_not_citations():
    assert [c.outlet for text in MORE_NOT_CITATIONS for c in find_citations(text)] == []


_PIECES = ["Reuters", "The Harbour Ledger", "CNN's", "reported", "first reported", "said", "told", ",", "which",
           "sources", "on Monday", "according to", "a", "report", "the mayor", "“", "”", "Fox News", "wrote in",
           "the newspaper", "Twitter", "tweeted", "is now reporting", "has previously reported", "The Times"]


@settings(deadline=None)  # the first example compiles the forms (about 1 s)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_the_gate_skips_only_sentences_no_form_matches(pieces: list[str]) -> None:
    """A form's gate (what follows a leading outlet) never drops a citation the form alone finds."""
    from dataclasses import replace

    from storyline.extract.citations import _first_named, _patterns, _with_known

    forms = [_with_known(f, ("The Harbour Ledger",)) if f.template else f for f in _patterns()]
    text = " ".join(pieces) + "."
    assert _first_named(forms, text) == _first_named([replace(f, gate=None) for f in forms], text)


_NAME_PIECES = ["Fox", " ", "News", "Fox News", "N", "e", "Times", "The", "(", ".", "&", "el"]


@given(st.sets(st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=4).map("".join), min_size=1, max_size=8),
       st.lists(st.sampled_from([*_NAME_PIECES, "Timesx", "Newsy"]), max_size=12).map("".join))
def test_grouped_names_match_as_the_longest_first_alternation(names: set[str], text: str) -> None:
    """The names grouped by first character match where, and as far as, the names sorted longest first do,
    also when what follows forces the engine to back off to a shorter name."""
    import re

    from storyline.extract.outlet_names import _alternatives

    plain = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    for tail in ("", r"\b", r"(?!\w)", r"(?= N)", r"s?\b"):
        spans = [m.span() for m in re.finditer(f"(?:{plain}){tail}", text)]
        assert [m.span() for m in re.finditer(f"(?:{_alternatives(names)}){tail}", text)] == spans


def test_every_name_list_sits_where_case_matters() -> None:
    """The grouped names equal the longest-first list only under case-sensitive matching: no form puts a
    name list inside (?i:…)."""
    import re
    from re import _parser  # type: ignore[attr-defined]

    from storyline.extract import citations, outlet_names

    marked, seen = [], []

    def walk(items, ignorecase: bool) -> None:
        for op, av in items:
            name = str(op)
            if name == "LITERAL" and av == 0:
                seen.append(ignorecase)
            elif name == "SUBPATTERN":
                _, add, remove, sub = av
                walk(sub, (ignorecase or bool(add & re.I)) and not remove & re.I)
            elif name == "BRANCH":
                for sub in av[1]:
                    walk(sub, ignorecase)
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(av[2], ignorecase)
            elif name in ("ASSERT", "ASSERT_NOT", "ATOMIC_GROUP"):
                walk(av[1] if isinstance(av, tuple) else av, ignorecase)

    real = citations._alternatives
    try:
        # a NUL marks every name list, those of the outlet slot (outlet_names) and of the other slots
        citations._alternatives = outlet_names._alternatives = lambda names: "\x00" + real(names)
        citations._patterns.cache_clear()
        citations._fills.cache_clear()
        for form in citations._patterns():
            for pattern in (form.pattern, form.gate):
                if pattern is not None:
                    marked.append(pattern.pattern)
                    walk(_parser.parse(pattern.pattern), bool(pattern.flags & re.I))
    finally:
        citations._alternatives = outlet_names._alternatives = real
        citations._patterns.cache_clear()
        citations._fills.cache_clear()
    assert marked and len(seen) > 20
    assert not any(seen)


def test_listed_outlets_do_not_change_the_forms() -> None:
    """A chunk naming only listed outlets uses the forms compiled once (no recompiling per chunk);
    an unlisted name is added."""
    from storyline.extract.outlet_names import _unlisted

    assert _unlisted(["Reuters", "BBC", "CNN", "AP"]) == ()
    assert _unlisted(["Velana Online", "Reuters", "Velana Online"]) == ("Velana Online",)


# Unlisted outlet names a chunk may know: names that extend listed ones or are extended by them ('Fox Sports
# Extra', 'The Times Herald', 'CNN International'), end in an outlet head, look like a time or a person, a
# lower-case brand and one ending in a dot (the shapes of extraction-dev's: 'my6sense', 'U.S.').
_KNOWN_SETS = [("Velana Online",), ("Fox Sports Extra", "The Times Herald", "my6sense"),
               ("CNN International", "Harbour", "Ana Ruiz", "U.S.", "Velana Online Daily News")]
_KNOWN_PIECES = ["Velana Online", "Velana Online Daily News", "Fox Sports Extra", "Fox Sports", "Fox", "The Times Herald",
                 "Times", "The", "the", "my6sense", "my6sense’s", "CNN International", "CNN", "Harbour", "Ana Ruiz",
                 "U.S.", "U.S.-based", "Herald", "reported", "first reported", "said", "told", ",", "which", "and",
                 "according to", "a", "report", "“", "”", "(", ")", "wrote in", "the newspaper", "’s", "'s",
                 "correspondent", "via", "on", "Monday", "Sources:", "has more", "—", "in an interview with", "."]


@cache
def _compiled_with(known: tuple[str, ...]) -> tuple:
    """Every form compiled with `known` in its outlet slot, as each chunk compiled them before."""
    from storyline.extract.citations import _fill, _fills, _patterns

    return tuple(replace(f, pattern=re.compile(_fill(f.template, _fills(known)))) if f.template else f
                 for f in _patterns())


@settings(deadline=None, max_examples=300)  # the first examples compile the forms (about 1 s each set)
@given(st.sampled_from(_KNOWN_SETS), st.lists(st.sampled_from(_KNOWN_PIECES), min_size=1, max_size=14),
       st.sampled_from([" ", " ", "", "\n"]))
def test_unlisted_names_cite_as_if_compiled_into_every_form(known: tuple[str, ...], pieces: list[str],
                                                            glue: str) -> None:
    """The forms compiled once, with a chunk's unlisted names added only where they can fill the slot
    and a form's probe matches, find what the forms compiled with those names find (name, position
    and the weak-slot candidates)."""
    from storyline.extract.citations import _first_named, _patterns, _sentence_forms
    from storyline.extract.outlet_names import _listed_keys

    text = glue.join(pieces)
    listed = _listed_keys(known)
    assert _first_named(_sentence_forms(_patterns(), known, text), text, listed) == \
        _first_named(_compiled_with(known), text, listed)


def test_the_outlet_slot_is_never_inside_a_lookaround() -> None:
    """A probe (any text in the outlet slot) finds a match wherever the form with any names there does
    only if the slot is not inside a lookaround (where a wider slot could make a negative one fail) and no
    backreference or condition reads the slot's groups."""
    from re import _parser  # type: ignore[attr-defined]

    from storyline.extract.citations import _fill, _fills, _patterns

    slots: list[bool] = []

    def walk(items, inside: bool) -> None:
        for op, av in items:
            name = str(op)
            assert name not in ("GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE")
            if name == "LITERAL" and av == 0:
                slots.append(inside)
            elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
                walk(av[-1], inside)
            elif name == "BRANCH":
                for sub in av[1]:
                    walk(sub, inside)
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(av[2], inside)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(av[1], True)

    templated = [f for f in _patterns() if f.template]
    for form in templated:
        walk(_parser.parse(_fill(form.template, {**_fills(()), "outlet": "\x00"})), False)
    assert len(templated) >= 20 and len(slots) == len(templated) and not any(slots)


def test_a_chunks_unlisted_names_recompile_only_forms_that_could_cite() -> None:
    """A sentence where no unlisted name can fill the slot, or where no form could match whatever fills
    it, uses the forms compiled once; one that cites the unlisted name compiles the forms that can."""
    from storyline.extract.citations import _patterns, _sentence_forms

    forms, known = _patterns(), ("Velana Online",)
    assert _sentence_forms(forms, known, "The port reopened on Friday, the mayor said.") is forms
    assert _sentence_forms(forms, known, "Velana Online is a website.") == forms
    changed = [f for f, g in zip(forms, _sentence_forms(forms, known, "Velana Online reported the closure."),
                                 strict=True) if f is not g]
    assert 0 < len(changed) < len([f for f in forms if f.template])


_OLD_TIME_WORDS = ("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
                   "|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
                   "|Today|Last|This)")


@given(st.lists(st.sampled_from(["Sept", "Sep", "Sept.", "September", "Jan", "Jan.", "January", "May", "Mayor",
                                 "Monday", "Mondays", "Today", "This", "Last", "Lastly", ".", " ", "5", "x", "’s"]),
                max_size=4).map("".join))
def test_time_words_read_from_the_timex_grammar_block_what_the_list_blocked(text: str) -> None:
    """The appositive form's 'not a time' guard is built from the timex grammar's month and weekday
    names; it refuses exactly what the list written out in citations.py (now outlet_names.py) refused."""
    import re

    from storyline.extract.outlet_names import _TIME_WORDS

    assert bool(re.match(rf"{_TIME_WORDS}\b", text)) == bool(re.match(rf"{_OLD_TIME_WORDS}\b", text))


# Outlets recognised by their slot or by the article's own evidence, not by a list (rules/citations.toml
# [say_to_verbs], [name_slot_forms], [evidence_slot_forms]); written for these tests.
SLOT_FORMS = [
    ("The plan had failed, as she related to the Velana Gazette.", "the Velana Gazette"),       # say_to_verbs
    ("As Harbour Pulse has reported, the wells were closed.", "Harbour Pulse"),                  # As X has reported
    ("Last night, Portside’s Ana Ruiz cited a well-placed source who said the port would close.", "Portside"),
    ("“It is over,” wrote Ana Ruiz for Harbour Pulse.", "Harbour Pulse"),                        # wrote P for X
    ("Ten years ago, a Ledger article hailed the mayor as a reformer.", "Ledger"),               # bare head
    ("Ten years ago, a Ledger article\xa0hailed the mayor as a reformer.", "Ledger"),            # no-break space
    ("A photo posted on Ana Ruiz’s Harbour Notes shows the pier.", "Harbour Notes"),             # someone's site
    ("The port will close, according to VelanaDaily.", "VelanaDaily"),                          # brand with a head
    ("A spokesperson for the port told Harbour Pulse on Saturday that it would close.", "Harbour Pulse"),
    ("The port will close, Harbour Pulse reported, citing people familiar with the plan.", "Harbour Pulse"),
    ("The closure was first reported by Harbour Pulse.", "Harbour Pulse"),
    ("The mayor told Harbour Pulse in a phone interview that the port would close.", "Harbour Pulse"),
    ("The port will close, reported Harbour Pulse.", "Harbour Pulse"),
    ("PORT VELANA (Harbour Pulse) — The port closed on Monday.", "Harbour Pulse"),                # dateline credit
]
SLOT_NOT_CITATIONS = [
    "As NASA reported, the ice melted.",                    # initials: an agency far more often than an outlet
    "As Mr. Ruiz reported, the ice melted.",                # a person
    "As the IPCC reports make clear, the ice is melting.",  # 'reports' a noun
    "The mayor told Portside on Friday that the port would close.",  # no evidence Portside is an outlet
    "Velana's Ana Ruiz said the phones sold well.",         # a company's officer speaking
    "The flight left late, according to FlightVelana.",     # a brand, not outlet-shaped, outside an addressee slot
    "At 8:29 pm, HarbourWatcher wrote: the port is shut.",  # a commenter
    "The board, which monitors the port, reported Velana militants on the pier.",  # no clause end after the name
    "A source told South Velana's largest paper nothing.",  # the name goes on past the slot
    # media named in a list are not cited by it: on polnear/timeline17/fnc1 dev text the form
    # 'news outlets, including X' was a citation once in four ('polls conducted by news outlets such as X')
    "Polls were conducted by news outlets such as the Velana Post and Harbour Pulse.",
    "The mayor told Ana Ruiz on Friday that the port would close.",  # a person addressed, no source or interview
]


def test_slot_forms_take_an_outlet_by_its_slot():
    found = [outlet_key((find_citations(text) or [Citation(0, 0, "", "")])[0].outlet) for text, _ in SLOT_FORMS]
    assert found == [outlet_key(outlet) for _, outlet in SLOT_FORMS]


def test_slot_forms_refuse_persons_bodies_and_nouns():
    assert [c.outlet for text in SLOT_NOT_CITATIONS for c in find_citations(text)] == []


def test_a_name_the_article_shows_to_be_an_outlet_is_cited_in_weaker_slots():
    body = ("The closure was first reported by the Velana Post.\n\nThe Post:\n\nThe mayor left the port at noon.\n\n"
            "VelanaOnline.com reported the fire. The mayor told Velana on Friday that the port would close.")
    assert [outlet_key(c.outlet) for c in find_citations(body)] == ["velana post", "post", "velanaonline com", "velana"]
    assert find_citations("The mayor told Velana on Friday that the port would close.") == []
    # a brand cited in an addressee slot is shown; 'according to' it is then a citation too
    cites = find_citations("The mayor told InsideVelana the port would close. The port closed, according to InsideVelana.")
    assert [c.outlet for c in cites] == ["InsideVelana", "InsideVelana"]


_SLOT_PIECES = ["As", "Harbour Pulse", "has reported", ",", "reported", "citing", "people familiar", "first reported by",
                "wrote", "Ana Ruiz", "for", "A spokesperson", "told", "in an interview", "reporter", "PORT VELANA",
                "(Harbour Pulse)", "—", "posted on", "Ana’s", "Harbour Notes", "’s", "cited a source", "broke the story",
                "which", "the", "Reporter", "Told", "FIRST", "The BBC", "correspondent", "Editor", "says", "'s",
                "in Port Rosa", "said"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(_SLOT_PIECES), min_size=1, max_size=12))
def test_the_cue_words_skip_only_sentences_no_slot_form_matches(pieces: list[str]) -> None:
    """A name-slot form's cue words ([name_slot_forms] cues) never drop a citation the form alone finds."""
    from dataclasses import replace

    from storyline.extract.citations import _first_named, _patterns

    forms = _patterns()
    text = " ".join(pieces) + "."
    assert _first_named(forms, text) == _first_named([replace(f, cues=(), gate=None) for f in forms], text)


# Third labelled round (ECB+ dev and dates-dev pages): forms and names the first two rounds lacked;
# written for these tests, each one general fix (rules/citations.toml table or citations.py rule named).
ROUND3_FORMS = [
    ("The quake damaged two villages, ISNA news agency reported.", "ISNA"),               # news_agency_names + noun
    ("The bridge fell on Tuesday, the Velana news agency reported.", "Velana"),          # a medium's noun after it
    ("Ana Ruiz was quoted by IRNA as saying the port had reopened.", "IRNA"),            # news_agency_names
    ("The coach has resigned, the Ansa news agency reported.", "Ansa"),                  # title-case agency
    ("“It was loud,” the neighbour told NBC10’s Ana Ruiz.", "NBC10"),                   # network + channel number
    ("A witness told 7NEWS that the car was speeding.", "7NEWS"),                        # channel number + News
    ("Two men were held, the Canadian Broadcasting Corp. reported.", "Canadian Broadcasting Corp"),
    ("The deal is off, sources tell the Velana Daily News.", "the Velana Daily News"),  # plural present 'tell'
    ("Ruiz has insisted in a number of interviews with the Velana Courier that she is innocent.", "Velana Courier"),
    ("“It is over,” the coach said (via Ana Ruiz of the Velana Herald).", "the Velana Herald"),
    ("The Velana Dispatch has more here:", "The Velana Dispatch"),                      # credit_lines
    ("Her check-in to Harbour Clinic, which was first reported by TMZ, came late.", "TMZ"),  # passive: not a breaker
    ("The arrest was first reported on NBC’s Today show.", "NBC"),                       # venue: reported on
    ("The senator said on Meet the Press that he would vote no.", "Meet the Press"),     # news_programmes
    ("The minister told RTÉ that no decision had been made.", "RTÉ"),                    # public_broadcasters
    ("Officials told the Velana World-Herald that no one was hurt.", "Velana World-Herald"),  # hyphenated masthead
    ("KYW’s Ana Ruiz reports that the plant closed.", "KYW"),                            # three_letter_call_signs
    ("The trade was reported, most recently by Ana Ruiz at Harbour Notes, on Friday.", "Harbour Notes"),
    ("Here’s the story from my friend Ana Ruiz over at the Velana Times.", "the Velana Times"),
    ("The team has placed him on injured reserve, the Velana Advocate reports.", "the Velana Advocate"),
]
ROUND3_NOT_CITATIONS = [
    "An opinion poll published by the Velana Times on Sunday said most voters were unhappy.",  # a poll is data
    "Another news agency quoted the governor as saying five people were hurt.",           # a determiner
    "A reporter of the Iranian news agency said the hospital was full.",                   # a demonym
    "A spokesperson declined to tell the Journal how many were hurt.",                     # infinitive 'tell'
    "The team scored 10 points, CBS 2 percent.",                                           # a number, not a channel
]


def test_round3_forms_are_found():
    found = [outlet_key((find_citations(text) or [Citation(0, 0, "", "")])[0].outlet) for text, _ in ROUND3_FORMS]
    assert found == [outlet_key(outlet) for _, outlet in ROUND3_FORMS]


def test_round3_sentences_citing_no_outlet_are_not_citations():
    assert [c.outlet for text in ROUND3_NOT_CITATIONS for c in find_citations(text)] == []


# Fourth labelled round (TimeBank/AQUAINT wire, extraction-dev bodies): forms the first three rounds
# lacked; written for these tests, each one general fix (rules/citations.toml table or citations.py rule).
ROUND4_FORMS = [
    ("VELANA CITY (AP) _ The harbour reopened on Friday.", "AP"),                        # 7-bit wire dash '_'
    ("HARBOURTOWN, Velana (AP)_ Two ships collided.", "AP"),
    ("PORT ROSA (AP ) -- The strike ended.", "AP"),                                      # space in the credit
    ("On Monday, the People’s Daily, the party’s paper, warned that talks had failed.", "People's Daily"),  # ’
    ("The Velana Times warned that the bridge would close.", "The Velana Times"),        # editorial 'warned'
    ("The port shut, according to the state-run Velana News Agency.", "Velana News Agency"),  # outlet_descriptors
    ("“We agreed,” he was quoted as saying by the Itar-Tass news agency.", "Itar-Tass"),  # quoted as saying by
    ("[ The Velana Times ]", "The Velana Times"),                                       # a roundup's source
    ("Why the bridge fell [ Velana Herald ]", "Velana Herald"),
    ("PTI", "PTI"),                                                                      # wire_services, last line
    ("PORT ROSA (IANS) — The strike ended.", "IANS"),                                  # wire_services, dateline
    ("Her lawyer said in an email to the Velana Herald that she was innocent.", "the Velana Herald"),  # a message to
    ("Files leaked to the Velana Times show the plan.", "the Velana Times"),             # leaked to
    ("Bond prices, as compiled by the Velana Wire: up.", "the Velana Wire"),            # compiled by
    ("Velana Radio correspondent Ana Ruiz reports from the port.", "Velana Radio"),    # a correspondent's report
    ("A Velana Times correspondent in Port Rosa said the port was shut.", "Velana Times"),
    ("CBS Sports NFL insider Ana Ruiz has reported that he will be fined.", "CBS"),
    ("Ruiz, via the Velana Herald, said that she would stay.", "the Velana Herald"),    # an inline 'via' credit
    ("In an interview with the Spanish language broadcast of CNN, he said no.", "CNN"),  # two words before the noun
    ("The plan was in a memo seen by the Velana Times.", "the Velana Times"),            # seen by
    ("“Come,” the Velana News Agency (VNA) quoted him as saying.", "the Velana News Agency"),  # initials after
    ("A Velana Herald report also noted that the port was shut.", "Velana Herald"),      # adverb before the verb
    ("It will split, according to a story in today’s Velana Journal.", "Velana Journal"),  # a day's edition
    ("As the Velana Times highlights, the study was small.", "the Velana Times"),        # an 'As X notes' clause
    ("The BBC's Ana Ruiz, in Port Rosa, says the port is shut.", "The BBC"),            # possessive correspondent
    ("The BBC 's Ana Ruiz in Port Rosa says the port is shut .", "The BBC"),             # tokenised possessive
    ("The Velana Herald's Ana Ruiz and Rosa Diaz report that schools closed.", "The Velana Herald"),
    ("China denied it, according to an official Xinhua news report.", "Xinhua"),         # descriptor + 'news'
    ("Five were buried on Tuesday - Reuters.", "Reuters"),                                # a live entry's wire
    ("On Twitter, Ana Ruiz in Velana writes that the school closed.", "Twitter"),         # 'On Twitter, X writes'
    ("Asked on Velana Radio whether he would stay, he said no.", "Velana Radio"),         # 'Asked on'
    ("The BBC's Ana Ruiz at a hospital in Port Rosa says the wards are full.", "The BBC"),  # a place phrase
    ("The BBC's Ana Ruiz - who reached the town on Saturday - said it was empty.", "The BBC"),
    ("The port is shut - Reuters report.", "Reuters"),
    ("You have to wonder, writes Ana Ruiz in the Velana Herald.", "the Velana Herald"),  # 'writes X in'
    ("“Help,” he wrote on micro-blogging site Twitter.", "Twitter"),                    # no determiner
    ("The shooter fled, police said. (Velana Times article)", "Velana Times"),            # the piece in parentheses
    ("Velana Radio has interviewed a co-worker, who said she was kind.", "Velana Radio"),  # 'has interviewed'
    ("Ships sank off the coast on Monday.\nPTI", "PTI"),                                   # the closing wire line
    ("The senator made the remarks on Velana Radio on Sunday.", "Velana Radio"),          # a venue by its noun
    ("It came during an appearance on MSNBC's “Morning Joe.”", "MSNBC"),
    ("From member station WVLA, Ana Ruiz reports.", "WVLA"),                            # public radio lead-in
    ("NBC Bay Area reports the bridge was closed.", "NBC Bay Area"),                     # network and market
    ("He wrote in a letter published in the party daily Velanovo that he was well.", "Velanovo"),  # 'daily X'
    ("She argued in an op-ed published by the Velana Herald that it failed.", "the Velana Herald"),
]
ROUND4_NOT_CITATIONS = [
    "[Images: Ana Ruiz via Harbour Photos]",                                             # an image credit
    "With Post wires",                                                                   # a contributor credit
    "“It is fine,” Ana Ruiz wrote in an email to the Velana Network’s Rosa Diaz.",     # private mail to a person
    "Michael Bloomberg said the city would recover.",                                    # a surname after a given name
    "Thomas J. Spiegel, the chairman, said in a statement that it was fine.",
    "The pills are taken twice daily Monday to Friday, he said.",                        # 'daily' is no paper here
    "Velana News host Ana Ruiz apologised on Monday.",                                   # a host in her own right
    "Asked on Tuesday whether he would run, he said no.",                                # a day, no venue
    "The BBC's decision was praised, and the minister said it was fine.",                # no person after the possessive
    "UNOS says the rules put the government in charge.",                                 # 'NOS' inside a word
    "The executioner dubbed “Jihadi John” is said to have been wounded.",                # hearsay 'is said to'
    "The Velana Health Protection Agency has learned a lot, he said.",                   # a public body's 'Agency'
    "Speaking on Mexican TV on Monday, the president praised the doctors.",              # a medium described, unnamed
]
ROUND4_OUTLETS = [
    ("The mayor told NBC Monday that the bridge was safe.", "NBC"),                      # a time is no market
    ("“It is off,” trade magazine The Velana Reporter wrote.", "The Velana Reporter"),   # a masthead, not a role
    ("“It was wrong,” Ruiz told The Canadian Press.", "The Canadian Press"),             # a demonym in a name
]


def test_round4_forms_are_found():
    found = [outlet_key((find_citations(text) or [Citation(0, 0, "", "")])[0].outlet) for text, _ in ROUND4_FORMS]
    assert found == [outlet_key(outlet) for _, outlet in ROUND4_FORMS]


def test_round4_sentences_citing_no_outlet_are_not_citations():
    assert [c.outlet for text in ROUND4_NOT_CITATIONS for c in find_citations(text)] == []


def test_a_wire_alone_on_a_line_cites_only_as_the_last_line():
    body = "Commuters wait in Athens.\nAP\nShops reopened on Monday across the city."   # a photo credit
    assert find_citations(body) == []


def test_round4_outlets_are_named_without_the_words_after_them():
    assert [find_citations(text)[0].outlet for text, _ in ROUND4_OUTLETS] == [o for _, o in ROUND4_OUTLETS]


# Round 5 (branch cites5): general forms, each sentence invented in the form's shape.
ROUND5_FORMS = [
    ("Another Facebook post stated: “We are safe and thank you all.”", "Facebook"),          # a post as subject
    ("Her public Instagram page lists three films as favourites.", "Instagram"),
    ("The mayor described to her 40,000 Twitter followers a “long night” at the dam.", "Twitter"),  # followers
    ("He shared a photo with his Facebook friends of the flooded square.", "Facebook"),
    ("Neighbours accused the Velana Courier - who originally published the story - of lying.", "the Velana Courier"),
    ("The claim came from an early Harbour Ledger report on the strike.", "Harbour Ledger"),   # adjective first
    ("The Portuguese paper Diário Velano says the answer is simple.", "Diário Velano"),      # demonym + 'paper'
    ("The Velana Herald's political editor, Ana Ruiz, explains how the vote works.", "The Velana Herald"),
    ("The Harbour Mail leads its story by saying the port will close.", "The Harbour Mail"),   # press review
    ("The Velana Times called him “the quietest mayor in a century.”", "The Velana Times"),
]
ROUND5_NOT_CITATIONS = [
    "A photo of the rescue was retweeted more than 8,000 times.",                 # a share count, no post's words
    "Ruiz asked her Twitter followers to donate to the shelter.",                  # asking, not telling
    "Ruiz wrote a paper on the Velana floods for the university.",                 # 'paper' without a nationality
    "Put a letter into the local weekly Newspaper called The Harbour Ledger.",     # 'called' naming a paper
    "American Express offers a new card to students.",                             # no 'the': a company
    "Last year the Velana Times ran a profile of the mayor.",                      # a piece only mentioned
]


def test_round5_forms_are_found():
    found = [outlet_key((find_citations(text) or [Citation(0, 0, "", "")])[0].outlet) for text, _ in ROUND5_FORMS]
    assert found == [outlet_key(outlet) for _, outlet in ROUND5_FORMS]


def test_round5_sentences_citing_nothing_are_not_citations():
    assert [c.outlet for text in ROUND5_NOT_CITATIONS for c in find_citations(text)] == []


def _cited(body: str) -> list[str]:
    return [c.outlet for c in find_citations(body)]


def test_the_venue_slots_take_a_name_shown_to_be_a_medium():
    # shown by a citation elsewhere in the article (an accented name: its folded key is sought in folded text)
    intro = "Velavisión first reported the march. "
    for form in ("He said in an interview on Velavisión that it was a trick.", "In her remarks to Velavisión, she said no.",
                 "He wrote on Velavisión's website that it was a trick.", "The news was reported on Velavisión on Monday.",
                 "Velavisión says the offer was a trick."):
        assert _cited(intro + form) == ["Velavisión", "Velavisión"], form


def test_a_medium_noun_before_a_clause_subject_is_no_apposition():
    # '… laboratory network, Quest said': the comma ends the noun phrase, the name opens the clause
    assert _cited("Tests can be ordered through the Quest Diagnostics laboratory network, Quest said.") == []
    assert _cited("The offer was first reported on the team-owned radio station, KXVB 830.") == ["KXVB 830"]


def test_a_quoted_source_telling_a_name_cites_it():
    assert _cited('Velana may bid this week, "a source familiar with the matter" told Harbourzinga.') == ["Harbourzinga"]


def test_the_name_and_medium_noun_phrase_fills_every_slot():
    assert _cited("The remark was reported on the Televen network on Monday.") == ["the Televen"]
    assert _cited("Velana radio reported that the port was shut.") == ["Velana"]
    # a nationality and ownership words only name no outlet ('Iraqi state television', unnamed)
    assert _cited("The Velanan State television reported that the aide was killed.".replace("Velanan", "Iraqi")) == []


def test_an_interview_dated_before_its_outlet():
    assert _cited("In an interview last summer with The Harbour Herald newspaper, Ruiz said he lied.") == ["The Harbour Herald"]


def test_tokenised_text_is_read_rejoined_and_named_as_written():
    body = ("Ruiz , the mayor , spoke . `` We are ready , '' writes the Harbour Ledger 's Velana correspondent , Ana Ruiz , "
            "after flying in . The port reopened , reports HarbourSports. com .")
    assert _cited(body) == ["the Harbour Ledger", "HarbourSports. com"]


def test_an_outlet_form_wins_over_a_slot_that_takes_any_name():
    # the slot form 'X's Ana Ruiz reported' takes 'Velana' alone; the outlet form takes the masthead
    # and it is named without its owner, as an ingested article's outlet is ('People's Daily' is a listed whole)
    assert _cited("Velana's Harbour Morning Herald reported that the lines were down.") == ["Harbour Morning Herald"]
    assert _cited("China's People's Daily reported the meeting.") == ["People's Daily"]


def test_a_brand_may_open_with_its_number():
    assert _cited("Ruiz has been talking to 4Velana News about what he saw.") == ["4Velana News"]


def test_the_articles_own_outlet_cites_no_one():
    """A paper's short name in its own pages and a wire's own credit are no citation of another
    outlet; another outlet in the same article still is."""
    body = ("Last month an inspector warned the firm, according to records obtained by the Tidewater Gazette. "
            "Marsh told CNN on Tuesday that the plant would reopen.")
    assert [c.outlet for c in find_citations(body)] == ["Tidewater Gazette", "CNN"]
    assert [c.outlet for c in find_citations(body, own_outlet="Port Amsel Tidewater Gazette")] == ["CNN"]
    wire = "HALDEN, Norland (Norland Wire) — The ministry froze the payments on Wednesday."
    assert find_citations(wire) and not find_citations(wire, own_outlet="Norland Wire Service")
    # call letters name the station with more words after them; a paper's name does not reach further
    told = "Nobody has called us, Feliz told KWPX News 4 on Monday."
    assert find_citations(told) and not find_citations(told, own_outlet="KWPX")
    assert find_citations("Feliz told The Lanark Times on Monday.", own_outlet="The Times")


def test_a_post_put_on_a_platform_by_a_participle_cites_it():
    """'in a video posted to Instagram': the participle names where the post went."""
    [c] = find_citations("Halvard said in a video posted to Instagram that he would run again.")
    assert c.outlet == "Instagram"
    assert not find_citations("Halvard said in a statement to the council that he would run again.")


def test_an_adverb_between_reported_and_by_still_cites():
    """'was reported earlier by Reuters' is 'first reported by' with the adverb after the verb."""
    [c] = find_citations("The decision was reported earlier by Reuters.")
    assert c.outlet == "Reuters"


def test_a_local_station_named_after_its_noun_is_cited():
    """'told local station KTVB': 'local station' is a broadcaster's noun though 'station' alone is not."""
    [c] = find_citations("Halvard told local station KTVB that he would run.")
    assert c.outlet == "KTVB"
    assert not find_citations("Halvard told the station manager that he would run.")


def test_a_station_cites_no_one_by_another_of_its_call_sign_names():
    """'told KWPX 4' in a page whose copyright line names KWPX-TV: one station (FCC call sign)."""
    told = "Nobody has called us, Feliz told KWPX 4 on Monday."
    assert not find_citations(told, own_outlet="KWPX-TV")
    assert find_citations(told, own_outlet="KWBN-TV")


def test_an_outlet_described_by_its_place_after_a_or_an_is_no_outlet_name():
    """'a Colorado television station reported' describes a station; 'Colorado' names none."""
    for sentence in ("Halvard denied it, a day after a Calder television station reported that police had opened an inquiry.",
                     "An Ostmark newspaper reported on Monday that the deal was off."):
        assert _cited(sentence) == [], sentence
    assert _cited("The minister told the Televen network that he would resign.") == ["Televen"]


def test_a_station_branded_news_and_its_channel_is_cited_whole():
    """'KTRX News 9' (call sign, 'News', channel: the order many stations brand themselves in) is the
    outlet in every citing form, not 'KTRX News' without its channel."""
    for text in ("Gov. Ruth Calder said in an interview on KTRX News 9 last week that the state had spent $4 million.",
                 "Calder told KTRX News 9 on Monday that she would run.",
                 "KTRX News 9 reported Thursday that the plant would close."):
        assert [c.outlet for c in find_citations(text)] == ["KTRX News 9"]


def test_a_quoted_show_title_before_a_programme_noun_is_the_medium_cited():
    """'said on the “Admit One” podcast' (branch probe15): AP style quotes a podcast's or show's title."""
    found = find_citations("Anita Rao said on the “Admit One” podcast last fall that recruits are checked twice.")
    assert [c.outlet for c in found] == ["Admit One"]
    assert find_citations("She said on the phone that recruits are checked twice.") == []


def test_an_outlet_sharing_a_word_with_the_pages_own_registered_outlet_is_cited():
    """Two outlets the registry lists apart ('The Citizen' of Tanzania, Citizen Digital of Kenya) are two, though
    one name opens the other's (branch probe44); the page's own short name still cites no one."""
    body = "The ferry operator had denied the report in June, according to The Citizen."
    assert [c.outlet for c in find_citations(body, own_outlet="Citizen Digital")] == ["The Citizen"]
    assert not find_citations(body, own_outlet="The Citizen")
    assert not find_citations("Records seen by the Monitor show the payments.", own_outlet="Daily Monitor")
