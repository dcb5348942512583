"""Look-alikes and disputes of invented stories in new wordings (branch disputes6): two holders of one
measure, running tallies, a speaker described against another party, correction markers, tellers of an act,
investigation denials."""
from conftest import make_article_with_spans as article
from conftest import make_claim_span as claim
from storyline.link.claim_ref import same_speaker
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate, Span


def test_a_lawsuit_against_the_district_is_not_the_district():
    assert not same_speaker("district", "class-action lawsuit against the school district")
    assert same_speaker("district", "the school district")


def _pair(x, y, fx, fy, ax, ay):
    words = "record monitor air chlorine "
    return article(x + " " + y,
                   claim(0, x, "record", "positive", "Record", words + ax.split()[-1].lower(), figures=fx, agent=ax),
                   claim(len(x) + 1, y, "record", "positive", "Radio", words + ay.split()[-1].lower(), figures=fy, agent=ay))


def test_the_same_measure_of_two_named_holders_is_no_dispute():
    a = _pair("Air monitors in Ashmere recorded 12% of the limit.", "Air monitors in Millbrook recorded 2% of the limit.",
              "12%", "2%", "Air monitors in Ashmere", "Air monitors in Millbrook")
    assert find_contradictions([a]) == []
    b = _pair("Air monitors recorded 12% of the limit.", "Air monitors recorded 2% of the limit.",
              "12%", "2%", "Air monitors", "Air monitors")
    assert [c.kind for c in find_contradictions([b])] == ["figures"]


def test_running_tallies_to_two_days_are_an_update():
    x, y = "By Sunday, 18% of residents had signed the complaint.", "By Wednesday, 31% of residents had signed the complaint."
    body = x + " " + y
    def ref(start, text, fig, end, who):
        return claim(start, text, "sign", "positive", who, "sign resident complaint", figures=fig, time=end)
    def on(fig_x, fig_y, day_y):
        return article(body, ref(0, x, fig_x, "2024-03-10", "Sentinel"), ref(len(x) + 1, y, fig_y, day_y, "Courier"),
                       timex(body, "Sunday", "2024-03-10", "BEFORE"), timex(body, "Wednesday", day_y, "BEFORE"),
                       published=PublishedDate("2024-03-13", "day"))
    assert find_contradictions([on("18%", "31%", "2024-03-13")]) == []
    [c] = find_contradictions([on("18%", "31%", "2024-03-10")])
    assert c.kind == "figures"


def timex(body, text, value, mod=None):
    start = body.index(text)
    return Span(start, start + len(text), "TIMEX", "times", text, {"value": value, "type": "DATE", "mod": mod or ""})


def _reported_then(next_sentence, cue="say", speaker="mailer", kind="unknown"):
    x = "A mailer from the campaign says he cut county property taxes twice."
    return article(x + " " + next_sentence,
                   claim(0, x, "cut", "positive", speaker, "cut county property taxis", cue=cue, asserter_kind=kind),
                   claim(len(x) + 1, next_sentence, "rise", "positive", "Records", "county property rate rise tax",
                         cue="show", attributed="1", speaker_kind="unknown"))


def test_a_correction_marker_rejects_the_reported_claim_before_it():
    [c] = find_contradictions([_reported_then("Records show otherwise: the county's property tax rate rose in 2022.")])
    assert c.correction and "rejects it" in c.explanation
    assert find_contradictions([_reported_then("Records show the county's property tax rate rose in 2022.")]) == []
    # the writer's own claim is nothing the article corrects
    assert find_contradictions([_reported_then("That is false: the county's property tax rate rose in 2022.",
                                               cue=None, speaker="Valley Post", kind="outlet")]) == []


def test_two_articles_dating_one_persons_own_act_are_two_tellers():
    x, y = "Ostrander announced his resignation on March 9.", "Ostrander announced his resignation on March 12."
    def one(text, day, published):
        return article(text, claim(0, text, "announce", "positive", "Abel Ostrander", "announce resignation ostrander",
                                   time=day, agent="Abel Ostrander", asserter_kind="person"),
                       timex(text, text.split(" on ")[1].rstrip("."), day, None),
                       published=PublishedDate(published, "day"))
    [c] = find_contradictions([one(x, "2024-03-09", "2024-03-13"), one(y, "2024-03-12", "2024-03-14")])
    assert c.kind == "dates"
    # the person's own dating of it (a verb of saying of its own) against the other article's account of the act
    # are two tellers too (twenty-second session: 'the closure, first announced on Oct. 2, …, the board said' /
    # 'the board announced the closure on Oct. 9'); two sayings of one speaker stay one speaker's
    said = article(x, claim(0, x, "announce", "positive", "Abel Ostrander", "announce resignation ostrander",
                            time="2024-03-09", agent="Abel Ostrander", cue="say"),
                   published=PublishedDate("2024-03-13", "day"))
    [c] = find_contradictions([said, one(y, "2024-03-12", "2024-03-14")])
    assert c.kind == "dates"
    said_again = article(y, claim(0, y, "announce", "positive", "Abel Ostrander", "announce resignation ostrander",
                                  time="2024-03-12", agent="Abel Ostrander", cue="say"),
                         published=PublishedDate("2024-03-14", "day"))
    assert find_contradictions([said, said_again]) == []


