"""A stored description span ('the senator', label DESC) rejoins its person and adds no name."""
from conftest import make_article
from storyline.link.stored_referents import article_entities
from storyline.model import Span
from storyline.payloads import MentionPayload


def test_a_stored_description_rejoins_its_person_whatever_span_comes_first():
    spans = [Span(0, 7, "DESC", "entities", "senator", MentionPayload("Jane Orr", 0)),
             Span(20, 33, "PERSON", "entities", "Sen. Jane Orr", MentionPayload("Jane Orr", 0))]
    article = make_article("x" * 40)
    article.spans = spans
    [entity] = article_entities(article)
    assert entity.label == "PERSON" and [m.label for m in entity.mentions] == ["DESC", "PERSON"]
