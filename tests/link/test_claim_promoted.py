"""A promoted claim (an ad's, a label's, a website's quoted words) and the article's finding against it
(link/claim_promoted.py). Invented sentences."""
from storyline.link.claim_promoted import promoted, promoted_correction
from storyline.link.claim_ref import ClaimRef


def _ref(text: str, start: int, predicate: str, *, agent: str | None = None, speaker: str = "Outlet",
         kind: str = "outlet", cue: str | None = None, polarity: str = "positive", modality: str = "asserted",
         keywords: frozenset[str] = frozenset(), figures: tuple[str, ...] = ()) -> ClaimRef:
    return ClaimRef("art", start, start + len(text), text, speaker, predicate, polarity, modality,
                    keywords | {predicate}, figures, None, agent=agent, cue=cue, speaker_kind=kind)


AD = 'Hollin & Co\'s print ads describe its cups as "fully compostable."'


def _ad() -> ClaimRef:
    return _ref(AD, 0, "describe", agent="Hollin & Co 's print ads", speaker="Hollin print ads", kind="anonymous",
                keywords=frozenset({"cup", "hollin", "print"}))


def test_an_ads_described_claim_is_corrected_by_the_next_sentences_in_fact():
    fact = _ref("In fact, the cups need an industrial plant to break down, the council said.", len(AD) + 1, "need",
                agent="the cups", speaker="council", kind="org", keywords=frozenset({"cup", "plant", "break"}))
    assert promoted(_ad())
    assert promoted_correction(_ad(), fact) is not None
    # without the contrastive opener and with no finding cited, it is only the next sentence
    plain = _ref(fact.text.replace("In fact, the", "The"), fact.start, "need", agent="the cups", speaker="council",
                 kind="org", keywords=fact.keywords)
    assert promoted_correction(_ad(), plain) is None
    # a person's word is no finding; a later sentence far off is not the correction
    said = _ref(fact.text, fact.start, "need", agent="the cups", speaker="Ann Roe", kind="person")
    assert promoted_correction(_ad(), said) is None


def test_a_cited_finding_with_a_value_corrects_a_quoted_label_two_sentences_on():
    label = _ref('The label on Tarn juice says it is "made from 100% fruit".', 0, "be", agent="it",
                 speaker="label", kind="unknown", cue="say", keywords=frozenset({"fruit", "tarn", "juice"}))
    finding = _ref("Laboratory tests found the juice is 60 per cent fruit.", label.end + 50, "be", agent="the juice",
                   speaker="Laboratory tests", kind="unknown", cue="find", keywords=frozenset({"juice", "fruit"}),
                   figures=("60%",))
    assert promoted_correction(label, finding) is not None
    # a finding about another named product is not one against this label
    rival = _ref("Tests found a rival juice, Brisk, is 60 per cent fruit.", finding.start, "be",
                 agent="a rival juice , Brisk ,", speaker="Tests", kind="unknown", cue="find",
                 keywords=finding.keywords, figures=("60%",))
    assert promoted_correction(label, rival) is None


def test_a_plan_or_unquoted_statement_is_no_promoted_claim():
    assert not promoted(_ref("Hollin promises to use only compostable cups by 2028.", 0, "promise", agent="Hollin"))
    assert not promoted(_ref('The mayor said the plan was "a good start".', 0, "be", agent="the plan"))
    assert promoted(_ref('Volt touts the sedan as having "a 400-mile range".', 0, "tout", agent="Volt"))


def test_a_rival_of_the_kind_is_another_doer_than_the_one_named():
    from storyline.link.claim_sets import other_sets

    assert other_sets("A rival app , Rokda ,", "the app")
    assert other_sets("the app", "another app")
    assert not other_sets("the app", "the PayMitra app")
    assert not other_sets("a rival app", "another app")


def _elsewhere(text: str, predicate: str, *, agent: str, speaker: str, cue: str | None, article: str,
               day: int, keywords: frozenset[str]) -> ClaimRef:
    import datetime as dt
    from dataclasses import replace
    ref = _ref(text, 0, predicate, agent=agent, speaker=speaker, kind="anonymous", cue=cue, keywords=keywords)
    return replace(ref, article_id=article, published=dt.date(2025, 2, day))


