"""Invented pages of unseen sites in languages the earlier passes left out (branch html33): a revision
printed days after the markup's day with the URL naming the first, author labels of more languages, a
name without capitals after its label, co-authors credited only by microdata."""
from conftest import clean_html_page
from storyline.model import Article

CATALAN = [
    "El consell comarcal ha aprovat la construcció d'un nou pavelló esportiu al costat de l'institut, que podrà "
    "acollir fins a mil espectadors en les competicions de bàsquet i handbol.",
    "Segons el president del consell, les obres començaran a l'estiu i costaran uns sis milions d'euros, pagats "
    "a parts iguals entre el consell i la Diputació.",
    "Els clubs de la comarca feia anys que reclamaven una instal·lació més gran per als seus equips.",
]
FINNISH = [
    "Kunnanhallitus esitti tiistaina, että kirjaston aukioloaikoja pidennetään ensi vuoden alusta kahdella "
    "tunnilla arkipäivisin, koska kävijämäärät ovat kasvaneet selvästi.",
    "Kirjastotoimen johtajan mukaan muutos maksaa noin neljäkymmentä tuhatta euroa vuodessa, ja se katetaan "
    "kulttuuritoimen nykyisestä budjetista.",
    "Opiskelijat ovat toivoneet pidempiä aukioloja erityisesti tenttikausien aikana.",
]
TAMIL = [
    "நகராட்சி நிர்வாகம் புதிய நூலகக் கட்டடம் கட்டும் பணியை அடுத்த வாரம் தொடங்கும் என்று அறிவித்துள்ளது.",
    "இந்தக் கட்டடத்தில் குழந்தைகளுக்கான தனிப் பிரிவும் கணினி அறையும் அமைக்கப்படும் என்று ஆணையர் தெரிவித்தார்.",
    "மாணவர்கள் நீண்ட நாட்களாக பெரிய நூலகம் வேண்டும் என்று கோரி வந்தனர்.",
]
GEORGIAN = [
    "ქალაქის მერიამ გამოაცხადა, რომ ცენტრალურ პარკში ახალი სათამაშო მოედანი მოეწყობა მომავალი თვის ბოლომდე.",
    "პროექტის ღირებულება დაახლოებით ორი მილიონი ლარია და სამუშაოები ზაფხულის დასაწყისში დასრულდება.",
    "მშობლები დიდი ხანია ითხოვდნენ უსაფრთხო და თანამედროვე მოედანს ბავშვებისთვის.",
]


