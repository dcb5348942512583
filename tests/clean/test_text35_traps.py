"""Branch text35: dates on a plain-text page that are not its own (a 'Most read' list above a page that
stamps itself '3 hours ago', a lede opening with the day it reports, an event box's day, a header's day
of today or a weather widget's): the page's day is unknown, not another item's (invented text only)."""
from __future__ import annotations

from conftest import make_raw
from storyline.clean.dateline import find_dateline
from storyline.model import Article
from storyline.pipeline.runner import clean_document


def _clean(text: str) -> Article:
    article = clean_document(make_raw(text, source="page.txt"))
    assert isinstance(article, Article)
    return article


def _page(title: str, top: list[str], headline: str, meta: list[str], body: list[str], foot: list[str]) -> str:
    return "\n".join([title, *top, headline, *meta, *body, *foot])


_EN_BODY = ["The harbour board approved the plan for a new ferry pier on the north shore by five votes to one.",
            "Work on the pier is expected to take a year and will close the slipway for most of the summer season.",
            "Fishermen who spoke at the hearing said the pier was long overdue, while one member questioned the cost."]
_RU_BODY = ["Портовый совет одобрил проект нового причала на северном берегу пятью голосами против одного.",
            "Работы займут около года, и слип будет закрыт большую часть летнего сезона для всех судов.",
            "Рыбаки, выступившие на слушаниях, сказали, что причал давно нужен, а один член совета усомнился в цене."]


def test_a_page_stamped_hours_ago_takes_no_day_from_its_most_read_list() -> None:
    page = _page("Board backs new ferry pier | Gull Bay Times",
                 ["Home", "News", "Most read", "1. Ferry fares frozen again", "March 12, 2025",
                  "2. Lighthouse repairs finish early", "March 11, 2025"],
                 "Board backs new ferry pier", ["By Iris Kettering", "3 hours ago"], _EN_BODY, ["© 2025 Gull Bay Times"])
    article = _clean(page)
    assert article.published is not None and article.published.value is None
    assert article.byline == "Iris Kettering"


def test_a_russian_page_stamped_hours_ago_takes_no_day_from_its_list() -> None:
    page = _page("Совет одобрил новый причал | Чаячья бухта",
                 ["Главная", "Новости", "Самое читаемое", "Тарифы на паром заморозили", "12.03.2025",
                  "Маяк отремонтировали досрочно", "11.03.2025"],
                 "Совет одобрил новый причал", ["Автор: Вера Полозова", "3 часа назад"], _RU_BODY,
                 ["© 2025 Чаячья бухта"])
    article = _clean(page)
    assert article.published is not None and article.published.value is None


def test_a_page_stamped_hours_ago_keeps_a_date_in_its_headline_block() -> None:
    page = _page("Board backs new ferry pier | Gull Bay Times", ["Home", "News"], "Board backs new ferry pier",
                 ["By Iris Kettering", "March 14, 2025", "Updated 3 hours ago"], _EN_BODY, ["© 2025 Gull Bay Times"])
    article = _clean(page)
    assert article.published is not None and article.published.value == "2025-03-14"


def test_a_lede_opening_with_its_day_is_no_dateline() -> None:
    for line in ["12 марта 2025 года министерство объявило о финансировании, которое сделало стройку возможной.",
                 "12 Mart 2025'te bakanlık, köprünün yapımını mümkün kılan finansmanı açıkladı.",
                 "2025年3月12日，交通部门宣布了使这座桥得以建设的资金安排。",
                 "2025年3月12日、国土交通省は橋の建設を可能にする補助金を発表した。",
                 "2025년 3월 14일 도청은 새 다리 건설을 위한 추가경정예산안을 발표했다."]:
        assert find_dateline([(1, line)], ["ru", "tr", "zh", "ja", "ko"]) is None, line
    # a dateline opening with its date goes on with a time, a name or a label
    for line in ["14 March 2025 19:40 By Iris Kettering", "14.03.2025 | Von Anke Bremer", "2025年3月14日 19時40分"]:
        assert find_dateline([(1, line)], ["en", "de", "ja"]) is not None, line


def test_a_russian_page_whose_lede_opens_with_a_day_has_no_known_day() -> None:
    lede = "12 марта 2025 года министерство объявило о финансировании, которое сделало стройку возможной."
    page = _page("Совет одобрил новый причал | Чаячья бухта", ["Главная", "Новости"], "Совет одобрил новый причал",
                 ["Автор: Вера Полозова"], [lede, *_RU_BODY], ["© 2025 Чаячья бухта"])
    article = _clean(page)
    assert article.published is not None and article.published.value is None


