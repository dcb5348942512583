"""Claims that look opposite but do not assert and deny one thing: questions, 'no doubt that' frames,
negative complements, to-infinitives, 'must', predictions, part of a set, denied inferences, one's
own evidence, denied comparisons, one sentence read twice, titles in speakers' names, weekday names,
and copular 'be' against a denied existence (invented text)."""
from link.test_claim_scope import DENIAL, REPORT, article_of
from storyline.link import claim_scope
from storyline.link.contradictions import find_contradictions


def flags(*parts):
    return find_contradictions([article_of(*parts)])


def with_(part, text=None, **changes):
    text_, predicate, polarity, asserter, keywords, extra = part
    fields = {"predicate": predicate, "polarity": polarity, "asserter": asserter, "keywords": keywords}
    attrs = dict(extra)
    for k, v in changes.items():
        (fields if k in fields else attrs)[k] = v
    return (text or text_, fields["predicate"], fields["polarity"], fields["asserter"], fields["keywords"], attrs)


def test_the_base_pair_is_a_dispute():
    assert len(flags(DENIAL, REPORT)) == 1


def test_a_question_asserts_nothing():
    asked = with_(REPORT, "Did the ministry offer the owner an amnesty? Nobody could say.")
    assert flags(DENIAL, asked) == []
    assert claim_scope.interrogative("What is he pointing a gun at over six police?")
    assert not claim_scope.interrogative("The U.S. Department of State said so. Why?")


def test_no_doubt_that_asserts_its_clause():
    framed = with_(DENIAL, "There is no doubt that the ministry has not lost the file on the owner's amnesty.")
    assert claim_scope.assertion_frame(framed[0])
    assert flags(framed, REPORT) == []
    assert not claim_scope.assertion_frame(DENIAL[0])


def test_a_prediction_and_a_report_are_two_times():
    will = with_(REPORT, "The ministry will offer the owner an amnesty.", modality="will")
    assert flags(DENIAL, will) == []
    wont = with_(DENIAL, "The ministry won't offer the owner any amnesty.", modality="will")
    assert len(flags(wont, will)) == 1  # two predictions still dispute


def test_must_states_no_fact():
    assert flags(DENIAL, with_(REPORT, modality="must")) == []


def test_a_to_infinitive_is_not_its_event():
    talks = with_(REPORT, "The ministry was negotiating to offer the owner an amnesty.", predicate="negotiate",
                  keywords="negotiate offer amnesty owner ministry", theme="to offer the owner an amnesty")
    assert flags(DENIAL, talks) == []
    assert claim_scope.irrealis_complement("negotiate", "to offer an amnesty")
    assert not claim_scope.irrealis_complement("manage", "to offer an amnesty")


def test_a_denial_of_part_of_a_set_leaves_the_rest():
    many = with_(DENIAL, "Many ministries have not offered the owner any amnesty.", agent="Many ministries")
    assert flags(many, REPORT) == []
    assert claim_scope.partial_subject("some of the schools") and not claim_scope.partial_subject("The ministry")


def test_a_denied_inference_denies_no_content():
    inference = with_(DENIAL, "The ruling does not imply that the ministry offered the owner an amnesty.",
                      predicate="imply", keywords="imply ruling offer amnesty owner ministry", agent="The ruling",
                      theme="that the ministry offered the owner an amnesty")
    assert flags(inference, REPORT) == []


def test_what_we_have_not_seen_is_our_own_evidence():
    seen = with_(DENIAL, "We have not seen any amnesty offer from the ministry to the owner.", predicate="see",
                 keywords="see amnesty offer ministry owner", agent="We", theme="any amnesty offer")
    assert flags(seen, REPORT) == []
    assert claim_scope.own_evidence("We", "see") and not claim_scope.own_evidence("The inspectors", "see")


def test_a_denied_comparison_denies_a_degree():
    assert claim_scope.denied_comparison("be", "as generous as the owner's offer")
    assert claim_scope.denied_comparison("appear", "more deadly than common seasonal flu")
    assert not claim_scope.denied_comparison("offer", "any amnesty")
    lesser = with_(DENIAL, "The ministry's amnesty offer to the owner was not as generous as the last one.",
                   predicate="be", agent="The ministry's amnesty offer to the owner",
                   theme="as generous as the last one")
    assert flags(lesser, REPORT) == []


