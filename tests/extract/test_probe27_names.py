"""Branch probe27: a minister named after the Commonwealth title 'Minister for PORTFOLIO', which the small
recognizer tags with the portfolio as one body or one person (invented text)."""
from __future__ import annotations

from conftest import make_article, speaker_of
from storyline.extract.stages import extract_article
from storyline.model import PublishedDate

_OPENING = "The ferry service will resume next week, officials said. "


def _people(nlp, body: str) -> list[str]:
    article = extract_article(make_article(body, published=PublishedDate("2024-03-15", "day")), nlp(body))
    return [s.text for s in article.spans if s.label == "PERSON"]


def test_the_portfolio_tagged_with_the_name_is_cut_from_the_minister(nlp) -> None:
    body = _OPENING + "Minister for Inter-Provincial Coordination Rana Imtiaz Qadri said on Friday."
    assert "Rana Imtiaz Qadri" in _people(nlp, body)


def test_the_minister_is_the_one_named_after_the_portfolio(nlp) -> None:
    for named in ("Minister for Inter-Provincial Coordination Rana Imtiaz Qadri",
                  "Minister for Overseas Pakistanis Karen Tariq Bhatti"):
        body = _OPENING + f"{named} said on Friday. \u201cEvery passenger will be refunded,\u201d the minister said."
        assert speaker_of(nlp, body, "Every passenger") == " ".join(named.split()[-3:])


def test_a_papers_full_name_the_recognizer_left_untagged_is_an_organisation(nlp) -> None:
    body = ("Every overseas player had been paid in full through November, the administrator told the ministry. "
            "The Kestrel Ledger reported on Thursday that the club had missed a $2.1 million stadium payment in October.")
    article = extract_article(make_article(body, published=PublishedDate("2024-03-15", "day")), nlp(body))
    assert "Kestrel Ledger" in [s.text for s in article.spans if s.label == "ORG"]


def test_a_name_whose_chairman_the_article_names_is_an_organisation(nlp) -> None:
    for body in ("The club is run by Dev Pryce, the son of Castellan's chairman Tom Pryce.",
                 "Harwick's former chief executive said the plant would close in the spring."):
        article = extract_article(make_article(body, published=PublishedDate("2024-03-15", "day")), nlp(body))
        name = body.split("'s")[0].split()[-1]
        assert [s.label for s in article.spans if s.text == name] == ["ORG"]


def test_a_persons_surname_before_an_office_stays_a_person(nlp) -> None:
    body = "Senator Ana Castellan spoke on Monday. Castellan's chairman of the panel, Tom Pryce, agreed with her."
    article = extract_article(make_article(body, published=PublishedDate("2024-03-15", "day")), nlp(body))
    assert "ORG" not in [s.label for s in article.spans if s.text == "Castellan"]
