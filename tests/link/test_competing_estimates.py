"""Two parties' estimates of one quantity ('estimate the cost of the repairs at $8 million' / 'put
the cost of the repairs at $13 million') are a dispute of figures; one party's revised estimate, a
range holding the other value and another part's cost are not (invented text)."""
from conftest import make_article_with_spans, make_claim_span
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate


def _article(text: str, predicate: str, agent: str, theme: str, asserter: str, published: str):
    keywords = " ".join(w.strip(",.$").lower() for w in text.split()[:12] if w.strip(",.$").isalpha())
    span = make_claim_span(0, text, predicate, "positive", asserter, keywords, agent=agent, theme=theme,
                           asserter_kind="person", cue="say")
    return make_article_with_spans(text, span, published=PublishedDate(published, "day"))


CITY = ("City engineers estimate the cost of the repairs at $8 million, director Anita Solberg said.", "estimate",
        "City engineers", "the cost of the repairs at $ 8 million", "Anita Solberg")


def _named(article, name):
    article.id = name
    return article


def _figures(*articles) -> list[str]:
    for i, article in enumerate(articles):
        article.id = f"a{i}"
    return [c.family for c in find_contradictions(list(articles)) if c.kind == "figures"]


def test_two_parties_estimates_of_one_quantity_are_two_values():
    state = _article("State engineers put the cost of the repairs at $13 million, spokesman Tobias Renn said.", "put",
                     "State engineers", "the cost of the repairs", "Tobias Renn", "2025-03-11")
    [c] = find_contradictions([_named(_article(*CITY, "2025-03-10"), "a0"), _named(state, "a1")])
    assert c.family == "estimate of repair" and "$8,000,000" in c.explanation and "$13,000,000" in c.explanation


def test_one_party_revising_its_estimate_is_one_asserter():
    later = _article("Solberg said city engineers now estimate the repairs at $12.5 million.", "estimate",
                     "city engineers", "the repairs", "Anita Solberg", "2025-03-12")
    assert _figures(_article(*CITY, "2025-03-10"), later) == []


def test_a_range_holding_the_value_and_another_part_are_no_dispute():
    ranged = _article("County engineers put the cost of the repairs at $7 million to $9 million, Rhea Moss said.",
                      "put", "County engineers", "the cost of the repairs", "Rhea Moss", "2025-03-11")
    railings = _article("Painters estimate the cost of repainting the railings at $400,000, Ola Brun said.",
                        "estimate", "Painters", "the cost of repainting the railings at $ 400,000", "Ola Brun",
                        "2025-03-11")
    assert _figures(_article(*CITY, "2025-03-10"), ranged) == []
    assert _figures(_article(*CITY, "2025-03-10"), railings) == []
