"""Pages of site kinds never seen (branch htmlmeta3): invented markup and wording, end to end through
the cleaning stages."""
from clean.test_page_metadata import PARAGRAPHS
from storyline.clean.stages import cleaning_stages
from storyline.model import Article, RawDocument
from storyline.pipeline import run_stages


def page(*, head: str = "", above: str = "", below: str = "", lang: str = "en",
         paragraphs: list[str] | None = None, headline: str = "Ferry terminal to close after piers crack") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs or PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} | Vellin Herald</title>{head}</head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><article><h1>{headline}</h1>{above}{body}{below}</article></main>
<footer><p>Contact us</p></footer></body></html>"""


def clean(html: str, url: str = "https://vellin-herald.example/news/ferry", kind: str = "html") -> Article:
    doc = RawDocument(source=f"page.{'html' if kind == 'html' else 'txt'}", kind=kind, content=html, metadata={"url": url})
    result = run_stages(Article.from_raw(doc), cleaning_stages())
    assert result.article is not None, result.failure
    return result.article


def test_an_update_printed_beside_the_published_time_does_not_confirm_a_utc_markup_day():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-02-08T03:45:00Z"}</script>'
    above = "<p>Published Feb. 7, 2024 at 10:45 p.m. EST | Updated Feb. 8, 2024 at 9:02 a.m. EST</p>"
    assert clean(page(head=head, above=above)).published.value == "2024-02-07"


def test_an_update_a_day_after_the_markup_leaves_the_markup_day():
    head = '<meta property="article:published_time" content="2024-03-11T22:15:00+05:30">'
    above = "<p>Written by Rohan Mehta | Pune | Updated: March 12, 2024 10:32 IST</p>"
    assert clean(page(head=head, above=above)).published.value == "2024-03-11"


def test_greek_update_and_publication_labels_on_one_line():
    from storyline.clean.dateline import find_dateline

    line = "Ενημερώθηκε: 13.03.2024 09:00 Δημοσίευση: 12.03.2024 18:45"
    found = find_dateline([(1, line)], ["el"])
    assert found is not None and found.value.isoformat() == "2024-03-12" and not found.updated


DE_PARAGRAPHS = [
    "Die Stadt lädt alle Bürgerinnen und Bürger zum Frühlingsfest in den Stadtpark ein, mit Musik, Kinderprogramm "
    "und regionalen Ständen aus dem ganzen Landkreis.",
    "Der Eintritt ist frei, für die Anreise empfiehlt die Stadt Bus und Fahrrad, da nur wenige Parkplätze zur "
    "Verfügung stehen und die Zufahrt gesperrt wird.",
    "Vereine, die sich mit einem Stand beteiligen möchten, können sich bis Ende März im Kulturamt melden und "
    "erhalten dort auch die Unterlagen.",
]
EVENT_BOX = "<div><p>Datum: 20.04.2024</p><p>Uhrzeit: 10 bis 18 Uhr</p><p>Ort: Stadtpark</p></div>"


def test_an_event_box_date_label_is_not_the_page_date():
    from storyline.clean.page_head import labelled_lines

    lines = ["Frühlingsfest im Stadtpark", "Datum: 20.04.2024", "Uhrzeit: 10 bis 18 Uhr", "Ort: Stadtpark"]
    assert labelled_lines(lines) == []
    assert labelled_lines(["Frühlingsfest im Stadtpark", "Datum: 12.03.2024"]) == ["Datum: 12.03.2024"]


def test_a_press_release_dated_with_vom_beats_its_event_box():
    html = page(lang="de", above="<p>Pressemitteilung vom 12.03.2024</p>" + EVENT_BOX, paragraphs=DE_PARAGRAPHS,
                headline="Frühlingsfest im Stadtpark")
    assert clean(html, url="https://stadt-lindenau.example/presse/fest").published.value == "2024-03-12"


def test_a_related_label_and_its_dated_teaser_on_one_line_is_no_dateline():
    text = "\n".join(["Ski lift upgrade approved | Summit Valley Times", "News", "Outdoors", "Ski lift upgrade approved",
                      "Related: Ski area sale closes (Feb. 27, 2024)", "By Owen Fitch", *PARAGRAPHS,
                      "Posted March 12, 2024", "© 2024 Summit Valley Times"])
    published = clean(text, url="https://summitvalleytimes.example/news/ski-lift", kind="text").published
    assert published.value != "2024-02-27"


def test_an_author_field_less_a_date_label_split_off_after_the_name():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("राहुल शर्मा; Updated") == "राहुल शर्मा"
    assert plausible_authors("Ana Ruiz; Aktualisiert") == "Ana Ruiz"


def test_a_photographer_label_without_its_colon_and_a_colon_label_opening_the_field():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("Erik Lindqvist Foto Anna Berg") == "Erik Lindqvist"
    assert plausible_authors("Teksti Matti Virtanen Kuvat Liisa Korhonen") == "Matti Virtanen"


def test_the_rest_of_an_author_box_bio_is_no_second_author():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("About the author Hannah Voss is a field editor; Grew Up") == "Hannah Voss"


def test_a_taiwanese_reporter_credit_with_the_place_reported_from():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("記者 陳美玲／台南報導") == "陳美玲"


def test_an_urdu_writing_label_before_the_name():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("تحریر عمران احمد") == "عمران احمد"


def test_update_labels_printed_before_the_publication_date():
    from storyline.clean.dateline import find_dateline

    for lang, line in [("pl", "Aktualizacja: 13.03.2024 08:15 Publikacja: 12.03.2024 10:30"),
                       ("tr", "Güncellenme Tarihi: 13 Mart 2024 08:15 Oluşturulma Tarihi: 12 Mart 2024 10:30"),
                       ("ja", "更新日：2024年3月13日 公開日：2024年3月12日"),
                       ("zh", "更新时间：2024-03-13 08:15 发布时间：2024-03-12 10:30")]:
        found = find_dateline([(1, line)], [lang])
        assert found is not None and found.value.isoformat() == "2024-03-12", line


def test_a_japanese_revision_label_after_its_date():
    from storyline.clean.dateline import dateline_candidates

    found = dateline_candidates([(1, "2024年3月12日 10時30分 （2024年3月13日 08時15分 更新）")], ["ja"])
    assert [(d.value.isoformat(), d.updated) for d in found] == [("2024-03-12", False), ("2024-03-13", True)]


def test_an_update_below_the_headline_yields_to_an_original_date_above_it():
    text = "\n".join(["自転車専用道路を整備へ : 中部新聞オンライン", "ニュース", "社会", "自転車専用道路を整備へ",
                      "2024年3月12日 10時30分", "（2024年3月13日 08時15分 更新）", "山田花子 記者",
                      "市は十二日、市内中心部に新しい自転車専用道路を整備する計画を発表した。総延長は約二十キロで、来年度中の完成を目指す。",
                      "市長は記者会見で「渋滞の緩和と市民の健康づくりにつなげたい」と述べ、駅周辺の駐輪場も増やす考えを示した。",
                      "一方、沿道の商店からは工事期間中の客足への影響を心配する声も上がっている。"])
    published = clean(text, url="https://chubu.example/article/1", kind="text").published
    assert published.value == "2024-03-12"


def test_two_names_an_author_field_joins_in_the_page_language():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("Jan de Vries en Els Bakker") == "Jan de Vries; Els Bakker"
    assert plausible_authors("Rina Wulandari dan Budi Santoso") == "Rina Wulandari; Budi Santoso"
    assert plausible_authors("José Ortega y Gasset") == "José Ortega y Gasset"


def test_other_contributors_after_the_writer_are_no_authors():
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("Claire Dubois; Übersetzung Jonas Klein") == "Claire Dubois"
    assert plausible_authors("Hans Becker; Traduit De L'Allemand Par Julie Morel") == "Hans Becker"
    assert plausible_authors("Laura Kim; Fact-checked by Peter Shaw") == "Laura Kim"
    assert plausible_authors("Lena Hoffmann; Mit Material Von Dpa; AFP") == "Lena Hoffmann"
    assert plausible_authors("Kevin Osei Video by Rachel Stone") == "Kevin Osei"


def test_a_hungarian_or_lithuanian_date_with_the_year_before_the_month_name():
    from storyline.clean.dateline import find_dates

    assert [m.value.isoformat() for m in find_dates("2024. március 12. 10:30", ["hu"])] == ["2024-03-12"]
    assert [m.value.isoformat() for m in find_dates("2024 m. kovo 12 d.", ["lt"])] == ["2024-03-12"]
    assert find_dates("2024 March 12", ["en"]) == []
