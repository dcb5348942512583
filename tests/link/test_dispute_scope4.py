"""Look-alike pairs of the fourth round: one quotation split in two sentences, a heading copied with
other punctuation, a negative implicative verb ('stopped selling'), a denial over a restricted set
('no Gulf country'), a pronoun subject of a reported clause read as its reporter, places without
their article and 'the country', readers' pages, denied directives, catenative complements, part of
a set, denied ascriptions, places sharing a word, means adjuncts, one's own premises and pro-form
objects (invented text)."""
from conftest import make_article
from link.test_claim_scope import DENIAL, REPORT, article_of
from link.test_dispute_frames import flags, with_
from storyline.link import claim_scope
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate, Span


def test_two_sentences_of_one_quotation_are_one_speaker():
    first = ("`` We will call it the harbour fever .", "call", "positive", "the article (outlet unknown)",
             "call fever harbour", {"agent": "We", "theme": "it", "modality": "will"})
    second = ("We wo n't call it the Lowmark fever , '' the minister said .", "call", "negative", "minister",
              "call fever lowmark", {"agent": "We", "theme": "it", "modality": "will"})
    assert flags(first, second) == []
    # the same two sentences without the quotation marks are two statements
    assert len(flags(with_(first, first[0].replace("`` ", "")),
                     with_(second, second[0].replace(", ''", ",")))) == 1


def test_one_heading_copied_with_other_punctuation_is_one_sentence():
    heading = ("Do n't wanna add to that fever count . ''", "wanna", "negative", "the article (outlet unknown)",
               "add fever count wanna", {"agent": None, "theme": "add to that fever count"})
    copied = ("Do n't wanna add to that fever count `` We also add clinics to the count , '' she said .", "add",
              "positive", "Ana Vela", "add fever count clinic wanna", {"agent": "We", "theme": "clinics"})
    one, two = article_of(heading), article_of(copied)
    two.id = "other"
    one.published = two.published = PublishedDate("2024-05-02", "day")
    assert find_contradictions([one, two]) == []


STOPPED = ("Supermarkets in Lowmark said they had stopped selling pork .", "stop", "positive", "Supermarkets",
           "stop sell pork lowmark", {"agent": "they", "theme": "selling pork"})
NOT_SELLING = ("`` We are not selling any pork , '' said the store manager .", "sell", "negative",
               "store manager", "sell pork", {"agent": "We", "theme": "any pork"})


def test_a_negative_implicative_affirms_nothing_its_denial_denies():
    assert flags(STOPPED, NOT_SELLING) == []
    assert claim_scope.negative_implicative("stop") and not claim_scope.negative_implicative("start")
    # the verb itself asserted and denied still disputes
    not_stopped = ("The store has not stopped selling pork , the manager said .", "stop", "negative", "manager",
                   "stop sell pork", {"agent": "The store", "theme": "selling pork"})
    assert len(flags(STOPPED, not_stopped)) == 1


def test_a_denial_over_a_restricted_set_leaves_the_bare_noun():
    gulf = ("So far , no Gulf country has reported any cases of the fever .", "report", "negative", "Ledger",
            "report case fever country gulf", {"agent": "no Gulf country", "theme": "any cases of the fever"})
    ten = ("Ten countries have reported cases of the fever .", "report", "positive", "Courier",
           "report case fever country", {"agent": "Ten countries", "theme": "cases of the fever"})
    assert flags(gulf, ten) == []
    assert claim_scope.restricted_denial("no Gulf country", "Ten countries")
    assert not claim_scope.restricted_denial("no Gulf country", "two Gulf countries")  # the same restriction
    assert not claim_scope.restricted_denial("no country", "Ten countries")  # unrestricted: every country
    assert not claim_scope.restricted_denial("no Gulf country", "Qatar")  # a member named, not counted
    unrestricted = with_(gulf, "So far , no country has reported any cases of the fever .", agent="no country")
    assert len(flags(unrestricted, ten)) == 1


def _reported(article, cue):
    """The article's first claim as the extractor gives a reported clause: with its reporting verb."""
    s = article.spans[0]
    article.spans[0] = Span(s.start, s.end, s.label, s.stage, s.text, {**s.attrs, "cue": cue})
    return article


def test_a_pronoun_subject_of_a_reported_clause_is_its_reporter():
    ours = with_(DENIAL, "The ministry said it has not offered the owner any amnesty .", asserter="the ministry",
                 agent="it")
    council = with_(REPORT, "The council offered the owner an amnesty , the Ledger says .", agent="The council")
    assert find_contradictions([_reported(article_of(ours, council), "say")]) == []  # two offerers
    assert len(find_contradictions([article_of(ours, council)])) == 1  # nothing reports 'it': unknown
    # 'police who claim he pointed a gun': 'he' is not the police, so the doer stays unknown
    pointed = ("Police claim he pointed a gun at the officer .", "point", "positive", "police", "point gun officer",
               {"agent": "he", "theme": "a gun"})
    did_not = ("Vela did not point the gun , witnesses said .", "point", "negative", "witnesses", "point gun",
               {"agent": "Vela", "theme": "the gun"})
    assert len(find_contradictions([_reported(article_of(pointed, did_not), "claim")])) == 1