def test_an_event_box_day_is_the_events_not_the_pages() -> None:
    for line in ["When: Saturday, June 14, 2025, 7 p.m.", "Termin: Samstag, 14. Juni 2025, 19:30 Uhr",
                 "Quando: sabato 14 giugno 2025, ore 21"]:
        assert find_dateline([(1, line)], ["en", "de", "it"]) is None, line
    page = _page("Harbour concert returns | Gull Bay Times", ["Home", "News"], "Harbour concert returns",
                 ["By Iris Kettering", "When: Saturday, June 14, 2025, 7 p.m.", "Where: North Pier"], _EN_BODY,
                 ["© 2025 Gull Bay Times"])
    article = _clean(page)
    assert article.published is not None and article.published.value is None


def test_a_headers_day_of_today_and_a_weather_widgets_day_are_not_the_pages() -> None:
    for line in ["Heute ist Freitag, der 14. März 2025", "Today is Friday, March 14, 2025", "Oggi è venerdì 14 marzo 2025",
                 "Vandaag is het vrijdag 14 maart 2025",
                 "Recife, quarta-feira, 9 de abril de 2025 — 29°C", "Hamburg 9 °C · 14.03.2025"]:
        assert find_dateline([(1, line)], ["de", "en", "pt", "it", "nl"]) is None, line
    assert find_dateline([(1, "Freitag, 14. März 2025")], ["de"]) is not None


def test_a_list_of_teasers_with_their_days_above_the_headline_dates_nothing() -> None:
    page = _page("Board backs new ferry pier | Gull Bay Times",
                 ["Home", "News", "Latest", "Ferry fares frozen again", "March 12, 2025",
                  "Lighthouse repairs finish early", "March 11, 2025"],
                 "Board backs new ferry pier", ["By Iris Kettering"], _EN_BODY, ["© 2025 Gull Bay Times"])
    article = _clean(page)
    assert article.published is not None and article.published.value is None


def test_readers_comments_of_one_day_below_the_article_date_nothing() -> None:
    page = _page("Board backs new ferry pier | Gull Bay Times", ["Home", "News"], "Board backs new ferry pier",
                 ["Iris Kettering"], _EN_BODY,
                 ["4 comments", "Ray P.", "March 15, 2025 at 7:02 pm", "About time this got built.", "Maureen L.",
                  "March 15, 2025 at 9:40 pm", "Who is paying for it though?", "© 2025 Gull Bay Times"])
    article = _clean(page)
    assert article.published is not None and article.published.value is None
    assert article.byline != "Ray P."


def test_dates_two_lines_apart_in_one_shape_are_a_list_but_a_published_and_updated_pair_is_not() -> None:
    listed = [(1, "Ferry fares frozen again"), (2, "12.03.2025"), (3, "Lighthouse repairs finish early"), (4, "11.03.2025")]
    at = {no: no - 1 for no in range(1, 5)}
    assert find_dateline(listed, ["en"], positions=at) is None
    own = [(1, "Published: 14.03.2025 19:40"), (2, "By Iris Kettering"), (3, "Updated: 15.03.2025 10:12")]
    found = find_dateline(own, ["en"], positions=at)
    assert found is not None and found.value.isoformat() == "2025-03-14"
    # a teaser's date and the headline's block two lines apart keep the block's own date first
    page = _page("Board backs new ferry pier | Gull Bay Times", ["Home", "Related", "Ferry fares frozen again", "March 12, 2025"],
                 "Board backs new ferry pier", ["By Iris Kettering", "March 14, 2025"], _EN_BODY, ["© 2025 Gull Bay Times"])
    article = _clean(page)
    assert article.published is not None and article.published.value == "2025-03-14"


def test_a_polish_compiled_by_credit_names_the_writer() -> None:
    body = ["Zarząd portu zatwierdził plan budowy nowego pomostu na północnym brzegu pięcioma głosami do jednego.",
            "Prace potrwają około roku, a pochylnia będzie zamknięta przez większą część letniego sezonu.",
            "Rybacy, którzy zabrali głos na posiedzeniu, mówili, że pomost jest potrzebny od dawna."]
    page = _page("Zarząd portu za nowym pomostem | Kurier Zatoki", ["Strona główna", "Wiadomości"],
                 "Zarząd portu za nowym pomostem", ["Opracowanie: Tomasz Zieliński", "14 marca 2025, 19:40"], body,
                 ["© 2025 Kurier Zatoki"])
    article = _clean(page)
    assert article.byline == "Tomasz Zieliński"
    assert article.published is not None and article.published.value == "2025-03-14"


def test_a_labelled_relative_age_is_the_pages_stamp_too() -> None:
    page = _page("Board backs new ferry pier | Gull Bay Times",
                 ["Home", "News", "Editor's pick", "Ferry fares frozen again", "March 12, 2025"],
                 "Board backs new ferry pier", ["By Iris Kettering", "Updated 2 hours ago"], _EN_BODY,
                 ["© 2025 Gull Bay Times"])
    article = _clean(page)
    assert article.published is not None and article.published.value is None
