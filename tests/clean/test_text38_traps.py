"""Branch text38: days on a plain-text page that are another thing's (readers' comments under a comment label in
any script, a print edition's or newsletter's issue, a video's upload, the site's own last update), a Persian page's
Solar Hijri day of a named month, and a blog header's yearless day whose year a same-day comment names.
Invented pages only."""
from __future__ import annotations

import pytest

from conftest import make_raw
from storyline.clean.dateline import find_dates
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _day(lines: list[str]) -> str | None:
    article = clean_document(make_raw("\n".join(lines), source="page.txt"))
    assert isinstance(article, Article) and article.published is not None
    return article.published.value


_DE_BODY = ["Die Gemeinde will den alten Bahnhof zu einem Bürgerzentrum umbauen, nachdem der Gemeinderat am Abend "
            "mit großer Mehrheit für die Pläne gestimmt hat.",
            "Die Kosten sollen zur Hälfte aus Fördermitteln des Landes kommen; der Umbau könnte im Herbst beginnen."]
_RU_BODY = ["Городские власти решили перенести автовокзал на окраину, чтобы разгрузить центр от междугородних "
            "автобусов, сообщили в администрации.",
            "Новое здание построят за два года, а на месте старого вокзала появится сквер."]
_EN_BODY = ["The parish council has agreed to buy the disused chapel on Green Lane and turn it into a village hall.",
            "The purchase will be paid for from a bequest left to the village by a former headteacher last year."]


@pytest.mark.parametrize("lines", [
    ["Bahnhof wird Bürgerzentrum - Wetterauer Blatt", "Wetterauer Blatt", "Bahnhof wird Bürgerzentrum", *_DE_BODY,
     "Kommentare", "Heike S. schrieb am 03.04.2025 um 19:02:", "Schöne Idee.", "Rolf B. schrieb am 05.04.2025 um 08:11:",
     "Und die Parkplätze?"],
    ["Автовокзал перенесут на окраину", "Автовокзал перенесут на окраину", *_RU_BODY, "Комментарии",
     "Сергей, 2 апреля 2025, 09:40", "Наконец-то.", "Анна, 3 апреля 2025, 18:15", "А как добираться?"],
], ids=["de", "ru"])
def test_readers_comments_under_a_comment_label_date_no_page(lines: list[str]) -> None:
    assert _day(lines) is None


@pytest.mark.parametrize("marker", ["This article appeared in the print edition of 6 April 2025",
                                    "The Village Letter - sent Monday 7 April 2025", "Uploaded 8 Apr 2025 · 2:15",
                                    "Site last updated: 09/04/2025"])
def test_an_issues_upload_or_site_day_dates_no_page(marker: str) -> None:
    assert _day(["Chapel to become village hall", marker, "Chapel to become village hall", *_EN_BODY]) is None


def test_a_persian_named_solar_hijri_day_is_read_as_gregorian() -> None:
    assert [m.value.isoformat() for m in find_dates("۱۵ اسفند ۱۴۰۳ - ۱۰:۲۰", ["fa"])] == ["2025-03-05"]
    assert [m.value.isoformat() for m in find_dates("از ۲۰ فروردین ۱۴۰۴ در", ["fa"])] == ["2025-04-09"]


def test_a_blog_headers_yearless_day_takes_the_year_of_a_same_day_comment() -> None:
    assert _day(["Neuer Anstrich für die Dorfkirche | Kirchturmblog", "Neuer Anstrich für die Dorfkirche",
                 "Greta Haas 09 AM | 12 Juni", *_DE_BODY, "2 Kommentare", "Jens",
                 "Das sieht toll aus, danke für die Fotos!", "12. 06. 2021 21:05"]) == "2021-06-12"


_HE_BODY = ["העירייה החליטה להקים גן ציבורי חדש בשכונה הצפונית, לאחר שתושבים התלוננו במשך שנים על מחסור בשטחים "
            "ירוקים ובמקומות משחק לילדים.",
            "העבודות צפויות להתחיל בקיץ ולהימשך כשנה וחצי, כך נמסר מהעירייה."]
_AR_BODY = ["قررت البلدية إنشاء سوق جديدة للخضار في الحي الشرقي بعد شكاوى متكررة من الباعة والسكان بشأن ازدحام "
            "السوق القديمة وضيق مواقف السيارات.",
            "ومن المتوقع أن تفتح السوق الجديدة أبوابها قبل نهاية العام."]


def _byline(lines: list[str]) -> str | None:
    article = clean_document(make_raw("\n".join(lines), source="page.txt"))
    assert isinstance(article, Article)
    return article.byline


@pytest.mark.parametrize(("lines", "name"), [
    (["גן ציבורי חדש בשכונה הצפונית", "נועה ברק", "04.03.2025 | 11:20", *_HE_BODY], "נועה ברק"),
    (["سوق جديدة للخضار في الحي الشرقي", "يوسف الحمدان", "4 مارس 2025", *_AR_BODY], "يوسف الحمدان"),
], ids=["he", "ar"])
def test_a_caseless_scripts_bare_name_over_the_date_is_the_byline(lines: list[str], name: str) -> None:
    assert _byline(lines) == name


def test_a_caseless_label_whose_words_the_story_uses_is_no_byline() -> None:
    # 'the new market' over the date: the story's own words, a kicker, not a writer
    assert _byline(["سوق جديدة للخضار في الحي الشرقي", "السوق الجديدة", "4 مارس 2025", *_AR_BODY]) is None


def test_a_caseless_section_label_over_the_date_is_no_byline() -> None:
    # 'local news' over the date: two words the story does not use, a name's shape but a section's word
    assert _byline(["גן ציבורי חדש בשכונה הצפונית", "חדשות מקומיות", "04.03.2025 | 11:20", *_HE_BODY]) is None


def test_a_related_video_rails_teaser_dates_no_page() -> None:
    assert _day(["Chapel to become village hall", "Chapel to become village hall", *_EN_BODY, "Related videos",
                 "Bell ringers practise for the reopening · 2 Apr 2025"]) is None
