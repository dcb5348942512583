"""Look-alike pairs of the fifth round: 'the country' whose antecedent is in the sentence before,
a city the parser tags as a facility with particles in its name, and a positive claim that negates
the shared words inside a phrase (invented text)."""
from conftest import make_article
from link.test_claim_scope import article_of
from link.test_contradictions import claim
from link.test_dispute_frames import flags, with_
from storyline.link import claim_scope
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate, Span

NONE_THERE = ("Health officials have not confirmed any cases in the country .", "confirm", "negative",
              "service executive", "health official confirm case country",
              {"agent": "Health officials", "theme": "any cases"})
LOWMARK = ("Health officials have confirmed 13 cases of the fever in Lowmark .", "confirm", "positive", "Courier",
           "health official confirm case fever lowmark", {"agent": "Health officials", "theme": "13 cases of the fever"})


def _story(lead: str | None) -> list:
    """A live-blog article: an optional lead line naming a place, the denial on the next line, and
    a report from another place two lines on."""
    lines = ([lead] if lead else []) + [NONE_THERE[0], "Thanks for reading .", LOWMARK[0]]
    body = "\n".join(lines)
    spans = []
    for part in (NONE_THERE, LOWMARK):
        text, predicate, polarity, asserter, keywords, extra = part
        spans.append(claim(body.index(text), text, predicate, polarity, asserter, keywords, **extra))
    for name in ("Veradia", "Lowmark"):
        if name in body:
            start = body.index(name)
            spans.append(Span(start, start + len(name), "GPE", "entities", name, {"name": name}))
    article = make_article(body, published=PublishedDate())
    article.spans = spans
    return [article]


def test_the_country_takes_the_place_named_last_before_it():
    assert len(find_contradictions(_story(None))) == 1   # no place for 'the country': one proposition
    lead = "Four travellers the Veradia health service tested came out all-clear ."
    assert find_contradictions(_story(lead)) == []        # the country is Veradia, the report is of Lowmark


def test_the_antecedent_is_looked_for_in_the_paragraph_before_only():
    body = "Talks opened in Veradia .\nNothing else happened .\nThe country has no cases ."
    article = make_article(body, published=PublishedDate())
    article.spans = [Span(15, 22, "GPE", "entities", "Veradia", {"name": "Veradia"})]
    assert claim_scope.preceding_place(article, body.index("The country")) is None
    assert claim_scope.preceding_place(article, body.index("Nothing")) == "veradia"
    forms = {"veradia": frozenset({frozenset({"veradia"})})}
    assert claim_scope.claim_places(["country", "case"], forms, "The country has no cases .", lambda: "veradia") \
        == {"veradia"}
    # its own words name a place: no antecedent is asked for
    assert claim_scope.claim_places(["veradia"], forms, "Veradia has no cases in the country .",
                                    lambda: "lowmark") == {"veradia"}


def test_a_hyphenated_city_tagged_as_a_facility_is_a_place():
    body = "Up to 30 % of buildings in Port-au-Prince and in LA were damaged ."
    article = make_article(body, published=PublishedDate())
    article.spans = [Span(27, 41, "FAC", "entities", "Port-au-Prince", {}),
                     Span(49, 51, "GPE", "entities", "LA", {})]
    places = claim_scope.place_names(article)
    assert places["port-au-prince"] == {frozenset({"port", "prince"})}   # keywords never hold 'au'
    assert places["la"] == {frozenset({"la"})}                          # a particle alone is the name
    assert claim_scope.claim_places(["building", "port", "prince"], places) == {"port-au-prince"}
    assert not claim_scope.different_places(frozenset({"port-au-prince"}), frozenset({"port - au - prince"}))
    assert claim_scope.different_places(frozenset({"port-au-prince"}), frozenset({"leogane"}))


NOT_BANNED = ("The ministry has not banned pork imports .", "ban", "negative", "official", "ministry ban pork import",
              {"agent": "The ministry", "theme": "pork imports"})
NO_BAN_NOTE = ("Updates to make clear no pork import ban , adds shop comments .", "add", "positive",
               "the article (outlet unknown)", "update make clear pork import ban add shop comment",
               {"agent": "Updates to make clear no pork import ban", "theme": "shop comments"})


def test_a_claim_negating_the_shared_words_inside_a_phrase_agrees_with_the_denial():
    assert flags(NOT_BANNED, NO_BAN_NOTE) == []
    # without its inner 'no' the note reports a ban: a dispute
    said = with_(NO_BAN_NOTE, NO_BAN_NOTE[0].replace("no pork", "a pork"),
                 agent="Updates to make clear a pork import ban")
    assert len(flags(NOT_BANNED, said)) == 1
    assert claim_scope.negated_inside("a never - before - seen mixture of viruses", {"see", "mixture"})
    assert not claim_scope.negated_inside("not just a rookie record , the seventh drive", {"drive"})


def test_a_count_of_places_need_not_hold_the_place_a_denial_names():
    veradia = ("Officials in Veradia say the country has not yet confirmed any cases .", "confirm", "negative",
               "Officials", "country confirm case", {"agent": "the country", "theme": "any cases"})
    seven = ("The fever has been confirmed in seven countries , and is suspected elsewhere .", "confirm", "positive",
             "Courier", "fever confirm country seven", {"agent": "The fever", "theme": "seven countries"})
    places = [("Veradia", "GPE", "Veradia")]
    assert find_contradictions([article_of(veradia, seven, spans=places)]) == []
    # the same report of 'the country' (Veradia, named last before it) is a dispute
    some = with_(seven, "The fever has been confirmed in the country , and is suspected elsewhere .",
                 keywords="fever confirm country", theme="the country")
    assert len(find_contradictions([article_of(veradia, some, spans=places)])) == 1
    assert claim_scope.counted_places("109 infections in at least 11 states")
    assert claim_scope.counted_places("cases in two other countries")
    assert not claim_scope.counted_places("no cases in the country")


def test_a_subnational_place_noun_is_not_the_country_its_sentence_names():
    forms = {"portugal": frozenset({frozenset({"portugal"})}), "braga": frozenset({frozenset({"braga"})})}
    text = "Portugal 's weather agency issued its warning for the city on Friday ."
    # 'the city' is no country: Portugal holds it, and the claim's place is the city named before
    assert claim_scope.claim_places(["portugal", "warning", "city"], forms, text, lambda: "braga") == {"braga"}
    assert claim_scope.claim_places(["portugal", "warning", "city"], forms, text, lambda: "portugal") == set()
    # 'the country' may be the country the sentence names
    country = "Portugal 's weather agency issued its warning for the country on Friday ."
    assert claim_scope.claim_places(["portugal", "warning", "country"], forms, country, lambda: None) == {"portugal"}