def test_a_place_with_its_article_is_named_by_its_words():
    none = ("Two bases in Lowmark reported no cases of the fever .", "report", "negative", "Courier",
            "base lowmark report case fever", {"agent": "Two bases in Lowmark", "theme": "no cases of the fever"})
    many = ("We are reporting 91 cases of the fever in the Harbour States .", "report", "positive", "Dr Vela",
            "report case fever harbour states", {"agent": "We", "theme": "91 cases of the fever"})
    places = [("Lowmark", "GPE", "Lowmark"), ("the Harbour States", "GPE", "Harbour States")]
    assert flags(none, many) != []   # no place known: one proposition
    assert find_contradictions([article_of(none, many, spans=places)]) == []
    assert claim_scope.claim_places(["harbour", "states"], {"harbour states": frozenset({frozenset({"harbour", "states"})})})


def test_the_country_is_the_place_its_sentence_names():
    china = ("Officials in Veradia say the country has not yet confirmed any cases .", "confirm", "negative",
             "Officials", "country confirm case", {"agent": "the country", "theme": "any cases"})
    seven = ("The fever has been confirmed in seven countries , including Lowmark .", "confirm", "positive",
             "Courier", "fever confirm country seven lowmark", {"agent": "The fever", "theme": "seven countries"})
    places = [("Veradia", "GPE", "Veradia"), ("Lowmark", "GPE", "Lowmark")]
    assert find_contradictions([article_of(china, seven, spans=places)]) == []
    forms = {"veradia": frozenset({frozenset({"veradia"})})}
    assert claim_scope.claim_places(["country", "case"], forms, china[0]) == {"veradia"}
    assert claim_scope.claim_places(["country", "case"], forms, "Officials in Veradia say no country has.") == set()


def test_a_page_signed_by_its_readers_is_no_report():
    signed = "\n".join(f"The water tastes of {w} here . \nAna Vel{c} , Lowmark , Veradia" for w, c in
                       zip(["metal", "soap", "rust", "salt", "mud"], "abcde"))
    assert claim_scope.comment_start(make_article("The ministry said the water is safe .\n" + signed)) == 0
    two = "The ministry said so .\nNick Dale , Courier News , Lowmark\nOn Monday , Mr Vela said no ."
    assert claim_scope.comment_start(make_article(two)) is None  # a reporter's sign-off, a dateline


def test_a_denied_directive_denies_the_advice_not_the_act():
    advice = ("The agency does not recommend border closures over the fever .", "recommend", "negative",
              "agency", "recommend border closure fever", {"agent": "The agency", "theme": "border closures"})
    checks = ("Travellers are being checked at border crossings for the fever .", "check", "positive",
              "Courier", "check traveller border crossing fever", {"agent": None,
                                                                  "theme": "travellers at border crossings"})
    assert flags(advice, checks) == []
    did = with_(advice, "The agency recommended border closures over the fever .", polarity="positive")
    assert len(flags(advice, with_(did, asserter="Courier"))) == 1  # the advice itself, asserted and denied


def test_one_catenative_with_two_complement_verbs_is_two_acts():
    close = ("It does not advise schools to close as soon as a pupil has the fever .", "advise", "negative",
             "agency", "advise school close pupil fever", {"agent": "It", "theme": "schools"})
    texts = ("Schools are advised to set up text messages about the fever for pupils .", "advise", "positive",
             "Courier", "advise school set text message fever pupil", {"agent": "Schools", "theme": None})
    assert flags(close, texts) == []
    same = with_(texts, "Schools are advised to close when a pupil has the fever .", keywords="advise school close pupil fever")
    assert len(flags(close, same)) == 1  # the same act advised and not advised
    assert claim_scope.complement_verb("advise", texts[0]) == "set"
    assert claim_scope.complement_verb("advise", "it was not advising the same to all schools") is None
    assert claim_scope.complement_verb("turn", "That turned the ball over to Vela, who scored") is None


def test_a_denial_in_part_of_a_place_leaves_the_rest():
    parts = ("The government did not function at all in several parts of the country .", "function", "negative",
             "aid worker", "government function country part", {"agent": "The government",
                                                                   "theme": "in several parts of the country"})
    whole = ("The government functioned in the country throughout the week .", "function", "positive", "minister",
             "government function country week", {"agent": "The government", "theme": "in the country"})
    assert flags(parts, whole) == []
    assert len(flags(with_(parts, theme="in the country"), whole)) == 1
    assert claim_scope.partial_object("in several parts of the country") and not claim_scope.partial_object("the country")


