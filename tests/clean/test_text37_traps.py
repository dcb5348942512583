"""Branch text37: days on a plain-text page that are another thing's (a job ad's fields, a funeral's, a related
list's teasers below the article, an 'On this day' list, a header's day over the headline, a sentence's), and a
page's own day printed where a reader finds it late (a writer's credit at the foot, a post meta line under the
comments). Invented pages only."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.date_markers import after_marker
from storyline.clean.dateline import find_dateline
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _day(lines: list[str]) -> str | None:
    article = clean_document(make_raw("\n".join(lines), source="page.txt"))
    assert isinstance(article, Article) and article.published is not None
    return article.published.value


_EN_BODY = ["The allotment society asked the council for a second site after its waiting list passed three hundred names.",
            "Councillors said a field behind the cemetery could be leased, although drainage there has long been poor.",
            "A decision is expected after the summer, when a survey of the field and its access road will be finished."]
_FR_BODY = ["Une pollution aux hydrocarbures a été détectée mardi sur la rive nord du lac, où les pêcheurs ont signalé des "
            "poissons morts et une odeur d'essence, et la préfecture a interdit la pêche jusqu'à nouvel ordre.",
            "Les analyses doivent déterminer l'origine de la fuite, qui pourrait provenir d'une cuve enterrée d'une "
            "ancienne station-service, selon les premiers éléments de l'enquête."]


def test_a_job_ads_fields_date_no_page() -> None:
    assert _day(["Job vacancy: allotment warden - Oakridge Trust", "Oakridge Trust", "Job vacancy: allotment warden",
                 *_EN_BODY, "Closing date: Friday 28 March 2025", "Interviews: week commencing 7 April 2025"]) is None


def test_a_deadline_label_with_its_complement_dates_no_page() -> None:
    assert _day(["Offre d'emploi : agent d'accueil - Mairie de Bellerive", "Mairie de Bellerive",
                 "Offre d'emploi : agent d'accueil", *_FR_BODY,
                 "Date limite de candidature : 15/04/2025", "Prise de poste : 02/05/2025"]) is None


def test_a_notices_life_dates_are_no_dateline() -> None:
    assert _day(["Avis de décès - Le Courrier de Belvès", "Le Courrier de Belvès", "Avis de décès", *_FR_BODY,
                 "Née le 14 juin 1932", "Décédée le 2 mars 2025"]) is None


def test_a_writers_credit_at_the_foot_dates_the_page_not_the_related_list_below() -> None:
    assert _day(["Les pêcheurs inquiets après la pollution du lac - Savoie Matin", "Savoie Matin",
                 "Les pêcheurs inquiets après la pollution du lac", *_FR_BODY, "Par Claire Vidal, le 12 juin 2024",
                 "Sur le même sujet", "La baignade autorisée dans trois nouveaux lacs", "30 mai 2024"]) == "2024-06-12"


def test_a_related_lists_teasers_below_the_article_give_no_day() -> None:
    assert _day(["Allotment society seeks second site - Millford Local", "Millford Local",
                 "Allotment society seeks second site", *_EN_BODY, "Most read", "Bridge closure to last until summer",
                 "April 2, 2025", "New mayor names deputy", "March 30, 2025"]) is None


def test_a_post_meta_line_beats_a_header_day_over_the_headline() -> None:
    assert _day(["Allotment society seeks second site - Brackwater Post", "Menu", "Search", "Tuesday, March 25, 2025",
                 "Allotment society seeks second site", *_EN_BODY, "Posted by Aidan Roe on March 18, 2025",
                 "Comments (2)", "Lorna K. March 19, 2025 at 8:14 am", "About time."]) == "2025-03-18"


def test_an_on_this_day_lists_recent_item_is_no_dateline() -> None:
    assert _day(["Vandaag in de geschiedenis - Historisch Weekblad", "Historisch Weekblad", "Vandaag in de geschiedenis",
                 "1 februari 1953", "De watersnoodramp treft Zeeland en delen van Zuid-Holland en West-Brabant, waarbij "
                 "meer dan achttienhonderd mensen om het leven komen.", "1 februari 1992",
                 "De eerste vrouwelijke burgemeester van de stad wordt geïnstalleerd tijdens een feestelijke "
                 "raadsvergadering in het oude stadhuis."]) is None


def test_a_header_opening_with_today_and_a_comma_is_no_dateline() -> None:
    assert find_dateline([(1, "Aujourd'hui, lundi 10 mars 2025")], ["fr"]) is None
    assert find_dateline([(1, "Lundi 10 mars 2025")], ["fr"]) is not None


def test_a_short_sentence_with_a_date_is_no_dateline() -> None:
    assert find_dateline([(1, "The scheme was approved on 12 February 2025.")], ["en"]) is None
    assert find_dateline([(1, "Posted by Aidan Roe on March 18, 2025.")], ["en"]) is not None


def test_a_marker_is_a_whole_word() -> None:
    text = "Par Claire Vidal, le 12 juin 2024"
    assert not after_marker(text, text.index("12"), "relative_markers")  # 'Vidal' does not end with 'dal'
    text = "Articolo dal 12 giugno 2024"
    assert after_marker(text, text.index("12"), "relative_markers")


def test_a_vietnamese_update_label_reaches_its_date_past_the_time() -> None:
    text = "Cập nhật lúc 08:15 ngày 07/03/2025"
    assert after_marker(text, text.index("07/"), "updated_markers")


def test_a_leagues_next_matchday_is_no_dateline() -> None:
    assert find_dateline([(1, "Próxima jornada: 16 de marzo de 2025")], ["es"]) is None


def test_a_japanese_era_date_is_read() -> None:
    assert _day(["町営バスの路線を見直し - 山あい新聞", "山あい新聞", "町営バスの路線を見直し", "令和7年1月20日 10時00分",
                 "町は利用者の少ない町営バスの路線を見直し、来年度から予約制の乗り合いタクシーを導入すると発表した。高齢者の通院や買い物の足を確保するのが狙いだという。",
                 "町の担当者は、利用者の声を聞きながら運行方法を改善したいと話した。"]) == "2025-01-20"
