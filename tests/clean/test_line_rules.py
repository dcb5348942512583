"""Whole-line rules of rules/boilerplate.toml added from the extraction-dev dev half's errors,
each with a body sentence that merely mentions the same words and must survive."""
from __future__ import annotations

import pytest

from storyline.clean.lines import author_box_name, explicit_reason


@pytest.mark.parametrize(("line", "reason"), [
    ("[ 167 comments ]", "comments"),
    ("Top Rated Comments", "comments"),
    ("[ Read All Comments ]", "comments"),
    ("Loading comments...", "comments"),
    ("blog comments powered by Disqus", "comments"),
    ("Leave Comments", "comments"),
    ("Advert", "ad"),
    ("Like this story? Share it with a friend!", "social"),
    ("Follow the Gazette on", "social"),
    ("A cyclist rides past the plant, November 19, 2019. © Reuters / Ann Lee", "caption"),
    ("Above: The north pier on a foggy morning.", "caption"),
    ("DON'T MISS", "related"),
    ("More in World News", "related"),
    ("Next Up In Tech", "related"),
    ("Also on gazette.com Council votes to close the bridge", "related"),
    ("A version of this article appears in print on May 15, 2024, Section B, Page 1 of the New York edition.", "credit"),
    ("Appeared in the May 15, 2024, print edition as 'Harbour Bank Fails'.", "credit"),
    ("Get the Harbour Gazette app: breaking news, weather and tides on your phone", "promo"),
])
def test_line_rule(line: str, reason: str) -> None:
    assert explicit_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Readers left 167 comments under the council's notice before the vote.",
    "He said the advert had been pulled after two days.",
    "She asked residents to share it with their neighbours before Friday.",
    "Below: the council's statement, as published on Tuesday.",
    "Don't miss the chance to see the bridge before it closes, the mayor said.",
    "More in the town than ever before say they will use the ferry.",
    "A version of the bill appeared in print in the council's gazette last week.",
    "Get the apples in before the frost, the growers' association told members.",
])
def test_body_sentences_survive(line: str) -> None:
    assert explicit_reason(line) is None


def test_author_box_heading() -> None:
    assert author_box_name("Über Moritz Kellner") == "Moritz Kellner"
    assert author_box_name("Sobre Carla Nunes") == "Carla Nunes"
    assert author_box_name("About Us") is None
    assert author_box_name("About the company") is None


def test_each_pattern_on_its_own_matches_what_its_table_joined_matched() -> None:
    # explicit_reason tests a table's patterns one by one (faster); a line matches a table exactly
    # when the table's patterns joined into one alternation match it, as the rules were compiled before
    import re

    from storyline import rules
    from storyline.clean.lines import _MONTHS, boilerplate_rules

    tables = rules.rule_file("boilerplate")
    lines = ["By Jane Doe", "Share on Facebook", "© 2024 Harbour Times. All rights reserved.",
             "The council met on Tuesday to discuss the harbour budget.", "Home | News | Sport",
             "Photo: Reuters", "Sign up for our newsletter", "Comments are closed.", "ADVERTISEMENT"]
    for table, (reason, patterns) in zip(tables.values(), boilerplate_rules(), strict=True):
        assert reason == table.get("reason", reason)
        joined = re.compile("|".join(f"(?:{p})" for p in table["patterns"]).replace("MONTHS", _MONTHS),
                            0 if table.get("case_sensitive") else re.IGNORECASE)
        assert len(patterns) == len(table["patterns"])
        for line in lines:
            assert bool(joined.search(line)) == any(p.search(line) for p in patterns), (reason, line)