def test_a_denied_ascription_is_met_only_by_its_subject():
    not_it = ("Tests showed it was not the new fever strain , the minister said .", "be", "negative", "minister",
              "new fever strain", {"agent": "it", "theme": "the new fever strain"})
    spread = ("Lowmark began closing schools to slow the spread of the new fever strain .", "begin", "positive",
              "Courier", "begin close school slow spread new fever strain",
              {"agent": "Lowmark", "theme": "closing schools to slow the spread of the new fever strain"})
    assert flags(not_it, spread) == []
    named = with_(not_it, "Tests showed the Lowmark case was not the new fever strain .", agent="the Lowmark case",
                  keywords="lowmark case new fever strain")
    assert len(flags(named, with_(spread, keywords="begin close school slow spread new fever strain case lowmark"))) == 1


def test_two_places_sharing_a_word_are_two_places():
    assert claim_scope.different_places(frozenset({"united kingdom"}), frozenset({"united states"}))
    assert not claim_scope.different_places(frozenset({"mexico city"}), frozenset({"mexico"}))
    assert not claim_scope.different_places(frozenset({"new york city"}), frozenset({"new york"}))


def test_he_said_he_is_the_speaker():
    owned = ("He said he had owned the harbour property for years .", "own", "positive", "Ana Vela",
             "own harbour property year", {"agent": "he", "theme": "the harbour property"})
    town = ("Lowmark does not own the harbour property , the clerk said .", "own", "negative", "clerk",
            "own harbour property lowmark", {"agent": "Lowmark", "theme": "the harbour property"})
    assert find_contradictions([_reported(article_of(owned, town), "say")]) == []
    assert len(find_contradictions([article_of(owned, town)])) == 1  # nothing reports 'he': unknown


def test_a_denied_means_takes_the_event_for_granted():
    means = ("The fever is not spread by eating pork , the agency said .", "spread", "negative", "agency",
             "fever spread eat pork", {"agent": "The fever", "theme": None})
    event = ("The fever spread quickly through the schools of Lowmark .", "spread", "positive", "Courier",
             "fever spread quickly school lowmark", {"agent": "The fever", "theme": None})
    assert flags(means, event) == []
    pork = ("The fever is spread by eating pork , the farmer said .", "spread", "positive", "farmer",
            "fever spread eat pork", {"agent": "The fever", "theme": None})
    assert len(flags(means, pork)) == 1  # the means itself, denied and asserted
    assert claim_scope.means_adjunct("spread", means[0]) == {"eatin", "pork"}


def test_part_of_a_set_affirming_leaves_a_single_denial_open():
    several = ("Several countries have banned pork imports over the fever .", "ban", "positive", "Courier",
               "country ban pork import fever", {"agent": "Several countries", "theme": "pork imports"})
    veradia = ("There is no decision to ban pork imports over the fever , the minister said .", "be", "negative",
               "minister", "decision ban pork import fever", {"agent": None,
                                                              "theme": "no decision to ban pork imports"})
    assert flags(several, veradia) == []
    none = with_(veradia, "No country has banned pork imports over the fever .", agent="No country",
                 keywords="country ban pork import fever")
    assert len(flags(several, none)) == 1  # a universal denial is met by some members


def test_a_denied_pro_form_hides_what_it_denies():
    same = ("The agency said it was not advising the same to all schools .", "advise", "negative", "agency",
            "advise school", {"agent": "it", "theme": "the same"})
    advised = ("The schools are advised to close when a pupil has the fever .", "advise", "positive", "Courier",
               "advise school close pupil fever", {"agent": "The schools", "theme": None})
    assert flags(same, advised) == []
    assert claim_scope.anaphoric_object("the same") and not claim_scope.anaphoric_object("it")


def test_a_denial_on_its_own_premises_is_met_only_there():
    farms = ("It said it had found no signs of the fever among pigs on its farms .", "find", "negative", "Ledger",
             "find sign fever pig farm", {"agent": "it", "theme": "no signs of the fever among pigs"})
    ward = ("A hospital in Lowmark found signs of the fever in a patient .", "find", "positive", "Courier",
            "hospital find sign fever patient", {"agent": "A hospital in Lowmark", "theme": "signs of the fever"})
    assert flags(farms, ward) == []
    farm = with_(ward, "Inspectors found signs of the fever on the farm .", agent="Inspectors",
                 keywords="inspector find sign fever farm")
    assert len(flags(farms, farm)) == 1
    assert claim_scope.own_place("be", "There is no risk from pork , '' it said on its website .") is None