def test_one_sentence_read_twice_is_no_dispute():
    misread = with_(DENIAL, REPORT[0], asserter="official")
    copy = article_of(misread)
    copy.id = "copy"
    assert find_contradictions([copy, article_of(REPORT)]) == []  # syndicated copy, read twice
    inside = with_(DENIAL, "Nobody can say. " + REPORT[0], asserter="official")
    assert flags(inside, REPORT) == []  # a sentence split and read twice
    assert len(flags(misread, REPORT)) == 1  # two clauses of one sentence in one article: comparable


def test_a_title_is_not_part_of_a_speakers_name():
    assert flags(with_(DENIAL, asserter="Dr Vela"), with_(REPORT, asserter="Ana Vela")) == []


def test_a_weekday_says_when_not_what():
    none = ("He was not returning calls on Tuesday.", "return", "negative", "Ledger", "return call tuesday",
            {"agent": "He", "theme": "calls"})
    got = ("They got a call on Tuesday about the fire.", "get", "positive", "chief",
           "get call tuesday fire", {"agent": "They", "theme": "a call"})
    assert flags(none, got) == []


NONE = ("There is no amnesty for the owner, the official said.", "be", "negative", "official",
        "amnesty owner", {"agent": None, "theme": "no amnesty for the owner"})
THERE = ("There is an amnesty for the owner, the Ledger says.", "be", "positive", "Ledger", "amnesty owner",
         {"agent": None, "theme": "an amnesty for the owner"})


def test_copular_be_does_not_meet_a_denied_existence():
    none = ("There is no clean water, the nurse said.", "be", "negative", "nurse", "clean water",
            {"agent": None, "theme": "no clean water"})
    there = ("There is clean water in the town, the Ledger says.", "be", "positive", "Ledger", "clean water town",
             {"agent": None, "theme": "clean water in the town"})
    assert len(flags(none, there)) == 1
    need = ("Lowmark is in massive need of clean water, the Ledger says.", "be", "positive", "Ledger",
            "lowmark massive need clean water", {"agent": "Lowmark", "theme": "in massive need of clean water"})
    assert flags(none, need) == []


def test_a_negative_complement_affirms_nothing():
    assert len(flags(NONE, THERE)) == 1
    little = ("There is little sign of an amnesty for the owner, the Ledger says.", "be", "positive", "Ledger",
              "amnesty owner sign", {"agent": None, "theme": "little sign of an amnesty for the owner"})
    assert flags(NONE, little) == []
    assert claim_scope.negative_complement("to be no worse than seasonal flu")
    assert not claim_scope.negative_complement("a little sign")


def test_there_isnt_a_is_a_denied_existence():
    isnt = with_(NONE, "There isn't an amnesty for the owner, the official said.", theme="an amnesty for the owner")
    drafted = ("The ministry is drafting an amnesty for the owner.", "draft", "positive", "Ledger",
               "draft amnesty owner ministry", {"agent": "The ministry", "theme": "an amnesty for the owner"})
    assert flags(isnt, drafted) == []
    assert len(flags(isnt, THERE)) == 1


def test_a_denied_evidence_or_reason_denies_no_event():
    # 'no evidence of X' says no evidence is known, not that X did not happen
    no = with_(DENIAL, "There is no evidence that the ministry offered the owner an amnesty.", predicate="be",
               agent="There", theme="no evidence that the ministry offered the owner an amnesty")
    assert claim_scope.evidence_object(no[5]["theme"])
    assert flags(no, REPORT) == []
    # one that says there is such evidence still meets it
    yes = with_(REPORT, "Auditors found evidence that the ministry offered the owner an amnesty.", predicate="find",
                theme="evidence that the ministry offered the owner an amnesty")
    assert not claim_scope.evidence_object(REPORT[5]["theme"]) and claim_scope.evidence_object(yes[5]["theme"])


def test_zero_opens_a_negative_complement():
    assert claim_scope.negative_complement("zero evidence to suspect that meat leads to infections")
