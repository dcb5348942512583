"""Plain-text scrapes end to end through the cleaning stages: the metadata forms real sites print
(found by probing invented scrapes, branch `probe9`)."""
from storyline.clean.stages import cleaning_stages
from storyline.model import Article
from storyline.pipeline import run_stages

PARAGRAPHS = (
    "The ferry terminal at Vellin will close for repairs after divers found cracks in two piers, the harbour board "
    "said on Tuesday, adding that crossings would move to the northern quay.\n\n"
    "Engineers expect the work to take at least three months, and the board said it would publish a timetable "
    "for the temporary crossings before the end of the week.\n\n"
    "Local traders said the closure would hurt the summer season, when most visitors arrive by boat from the "
    "mainland and walk straight into the old town from the terminal.\n"
)


def clean(raw: str) -> Article:
    result = run_stages(Article(id="a", source="a.txt", kind="text", raw=raw), cleaning_stages())
    assert result.article is not None, result.failure
    return result.article


def scrape(head: str, tail: str = "") -> Article:
    """A scrape: `head` (title, furniture, headline, byline, date) above the story, `tail` below it."""
    return clean(f"{head}\n\n{PARAGRAPHS}\n{tail}")


def test_a_reporter_or_writer_label_before_the_name() -> None:
    """'Reporter: NAME | Editor: NAME' (Tempo.co, Indonesian and Indian sites), 'Penulis: NAME'
    (Kompas.com): the reporter, not the editor."""
    head = "Ferry terminal to close | Vellin Herald\n\nFerry terminal to close after piers crack\n\n{}\n\n12/03/2024, 10:15 WIB"
    assert scrape(head.format("Reporter: Ana Ruiz | Editor: Tom Lee")).byline == "Ana Ruiz"
    assert scrape(head.format("Penulis: Ana Ruiz | Editor: Tom Lee")).byline == "Ana Ruiz"
    assert scrape(head.format("Reporter: Ana Ruiz")).byline == "Ana Ruiz"


def test_a_contributors_special_credit_after_the_name() -> None:
    """'NAME, Special to the Courier' (AP Stylebook 'bylines': a non-staff writer's credit line)."""
    head = "Vellin Herald\n\nFerry terminal to close after piers crack\n\n{}\n\nMarch 12, 2024"
    assert scrape(head.format("Teodora Vance, Special to the Herald")).byline == "Teodora Vance"
    assert scrape(head.format("Teodora Vance, Especial para El Heraldo")).byline == "Teodora Vance"


def test_a_bare_name_with_the_reporters_handle_beside_the_date() -> None:
    """'Nadine Okafor @nadine_reports' above the date: the reporter's account follows the name, as
    news sites print their reporters' social handles in the byline."""
    head = "Vellin Herald\n\nFerry terminal to close after piers crack\n\n{}\n\n2024/03/12"
    assert scrape(head.format("Nadine Okafor-Reyes @nadine_reports")).byline == "Nadine Okafor-Reyes"


HEAD = "Ferry terminal to close after piers crack\n\nBy Ana Ruiz\n\nMarch 12, 2024"


def test_a_copyright_holders_company_form_of_other_countries() -> None:
    """'Pty Ltd' (Australia), 'Pte Ltd' (Singapore), 'Pvt Ltd' (India), 'Sdn Bhd' (Malaysia)."""
    assert scrape(HEAD, "Copyright 2024 Vellin Courier Pty Ltd").outlet == "Vellin Courier"
    assert scrape(HEAD, "© 2024 Vellin Courier Sdn Bhd. All rights reserved.").outlet == "Vellin Courier"


def test_a_copyright_holder_without_its_parent_group() -> None:
    """'© 2023 Brimfield Herald, a Tollard Newspapers publication': the paper, not its group."""
    assert scrape(HEAD, "© 2024 Vellin Herald, a Tollard Newspapers publication").outlet == "Vellin Herald"
    assert scrape(HEAD, "Copyright © 2024 Vellin Herald, part of Halsey Media Group. All rights reserved.").outlet \
        == "Vellin Herald"