# probe7: furniture forms of European news sites (invented lines in each site family's form)
@pytest.mark.parametrize(("line", "reason"), [
    ("Anzeige", "ad"),
    ("Publicité", "ad"),
    ("Pubblicità", "ad"),
    ("Advertentie", "ad"),
    ("You have 2 free articles remaining this month.", "promo"),
    ("Cet article est réservé aux abonnés. Il vous reste 80 % à découvrir.", "promo"),
    ("Déjà abonné ? Connectez-vous", "promo"),
    ("Bereits Abonnent? Hier anmelden", "promo"),
    ("Suscríbete a nuestro boletín", "promo"),
    ("Listen to this article 4 min", "navigation"),
    ("Écouter cet article 3 min", "navigation"),
    ("Teilen auf Facebook Teilen auf X Per E-Mail teilen", "social"),
    ("Share on Facebook Twitter Email", "social"),
    ("Condividi su Facebook Condividi su X Condividi su WhatsApp", "social"),
    ("Deel dit artikel", "social"),
    ("Ônibus na avenida Brasil, no centro. Foto: Ana Prado/Folha da Serra", "caption"),
    ("Il pontile di Bellagio con il lago in secca (foto Ansa)", "caption"),
    # The Guardian's caption credits (branch probe13: a kept caption's credit became a quote's speaker)
    ("Runners on the Halden track in 2020. Photograph: Alan Birch/The Vellin Chronicle", "caption"),
    ("The flooded quay at dawn. Illustration: Mara Lind", "caption"),
])
def test_european_furniture_line(line: str, reason: str) -> None:
    assert explicit_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Die Anzeige wurde am Montag bei der Polizei erstattet.",
    "Share this article with your friends on Facebook, she urged readers.",
    "The share price fell after the Facebook news, traders said.",
    "You have to listen to this article's critics, the mayor said.",
    "La publicité a été retirée mardi après deux jours.",
    "The photo: a grey bridge under a grey sky, with no one on it.",
    "The photograph: a grey bridge under a grey sky, with no one on it.",
])
def test_european_furniture_words_in_body_survive(line: str) -> None:
    assert explicit_reason(line) is None


@pytest.mark.parametrize(("line", "reason"), [
    ("Get the valley's top stories delivered to your inbox every morning.", "promo"),
    ("Get the latest news from valleypost.example in your inbox.", "promo"),
    ("Newsletter abonnieren", "promo"),
    ("Get Valley Rider Monthly delivered through your letterbox every month. 12 issues for £11.99.", "promo"),
    ("Zum Newsletter anmelden", "promo"),
    ("Unterstützen Sie uns mit Ihrem Beitrag", "promo"),
    ("Wenn Ihnen dieser Artikel gefallen hat, können Sie mich durch eine Spende unterstützen.", "promo"),
    ("Support our journalism. Subscribe today.", "promo"),
    ("Eine Welt ohne Lärm? Unterstütze uns mit deiner Spende!", "promo"),
    ("Recherche kostet Geld. Unterstützen Sie unsere Arbeit mit Ihrer Spende.", "promo"),
    ("A ferry at the north quay at dawn. Picture: Lena Oakes", "caption"),
])
def test_signup_donation_and_picture_credit_lines(line: str, reason: str) -> None:
    """branch clean11: newsletter and donation calls to action, a 'Picture: NAME' credit after a caption."""
    assert explicit_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Meal kits delivered to your door cost more than the same food bought at a market, the survey found.",
    "The fake invoices landed in your inbox looking like a bill from the water company, police said.",
    "The charity said it would support us through the winter, the mayor told the council.",
    "Die Stiftung will den Verein mit einer Spende von 5.000 Euro unterstützen, sagte der Bürgermeister.",
    "Die Grünen unterstützen unsere Forderung, sagte die Sprecherin der Initiative am Montag.",
    "Mit ihrer Spende hat die Firma die Renovierung der Kapelle erst möglich gemacht.",
    "The picture: a town split over the plan, and a council that has not decided.",
])
def test_body_sentences_about_inboxes_donations_and_pictures_survive(line: str) -> None:
    assert explicit_reason(line) is None


@pytest.mark.parametrize(("line", "reason"), [
    ("As you comment, please be respectful of other commenters and other viewpoints.", "comments"),
    ("Comments are closed.", "comments"),
    ("Comments are moderated and may take a day to appear.", "comments"),
    ("Write a Letter to the Editor", "navigation"),
    ("Letters to the Editor", "navigation"),
    ("Read our full community guidelines.", "navigation"),
])
def test_comment_moderation_notes_and_reader_links(line: str, reason: str) -> None:
    """branch clean11: comment-section moderation notes, reader-participation links."""
    assert explicit_reason(line) == reason


@pytest.mark.parametrize("line", [
    "In a letter to the editor, the mayor wrote that the bridge was safe.",
    "The platform said the video broke its community guidelines and removed it on Friday.",
    "Comments made by the minister on Monday were taken out of context, his office said.",
])
def test_sentences_about_letters_guidelines_and_comments_survive(line: str) -> None:
    assert explicit_reason(line) is None
