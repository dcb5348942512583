"""Invented pages of unseen sites by kind of CMS shape (branch html38): a picture's microdata item and a
recommended story's JSON-LD node beside the article's own, Arc XP's Fusion state, a live blog's updates,
WordPress's post navigation, named Solar Hijri dates, CLDR's Vietnamese and Thai long dates, reporter labels
and uCoz's 'Added by' row, an author's row glued to the stamp's label."""

import json
from datetime import date

import pytest

from conftest import clean_html_page
from storyline.clean.dateline import find_dates
from storyline.model import Article

CATALAN = [
    "El consell comarcal va aprovar dijous la reforma del vell mercat cobert, tancat des de fa tres anys per "
    "les goteres de la teulada i l'avaria de la ventilació.",
    "Les obres duraran uns divuit mesos i costaran prop de sis milions d'euros, segons la regidora d'obres, "
    "que va presentar el projecte al ple.",
    "Els paradistes demanaven des de feia mesos una data per tornar al centre del poble.",
]
VIETNAMESE = [
    "Hội đồng nhân dân huyện hôm thứ Năm đã thông qua dự án cải tạo khu chợ cũ cạnh bến cảng, vốn đóng cửa "
    "ba năm nay vì mái dột và hệ thống thông gió hỏng.",
    "Công trình dự kiến kéo dài mười tám tháng với kinh phí khoảng sáu mươi tỷ đồng, trưởng phòng hạ tầng cho biết.",
    "Các tiểu thương mong sớm được quay lại buôn bán ở trung tâm thị trấn.",
]
TURKISH = [
    "Belediye meclisi perşembe günü liman yanındaki eski kapalı çarşının yenilenmesine onay verdi; çarşı çatısı "
    "akmaya başladığından beri üç yıldır kapalıydı.",
    "Çalışmaların on sekiz ay sürmesi ve yaklaşık altmış milyon liraya mal olması bekleniyor, dedi fen işleri müdürü.",
    "Esnaf aylardır çarşıya ne zaman döneceklerini soruyordu.",
]
UKRAINIAN = [
    "Міська рада в четвер погодила реконструкцію старого критого ринку біля порту, закритого вже три роки "
    "через протікання даху та поломку вентиляції.",
    "Роботи триватимуть близько півтора року й коштуватимуть приблизно шістдесят мільйонів гривень, повідомив "
    "начальник управління будівництва.",
    "Підприємці давно чекали на дату повернення до центру міста.",
]


def clean(html: str, url: str = "https://www.mercatdelport.example/2024/03/reforma-mercat-48213") -> Article:
    return clean_html_page(html, url)


def page(lang: str, paragraphs: list[str], *, head: str = "", above: str = "", after: str = "",
         article_attrs: str = "", site: str = "El Mirall del Port") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{paragraphs[0][:40]} | {site}</title>'
        f'<meta property="og:site_name" content="{site}">{head}</head>'
        f'<body><nav><ul><li><a href="/">Inici</a></li><li><a href="/esports/">Esports</a></li></ul></nav>'
        f"<main><article{article_attrs}><h1>{paragraphs[0][:40]}</h1>{above}{body}</article>{after}</main>"
        f"<footer><p>© 2026 {site}</p></footer></body></html>"
    )


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def test_a_pictures_microdata_item_credits_no_author_and_dates_no_article() -> None:
    figure = ('<figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img src="/f.jpg" alt="">'
              '<meta itemprop="datePublished" content="2024-01-29T10:00:00+01:00">'
              '<figcaption>Foto: <span itemprop="author">Arnau Soler</span></figcaption></figure>')
    byline = ('<div class="byline"><span itemprop="author" itemscope itemtype="https://schema.org/Person">'
              '<span itemprop="name">Laia Ferrer</span></span></div>'
              '<meta itemprop="datePublished" content="2024-03-11T08:00:00+01:00"><span>11 de març 2024</span>')
    article = clean(page("ca", CATALAN, above=figure + byline,
                         article_attrs=' itemscope itemtype="https://schema.org/NewsArticle"'))
    assert article.byline == "Laia Ferrer"
    assert article.published.value == "2024-03-11"


def test_a_recommended_storys_json_ld_node_lends_the_page_no_co_author() -> None:
    url = "https://www.chobencang.example/2024/03/cai-tao-cho-cu-48213"
    other = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Chợ đêm mở lại",
             "url": "https://www.chobencang.example/2024/02/cho-dem-mo-lai-47001", "datePublished": "2024-02-27T09:00:00+07:00",
             "author": {"@type": "Person", "name": "Phạm Thu Hà"}}
    own = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Cải tạo chợ cũ", "url": url,
           "datePublished": "2024-03-07T07:10:00+07:00", "author": {"@type": "Person", "name": "Trần Minh Khoa"}}
    head = f'<link rel="canonical" href="{url}">' + ld(other) + ld(own)
    article = clean(page("vi", VIETNAMESE, head=head, above='<span class="author">Trần Minh Khoa</span>',
                         site="Chợ Bến Cảng"), url=url)
    assert article.byline == "Trần Minh Khoa"
    assert article.published.value == "2024-03-07"