def test_a_holder_before_the_mark_and_a_dash_before_the_reservation() -> None:
    """'Jornal da Enseada © 2024 - Todos os direitos reservados', also below a related-stories list."""
    tail = "Leia também\n\nGoverno amplia fiscalização de balsas\n\nJornal da Enseada © 2024 - Todos os direitos reservados"
    assert scrape(HEAD, tail).outlet == "Jornal da Enseada"


def test_the_sites_own_name_opening_the_story() -> None:
    """'TONDANO, Pos Sulawesi Raya - …', 'KabarKembara.id - …', 'Liputan6.com, Jakarta - …': Indonesian
    sites open the story with the city and their own name where a wire prints its credit."""
    body = PARAGRAPHS.split("\n\n")
    story = "\n\n".join(body)
    page = "Pos Sulawesi Raya\n\nFerry terminal to close after piers crack\n\nOleh Ana Ruiz\n\n12 Maret 2024\n\n"
    assert clean(page + "VELLIN, Pos Sulawesi Raya - " + story).outlet == "Pos Sulawesi Raya"
    page = "Ferry terminal to close after piers crack\n\nOleh Ana Ruiz\n\n12 Maret 2024\n\n"
    assert clean(page + "Kabarvellin.id - " + story).outlet == "Kabarvellin.id"
    assert clean(page + "Kabarvellin.id, Vellin - " + story).outlet == "Kabarvellin.id"
    # a place alone, or a place and a word the page does not print alone, names no site
    assert clean(page + "VELLIN - " + story).outlet is None
    assert clean(page + "VELLIN, Reuters Desk - " + story).outlet is None


def test_the_masthead_opening_its_companys_name() -> None:
    """'The Fenwick Register' under 'Skip to content', '© 2024 Fenwick Register Media Inc.' below."""
    head = "Skip to content\n\nThe Vellin Register\n\nFerry terminal to close after piers crack\n\nBy Ana Ruiz\n\nMarch 12, 2024"
    assert scrape(head, "© 2024 Vellin Register Media Inc. All rights reserved.").outlet == "The Vellin Register"
    # a line with other words is no masthead of it: the company less its group word is (lead41)
    head = "Skip to content\n\nVellin Weather\n\nFerry terminal to close after piers crack\n\nBy Ana Ruiz\n\nMarch 12, 2024"
    assert scrape(head, "© 2024 Vellin Register Media Inc. All rights reserved.").outlet == "Vellin Register"


def test_a_company_form_written_with_dots() -> None:
    """'© 2024 Ediciones Serranas S.L.', 'S.A.', 'S.p.A.': the dots are the company form's."""
    assert scrape(HEAD, "© 2024 Ediciones Vellin S.L.").outlet == "Ediciones Vellin"
    assert scrape(HEAD, "Copyright © 2024 Editoriale Vellin S.p.A. Tutti i diritti riservati").outlet == "Editoriale Vellin"


def test_the_masthead_a_promo_prints_opening_its_companys_name() -> None:
    """'Get the Vellin Courier's daily briefing' above, '© Vellin Courier Press Holdings Ltd.' below."""
    head = ("Ferry terminal to close after piers crack\n\nSign up now: Get the Vellin Courier's daily briefing in your inbox"
            "\n\nUPDATED Mar 07, 2024, 06:12 AM")
    tail = "Copyright © 2024 Vellin Courier Press Holdings Ltd. All rights reserved."
    assert scrape(head, tail).outlet == "Vellin Courier"


def test_a_relative_time_beside_the_authors_name() -> None:
    """'3 days ago | NAME' below the headline: the name, and no day read from the relative time."""
    head = "Ferry terminal to close after piers crack\n\n{}"
    for line in ("3 days ago | Fiona Tulloch", "vor 2 Stunden | Fiona Tulloch"):
        article = scrape(head.format(line))
        assert (article.byline, article.published.value) == ("Fiona Tulloch", None), line
    assert scrape(head.format("3 days ago | World News")).byline is None


