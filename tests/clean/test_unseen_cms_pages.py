"""Invented pages in the templates of CMSs and publishers dates-dev's dev half does not use (branch
html31): a slash date and time beside a UTC stamp, a Chinese page's reporter line over its editor box."""
from storyline.clean.stages import cleaning_stages
from storyline.model import Article, RawDocument
from storyline.pipeline import run_stages

SPANISH = [
    "La junta del puerto de Vellina anunció un plan para renovar los muelles del norte, que llevan dos años "
    "cerrados por grietas en los pilotes, y prometió reabrirlos antes del próximo verano.",
    "Los comerciantes del paseo marítimo dijeron que el cierre les ha costado buena parte de la temporada y "
    "pidieron ayudas mientras duren las obras, que comenzarán el mes que viene.",
    "La junta publicará el calendario de los trabajos y de los desvíos del tráfico de barcas a finales de semana.",
]
CHINESE = [
    "本市交通局日前发布消息，北岸渡口将于下月起停运三个月，对码头进行全面检修，期间渡船改由北码头停靠。",
    "交通局相关负责人表示，检修期间将增开公交接驳线路，方便市民出行，并将在本周内公布具体时刻表。",
    "附近商户表示，停运正值旅游旺季，希望有关部门尽量缩短工期，减少对经营的影响。",
]


