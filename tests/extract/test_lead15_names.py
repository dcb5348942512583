"""Names an unseen invented story (lead15) got wrong, on invented text: a person named after an
occupational description tagged as an organisation, an airline called by its first word, and a news
service credited after the byline's name."""
from storyline.clean.byline import read_byline
from storyline.extract.entities import Mention
from storyline.extract.mention_labels import correct_labels, leading_org_words


def _at(body: str, text: str, label: str) -> Mention:
    start = body.index(text)
    return Mention(start, start + len(text), text, label)


def test_a_given_name_after_a_person_noun_is_a_person_whatever_the_tag():
    body = "Chief executive Jordan Pike told investors on Monday that sales rose."
    assert [m.label for m in correct_labels([_at(body, "Jordan Pike", "ORG")], body)] == ["PERSON"]
    # no person noun before it, or no given name first: the recognizer's label stays
    body = "Shares of Jordan Pike fell on Monday."
    assert [m.label for m in correct_labels([_at(body, "Jordan Pike", "ORG")], body)] == ["ORG"]
    body = "Chief executive Marwick Holdings said sales rose."
    assert [m.label for m in correct_labels([_at(body, "Marwick Holdings", "ORG")], body)] == ["ORG"]


def test_an_airline_is_called_by_its_first_word():
    body = "Tarnwell Air will leave Corbett. Tarnwell did not respond to a request for comment."
    short = body.index("Tarnwell did")
    found = leading_org_words([_at(body, "Tarnwell Air", "ORG"), Mention(short, short + 8, "Tarnwell", "PERSON")], body)
    assert [m.label for m in found] == ["ORG", "ORG"]


def test_a_news_service_after_the_name_is_the_byline_s_credit_not_a_second_author():
    found = read_byline("By Lena Ostrow, Cascade News Service")
    assert found is not None and found.names == ("Lena Ostrow",) and found.outlet == "Cascade News Service"
    found = read_byline("By Lena Ostrow, Harbor Wire Service")
    assert found is not None and found.names == ("Lena Ostrow",)
