"""Scrapes of branch probe14's invented stories (a hospital merger, a port's ransomware attack): a cookie
banner and a menu of space-joined links taken for the title, a station branded 'Channel N', a wire's
initials spelled out by its logo line."""
import pytest

from conftest import make_article
from storyline.clean.lines import explicit_reason
from storyline.clean.metadata import read_metadata
from storyline.clean.outlet import site_from_title
from storyline.clean.text import clean_text


def _read(scrape: str):
    cleaned = clean_text(scrape)
    return read_metadata(make_article(body=cleaned.body, title=cleaned.title, dropped=cleaned.dropped, raw=scrape))


@pytest.mark.parametrize("line", [
    "This website stores cookies on your computer. Accept all | Reject | Cookie settings",
    "We use cookies to improve your experience. Accept | Decline",
    "We value your privacy. We and our 143 partners use cookies. Accept | Options",
    "This site uses cookies. By continuing, you agree to our Privacy Policy. Got it",
    "News  Business  Sport  Opinion  Life  Puzzles",
    "Home  News  Weather  Traffic  4 On Your Side  Watch Live",
])
def test_consent_banners_and_space_joined_menus_are_navigation(line: str) -> None:
    assert explicit_reason(line) == "navigation"


@pytest.mark.parametrize("line", [
    "Advertisers say cookies are needed; privacy groups do not agree.",
    "The bakery offers cookies, cakes and other options.",
    "The company said it would stop using third-party cookies in its browser next year.",
    "We use cookies from the corner bakery at every meeting, the chair said.",
])
def test_a_sentence_about_cookies_is_no_banner(line: str) -> None:
    assert explicit_reason(line) is None


def test_a_cookie_banner_above_the_headline_is_no_title_nor_outlet():
    scrape = ("Harbor Freight Digest\nPorts | Shipping | Trucking | Technology | Subscribe\n"
              "We use cookies to improve your experience. Accept | Decline\n"
              "Port backlog tops 8,000 boxes as terminals rebuild systems\nBy Tomas Ibarra\nWednesday, August 24, 2022\n"
              "The port had 8,412 containers stuck on its docks on Wednesday, according to its own count.\n"
              "Terminals are moving some cargo with paper forms and radios, the deputy director said.\n"
              "© 2022 Harbor Freight Digest. All rights reserved.\n")
    article = _read(scrape)
    assert article.title == "Port backlog tops 8,000 boxes as terminals rebuild systems"
    assert article.outlet == "Harbor Freight Digest"


def test_a_station_branded_channel_n_is_its_call_sign():
    assert site_from_title("WHLN Channel 4 | Bexley Falls") == "WHLN Channel 4"
    assert site_from_title("Home | Bexley Falls") is None


def test_a_wire_credits_initials_spelled_out_by_the_logo_line():
    scrape = ("GNS | Gallant Newswire Service\nWorld  Business  Markets  Technology\n"
              "Senator presses ports on cyber defenses\nMarch 15, 2023 7:31 PM UTC\n"
              "WASHINGTON, March 15 (GNS) - A senator on Wednesday accused a port of ignoring warnings before "
              "an attack that shut it down last August.\n"
              "The port's director said an audit had found problems that were still being fixed.\n")
    assert _read(scrape).outlet == "Gallant Newswire Service"
    # initials the logo line does not spell stay the credit's own, read as before
    other = scrape.replace("GNS | Gallant Newswire Service", "GNS | Home")
    assert _read(other).outlet != "Home"
