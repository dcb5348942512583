"""Branch byline40: the post footer's credit below the story on a plain-text scrape (Blogger's default post footer
'Posted by NAME at TIME', WordPress themes' 'Written by' / 'Geschrieben von' after the share links), when the
page credits no one above the story; a related list's bare 'By NAME' is another story's. Invented pages; gold
written before the first run."""
from __future__ import annotations

import pytest

from conftest import clean_scrape

_GARDEN = ["The allotment society voted on Tuesday to open a seed library in the old pavilion, lending packets "
           "to members who return seeds at the end of the season.",
           "Volunteers will sort the first donations next weekend and catalogue them by crop and sowing month.",
           "The society's treasurer said the library would cost almost nothing to run."]
_SCHULE = ["Die Schulkonferenz hat am Donnerstag beschlossen, die Hausaufgaben in den unteren Klassen ab dem "
           "Herbst durch eine betreute Lernzeit am Nachmittag zu ersetzen.",
           "Die Eltern hatten seit dem Frühjahr über die Pläne beraten; eine Mehrheit sprach sich für einen Versuch "
           "über zwei Jahre aus.",
           "Danach soll die Lernzeit ausgewertet werden, sagte die Schulleiterin."]
_ATELIER = ["L'atelier de réparation de vélos du quartier rouvre samedi dans l'ancienne boulangerie de la rue "
            "des Lilas, après six mois de travaux.",
            "Les bénévoles y accueilleront les habitants deux après-midi par semaine, outils et conseils compris.",
            "La mairie a prêté le local pour trois ans."]


def _page(headline: str, date: str, body: list[str], after: list[str]) -> list[str]:
    return ["Home", "About", "Archive", headline, date, *body, *after, "Powered by Blogger"]


@pytest.mark.parametrize(("headline", "date", "body", "after", "gold"), [
    ("Seed library for the allotments", "Tuesday, March 3, 2026", _GARDEN,
     ["Share", "Posted by Karin Olsen at 18:52", "Labels: garden, seeds", "No comments:"], "Karin Olsen"),
    ("Lernzeit statt Hausaufgaben", "5. März 2026", _SCHULE,
     ["Teile das: twitter facebook", "Email", "Druckversion", "Geschrieben von Mirela Dobrev", "Kommentar schreiben"],
     "Mirela Dobrev"),
    ("L'atelier vélo rouvre", "3 mars 2026", _ATELIER,
     ["Partager", "Publié par Luc Andrieu à 09:14", "Aucun commentaire:"], "Luc Andrieu"),
    # the footer below the related links
    ("Lernzeit statt Hausaufgaben", "5. März 2026", _SCHULE,
     ["Verwandte Artikel:", "Elternabend zur Lernzeit", "Neue Mensa im Altbau", "Links zu externen Artikeln:",
      "Schulnoten und Begabung", "Tweet", "Posted by Günther Alsfeld at 18:52 Tagged with: Schule, Eltern"],
     "Günther Alsfeld"),
])
def test_the_post_footers_credit(headline: str, date: str, body: list[str], after: list[str], gold: str) -> None:
    assert clean_scrape(_page(headline, date, body, after)).byline == gold


def test_a_related_lists_bylines_are_other_stories() -> None:
    after = ["Related stories", "Seed swap draws crowds to the town hall", "By Tom Hale",
             "Council delays allotment rent rise", "By Rosa Keane"]
    assert clean_scrape(_page("Seed library for the allotments", "Tuesday, March 3, 2026", _GARDEN, after)).byline is None


def test_a_credit_above_the_story_comes_first() -> None:
    lines = _page("Seed library for the allotments", "Tuesday, March 3, 2026", _GARDEN,
                  ["Share", "Posted by Karin Olsen at 18:52"])
    lines.insert(4, "By Owen Pike")
    assert clean_scrape(lines).byline == "Owen Pike"
