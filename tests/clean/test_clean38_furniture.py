"""Ad-slot buttons, a premium service's pitch and a caption closed by a stock library's bare name on plain-text
pages (branch clean38). The pages are from clean38's invented set (fiction; '@ ' marks a gold body line); each
kept its furniture in the body on main."""

from __future__ import annotations

import pytest

from storyline.clean.lines import explicit_reason
from storyline.clean.text import clean_text


def _split(page: str) -> tuple[str, list[str]]:
    """The page's text and its gold body lines (the lines marked '@ ')."""
    lines = page.strip("\n").split("\n")
    return "\n\n".join(ln.removeprefix("@ ") for ln in lines), [ln[2:] for ln in lines if ln.startswith("@ ")]


_EN_FERRY = """\
Home | News | Business
Harbour ferry fares to rise in spring
Hide Ad
@ The council of Marrowby agreed on Tuesday to raise ferry fares by eight percent from April, citing fuel costs that have doubled since the contract was signed.
Advertisement
Hide Ad
@ Councillor Petra Vance said the increase was the smallest the operator would accept and that concession cards would keep their current price.
@ Passenger groups said they would ask the regional transport board to review the decision before the summer timetable is published.
Report this ad
Share this article
"""

_FR_LIBRARIES = """\
Accueil / Société
Les bibliothèques de Vernois ouvriront le dimanche
Fermer la publicité
@ Les trois bibliothèques municipales de Vernois ouvriront désormais le dimanche après-midi, a annoncé la mairie lundi.
Passer la publicité
@ Selon l'adjointe à la culture, Maëlle Roux, la mesure répond à une demande formulée par plus de deux mille habitants lors d'une consultation.
@ Le coût annuel, estimé à 180 000 euros, sera couvert par une subvention de la région.
Partager
"""

_EN_MOSS = """\
Science
Moss on city roofs cools flats, study finds
A green roof of moss on a block of flats in a northern city. Researchers measured indoor temperatures over two summers. Getty
@ Flats under moss-covered roofs stayed up to two degrees cooler on hot afternoons than those under bare concrete, a study of 60 buildings found.
@ The authors, from the Institute of Urban Climate at Kelbridge, said moss needed far less water than the grass and sedum roofs more often planted.
A sedum roof in spring. Shutterstock
@ They caution that the sample was small and limited to one climate.
"""


@pytest.mark.parametrize("page", [_EN_FERRY, _FR_LIBRARIES, _EN_MOSS], ids=["en-ferry", "fr-libraries", "en-moss"])
def test_invented_page_body_is_its_gold(page: str) -> None:
    text, gold = _split(page)
    assert [p for p in clean_text(text).body.split("\n") if p.strip()] == gold


@pytest.mark.parametrize("line", [
    "Hide Ad", "Skip Ad", "Report this ad", "Ad Feedback", "Why this ad?", "Anzeige schließen",
    "Werbung überspringen", "Cerrar anuncio", "Pular anúncio", "Salta annuncio", "Advertentie sluiten",
    "Pomiń reklamę",
])
def test_ad_slot_buttons_are_ads(line: str) -> None:
    assert explicit_reason(line) == "ad"


def test_premium_pitch_after_a_question_is_a_promo() -> None:
    line = "Want more analysis from The Ledger? Ledger Pro is our premium intelligence service for professionals."
    assert explicit_reason(line) == "promo"


@pytest.mark.parametrize("line", [
    "Viewers will no longer be able to skip ad breaks after the company removed the skip ad button on Monday.",
    "The company said freight rates had dropped by a fifth since March. It declined to comment further to Reuters.",
    "Shares fell after the firm cut its forecast, a fall first reported by Getty Images' own news desk on Monday.",
    "Want more? The council will publish the full plan on Friday.",
])
def test_body_sentences_naming_ads_or_agencies_stay(line: str) -> None:
    assert explicit_reason(line) is None


@pytest.mark.parametrize("line", [
    "‘We were told it would be cleaned up by now.’ Anglers on the bank at Wexley. Photograph: Tom Hale/Getty Images",
    "“Nothing has changed.” A sewage outfall on the river Tarrow, where the new regulator has not met once. Photograph: AFP via Getty",
    "Spargelstechen bei Wendorf. Die Saison endet traditionell am 24. Juni. picture alliance",
])
def test_captions_closed_by_a_credit_are_captions(line: str) -> None:
    assert explicit_reason(line) in {"caption", "credit"}
