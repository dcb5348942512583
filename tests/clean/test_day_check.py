"""The check on a chosen publication day (clean.day_check): invented pages, fiction, gold written first."""
from dataclasses import replace
from datetime import date

import pytest

from conftest import clean_html_page, clean_scrape
from storyline.clean.day_check import MODEL_PATH, checked_day, day_support, load_day_model
from storyline.clean.day_evidence import FEATURES, candidate_days, day_features, page_days
from storyline.clean.pubdate import date_publication
from storyline.errors import ConfigError
from storyline.model import PublishedDate

BODY = ["The harbour board of Calder Bay voted on a plan to dredge the northern channel, a project its members have "
        "argued over for years.",
        "Fishing crews said the work would close the channel for most of a season, and asked the board to pay for the "
        "lost weeks at sea.",
        "The board's chair, Ines Morrow, said a report on the costs would come before members at their next meeting "
        "in the spring.",
        "Shipping agents welcomed the vote, saying larger vessels had been turned away from the port twice in the past "
        "year alone."]
HEAD = "Harbour board backs dredging plan for northern channel"
DE = ["Der Gemeinderat von Lindenau hat am Abend den Bau einer neuen Brücke über den Mühlbach beschlossen, nach "
      "jahrelangem Streit.",
      "Anwohner hatten sich über den Lärm der Baustelle beschwert und eine Umleitung für den Lieferverkehr gefordert.",
      "Bürgermeisterin Greta Vollrath sagte, die Kosten würden im Frühjahr erneut im Rat beraten, sobald das "
      "Gutachten vorliege.",
      "Die Handwerkskammer begrüßte die Entscheidung und sprach von einem wichtigen Signal für die Betriebe im Ort."]
KOPF = "Gemeinderat beschließt neue Brücke über den Mühlbach"


@pytest.mark.parametrize("lines", [
    ["Calder Bay Courier", "News | Sport | Weather", HEAD, "By Tomas Reyne", "Tuesday, 16 March 2021, 09:40", *BODY],
    ["Calder Bay Courier", HEAD, "Published: 16 March 2021", *BODY, "Contact us"],
    ["Calder Bay Courier", HEAD, "CALDER BAY, March 16, 2021 — " + BODY[0], *BODY[1:], "Contact us"],
    ["Lindenauer Bote", KOPF, "Veröffentlicht am 16.03.2021, 18:05 Uhr", *DE, "Impressum"],
    ["Wednesday, 14 November 2022", "Calder Bay Courier", HEAD, "By Tomas Reyne", "16 March 2021", *BODY, "Contact us"],
    ["Lindenauer Bote", KOPF, "16. März 2021", *DE, "Mehr aus Lindenau", "Schulfest verschoben", "02.03.2021",
     "Neue Buslinie", "24.02.2021", "Impressum"],
])
def test_a_day_the_page_prints_as_its_own_is_kept(lines):
    assert clean_scrape(lines).published.day == "2021-03-16"


@pytest.mark.parametrize("lines", [
    ["Calder Bay Courier", HEAD, "Updated 14 November 2022", *BODY, "Contact us | Privacy", "12 March 2021"],
    ["Lindenauer Bote", KOPF, "Aktualisiert am 14.11.2022", *DE, "Impressum", "12.03.2021"],
])
def test_a_bare_day_at_the_pages_foot_is_left_unknown(lines):
    """The page's only original day is a bare one below its footer, while its headline block prints an update:
    the finders take the foot's day for want of another; the check leaves the day unknown."""
    article = clean_scrape(lines)
    assert date_publication(article).day == "2021-03-12"
    assert (article.published.day, article.published.precision) == (None, "unknown")
    assert any("2021-03-12" in t and "clean.day_check" in t for t in article.published.tried)


def test_the_check_runs_on_html_pages_too():
    """An HTML page's day goes through the same check: a model asking more than any day can give leaves it unknown."""
    html = (f"<html><head><title>{HEAD}</title></head><body><header>Calder Bay Courier</header><article><h1>{HEAD}</h1>"
            f"<p class='byline'>By Tomas Reyne</p><time>16 March 2021</time>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>")
    article = clean_html_page(html, "https://courier.example/harbour-dredging")
    assert article.published.day == "2021-03-16"
    strict = replace(load_day_model(), html_threshold=1.01)
    refused = checked_day(article, article.published, strict)
    assert (refused.value, refused.precision) == (None, "unknown")
    assert any("2021-03-16" in t and "clean.day_check" in t for t in refused.tried)


def test_an_unknown_or_coarse_date_is_left_as_it_is():
    article = clean_scrape(["Calder Bay Courier", HEAD, *BODY])
    year = PublishedDate("2021", "year", "copyright year")
    assert checked_day(article, year) is year
    assert checked_day(article, PublishedDate()) == PublishedDate()


def test_a_day_the_page_never_prints_competes_with_the_days_it_does():
    """A finder's day from elsewhere (a container field) is among the candidates; its support is a probability."""
    article = clean_scrape(["Calder Bay Courier", HEAD, "16 March 2021", *BODY])
    page = page_days(article)
    assert candidate_days(page, date(2020, 1, 2)) == [date(2020, 1, 2), date(2021, 3, 16)]
    assert len(day_features(page, date(2020, 1, 2))) == len(FEATURES)
    printed, other = day_support(article, date(2021, 3, 16)), day_support(article, date(2020, 1, 2))
    assert 0.0 < other < printed <= 1.0


def test_the_shipped_model_is_the_features_and_a_threshold(tmp_path):
    model = load_day_model()
    assert model.features == FEATURES and 0.0 < model.threshold("text") <= model.threshold("html") < 0.5
    other = tmp_path / "model.json"
    other.write_text(MODEL_PATH.read_text(encoding="utf-8").replace('"printed"', '"shown"'), encoding="utf-8")
    with pytest.raises(ConfigError, match="other features"):
        load_day_model(str(other))


def test_the_finders_day_and_the_checked_day_agree_on_a_plain_dateline():
    article = clean_scrape(["Calder Bay Courier", HEAD, "By Tomas Reyne", "16 March 2021", *BODY])
    assert date_publication(article).day == article.published.day == "2021-03-16"