def test_opening_an_inquiry_meets_a_denial_that_one_exists():
    x = "The state Department of Environmental Protection has opened an inquiry into the leak, two officials said."
    y = "There is no inquiry into the Corvale Chemical leak, the department said."
    def with_predicate(predicate):
        return article(x + " " + y,
                       claim(0, x, predicate, "positive", "two officials", "department environmental protection inquiry leak",
                             agent="The state Department of Environmental Protection", theme="an inquiry", cue="say"),
                       claim(len(x) + 1, y, "be", "negative", "department", "inquiry chemical corvale leak be",
                             theme="no inquiry into the Corvale Chemical leak", cue="say"))
    [c] = find_contradictions([with_predicate("open")])
    assert c.kind == "opposite"
    assert find_contradictions([with_predicate("criticize")]) == []


def test_a_lemma_spelt_otherwise_before_ing_is_still_a_common_word():
    from storyline.link.propositions import common_noun
    assert common_noun("probe", "The commission is probing the company.")
    assert common_noun("deny", "The company denied it.")
    assert not common_noun("lattice", "Lattice Learning said so.")


def _report_and(denial, predicate, agent, theme=None, words=""):
    x = "State prosecutors are investigating Dravik Paving over its billing, two people familiar with the matter said."
    return article(x + " " + denial,
                   claim(0, x, "investigate", "positive", "two people", "investigate dravik paving billing prosecutor",
                         agent="State prosecutors", theme="Dravik Paving", cue="say", asserter_kind="anonymous"),
                   claim(len(x) + 1, denial, predicate, "negative", "Dravik Paving", f"{predicate} {words}", agent=agent, theme=theme,
                         cue="deny", asserter_kind="org"))


def test_a_pronoun_subject_is_the_named_reporter_as_an_argument():
    from storyline.link.claim_ref import claim_refs
    from storyline.link.propositions import head_proposition
    a = _report_and("Dravik Paving denied that it is under investigation.", "be", "it", "under investigation", "investigation")
    x, y = claim_refs(a)
    found = head_proposition(x, y)
    assert found is not None and "name:dravik" in found.words


def test_a_passive_subject_is_no_doer():
    [c] = find_contradictions([_report_and("Dravik Paving denied that it is being investigated.", "investigate", "it")])
    assert c.kind == "opposite"


def test_a_bare_rating_after_the_claim_corrects_it():
    x, y = "A flyer says violent crime rose 20% last year.", "PolitiFact rated the claim False."
    a = article(x + " " + y, claim(0, x, "rise", "positive", "flyer", "rise crime violent year", figures="20%",
                                   attributed="1"),
                claim(len(x) + 1, y, "rate", "positive", "Valley Post", "rate claim false", asserter_kind="outlet"))
    [c] = find_contradictions([a])
    assert c.correction


def test_the_company_takes_up_the_name_its_sentence_gives():
    denial = "Gil Amory, a spokesman for Dravik Paving, said the company is not under investigation."
    x = "State prosecutors are investigating Dravik Paving over its billing, two people familiar with the matter said."
    a = article(x + " " + denial,
                claim(0, x, "investigate", "positive", "two people", "investigate dravik paving billing prosecutor",
                      agent="State prosecutors", theme="Dravik Paving", cue="say", asserter_kind="anonymous"),
                claim(len(x) + 1, denial, "be", "negative", "Gil Amory", "be investigation", agent="the company",
                      theme="investigation", cue="say", asserter_kind="person"))
    [c] = find_contradictions([a])
    assert c.kind == "opposite"


def test_a_passive_subject_the_other_does_not_act_on_keeps_the_doers_apart():
    from storyline.link.claim_doer import same_doer
    from storyline.link.claim_ref import claim_refs
    x = "The official said the residents' samples had been taken from taps, not from wells."
    y = "Verlo said the ministry's denial does not survive contact with a glass of tap water."
    a = article(x + " " + y,
                claim(0, x, "take", "positive", "official", "take sample resident tap ministry", agent="the residents' samples",
                      theme="taps", cue="say"),
                claim(len(x) + 1, y, "survive", "negative", "Verlo", "survive ministry denial contact tap water",
                      agent="the ministry's denial", theme="contact with a glass of tap water", cue="say"))
    p, q = claim_refs(a)
    assert not same_doer(p, q, frozenset())


def test_an_extraposed_it_is_no_correction_marker():
    from storyline.link.claim_scope import correction_marker
    assert not correction_marker("It is not so much that the warning system has failed as that it does not exist.")
    assert correction_marker("That is not true, the state transport agency said.")


def test_only_an_act_of_making_known_is_told_by_its_article():
    def one(text, day, published):
        return article(text, claim(0, text, "describe", "positive", "authorities", "describe scene arraignment",
                                   time=day, agent="authorities"),
                       timex(text, text.split(" on ")[1].rstrip("."), day),
                       published=PublishedDate(published, "day"))
    assert find_contradictions([one("Authorities described the scene at the arraignment on April 9.", "2007-04-09",
                                    "2007-04-12"),
                                one("Authorities described the scene at the arraignment on April 11.", "2007-04-11",
                                    "2007-04-12")]) == []