def page(lang: str, paragraphs: list[str], *, head: str = "", above: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Notícia</title>{head}</head>
<body><nav><ul><li><a href="/">Inici</a></li></ul></nav>
<main><article><h1>Titular de la notícia</h1>{above}{body}</article></main>
<footer><p>Contacte</p></footer></body></html>"""


def clean(html: str, url: str = "https://comarca-diari.example/societat/noticia") -> Article:
    return clean_html_page(html, url)


def _ld(published: str, modified: str) -> str:
    return (f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Titular de la notícia", '
            f'"datePublished": "{published}", "dateModified": "{modified}"}}</script>')


def test_the_urls_day_settles_a_markup_date_against_a_revision_printed_days_later():
    """JSON-LD and the URL name the 6th; the page prints only 'Actualitzat 09/10/2024' (a revision): the
    two disagree by three days within one month, and the URL's day settles it."""
    article = clean(page("ca", CATALAN, head=_ld("2024-10-06T12:00:00+02:00", "2024-10-09T10:00:00+02:00"),
                         above="<div class='meta'><span>Redacció</span> <span>Actualitzat 09/10/2024</span></div>"),
                    url="https://comarca-diari.example/2024/10/06/pavello-esportiu/")
    assert article.published.value == "2024-10-06"


def test_without_a_day_in_the_url_the_revision_still_leaves_the_date_unknown():
    """The same page under an undated URL: nothing settles the two days, so the date stays unknown."""
    article = clean(page("ca", CATALAN, head=_ld("2024-10-06T12:00:00+02:00", "2024-10-09T10:00:00+02:00"),
                         above="<div class='meta'><span>Redacció</span> <span>Actualitzat 09/10/2024</span></div>"))
    assert article.published.value is None


def test_a_finnish_author_label_credits_the_writer():
    """'Kirjoittaja: NAME' (Finnish 'author', WordPress fi's 'Author') is the page's only credit."""
    article = clean(page("fi", FINNISH, above="<p>Kirjoittaja: Aino Lehtinen</p><p>Julkaistu 4.10.2024</p>"))
    assert article.byline == "Aino Lehtinen"


def test_a_name_without_capitals_after_its_label_is_read():
    """'எழுதியவர்: NAME' (Tamil 'written by'): the name's script has no capitals."""
    article = clean(page("ta", TAMIL, above="<p>எழுதியவர்: செல்வி அருண்</p><p>12 ஏப்ரல் 2024</p>"))
    assert article.byline == "செல்வி அருண்"


def test_every_microdata_author_is_a_co_author():
    """Two '<span itemprop="author">' credits and no JSON-LD or meta author field: both are the byline."""
    article = clean(page("ka", GEORGIAN, above=(
        '<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-03-19">'
        '<p>ავტორები: <span itemprop="author">გიორგი ლომიძე</span>, <span itemprop="author">ეკა ხარაძე</span></p></div>')))
    assert article.byline is not None
    assert "გიორგი ლომიძე" in article.byline and "ეკა ხარაძე" in article.byline


PERSIAN = [
    "شورای شهر روز دوشنبه طرح بازسازی بازار قدیمی را تصویب کرد که قرار است تا پایان سال آینده به پایان برسد.",
    "به گفته رئیس شورا، هزینه این طرح از محل بودجه عمرانی شهرداری و کمک‌های دولتی تأمین خواهد شد.",
    "کسبه بازار از این تصمیم استقبال کردند، اما خواستار آن شدند که مغازه‌ها در زمان بازسازی تعطیل نشوند.",
]
NORWEGIAN = [
    "Kommunen har bestemt at biblioteket i sentrum skal holde åpent lenger på kveldene fra neste måned, "
    "etter ønske fra mange studenter og pendlere.",
    "Biblioteksjefen sier endringen koster rundt en halv million kroner i året, som tas fra kulturbudsjettet.",
    "Flere lesere har også bedt om bedre plass til lekselesing for barn etter skoletid.",
]


def _og_time(stamp: str) -> str:
    return f'<meta property="article:published_time" content="{stamp}">'


def test_a_solar_hijri_stamp_gives_the_local_day_beside_a_utc_time_a_day_before():
    """'۱۴۰۲/۱۲/۱۶ - ۰۰:۳۰' (6 March 2024, half past midnight in Tehran) beside a markup time of
    21:00 UTC on the 5th: the printed Solar Hijri date is the day readers saw."""
    article = clean(page("fa", PERSIAN, head=_og_time("2024-03-05T21:00:00+00:00"),
                         above="<div class='meta'><span>نویسنده: سارا محمدی</span> <span>۱۴۰۲/۱۲/۱۶ - ۰۰:۳۰</span></div>"))
    assert article.published.value == "2024-03-06"


def test_solar_hijri_dates_convert_across_the_year_and_a_leap_esfand():
    from storyline.clean.calendars import gregorian_of_solar_hijri

    assert gregorian_of_solar_hijri(1403, 1, 1) == (2024, 3, 20)
    assert gregorian_of_solar_hijri(1402, 12, 29) == (2024, 3, 19)
    assert gregorian_of_solar_hijri(1399, 12, 30) == (2021, 3, 20)
    assert gregorian_of_solar_hijri(1403, 7, 1) == (2024, 9, 22)


def test_a_day_printed_only_in_the_related_list_dates_nothing():
    """An article stamped only '3 timer siden' (relative) over a related list of dated teasers:
    htmldate's guess, the first teaser's day, is no date of this page."""
    article = clean(page("nb", NORWEGIAN, above="<p>Kari Holm</p><p>3 timer siden</p>")
                    .replace("</article>", "</article><aside class='related'><h3>Les også</h3><ul>"
                             "<li><a href='/n/0'>Veien stengt</a> <span class='date'>11.03.2024</span></li>"
                             "<li><a href='/n/1'>Nytt bygg</a> <span class='date'>09.03.2024</span></li></ul></aside>"))
    assert article.published.value is None


def test_a_day_printed_only_in_reader_comments_dates_nothing():
    """'I går 21:14' (yesterday) and a comment thread below with absolute dates: not the page's day."""
    article = clean(page("nb", NORWEGIAN, above="<p>Ingrid Berg</p><p>I går 21:14</p>")
                    .replace("</article>", "</article><section id='comments'><h3>Kommentarer</h3><div class='comment'>"
                             "<b class='comment-author'>Per</b> <span class='comment-date'>14.08.2024 08:00</span>"
                             "<p>Trist.</p></div></section>"))
    assert article.published.value is None


def test_the_same_day_printed_in_the_article_too_stays():
    """The day a teaser prints is also the article's own printed date: htmldate's guess stands."""
    article = clean(page("nb", NORWEGIAN, above="<p>Publisert 11.03.2024</p>")
                    .replace("</article>", "</article><aside class='related'><ul><li><a href='/n/0'>Veien stengt</a> "
                             "<span class='date'>11.03.2024</span></li></ul></aside>"))
    assert article.published.value == "2024-03-11"


def test_co_authors_joined_by_a_romanian_and():
    article = clean(page("ro", ["Consiliul local a aprobat luni un nou parc în cartierul de nord, după o dezbatere lungă "
                                "cu locuitorii și asociațiile de proprietari din zonă.",
                                "Lucrările vor începe în toamnă și vor dura aproximativ un an, a declarat primarul.",
                                "Locuitorii au cerut de mai mulți ani un spațiu verde mai mare."],
                         above="<p>Autori: Elena Dinu și Mihai Toma</p><p>14.05.2024</p>"))
    assert article.byline is not None
    assert "Elena Dinu" in article.byline and "Mihai Toma" in article.byline


def test_an_armenian_label_before_its_comma_colon():
    """'Հեղինակ՝ NAME': Armenian prints '՝' where other languages print the label's colon."""
    article = clean(page("hy", ["Քաղաքապետարանը հայտարարեց, որ կենտրոնական այգում նոր խաղահրապարակ կկառուցվի մինչև ամառ։",
                                "Ծրագրի արժեքը մոտ հարյուր միլիոն դրամ է, և աշխատանքները կսկսվեն հաջորդ ամիս։",
                                "Ծնողները վաղուց էին խնդրում անվտանգ խաղահրապարակ երեխաների համար։"],
                         above="<p>Հեղինակ՝ Լիլիթ Հակոբյան</p><p>12.03.2024</p>"))
    assert article.byline == "Լիլիթ Հակոբյան"


BULGARIAN = [
    "Общинският съвет одобри в четвъртък изграждането на нова детска градина в южния квартал на града, "
    "която ще приема сто и двадесет деца.",
    "Според кмета строителството ще започне през пролетта и ще струва около пет милиона лева.",
    "Родителите от квартала отдавна настояват за повече места в детските градини.",
]
SWEDISH = [
    "Kommunen har beslutat att bygga en ny förskola i den södra stadsdelen, där köerna har vuxit snabbt de "
    "senaste åren.",
    "Enligt kommunalrådet ska bygget starta i vår och förskolan öppna för hundra barn nästa höst.",
    "Föräldrar i området har länge krävt fler platser.",
]


def test_a_revision_printed_above_the_publication_in_bulgarian_is_passed_over():
    """'Обновена: 15.02.2024' (updated) above 'Публикувана: 14.02.2024', no markup: the revision's day
    is not the article's."""
    article = clean(page("bg", BULGARIAN, above="<p>Автор: Петър Стоянов</p><p>Обновена: 15.02.2024 09:30</p>"
                                                "<p>Публикувана: 14.02.2024 18:30</p>"))
    assert article.published.value == "2024-02-14"


def test_a_later_revision_alone_yields_to_the_urls_day():
    """Only 'Dikemas kini 27 Jun 2024' (Malay 'updated') printed under a URL of the 24th: a revision
    follows the first publication, whose day the URL names."""
    article = clean(page("ms", ["Majlis daerah meluluskan pembinaan perpustakaan awam baharu di pekan itu dalam "
                                "mesyuarat bulanan yang diadakan pada hari Isnin.",
                                "Menurut yang dipertua majlis, kerja pembinaan dijangka bermula pada bulan depan.",
                                "Penduduk tempatan menyambut baik keputusan tersebut."],
                         above="<p>Oleh Aina Rahim</p><p>Dikemas kini 27 Jun 2024 10:00 PM</p>"),
                    url="https://pekan-harian.example/2024/06/24/perpustakaan-baharu/")
    assert article.published.value == "2024-06-24"


def test_an_embedded_tweets_signature_is_no_dateline():
    """'— NAME (@handle) 10 juni 2024', Twitter's embed code, in an article stamped only 'i går'."""
    tweet = ('<blockquote class="twitter-tweet"><p>Äntligen!</p>— Kommunrådet (@kommunradet) '
             '<a href="https://twitter.com/kommunradet/status/1">10 juni 2024</a></blockquote>')
    article = clean(page("sv", [SWEDISH[0], tweet, *SWEDISH[1:]], head='<meta property="og:site_name" content="Kustbladet">',
                         above="<div class='meta'><p>Av Eva Lind</p><p>i går</p></div>"))
    assert article.published.value is None


def test_a_georgian_name_after_its_label():
    """'ავტორი: NAME': Georgian letters are lower case to Unicode, but the script has no capitals for names."""
    article = clean(page("ka", GEORGIAN, above="<p>ავტორი: მარიამ ჯაფარიძე</p><p>20.03.2024</p>"))
    assert article.byline == "მარიამ ჯაფარიძე"

