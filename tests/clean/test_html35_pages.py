"""Invented pages of unseen sites by kind of cause (branch html35): an author field naming the page's
section, an agency credited by a source line below the headline, a byline's and a date's inline elements
printed with no space between them, a CJK credit with its stamp on one row, a meta row of labelled fields."""
from conftest import clean_html_page
from storyline.clean.html_parse import parse_html
from storyline.clean.page_head import credited_lines, visible_lines
from storyline.model import Article

SPANISH = [
    "La junta vecinal aprobó el jueves la reforma del mercado municipal, cerrado desde hace dos años por "
    "problemas en la estructura del tejado y en la instalación eléctrica.",
    "Según la concejala de Comercio, las obras durarán catorce meses y costarán unos nueve millones de euros, "
    "que pagará en su mayor parte la diputación provincial.",
    "Los comerciantes del mercado llevaban meses reclamando una fecha para volver a sus puestos.",
]
ENGLISH = [
    "The county board approved a plan on Thursday to rebuild the covered market, closed for two years after "
    "inspectors found cracks in its roof beams and faulty wiring.",
    "The work is expected to take fourteen months and cost about nine million dollars, most of it paid by the "
    "state's downtown renewal fund, a county spokeswoman said.",
    "Stall holders have pressed the county for months to set a date for their return.",
]


def page(lang: str, paragraphs: list[str], *, head: str = "", above: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Mercado</title>{head}</head>
<body><nav><ul><li><a href="/">Portada</a></li></ul></nav>
<main><article><h1>El mercado municipal reabrirá tras la reforma</h1>{above}{body}</article></main>
<footer><p>Contacto</p></footer></body></html>"""


def clean(html: str, url: str = "https://gaceta-comarcal.example/2024/06/mercado/") -> Article:
    return clean_html_page(html, url)


def test_an_author_field_naming_the_pages_section_credits_no_one():
    """A shared account named after the section ('Actualidad', linked rel="category tag") fills the meta
    author: the reporter's author link below the headline is the byline."""
    head = ('<meta name="author" content="Actualidad"><meta property="article:published_time" '
            'content="2024-06-13T09:00:00+02:00">')
    above = ('<div class="entry-meta">Por <a href="/author/gaceta-web/">Marta Ibáñez</a> · 13 de junio de 2024 '
             '· en <a href="/category/actualidad/" rel="category tag">Actualidad</a></div>')
    assert clean(page("es", SPANISH, head=head, above=above)).byline == "Marta Ibáñez"


def test_a_section_named_author_field_alone_is_no_byline():
    head = ('<meta name="author" content="Actualidad"><meta property="article:section" content="Actualidad">'
            '<meta property="article:published_time" content="2024-06-13T09:00:00+02:00">')
    assert clean(page("es", SPANISH, head=head, above="<p>13 de junio de 2024</p>")).byline is None


def test_a_news_agency_on_a_source_line_below_the_headline_is_the_byline():
    head = '<meta property="article:published_time" content="2024-06-13T09:00:00+02:00">'
    above = "<div class='origen'>Fuente: Europa Press</div><div class='fecha'>13/06/2024</div>"
    assert clean(page("es", SPANISH, head=head, above=above)).byline == "Europa Press"


def test_a_source_line_naming_no_agency_credits_no_one():
    head = '<meta property="article:published_time" content="2024-06-13T09:00:00+02:00">'
    above = "<div class='origen'>Fuente: Ayuntamiento</div><div class='fecha'>13/06/2024</div>"
    assert clean(page("es", SPANISH, head=head, above=above)).byline is None


def test_inline_elements_printed_without_a_space_are_two_texts_where_no_word_can_run_on():
    tree = parse_html("<div><span>By Ann Lowe</span><span>Jun. 13, 2024</span><b>Ro</b><i>bert</i>"
                      "<span>Report 7</span></div>")
    assert visible_lines(tree) == ["By Ann Lowe Jun. 13, 2024 Robert Report 7"]


def test_a_printed_local_day_beside_a_byline_span_outranks_a_scripts_utc_stamp():
    """A Next.js page: no date markup, the publication instant only in __NEXT_DATA__ (UTC, the next day),
    the byline's and the date's spans side by side."""
    data = '{"props": {"pageProps": {"story": {"publishedAt": "2024-06-14T01:45:00.000Z"}}}}'
    above = ('<div class="Meta_row__q1"><span class="Meta_by__w2">By Ann Lowe</span>'
             '<span class="Meta_date__e3">Jun. 13, 2024</span></div>')
    html = page("en", ENGLISH, above=above).replace(
        "</body>", f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body>')
    article = clean(html, url="https://countyledger.example/stories/market-rebuild")
    assert article.published.value == "2024-06-13"
    assert article.byline == "Ann Lowe"


def test_a_cjk_credit_with_its_stamp_on_one_row():
    lines = ["記者： 高橋健 2024年6月13日 9:00", "作者：陈静 2024-06-13 09:00"]
    assert credited_lines(lines) == lines


def test_an_author_field_between_date_fields_of_one_row():
    lines = ["Diperbarui: 15 Juni 2024 08:00 WIB Penulis: Rina Wulandari Diterbitkan: 13 Juni 2024 06:45 WIB",
             "Cập nhật: 15/06/2024 Tác giả: Lê Văn Hùng | Đăng: 13/06/2024",
             "홍길동 기자 | 입력 2024.06.13 09:00", "FULL TEXT: Council Sets Budget For 2025"]
    assert credited_lines(lines) == ["Penulis: Rina Wulandari", "Tác giả: Lê Văn Hùng", "홍길동 기자"]


KOREAN = [
    "구청은 목요일 재래시장 지붕 보수 공사를 다음 달 시작한다고 밝혔다. 시장은 2년 전 안전 점검에서 균열이 발견돼 문을 닫았다.",
    "공사 기간은 14개월이며 사업비는 약 120억 원으로, 대부분 시 예산으로 충당된다고 구청 관계자는 설명했다.",
    "상인들은 몇 달째 복귀 날짜를 정해 달라고 요구해 왔다.",
]


def titled(title: str, paragraphs: list[str], footer: str, lang: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-06-13T09:00:00+09:00"></head>
<body><nav><a href="/">홈</a></nav><main><article><h1>재래시장 지붕 보수 다음 달 착공</h1>{body}</article></main>
<footer><p>{footer}</p></footer></body></html>"""


def test_a_site_name_without_latin_letters_in_the_title_and_the_notice_is_the_outlet():
    """No markup names the site; its title's part and its copyright notice print '남해일보', which its host
    (namhaeilbo.example) can only romanise."""
    html = titled("재래시장 지붕 보수 다음 달 착공 - 남해일보", KOREAN, "Copyright © 2024 남해일보. All rights reserved.", "ko")
    assert clean(html, url="https://www.namhaeilbo.example/news/1234").outlet == "남해일보"


def test_a_title_part_no_notice_prints_stays_unconfirmed():
    html = titled("재래시장 지붕 보수 다음 달 착공 - 지역소식", KOREAN, "Copyright © 2024 All rights reserved.", "ko")
    assert clean(html, url="https://www.namhaeilbo.example/news/1234").outlet != "지역소식"


def test_a_chinese_portals_glued_underscore_separates_the_titles_parts():
    from storyline.clean.outlet import site_from_title

    assert site_from_title("市场屋顶维修工程下月开工_南海新闻网") == "南海新闻网"
    assert site_from_title("my_file_name - Blog") != "file"