def page(lang: str, paragraphs: list[str], *, head: str = "", above: str = "", below: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Muelles</title>{head}</head>
<body><nav><ul><li><a href="/">Inicio</a></li></ul></nav>
<main><article><h1>Muelles del norte</h1>{above}{body}{below}</article></main>
<footer><p>Contacto</p></footer></body></html>"""


def clean(html: str) -> Article:
    doc = RawDocument(source="page.html", kind="html", content=html,
                      metadata={"url": "https://vellina-diario.example/puerto/muelles"})
    result = run_stages(Article.from_raw(doc), cleaning_stages())
    assert result.article is not None, result.failure
    return result.article


def _ld(stamp: str) -> str:
    return (f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Muelles del norte", '
            f'"datePublished": "{stamp}"}}</script>')


def test_a_printed_slash_date_and_time_one_instant_with_a_utc_stamp_gives_the_local_day():
    """'02/09/2023 22:10' beside '2023-09-03T01:10:00Z': the two are one instant three hours apart,
    which settles the slash date's order (day first) and the day readers saw (the 2nd)."""
    article = clean(page("es", SPANISH, head=_ld("2023-09-03T01:10:00.000Z"),
                         above="<p class='author'>Por Marta Quiroga</p><span class='date'>02/09/2023 22:10</span>"))
    assert article.published.value == "2023-09-02"
    assert "02/09/2023 22:10" in article.published.evidence


def test_a_printed_time_that_is_no_whole_offset_from_the_stamp_leaves_the_stamp():
    """'02/09/2023 22:17' is no whole UTC offset from 01:10Z: another moment, the markup's day stays."""
    article = clean(page("es", SPANISH, head=_ld("2023-09-03T01:10:00.000Z"),
                         above="<span class='date'>02/09/2023 22:17</span>"))
    assert article.published.value == "2023-09-03"


def test_a_chinese_pages_reporter_outranks_the_editor_in_its_author_box():
    """'记者 陈立' over the story and '责任编辑：王芳' in a show_author box (Sina's footer): the
    reporter wrote it; the editor in charge is the byline only where no one else is credited."""
    article = clean(page("zh", CHINESE, above="<p class='reporter'>记者 陈立</p>",
                         below="<p class='show_author'>责任编辑：王芳</p>"))
    assert article.byline == "陈立"


def test_the_editor_in_charge_stays_the_byline_when_no_reporter_is_credited():
    article = clean(page("zh", CHINESE, below="<p class='show_author'>责任编辑：王芳</p>"))
    assert article.byline == "王芳"


ENGLISH = [
    "This guide explains how to ready a vegetable plot for a cold winter: clearing spent plants, spreading "
    "compost, sowing a cover crop and mulching the perennials before the first hard frost arrives.",
    "Pull any plants that showed disease this season and bag them; healthy stems can go on the compost heap, "
    "where they will break down over the winter months and feed next year's beds.",
    "Spread two or three inches of compost over the beds and sow winter rye on any bed left empty until spring.",
]


def test_a_reader_comments_time_is_not_an_undated_pages_date():
    """An evergreen guide with no date of its own and a dated comment thread: htmldate's day is the
    first comment's, so the page's date stays unknown."""
    comments = ("<section id='comments'><div class='comment'><b>Tom</b> <time datetime='2022-10-14T08:10:00+00:00'>"
                "October 14, 2022 at 8:10 am</time><p>Great tips, thank you.</p></div></section>")
    html = page("en", ENGLISH, above="<p class='byline'>By Ruth Ellery</p>").replace(
        "</article>", f"</article>{comments}")
    assert clean(html).published.value is None


GERMAN = [
    "Der Gemeinderat hat am Sonntagabend beschlossen, das Freibad am Moosweiher bis zum Herbst offen zu halten; "
    "eigentlich hätte es schon Ende August schließen sollen, weil das Geld für das Personal fehlte.",
    "Möglich wird das durch eine Spende des Fördervereins, der die Kosten für die Bademeister übernimmt. Der "
    "Bürgermeister dankte den Mitgliedern in der Sitzung ausdrücklich für ihren Einsatz.",
    "Wie es im nächsten Jahr weitergeht, ist offen. Ein Gutachten zur Sanierung des Beckens soll im Winter vorliegen.",
]


def test_a_host_spelling_umlauts_as_two_letters_is_the_mastheads():
    """moosbruecker-bote.de, no site name in the markup, '… - Moosbrücker Bote' in the title: the host
    writes 'ü' as 'ue' (German hosts' convention), so the title's name is the site's, not the host."""
    html = page("de", GERMAN, above="<p class='author'>Text: Jana Kühn</p>").replace(
        "<title>Muelles</title>", "<title>Freibad bleibt offen - Moosbrücker Bote</title>")
    doc = RawDocument(source="page.html", kind="html", content=html,
                      metadata={"url": "https://www.moosbruecker-bote.de/lokales/freibad-bleibt-offen"})
    result = run_stages(Article.from_raw(doc), cleaning_stages())
    assert result.article is not None
    assert result.article.outlet == "Moosbrücker Bote"


def test_a_thai_buddhist_era_date_is_read_as_its_gregorian_day():
    """'15 ม.ค. 2567' and '15 มกราคม 2567': the Thai solar calendar's 2567 is 2024 (BE = CE + 543), and
    'ม.ค.' is CLDR's abbreviated January with its dots."""
    from storyline.clean.dateline import find_dates

    for text in ("15 ม.ค. 2567 20:10 น.", "วันที่ 15 มกราคม 2567 เวลา 20:10 น."):
        assert [m.value.isoformat() for m in find_dates(text, ["th"])] == ["2024-01-15"], text


def test_a_buddhist_era_year_is_read_so_only_on_a_thai_page():
    from storyline.clean.dateline import find_dates

    assert find_dates("15 January 2567", ["en"], any_year=True) == []


def test_a_taiwanese_reporters_label_glued_to_the_name_is_no_part_of_it():
    """'記者林佳穎／台北報導' in an author box: the label 記者 (reporter) and the filing place go."""
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("記者陳雅婷／台中報導") == "陳雅婷"
    assert plausible_authors("記者陳雅婷") == "陳雅婷"
    assert plausible_authors("文心蘭") == "文心蘭"  # '文' alone is a surname too: no label glued


def test_a_particle_introducing_the_byline_before_a_given_name_goes():
    """'Di Maria Rossi' (Italian 'by'), 'Von Thomas Berger': the introducer, not a surname; 'Di Stefano'
    alone stays a surname."""
    from storyline.clean.author_check import plausible_authors

    assert plausible_authors("Di Maria Rossi") == "Maria Rossi"
    assert plausible_authors("Von Thomas Berger") == "Thomas Berger"
    assert plausible_authors("Di Stefano") == "Di Stefano"


KOREAN = [
    "시는 9일 올해 사과 수확량이 지난해보다 30% 가까이 줄 것으로 예상된다고 밝혔다. 봄철 냉해와 여름 폭우가 겹친 탓이다.",
    "농민들은 피해 보상 기준을 현실에 맞게 고쳐 달라고 요구하고 있다. 현재 기준으로는 실제 피해의 절반도 보상받기 어렵다는 것이다.",
    "시는 수확 후 저장 물량을 늘려 가격 급등을 막겠다고 했지만 소비자 가격은 이미 크게 오른 상태다.",
]


def test_a_korean_reporter_credit_glued_to_the_stamp_label_is_the_byline():
    """Daum's meta line: '<span>NAME 기자</span><span>입력 2023. 5. 9. 17:20</span>' read as one line."""
    above = ("<div class='info_view'><span class='txt_info'>정하늘 기자</span><span class='txt_info'>입력 "
             "<span class='num_date'>2023. 5. 9. 17:20</span></span></div>")
    assert clean(page("ko", KOREAN, above=above)).byline == "정하늘"


def test_a_bengali_month_typed_with_a_nukta_and_a_bengali_published_label():
    """'প্রকাশ: ১২ জানুয়ারি ২০২৪' ('published: 12 January 2024'): the page types 'য়' as 'য' + nukta, where
    CLDR writes the precomposed letter (which Unicode's NFC decomposes); 'প্রকাশ' labels the stamp."""
    from storyline.clean.dateline import find_dates

    text = "প্রকাশ: ১২ জানু\u09af\u09bcারি ২০২৪, ১৯:৩০"
    assert [m.value.isoformat() for m in find_dates(text, ["bn"])] == ["2024-01-12"]


def _story_ld(headline: str, url: str, stamp: str, author: str) -> str:
    return (f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{headline}", "url": "{url}", '
            f'"datePublished": "{stamp}", "author": {{"@type": "Person", "name": "{author}"}}}}</script>')


def test_a_teasers_json_ld_before_the_articles_own_is_another_pages():
    """Two NewsArticle scripts, a 'more on this' teaser's first: its url names another page than the
    canonical one, so its day and author are not the page's."""
    own = "https://www.moosbruecker-bote.de/lokales/freibad-bleibt-offen-4711"
    head = (f'<link rel="canonical" href="{own}">'
            + _story_ld("Strompreise steigen", "https://www.moosbruecker-bote.de/wirtschaft/strompreise-0815",
                        "2023-11-28T07:00:00+01:00", "Jens Maier")
            + _story_ld("Freibad bleibt offen", own, "2023-11-30T18:20:00+01:00", "Jana Kühn"))
    article = clean(page("de", GERMAN, head=head))
    assert article.published.value == "2023-11-30"
    assert article.byline == "Jana Kühn"


def test_a_json_ld_url_that_is_the_pages_own_in_another_form_still_counts():
    """The node's url is the page's with '/amp' or a query after it: the same page."""
    own = "https://www.moosbruecker-bote.de/lokales/freibad-bleibt-offen-4711"
    head = (f'<link rel="canonical" href="{own}">'
            + _story_ld("Freibad bleibt offen", own + "/amp?ref=feed", "2023-11-30T18:20:00+01:00", "Jana Kühn"))
    article = clean(page("de", GERMAN, head=head))
    assert article.published.value == "2023-11-30"
    assert "json-ld" in article.published.evidence


def test_a_video_captions_upload_day_is_no_dateline():
    """'Video uploaded 1 March 2024: …' above the byline dates the embedded video; the page's own day is
    printed below the story."""
    html = page("en", ENGLISH, above="<p class='caption'>Video uploaded 1 March 2024: the old beds being cleared</p>"
                                     "<p class='byline'>By Ruth Ellery</p>",
                below="<p class='date'>Thursday 14 March 2024</p>")
    assert clean(html).published.value == "2024-03-14"
