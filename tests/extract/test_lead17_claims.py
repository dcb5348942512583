"""Claims and names an unseen invented story (lead17) read wrong, on invented text: a complex-transitive
verb's small clause, a bare noun of means after 'by', and a coined company name tagged a people."""
from storyline.extract.claims import claims_from_sentence
from storyline.extract.entities import Mention
from storyline.extract.mention_labels import leading_org_words
from storyline.extract.nlp import parse_one


def _claims(text: str):
    return claims_from_sentence(next(iter(parse_one(text).sents)))


def test_a_small_clause_after_a_complex_transitive_verb_is_part_of_the_claim():
    # the parser hangs 'the Corbett Queen closed' as a clause of its own, like 'said the ferry closed'
    found = [c for c in _claims("The Oregon State Marine Board has ordered the Corbett Queen closed pending its "
                                "investigation into Sunday's grounding, board chairman Ty Olsen said Monday.")
             if c.predicate == "order"]
    assert found and "close" in found[0].keywords and "queen" in found[0].keywords
    assert found[0].theme == "the Corbett Queen"
    # a finite clause after a verb of saying stays a claim of its own
    said = [c for c in _claims("Officials said the ferry closed in May.") if c.predicate == "say"]
    assert all("ferry" not in c.keywords for c in said)


def test_a_bare_noun_of_means_after_by_is_no_doer():
    by_hand = _claims("Records show that the ballots were counted by hand on Tuesday.")
    assert [c.agent for c in by_hand if c.predicate == "count"] == ["the ballots"]
    by_clerks = _claims("Records show that the ballots were counted by the county clerks on Tuesday.")
    assert [c.agent for c in by_clerks if c.predicate == "count"] == ["the county clerks"]


def _at(body: str, text: str, label: str, after: int = 0) -> Mention:
    start = body.index(text, after)
    return Mention(start, start + len(text), text, label)


def test_a_coined_name_tagged_a_people_is_the_company_s_short_name():
    body = "Brevanta Mountain Co. will buy the resort. Brevanta chief executive Ona Dahl said so."
    found = leading_org_words([_at(body, "Brevanta Mountain Co.", "ORG"), _at(body, "Brevanta", "NORP", 40)], body)
    assert [m.label for m in found] == ["ORG", "ORG"]
    # a nationality stays a people beside a company its name begins
    body = "American Widget Co. will buy the plant. American workers said so."
    found = leading_org_words([_at(body, "American Widget Co.", "ORG"), _at(body, "American", "NORP", 30)], body)
    assert [m.label for m in found] == ["ORG", "NORP"]


def test_a_person_tagged_name_that_opens_a_resort_s_name_is_the_resort():
    from storyline.extract.entities import ArticleEntity
    from storyline.link.short_orgs import as_short_org

    ridge = ArticleEntity("PERSON", "Brevik Ridge", [Mention(0, 12, "Brevik Ridge", "PERSON")])
    assert as_short_org(ridge, ["Brevik Ridge Resort"]).label == "ORG"
    # a given name opens a person's name, whatever organisation bears it
    maria = ArticleEntity("PERSON", "Maria Ridge", [Mention(0, 11, "Maria Ridge", "PERSON")])
    assert as_short_org(maria, ["Maria Ridge Resort"]).label == "PERSON"


def test_a_genitive_time_after_a_topic_preposition_dates_its_noun_not_the_claim():
    import datetime as dt

    from storyline.extract.times import find_times

    def time_of(text: str) -> str | None:
        doc = parse_one(text)
        found = [c for c in claims_from_sentence(next(iter(doc.sents)), find_times(text, dt.date(2023, 3, 8)))
                 if c.predicate == "open"]
        return found[0].time if found else "no claim"

    assert time_of("Regulators have opened an inquiry into Saturday's crash.") is None
    assert time_of("Regulators opened an inquiry on Saturday.") == "2023-03-04"