def test_arc_fusion_state_gives_the_first_publication_where_the_page_shows_only_the_update() -> None:
    story = {"_id": "QWERTY123", "type": "story", "first_publish_date": "2024-09-17T10:00:00Z",
             "display_date": "2024-09-17T10:00:00Z", "last_updated_date": "2024-09-18T15:00:00Z",
             "credits": {"by": [{"type": "author", "name": "Júlia Camargo"}]}}
    script = f'<script id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps(story)};</script>'
    head = '<meta property="article:modified_time" content="2024-09-18T15:00:00Z">'
    above = ('<div class="b-byline">Por <a href="/autor/julia-camargo/">Júlia Camargo</a></div>'
             '<time datetime="2024-09-18T15:00:00Z">Atualizado em 18 de setembro de 2024</time>')
    article = clean(page("pt", [p.replace("consell", "conselho") for p in CATALAN], head=head, above=above, after=script))
    assert article.published.value == "2024-09-17"


def test_a_neighbouring_posts_author_in_the_post_navigation_is_no_byline() -> None:
    after = ('<nav class="navigation post-navigation"><div class="nav-previous"><a href="/p/1" rel="prev">Önceki haber '
             '<time datetime="2024-10-16T09:30:00+03:00">16 Ekim 2024</time> <span class="author vcard">Selin Arslan</span></a>'
             '</div></nav>')
    above = '<div class="entry-meta">18 Ekim 2024 · Yazar Burak Şahin</div>'
    article = clean(page("tr", TURKISH, above=above, after=after, site="Ege Ekspres"))
    assert article.byline == "Burak Şahin"
    assert article.published.value == "2024-10-18"


def test_a_live_blogs_updates_date_themselves_not_the_page() -> None:
    updates = [{"@type": "BlogPosting", "headline": "Pembaruan", "datePublished": f"2025-07-0{d}T18:00:00+07:00"}
               for d in (8, 7)]
    blog = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "liveBlogUpdate": updates,
            "datePublished": "2025-07-06T06:00:00+07:00", "author": [{"@type": "Person", "name": "Dewi Anggraini"}]}
    posts = "".join(f'<div class="lb-post"><time datetime="2025-07-0{d}T18:00:00+07:00">{d} Juli 2025 18:00</time>'
                    f"<p>Petugas menambah pos pantau.</p></div>" for d in (8, 7))
    paragraphs = [
        "Pemerintah kota meresmikan pasar tradisional yang telah direnovasi di dekat pelabuhan pada hari Kamis, setelah "
        "tiga tahun ditutup karena atap bocor.",
        "Renovasi menelan biaya sekitar enam puluh miliar rupiah, kata kepala dinas pekerjaan umum setempat.",
        "Para pedagang berharap pembeli segera kembali.",
    ]
    article = clean(page("id", paragraphs, head=ld(blog), above=posts, site="Warta Pelabuhan"))
    assert article.published.value == "2025-07-06"


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("۱۶ خرداد ۱۴۰۲ - ۱۰:۱۵", "fa", date(2023, 6, 6)),  # Solar Hijri, month named
    ("Đăng lúc: 30 tháng 7, 2025 08:05", "vi", date(2025, 7, 30)),  # CLDR vi 'd MMMM, y'
    ("เผยแพร่: 17 พฤษภาคม พ.ศ. 2566", "th", date(2023, 5, 17)),  # Thai era marker, Buddhist year
    ("2023 m. balandžio 14 d. · Autorius", "lt", date(2023, 4, 14)),  # CLDR lt "y 'm'. MMMM d 'd'."
])
def test_long_dates_of_cldr_and_solar_hijri_forms(text: str, lang: str, day: date) -> None:
    assert [m.value for m in find_dates(text, [lang])] == [day]


def test_a_reporters_label_row_with_its_editor_beside_it() -> None:
    after = '<div class="credit"><span>Phóng viên: Nguyễn Thị Hồng Nhung</span> | <span>Biên tập: Phạm Thu Hà</span></div>'
    above = '<time datetime="2023-10-05T14:45:00+07:00">5 tháng 10, 2023, 14:45</time>'
    article = clean(page("vi", VIETNAMESE, above=above, after=after, site="Chợ Bến Cảng"))
    assert article.byline == "Nguyễn Thị Hồng Nhung"


def test_ucoz_entry_details_row_names_the_poster() -> None:
    details = '<div class="eDetails">Переглядів: 57 | Додав: <a href="/index/8-15">Богдан Кравчук</a> | Дата: 09.09.2023</div>'
    article = clean(page("uk", UKRAINIAN, after=details, site="Вісті Порту"))
    assert article.byline == "Богдан Кравчук"


def test_an_authors_row_glued_to_the_stamps_label_ends_before_it() -> None:
    row = ('<div class="info"><span>Кореспондент: Олена Гриценко</span> <span>Опубліковано 04.03.2025 09:30</span> | '
           '<span>Оновлено 05.03.2025 11:05</span></div>')
    article = clean(page("uk", UKRAINIAN, above=row, site="Вісті Порту"))
    assert article.byline == "Олена Гриценко"
    assert article.published.value == "2025-03-04"
