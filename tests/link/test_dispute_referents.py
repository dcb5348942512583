"""Referents and times of disputes (the lead's fourth invented story, kept outside the repo; invented
text here): a definite description of a named body, 'other', a begun process that goes on after its
report, a bare correction marker with its evidence, a misparsed speech verb."""
import datetime as dt
from dataclasses import replace

from storyline.link.claim_doer import same_doer
from storyline.link.claim_ref import ClaimRef
from storyline.link.claim_time import begun_process_overlaps
from storyline.link.contradictions import _speech_only, _with_evidence


def ref(text, agent=None, scope=None, predicate="email", bodies=(), cue=None, start=0, speaker="Ledger"):
    return ClaimRef("a1", start, start + len(text), text, speaker, predicate, "positive", "asserted",
                    frozenset(text.lower().split()), (), scope, agent=agent, cue=cue, bodies=frozenset(bodies))


def test_the_district_is_the_one_district_its_article_named_and_a_short_name_is_it():
    told = ref("The district emailed the results on Oct. 6.", agent="The district",
               bodies={"harlow unified school district", "cedar testing services"})
    short = ref("Harlow Unified emailed the results on Oct. 19.", agent="Harlow Unified")
    assert same_doer(told, short, frozenset({"email", "result"}))
    two = ref(told.text, agent="The district", bodies={"harlow unified school district", "brook county school district"})
    assert not same_doer(two, short, frozenset({"email", "result"}))  # two districts named: the description is open
    other = ref("Harlow Unified emailed the results on Oct. 19.", agent="Lakeview Unified")
    assert not same_doer(told, other, frozenset({"email", "result"}))


def test_other_sets_a_doer_apart_from_the_one_named():
    named = ref("Fourteen wells in the Harlow district tested above the limit.",
                agent="Fourteen wells in the Harlow district", predicate="test")
    others = ref("Two other districts in the county had not yet tested their water.",
                 agent="two other districts in the county", predicate="test")
    assert not same_doer(named, others, frozenset({"test"}))


def test_a_begun_process_goes_on_for_weeks_after_its_report_not_for_years():
    opened = ref("The state health authority has opened an inquiry.", scope=(dt.date.min, dt.date(2021, 10, 19)))
    def denial(day):
        return ref("There is no state investigation.", scope=(day, day))
    assert begun_process_overlaps(opened, denial(dt.date(2021, 11, 10)))
    assert not begun_process_overlaps(opened, denial(dt.date(2022, 6, 1)))


def test_a_bare_correction_marker_is_shown_with_the_evidence_after_it():
    body = ('The mailer said "every school tested safe since 2022." That is not accurate. Tests in May found '
            'two wells above the limit.\n\nNext paragraph.')
    start = body.index("That is")
    marker = ref("That is not accurate.", start=start)
    shown = _with_evidence(marker, body)
    assert shown.text == "That is not accurate. Tests in May found two wells above the limit."
    assert body[shown.start:shown.end] == shown.text
    headline = "A mailer says the water is safe. Its tests say otherwise.\n\nThe dek line."
    ending = ref("Its tests say otherwise.\n\n", start=headline.index("Its"))
    assert _with_evidence(ending, headline) == ending  # a marker that ends its paragraph stands alone


def test_a_say_verb_claim_without_an_attribution_cue_holds_no_content():
    misparsed = ref("Nine wells tested above the limit, the district said.", predicate="say",
                    agent="Nine wells tested above")
    assert _speech_only(misparsed)
    assert not _speech_only(ref("The district said nine wells failed.", predicate="fail", cue="say"))
    denial = replace(ref("Velmont says no ban on imports", predicate="say", agent="Velmont"), polarity="negative")
    assert not _speech_only(denial)  # 'says no ban': the denial is in the sentence
