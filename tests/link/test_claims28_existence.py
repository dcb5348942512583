"""claims28's denials of existence (invented sentences): an occurrence predicate ('has taken place') over a
'no' subject; a report that brings about the very noun the denial names ('started a review' / 'no review');
an undergoer noun phrase cut at the comma where the parse runs on into the attribution."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from storyline.link.claim_ref import ClaimRef
from storyline.link.contradictions import flag_pair

GROUPS = {"a": "a", "b": "b"}
DAY = dt.date(2025, 4, 7)


def ref(article: str, text: str, predicate: str, polarity: str = "positive", *, agent: str | None,
        theme: str | None, speaker: str, keywords: str, day: dt.date = DAY, basis: str = "reported",
        scope: tuple[dt.date, dt.date] | None = None) -> ClaimRef:
    return ClaimRef(article, 0, len(text), text, speaker, predicate, polarity, "asserted",
                    frozenset(keywords.split()), (), scope or (day, day), agent=agent, theme=theme,
                    scope_basis=basis, published=day, attributed=True, speaker_kind="org", cue="say")


INVESTIGATING = ref("a", "County inspectors are investigating dumping at the Harrowgate tip , a council officer said .",
                    "investigate", agent="County inspectors", theme="dumping at the Harrowgate tip",
                    speaker="council officer", keywords="county inspector investigate dump harrowgate tip")
NONE_TOOK_PLACE = ref("b", "No county investigation of dumping at the Harrowgate tip has taken place , the site's "
                      "owner said .", "take", "negative",
                      agent="No county investigation of dumping at the Harrowgate tip", theme="place",
                      speaker="owner", keywords="county investigation dump harrowgate tip take place",
                      day=DAY + dt.timedelta(days=3), basis="published")


def test_no_event_that_has_taken_place_denies_the_reported_act():
    verdict = flag_pair(INVESTIGATING, NONE_TOOK_PLACE, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


def test_a_place_that_took_no_part_is_not_an_event_denied():
    # 'take' with another object is no occurrence predicate: 'No county team took the samples'
    other = replace(NONE_TOOK_PLACE, text="No county investigation of dumping at the Harrowgate tip took samples .",
                    theme="samples", keywords="county investigation dump harrowgate tip take sample")
    assert flag_pair(INVESTIGATING, other, GROUPS) is None


STARTED = ref("a", "The health board has started a review of ambulance times at Kilbride General , the Echo has "
              "learned .", "start", agent="The health board", theme="a review of ambulance times at Kilbride General",
              speaker="Echo", keywords="health board start review ambulance time kilbride general")
NONE_UNDER_WAY = ref("b", "A board spokesman said no review of ambulance times at Kilbride General was under way .",
                     "be", "negative", agent="no review of ambulance times at Kilbride General", theme="way",
                     speaker="board spokesman", keywords="review ambulance time kilbride general be way",
                     day=DAY + dt.timedelta(days=2), basis="published")


def test_a_begun_review_meets_a_denial_that_any_review_is_under_way():
    verdict = flag_pair(STARTED, NONE_UNDER_WAY, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


def test_a_begun_review_of_another_thing_is_no_dispute():
    other = replace(NONE_UNDER_WAY, text="A board spokesman said no review of parking fees at Kilbride General was under way .",
                    agent="no review of parking fees at Kilbride General",
                    keywords="review parking fee kilbride general be way")
    assert flag_pair(STARTED, other, GROUPS) is None


PROBING = ref("a", "The Fair Trading Office is investigating Larchmont Creamery over the prices it pays farmers .",
              "investigate", agent="The Fair Trading Office", theme="Larchmont Creamery",
              speaker="Fair Trading Office", keywords="fair trading office investigate larchmont creamery price farmer")
NEVER_SUBJECT = ref("b", "Larchmont Creamery has never been the subject of a fair trading inquiry , its chairman , "
                    "Peter Allsop , said .", "be", "negative", agent="Larchmont Creamery",
                    theme="the subject of a fair trading inquiry , its chairman , Peter Allsop",
                    speaker="Peter Allsop", keywords="larchmont creamery subject fair trading inquiry chairman peter allsop be",
                    day=DAY + dt.timedelta(days=2), basis="never", scope=(dt.date(1, 1, 1), DAY + dt.timedelta(days=2)))


def test_an_undergoer_phrase_ends_at_the_comma_before_its_attribution():
    verdict = flag_pair(PROBING, NEVER_SUBJECT, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


PROBING_PORT = ref("a", "The anti-graft commission is probing the Harbour Authority over dredging contracts , officials "
                   "told the Ledger .", "probe", agent="The anti-graft commission",
                   theme="the Harbour Authority over dredging contracts", speaker="officials",
                   keywords="anti graft commission probe harbour authority dredging contract")
DISMISSED = ClaimRef("b", 0, 96, "The ministry dismissed as false reports of a commission investigation into the Harbour "
                     "Authority .", "ministry", "dismiss", "negative", "hedged",
                     frozenset(["ministry", "dismiss", "false", "report", "commission", "investigation", "harbour", "authority"]), (),
                     (DAY, DAY), agent="The ministry",
                     theme="false reports of a commission investigation into the Harbour Authority",
                     scope_basis="reported", published=DAY, attributed=True, speaker_kind="org")


def test_dismissing_reports_of_a_process_denies_that_it_exists():
    verdict = flag_pair(PROBING_PORT, DISMISSED, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


def test_dismissing_reports_of_another_process_is_no_dispute():
    other = replace(DISMISSED, theme="false reports of a commission audit of the Harbour Authority's pension fund",
                    text="The ministry dismissed as false reports of a commission audit of the Harbour Authority's "
                         "pension fund .")
    assert flag_pair(PROBING_PORT, other, GROUPS) is None


EXAMINING = ref("a", "The state rail regulator is examining inspection logs for signals on the Tarn Valley Railway line , "
                "people familiar with the matter said .", "examine", agent="The state rail regulator",
                theme="inspection logs", speaker="people familiar with the matter",
                keywords="state rail regulator examine inspection log signal tarn valley railway line")
DISMISSED_ABOUT = ClaimRef("b", 0, 90, "Tarn Valley dismissed as untrue a Courier report on Monday about state scrutiny of "
                           "its signals .", "Hill Radio", "dismiss", "negative", "hedged",
                           frozenset(["tarn", "valley", "dismiss", "untrue", "courier", "report", "monday", "state",
                                      "scrutiny", "signal"]), (), (DAY, DAY), agent="Tarn Valley",
                           theme="untrue a Courier report on Monday about state scrutiny of its signals",
                           scope_basis="reported", published=DAY, attributed=True, speaker_kind="org")


def test_dismissing_a_report_about_a_process_denies_it_for_the_dismisser():
    # 'a report (on Monday) about X' gives the reported thing as 'reports of X' does; the dismisser is its party
    verdict = flag_pair(EXAMINING, DISMISSED_ABOUT, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"
    other = replace(DISMISSED_ABOUT, agent="Harwick Buses", text="Harwick Buses dismissed as untrue a Courier report on "
                    "Monday about state scrutiny of its timetables .",
                    theme="untrue a Courier report on Monday about state scrutiny of its timetables")
    assert flag_pair(EXAMINING, other, GROUPS) is None   # another party's denial, of another thing


SUED = ref("a", "A lawsuit was filed against Corran Freight in Leeds last week by four former drivers .", "file",
           agent="four former drivers", theme="A lawsuit", speaker="Courier",
           keywords="lawsuit file corran freight leeds week driver")
NEVER_SUED = replace(ref("b", "The company has never been sued by its drivers , its chief executive said .", "sue", "negative",
                         agent="its drivers", theme="The company", speaker="chief executive",
                         keywords="company sue driver", day=DAY + dt.timedelta(days=3), basis="never",
                         scope=(dt.date(1, 1, 1), DAY + dt.timedelta(days=3))),
                     bodies=frozenset({"corran freight"}), headline=frozenset({"corran", "freight", "expands"}))


def test_the_company_of_a_denial_is_the_organisation_its_article_names():
    verdict = flag_pair(SUED, NEVER_SUED, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


def test_the_company_of_an_article_about_another_firm_is_no_dispute():
    other = replace(NEVER_SUED, bodies=frozenset({"halden haulage"}), headline=frozenset({"halden", "haulage", "expands"}))
    assert flag_pair(SUED, other, GROUPS) is None


BARRED = replace(ref("a", "Kestrel Roofing has been barred from bidding for Alnmouth Council contracts , the Courier "
                     "understands .", "bar", agent="Kestrel Roofing", theme="two years", speaker="Courier",
                     keywords="kestrel roofing bar bid alnmouth council contract"), cue="understand")
NOT_BARRED = replace(ref("b", "The council has not barred the firm from bidding , Kestrel Roofing 's director said .", "bar",
                         "negative", agent="The council", theme="the firm", speaker="director",
                         keywords="council bar firm bidding kestrel roofing", day=DAY + dt.timedelta(days=3),
                         basis="published"), headline=frozenset({"kestrel", "still", "on", "list"}))


def test_a_passive_subject_is_the_firm_a_denial_describes():
    verdict = flag_pair(BARRED, NOT_BARRED, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


BEING_SUED = ref("a", "Tern Air is being sued by a passengers ' group over cancelled flights , the Lagos Ledger reported .",
                 "sue", agent="a passengers ' group", theme="Tern Air", speaker="Lagos Ledger",
                 keywords="tern air sue passenger group cancel flight")
NO_LAWSUIT = ref("b", "Tern Air said no lawsuit had been filed against it by any passengers ' group .", "file", "negative",
                 agent="any passengers ' group", theme="no lawsuit", speaker="Tern Air",
                 keywords="lawsuit file passenger group", day=DAY + dt.timedelta(days=1), basis="published")


def test_no_lawsuit_filed_denies_the_suing_reported():
    verdict = flag_pair(BEING_SUED, NO_LAWSUIT, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


def test_no_fine_issued_is_no_denial_of_a_suit():
    no_fine = replace(NO_LAWSUIT, text="Tern Air said no fine had been issued against it by any regulator .",
                      theme="no fine", agent="any regulator", keywords="fine issue regulator", predicate="issue")
    assert flag_pair(BEING_SUED, no_fine, GROUPS) is None


AUDITING = ref("a", "The Charities Regulator is auditing the accounts of the Oakfield Pantry food bank , trustees said .",
               "audit", agent="The Charities Regulator", theme="the accounts of the Oakfield Pantry food bank",
               speaker="trustees", keywords="charities regulator audit account oakfield pantry food bank")
NO_AUDIT = replace(ref("b", "Oakfield Pantry 's chair said no audit of the charity 's accounts was taking place .", "take",
                       "negative", agent="no audit of the charity 's accounts", theme="place", speaker="chair",
                       keywords="audit charity account take place", basis="published"),
                   headline=frozenset({"oakfield", "pantry", "responds"}))


def test_the_charity_of_a_denial_is_the_organisation_its_article_is_about():
    verdict = flag_pair(AUDITING, NO_AUDIT, GROUPS)
    assert verdict is not None and verdict.kind == "opposite"


def test_the_charity_of_an_article_about_another_body_is_no_dispute():
    other = replace(NO_AUDIT, headline=frozenset({"harrow", "trust", "responds"}))
    assert flag_pair(AUDITING, other, GROUPS) is None
