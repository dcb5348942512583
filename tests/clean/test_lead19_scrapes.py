"""What the lead's nineteenth invented story showed on plain-text scrapes (invented text only): a
station's 'Name, Anchor/Reporter' byline, a Canadian chain's 'Author of the article:' label, a sentence
full of names closing the article, a nonprofit newsroom's republishing notice and a member station's
appeal, and a station masthead's newscast brand."""
from __future__ import annotations

from storyline.clean.byline import read_byline
from storyline.clean.text import clean_text
from storyline.extract.outlet_names import station_prefix


def test_two_titles_joined_by_a_slash_are_a_role():
    found = read_byline("Dana Whitlow, Anchor/Reporter")
    assert found is not None and found.names == ("Dana Whitlow",)
    assert read_byline("Dana Whitlow, Anchor / Reporter") is not None
    assert read_byline("Dana Whitlow, Chief Meteorologist") is not None
    # two outlets, or a photographer's credit glued with a slash, are no role
    assert read_byline("Dana Whitlow, Reuters/AP") is None
    assert read_byline("Dana Whitlow/Reuters") is None


def test_the_author_of_the_article_label():
    found = read_byline("Author of the article: Élodie Marchand")
    assert found is not None and found.names == ("Élodie Marchand",)
    assert read_byline("Author of the article:") is None


def test_a_sentence_full_of_names_closing_the_article_stays_body():
    page = "\n".join([
        "Harbor board backs new ferry terminal",
        "By Dana Whitlow",
        "The Port Ellis harbor board approved $12 million on Monday night for a new ferry terminal at the east quay.",
        "Ferry riders filled the meeting room for the vote, and many of them stayed until the board had finished.",
        "Harbor Cats president Walter Brenn Jr. said average attendance rose every month of the season.",
        "Copyright 2024 WQRT. All rights reserved.",
    ])
    assert "Walter Brenn Jr. said average attendance" in clean_text(page).body


_STATION_PAGE = "\n".join([
    "WQRT 4 News | Port Ellis's News Leader",
    "Menu | Search | Watch Live | Weather | Contests",
    "ADVERTISEMENT",
    "Harbor board backs new ferry terminal",
    "Dana Whitlow, Anchor/Reporter",
    "Updated: Mar. 4, 2024 at 9:10 PM EST",
    "PORT ELLIS, Maine (WQRT) - The Port Ellis harbor board approved $12 million on Monday night for a new ferry terminal.",
    "Ferry riders in yellow rain jackets filled the meeting room for the vote, and many of them stayed until the end.",
    "\"We have waited twenty years for this building,\" board member Ana Tavares said after the vote was taken.",
    "Harbor Cats president Walter Brenn Jr. told WQRT 4 that construction could start next spring.",
    "A poll for WQRT 4 found 58 percent of Port Ellis voters support the terminal.",
    "Copyright 2024 WQRT. All rights reserved.",
])


def test_a_station_scrape_keeps_its_closing_sentences_and_headline():
    cleaned = clean_text(_STATION_PAGE)
    assert cleaned.title == "Harbor board backs new ferry terminal"
    assert "told WQRT 4 that construction could start" in cleaned.body
    assert "58 percent of Port Ellis voters" in cleaned.body


def test_republishing_notices_and_member_appeals_are_dropped():
    page = "\n".join([
        "Harbor board backs new ferry terminal",
        "By Dana Whitlow",
        "The Port Ellis harbor board approved $12 million on Monday night for a new ferry terminal at the east quay.",
        "Ferry riders filled the meeting room for the vote, and many of them stayed until the board had finished.",
        "The Coastline Ledger is a nonprofit newsroom. Republish this story for free under a Creative Commons license.",
        "Downeast Public Radio is supported by listeners like you. Become a member today.",
    ])
    dropped = {d.text for d in clean_text(page).dropped}
    assert any(t.startswith("The Coastline Ledger is a nonprofit") for t in dropped)
    assert any(t.startswith("Downeast Public Radio is supported") for t in dropped)


def test_a_station_brand_is_its_call_sign_and_channel():
    assert station_prefix("WQRT 4 News") == "WQRT 4"
    assert station_prefix("WQRT 4 Action News") == "WQRT 4"
    assert station_prefix("The Coastline Ledger") is None


def test_a_station_scrape_is_the_station_s_with_its_anchor_s_byline(tmp_path):
    from storyline.pipeline import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    folder = tmp_path / "station"
    folder.mkdir()
    (folder / "a.txt").write_text(_STATION_PAGE)
    store = open_store(f"sqlite:///{folder}.db")
    ingest([str(folder)], store, load_settings(tmp_path / "none.toml"))
    article = store.list_articles(with_raw=False)[0]
    assert article.outlet == "WQRT 4"  # not the masthead's newscast brand 'WQRT 4 News'
    assert article.byline and "Dana Whitlow" in article.byline


def test_a_menu_with_function_words_is_no_headline_over_a_dek():
    """A station's menu ('Watch Live | Weather | 4 On Your Side | Contests') above the headline and its
    credit is no headline whose dek the headline would be: three items apart by bars are a menu."""
    page = "\n".join([
        "WQRT 4 NEWS",
        "Watch Live | Weather | 4 On Your Side | Contests",
        "Harbor board backs new ferry terminal",
        "by: Dana Whitlow",
        "Posted: Mar 4, 2024 / 06:25 PM EST",
        "PORT ELLIS, Maine (WQRT) — The Port Ellis harbor board approved $12 million on Monday night for a new terminal.",
        "Ferry riders filled the meeting room for the vote, and many of them stayed until the board had finished.",
    ])
    assert clean_text(page).title == "Harbor board backs new ferry terminal"