def test_a_holder_and_the_reservation_without_a_mark() -> None:
    """"L'Écho des Vallées - Tous droits réservés": the notice with no © (branch probe9)."""
    assert scrape(HEAD, "L'Écho de Vellin - Tous droits réservés").outlet == "L'Écho de Vellin"


def test_a_footer_naming_the_masthead_and_its_publisher():
    """'Vellin Integrity Monitor is published by Halvard Media Ltd. © 2024': a trade site's imprint line,
    set apart by the cleaning, names its masthead (branch probe13; rules/credits.toml [publisher_lines])."""
    found = scrape(HEAD, "Vellin Integrity Monitor is published by Halvard Media Ltd. © 2024")
    assert found.outlet == "Vellin Integrity Monitor"
    assert "Vellin Integrity Monitor" not in found.body


def test_a_syndication_note_with_the_headline_after_a_colon():
    """'This article originally appeared on Vellin Herald: HEADLINE' (the USA TODAY Network's note): the
    note ends at a colon before the story's headline (branch probe13)."""
    found = scrape(HEAD, "This article originally appeared on Vellin Herald: Ferry terminal to close after piers crack")
    assert found.outlet == "Vellin Herald"


def test_a_genre_noun_and_von_before_the_writer() -> None:
    """'Beitrag von NAME', 'Artikel von NAME' (German pages credit a writer by the piece's genre, as 'Ein
    Beitrag von' and 'Kommentar von'): the writer, not 'Beitrag von NAME' read as one name with a particle."""
    head = "Fährhafen schließt | Vellin Bote\n\nFährhafen schließt nach Rissen\n\n{}\n\n12.03.2024"
    for intro in ("Beitrag von", "Artikel von", "Blogbeitrag von"):
        assert scrape(head.format(f"{intro} Teodora Vance")).byline == "Teodora Vance"


def test_a_label_and_von_before_a_full_name_is_no_bare_name() -> None:
    """A bare name's particle is followed by its surname ('Konrad von Eichwald'), not by a full name:
    'Grußwort von Teodora Vance' beside the date is a label and a name, no author's name."""
    head = "Fährhafen schließt | Vellin Bote\n\nFährhafen schließt nach Rissen\n\n{}\n\n12.03.2024"
    assert scrape(head.format("Grußwort von Teodora Vance")).byline != "Grußwort von Teodora Vance"
    assert scrape(head.format("Konrad von Eichwald")).byline == "Konrad von Eichwald"


def test_a_comments_widgets_title_beside_a_date_is_no_name() -> None:
    """'Neueste Kommentare' / 'Recent Comments' (WordPress's comments widget) above a sidebar date: no author."""
    head = "Ferry terminal to close | Vellin Notes\n\nFerry terminal to close\n\n{}\n\n12.03.2024"
    assert scrape(head.format("Neueste Kommentare")).byline is None
    assert scrape(head.format("Recent Comments")).byline is None
    assert scrape(head.format("Teodora Vance")).byline == "Teodora Vance"


def test_co_authors_printed_below_the_byline_one_block_a_line() -> None:
    """A byline whose authors are links (each with a role line) becomes blocks in a browser's text: 'By' /
    NAME / 'and' / NAME, or 'By NAME' / ROLE, OUTLET / 'and' / NAME / ROLE, OUTLET."""
    head = "Ferry terminal to close | Vellin Notes\n\nFerry terminal to close\n\n{}\n\nMarch 12, 2024"
    assert scrape(head.format("By\n\nTeodora Vance\n\nand\n\nKonrad Eichwald")).byline == "Teodora Vance, Konrad Eichwald"
    two = "By Teodora Vance\n\nSenior Politics Reporter, Vellin Notes\n\nand\n\nKonrad Eichwald\n\nReporter, Vellin Notes"
    assert scrape(head.format(two)).byline == "Teodora Vance, Konrad Eichwald"
    # a joiner before a line that is no name adds no one
    assert scrape(head.format("By Teodora Vance\n\nand\n\nMore from Vellin Notes today")).byline == "Teodora Vance"
