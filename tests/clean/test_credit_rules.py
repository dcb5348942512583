"""The dates and credit lines whose cues moved to rules/*.toml, in languages other than English."""
from datetime import date

from conftest import make_article
from storyline.clean.metadata import read_metadata
from storyline.clean.pubdate import date_publication, find_full_date
from storyline.model import DroppedLine


def test_full_dates_in_the_given_language_and_their_weekday():
    found = find_full_date("Montag, 3. Juni 2019, 10:00 Uhr", ["de"])
    assert found is not None and found.value == date(2019, 6, 3)
    assert find_full_date("Dienstag, 3. Juni 2019", ["de"]) is None      # 3 June 2019 was a Monday
    assert find_full_date("le mardi 4 juin 2019", ["fr"]).value == date(2019, 6, 4)
    assert find_full_date("Tuesday, July 23, 2019").value == date(2019, 7, 23)
    assert find_full_date("Published 1 May 1931").value == date(1931, 5, 1)   # a container's old date


def test_a_german_weekday_dateline_is_anchored_by_the_copyright_year():
    article = make_article(language="de", dropped=[DroppedLine(1, "Montag, 30. März", "dateline"),
                                                   DroppedLine(9, "© 2020 Ledger", "copyright")])
    assert date_publication(article).value == "2020-03-30"
    article.dropped[0] = DroppedLine(1, "Dienstag, 30. März", "dateline")
    assert date_publication(article).precision == "unknown"


def test_copyright_holder_before_a_translated_rights_notice():
    article = make_article(dropped=[DroppedLine(40, "© 2021 Hafenbote. Alle Rechte vorbehalten.", "copyright")])
    assert read_metadata(article).outlet == "Hafenbote"
    article = make_article(dropped=[DroppedLine(40, "© Tous droits réservés", "copyright")])
    assert read_metadata(article).outlet is None
