"""A UTC published stamp read in the zone the site's country-code domain names (clean.site_zone, tz42).

Invented pages (fiction); each expected day was written before the first run.
"""
from __future__ import annotations

import json
from datetime import datetime

from conftest import clean_html_page
from storyline.clean.site_zone import local_day, site_zones

GERMAN = [
    "Der Gemeinderat von Unterbergen hat am Abend den neuen Radweg entlang der Ache beschlossen.",
    "Die Strecke soll bis zum Herbst fertig sein und die beiden Ortsteile verbinden, sagte die Bürgermeisterin.",
    "Die Opposition stimmte dagegen und verlangte eine zweite Prüfung der Kosten durch das Land.",
]
ENGLISH = [
    "The county board of Millbrook voted late on Thursday to reopen the old ferry landing for the summer.",
    "The landing has been closed since a storm damaged its pier, the board's chair told reporters after the vote.",
    "Repairs will be paid for from the county's reserve fund, which the board topped up in the spring.",
]


def page(paragraphs: list[str], stamp: str, *, lang: str = "de", printed: str = "") -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": paragraphs[0][:50],
            "datePublished": stamp}
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{paragraphs[0][:40]}</title>'
        f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><main><article><h1>{paragraphs[0][:40]}</h1>{printed}{body}</article></main>"
        f"<footer><p>Impressum</p></footer></body></html>"
    )


def day_of(html: str, url: str) -> str | None:
    return clean_html_page(html, url).published.value


def test_a_late_utc_stamp_on_an_austrian_site_is_the_next_day_in_vienna() -> None:
    html = page(GERMAN, "2021-03-04T23:30:00Z")
    assert day_of(html, "https://www.unterbergner-bote.at/region/radweg-beschlossen") == "2021-03-05"


def test_the_same_stamp_on_a_dot_com_site_keeps_its_written_day() -> None:
    html = page(GERMAN, "2021-03-04T23:30:00Z")
    assert day_of(html, "https://www.unterbergner-bote.com/region/radweg-beschlossen") == "2021-03-04"


def test_a_generic_country_code_domain_names_no_zone() -> None:
    html = page(GERMAN, "2021-03-04T23:30:00Z")
    assert day_of(html, "https://unterbergen.tv/region/radweg-beschlossen") == "2021-03-04"


def test_a_bare_midnight_stamp_is_a_date_not_an_instant() -> None:
    html = page(ENGLISH, "2021-03-05T00:00:00Z", lang="en")
    assert day_of(html, "https://millbrook-ledger.us/news/ferry-landing") == "2021-03-05"


def test_an_evening_in_every_us_zone_is_the_day_before_the_utc_stamp() -> None:
    html = page(ENGLISH, "2021-03-05T03:10:00Z", lang="en")
    assert day_of(html, "https://millbrook-ledger.us/news/ferry-landing") == "2021-03-04"


def test_zones_straddling_midnight_leave_the_written_day() -> None:
    html = page(ENGLISH, "2021-03-05T09:30:00Z", lang="en")
    assert day_of(html, "https://millbrook-ledger.us/news/ferry-landing") == "2021-03-05"


def test_a_day_the_page_prints_beats_the_converted_stamp() -> None:
    html = page(GERMAN, "2021-03-04T23:30:00Z", printed="<p class='datum'>4. März 2021</p>")
    assert day_of(html, "https://www.unterbergner-bote.at/region/radweg-beschlossen") == "2021-03-04"


def test_a_stamp_with_its_own_offset_is_read_as_written() -> None:
    html = page(GERMAN, "2021-03-04T23:30:00-05:00")
    assert day_of(html, "https://www.unterbergner-bote.at/region/radweg-beschlossen") == "2021-03-04"


def test_site_zones_reads_the_country_code_domain() -> None:
    assert site_zones("https://www.paper.co.uk/a") == ("Europe/London",)
    assert "Europe/Berlin" in site_zones("https://zeitung.de/b")
    assert site_zones("https://app.example.io/c") == ()
    assert site_zones("https://example.com/d") == ()
    assert site_zones(None) == ()


def test_local_day_needs_every_zone_of_the_country_to_agree() -> None:
    moment = datetime.fromisoformat("2024-11-26T13:27:18+00:00")
    assert local_day(moment, site_zones("https://paper.com.au/x")) is None
    assert local_day(moment, ("Australia/Sydney",)) == "2024-11-27"
    assert local_day(datetime.fromisoformat("2024-11-26T13:27:18"), ("Europe/Vienna",)) is None
