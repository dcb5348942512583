"""An estimate told as a clause ('officials estimated that 12,000 gallons of fuel spilled') is a value
of the quantity its counted noun and verb name: two parties' clauses, or a clause and the frame 'put
NP at AMOUNT', at values apart are a dispute of figures; a modal clause, another quantity and a count
that is no estimate are not (invented text)."""
from conftest import make_article_with_spans, make_claim_span
from storyline.link.claim_estimates import estimate
from storyline.link.claim_ref import claim_refs
from storyline.link.contradictions import find_contradictions
from storyline.model import PublishedDate


def _article(text: str, predicate: str, agent: str, theme: str, asserter: str, published: str, *,
             cue: str | None = "say", name: str = "a"):
    keywords = " ".join(w.strip(",.$").lower() for w in text.split()[:14] if w.strip(",.$").isalpha())
    span = make_claim_span(0, text, predicate, "positive", asserter, keywords, agent=agent, theme=theme,
                           asserter_kind="person" if cue else "outlet", cue=cue)
    article = make_article_with_spans(text, span, published=PublishedDate(published, "day"))
    article.id = name
    return article


STATE = ("State officials estimated that 12,000 gallons of diesel fuel spilled into the bay, a spokeswoman, "
         "Rita Vance, said.", "estimate", "State officials", "", "Rita Vance")


def _figures(*articles) -> list[str]:
    return [c.explanation for c in find_contradictions(list(articles)) if c.kind == "figures"]


def test_two_parties_clauses_of_one_quantity_are_two_values():
    company = _article("The ferry company estimates that about 3,000 gallons of diesel fuel spilled, its "
                       "spokesman, Tom Hale, said.", "estimate", "The ferry company", "", "Tom Hale",
                       "2024-04-03", name="b")
    [why] = _figures(_article(*STATE, "2024-04-02"), company)
    assert "12,000" in why and "2,700 to 3,300" in why


def test_a_clause_against_the_frame_and_a_number_with_a_comma():
    fire = _article("Fire officials estimated that about 600 residents were evacuated from the streets near the "
                    "plant.", "estimate", "Fire officials", "", "Daily Post", "2024-06-10", cue=None)
    county = _article("The county's emergency office put the number of evacuated residents at 1,400.", "put",
                      "The county 's emergency office", "the number of evacuated residents", "Daily Post",
                      "2024-06-11", cue=None, name="b")
    [why] = _figures(fire, county)
    # one outlet writes both: the parties are who values, and '1,400' is read whole
    assert "Fire officials gives 540 to 660" in why and "The county's emergency office gives 1,400" in why


def test_a_modal_clause_another_quantity_and_a_count_are_no_estimate_dispute():
    could = _article("Lawyers estimated that damages could reach $10 million, Ann Roe said.", "estimate",
                     "Lawyers", "", "Ann Roe", "2024-04-03", name="b")
    assert estimate(_ref(could)) is None
    recovered = _article("Cleanup crews have recovered 2,100 gallons of diesel fuel so far, Ann Roe said.",
                         "recover", "Cleanup crews", "2,100 gallons of diesel fuel", "Ann Roe", "2024-04-03", name="b")
    leaked = _article("Engineers estimated that 2,000 gallons of water leaked from the tank, Ann Roe said.",
                      "estimate", "Engineers", "", "Ann Roe", "2024-04-03", name="b")
    assert _figures(_article(*STATE, "2024-04-02"), recovered) == []
    assert _figures(_article(*STATE, "2024-04-02"), leaked) == []


def _ref(article):
    return claim_refs(article)[0]