BILLED = 'Corrib Coaches bills itself as "Ireland\'s most punctual bus service" on every coach.'


def test_a_finding_in_another_article_cites_its_evidence_and_names_the_promoter():
    claim = _elsewhere(BILLED, "bill", agent="Corrib Coaches", speaker="Courier", cue=None, article="one", day=12,
                       keywords=frozenset({"corrib", "coach", "bus", "punctual", "service"}))
    ranked = _elsewhere("Corrib Coaches ranked last for punctuality among eight operators in 2024, transport "
                        "authority figures show.", "rank", agent="Corrib Coaches", speaker="transport authority figures",
                        cue="show", article="two", day=14, keywords=frozenset({"corrib", "punctuality", "operator"}))
    assert promoted_correction(claim, ranked) is not None
    # another operator, no cited evidence, or a finding a year on is none
    other = _elsewhere(ranked.text.replace("Corrib Coaches", "Shannon Buses"), "rank", agent="Shannon Buses",
                       speaker=ranked.speaker, cue="show", article="two", day=14, keywords=ranked.keywords)
    assert promoted_correction(claim, other) is None
    said = _elsewhere(ranked.text, "rank", agent="Corrib Coaches", speaker="transport authority", cue=None,
                      article="two", day=14, keywords=ranked.keywords)
    assert promoted_correction(claim, said) is None
    import datetime as dt
    from dataclasses import replace
    assert promoted_correction(claim, replace(ranked, published=dt.date(2026, 2, 14))) is None


def test_a_carrier_that_says_something_makes_a_promoted_claim_without_quotes():
    # claims22: 'X's website tells residents that …', 'a sign at the entrance says …'
    site = _ref("North Vale Council's website tells residents that their bins are collected every week.", 0, "collect",
                agent="their bins", speaker="Council website", kind="unknown", cue="tell",
                keywords=frozenset({"bin", "week"}))
    sign = _ref("A sign at the entrance says the club is open all night.", 0, "be", agent="the club",
                speaker="sign", kind="unknown", cue="say")
    assert promoted(site) and promoted(sign)
    # a person who says it is no carrier; a carrier's plan is no claim; 'sign' counts only as a speaker
    assert not promoted(_ref(site.text, 0, "collect", agent="their bins", speaker="Ann Roe", kind="person", cue="say"))
    assert not promoted(_ref("The app says a new gym will open in June.", 0, "open", agent="a new gym",
                             speaker="app", kind="unknown", cue="say", modality="will"))
    assert not promoted(_ref('There was no sign of "forced entry".', 0, "be", agent="There"))
    but = _ref("But figures obtained by the Vale Mercury show 1,240 streets went without a collection for two weeks.",
               site.end + 1, "go", agent="figures obtained by the Vale Mercury show", speaker="Outlet",
               keywords=frozenset({"figure", "mercury", "street", "collection", "week"}))
    # the evidence's holder ('by the Vale Mercury') names no other product
    assert promoted_correction(site, but) is not None


def test_a_finding_told_as_the_evidence_finding_something_cites_it():
    # claims22: 'Tests commissioned by the Herald found the water at 22C' (no that-clause: no frame)
    label = _ref('The label on Tarn water says it is "sodium free".', 0, "be", agent="it", speaker="label",
                 kind="unknown", cue="say", keywords=frozenset({"sodium", "tarn", "water"}))
    found = _ref("Tests commissioned by the Herald found 12 milligrams of sodium in the water.", label.end + 40, "find",
                 agent="Tests commissioned by the Herald", keywords=frozenset({"sodium", "water", "test"}),
                 figures=("12 milligrams",))
    assert promoted_correction(label, found) is not None
    # a person who found it is no evidence
    assert promoted_correction(label, _ref(found.text.replace("Tests commissioned by the Herald", "Ann Roe"),
                                           found.start, "find", agent="Ann Roe", keywords=found.keywords,
                                           figures=found.figures)) is None
