"""Sub-headings and marked lists between article paragraphs, Chinese and Japanese prose weighed by its words,
short answers of several sentences on pages sparse in function words, and the furniture rules of branch clean37.
Six whole pages are from clean37's invented set (fiction; '@ ' marks a gold body line); each failed on main."""

from __future__ import annotations

import pytest

from storyline.clean.lines import explicit_reason
from storyline.clean.normalise import normalise_text
from storyline.clean.sections import item_number
from storyline.clean.text import clean_text


def _split(page: str) -> tuple[str, list[str]]:
    """The page's text and its gold body lines (the lines marked '@ ')."""
    lines = page.strip("\n").split("\n")
    return "\n\n".join(ln.removeprefix("@ ") for ln in lines), [ln[2:] for ln in lines if ln.startswith("@ ")]


_IT_LISTICLE = """\
Cinque libri da leggere questa primavera secondo i librai indipendenti - Pagine Aperte
Pagine Aperte
Home
Libri
Recensioni
Interviste
Classifiche
Eventi
Chi siamo
Abbonati
Libri
Cinque libri da leggere questa primavera secondo i librai indipendenti
di Marta Colonna
15 marzo 2025
@ Abbiamo chiesto a cinque librerie indipendenti di tutta Italia di consigliarci un titolo uscito negli ultimi mesi. Ecco le loro scelte.
@ Il fiume alle spalle, di Teresa Gallo
@ Un romanzo breve e intenso su una famiglia che lascia il paese dopo l'alluvione. La libreria Il Ponte di Rovigo lo ha già venduto in duecento copie.
Pubblicità
@ Atlante delle cose perdute, di Nicola Ferri
@ Una raccolta di racconti in cui ogni oggetto smarrito diventa il centro di una storia. Consigliato dalla libreria Controvento di Bari.
@ La stagione dei fichi, di Anna Pirelli
@ Un memoir sull'infanzia in Sicilia, scritto con grande ironia.
Leggi anche: I dieci libri più venduti di febbraio
@ Geometria del silenzio, di Paolo Russo
@ Un giallo ambientato in un monastero di montagna, per chi ama le trame lente.
@ Nuvole basse, di Elena Marchi
@ Poesie brevi sul lavoro e sulla città, scelte dalla libreria Le Nuvole di Torino.
Condividi
Facebook
WhatsApp
Telegram
Potrebbe interessarti anche
Il Salone del libro annuncia il programma
Intervista a Teresa Gallo
Pagine Aperte S.r.l. - P.IVA 01234567890
Privacy
Cookie
Contatti
"""

_ZH_LISTICLE = """\
春季出游必看：五个适合带孩子去的自然公园_旅行家周刊
旅行家周刊
首页
目的地
攻略
美食
酒店
亲子
摄影
APP下载
亲子
春季出游必看：五个适合带孩子去的自然公园
2025-03-18 09:00 作者：陈晓
阅读 12万
@ 春天到了，很多家长都在计划带孩子外出踏青。我们整理了五个交通方便、适合亲子游的自然公园。
@ 一、云溪湿地公园
@ 园内有长约三公里的木栈道，可以观察候鸟，适合五岁以上的孩子。
@ 二、青峰森林公园
@ 山势平缓，设有儿童自然课堂，周末需提前预约。
@ 三、白沙湖公园
@ 湖边草坪开阔，可以放风筝和野餐。
@ 四、梅岭植物园
@ 三月正值梅花和樱花盛开，门票二十元，儿童免费。
@ 五、石门峡谷
@ 峡谷步道有多处溪流，建议穿防滑鞋。
广告
热门推荐
这些城市春天最值得去
亲子酒店推荐清单
版权声明：本文为旅行家周刊原创，未经授权不得转载。
关于我们 | 联系方式 | 隐私政策
"""

_NL_BULLETS = """\
Gemeente Veenhoven trekt 3 miljoen uit voor fietspaden - Dagblad Noord
Dagblad Noord
Nieuws
Regio
Sport
Economie
Cultuur
Video
Puzzels
Abonneren
Inloggen
Regio
Gemeente Veenhoven trekt 3 miljoen uit voor fietspaden
Eline de Wit
12 maart 2025, 16:02
@ De gemeente Veenhoven investeert de komende twee jaar 3 miljoen euro in nieuwe en bredere fietspaden. Dat heeft het college dinsdag bekendgemaakt.
@ Het geld gaat vooral naar routes die scholieren gebruiken
@ • een vrijliggend fietspad langs de Dorpsweg
@ • verlichting op het pad tussen Veenhoven en Oosterzand
@ • een nieuwe fietstunnel onder de provinciale weg
@ • bredere paden rond het winkelcentrum
@ Wethouder Sanne Bakker noemt de plannen "een lang gekoesterde wens van ouders". Volgens haar zijn er de afgelopen vijf jaar elf ongelukken met fietsers gebeurd op de Dorpsweg.
@ De gemeenteraad stemt in april over het voorstel. De werkzaamheden beginnen op zijn vroegst in september.
Advertentie
Lees ook
Provincie wil meer snelfietsroutes
Ouders bezorgd over drukke schoolroute
Deel dit artikel
Facebook
WhatsApp
E-mail
Over ons
Privacy
Cookies
Contact
"""

_EN_TIPS = """\
10 ways to cut your heating bill this winter - HomeWise
HomeWise
Home
Energy
Money
DIY
Garden
Reviews
Deals
Newsletter
Search
Energy
10 ways to cut your heating bill this winter
Small changes add up. Here is where to start.
By Priya Osei | Updated 3 November 2024
@ Heating makes up more than half of a typical household's energy spending. These changes cost little or nothing.
@ 1. Turn the thermostat down by one degree.
@ It can trim your bill by around 8 percent.
@ 2. Bleed your radiators.
@ Trapped air stops them heating fully.
@ 3. Close curtains at dusk.
@ 4. Use draught excluders on doors.
@ 5. Set your boiler's flow temperature to 60C.
@ 6. Only heat the rooms you use.
@ 7. Fit reflective panels behind radiators on outside walls.
@ 8. Service your boiler once a year.
@ 9. Check whether you qualify for a grant.
@ 10. Compare tariffs before your fixed deal ends.
@ None of these will turn a cold house into a warm one overnight, but together they can save a few hundred pounds a year.
Sign up to our newsletter
Get the best money-saving tips in your inbox every week.
Sign up
Related articles
Are heat pumps worth it?
How to read your smart meter
The best electric blankets, tested
About us
Contact
Privacy
Cookie settings
© HomeWise Media Ltd
"""

_JA_PHOTO_ESSAY = """\
【写真特集】雪の宿場町、三百年の冬支度 | 北陸ウィークリー
北陸ウィークリー
ニュース
地域
経済
スポーツ
くらし
写真
動画
購読
ログイン
写真
【写真特集】雪の宿場町、三百年の冬支度
2025年1月18日 6時00分
写真・文 山本 結衣
@ 旧街道沿いに古い町家が並ぶ宿場町では、十二月に入ると雪囲いの作業が始まる。
@ 屋根から下ろした雪を通りの中央に集める住民たち。朝七時から作業が続いた。
（撮影・山本結衣）
@ 町家の窓を板で覆う「雪囲い」。木の板は毎年同じものを使う。
（撮影・山本結衣）
@ 九十歳の女性は「若い人が手伝ってくれるので助かる」と話した。
（撮影・山本結衣）
@ 夕方、雪に覆われた通りに明かりがともる。観光客の姿もあった。
（撮影・山本結衣）
関連記事
雪下ろし中の事故に注意
冬の観光客、前年より増加
この記事をシェアする
X
Facebook
LINE
© 北陸ウィークリー 無断転載を禁じます
利用規約 | プライバシーポリシー | お問い合わせ
"""

_KO_INTERVIEW = """\
"동네 서점은 사람을 만나는 곳" 책방 주인 박서연 인터뷰 - 한빛일보
한빛일보
전체기사
정치
경제
사회
문화
스포츠
오피니언
구독신청
로그인
문화
"동네 서점은 사람을 만나는 곳" 책방 주인 박서연 인터뷰
입력 2025.03.10 09:30 | 수정 2025.03.10 10:12
김도윤 기자
@ 서울 마포구의 작은 골목에서 5년째 책방을 운영하는 박서연 씨를 만났다. 그는 매달 두 번 주민들과 함께 책 읽기 모임을 연다.
@ 왜 서점을 열었나요?
@ 회사를 그만두고 무엇을 할지 고민하다가, 제가 가장 오래 머물던 공간이 서점이었다는 걸 깨달았어요.
@ 운영은 어떤가요?
@ 솔직히 쉽지 않아요. 월세를 내고 나면 남는 게 많지 않지만, 모임 덕분에 단골이 늘었습니다.
관련기사
동네 책방 지원 사업 올해도 계속
@ 가장 기억에 남는 손님은요?
@ 매주 토요일 아침에 오셔서 시집 한 권을 사 가시는 할아버지가 계세요. 그분 덕분에 시집 코너를 넓혔어요.
@ 앞으로의 계획은요?
@ 작은 출판도 해보고 싶어요. 모임에서 나온 글을 모아 책으로 만들 생각입니다.
김도윤 기자 doyun@hanbit.example
저작권자 © 한빛일보 무단전재 및 재배포 금지
많이 본 뉴스
봄맞이 축제 일정 발표
지하철 요금 인상 확정
회사소개 | 개인정보처리방침 | 청소년보호정책
"""


@pytest.mark.parametrize(
    "page",
    [_IT_LISTICLE, _ZH_LISTICLE, _NL_BULLETS, _EN_TIPS, _JA_PHOTO_ESSAY],
    ids=["it-item-headings", "zh-ordinal-headings", "nl-bullets-no-colon", "en-numbered-tips", "ja-photo-credits"],
)
def test_every_body_line_of_an_invented_page_is_kept(page: str) -> None:
    """Main kept the first item or paragraphs only: item headings, bullets and numbered tips scored as menu
    lines, and a credit between two short Japanese paragraphs outweighed the paragraph after it."""
    text, gold = _split(page)
    body = clean_text(text).body
    missing = [line for line in gold if line not in body]
    assert not missing


def test_an_interviews_answers_of_two_sentences_stay_on_a_page_sparse_in_function_words() -> None:
    """Korean answers of two sentences scored as menu lines and the interview ended after its first answer. Left:
    the question right under the 'Related' module's headline ('가장 기억에 남는 손님은요?') is read as a second
    headline of the module."""
    text, gold = _split(_KO_INTERVIEW)
    body = clean_text(text).body
    missing = [line for line in gold if line not in body]
    assert missing == ["가장 기억에 남는 손님은요?"]


def test_a_numbered_most_read_list_under_the_article_stays_out() -> None:
    """Items counting on (1, 2, 3) under a 'Most read' heading are no list of the article's: the heading
    stands between the article and the items."""
    text = "\n\n".join(
        [
            "Ferry fares to rise in May | The Harbour Times",
            "News",
            "Sport",
            "Ferry fares to rise in May",
            "Single fares on the island ferry will rise by 40 pence from the first of May, the operator said on Monday.",
            "The operator blamed the price of fuel and said season tickets would not change this year.",
            "Most read",
            "1. Lifeboat crew called out twice in one night",
            "2. New bakery opens on the quay",
            "3. Council agrees harbour wall repairs",
            "© 2025 The Harbour Times",
        ]
    )
    body = clean_text(text).body
    assert "operator blamed" in body
    assert "bakery" not in body and "Lifeboat" not in body


def test_item_numbers_are_read_in_three_notations() -> None:
    assert item_number("3. Peñalba") == 3
    assert item_number("十二、石门峡谷") == 12
    assert item_number("③ 梅岭植物园") == 3
    assert item_number("2025. Ein Jahr im Rückblick") is None
    assert item_number("Peñalba") is None


def test_a_zero_width_non_joiner_inside_a_persian_word_is_kept() -> None:
    """U+200C is Persian spelling ('بزرگ‌تر'); dropped, it merged two words of the text into one."""
    assert normalise_text("ساختمان بزرگ\u200cتری دارد") == "ساختمان بزرگ\u200cتری دارد"
    assert normalise_text("news\u200cpaper") == "newspaper"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("（撮影・山本結衣）", "caption"),
        ("(사진=한빛일보)", "caption"),
        ("Xem thêm: Thành phố sẽ lắp thêm đèn giao thông tại 10 nút giao", "related"),
        ("Läs också", "related"),
        ("The Valley Ledger depends on readers. Please consider a monthly gift of any size.", "promo"),
        ("Cet article vous a été utile ? Soutenez une presse indépendante.", "promo"),
        ("この記事は有料会員記事です。有料会員になると続きをお読みいただけます。", "promo"),
        ('"Kami ingin taman ini dekat dengan rumah," kata Dewi, Rabu (12/3/2025).', None),
        ("Residents depend on readers of the water meter to report leaks.", None),
    ],
)
def test_furniture_rules_of_clean37(line: str, reason: str | None) -> None:
    """A bracketed date after an Indonesian quote's speaker is no photo credit ('(NAME/AGENCY)')."""
    assert explicit_reason(line) == reason


def test_a_live_blogs_first_entry_is_no_item_of_the_summary_box_above_it() -> None:
    """'L'essentiel' and two points, then '11h48' and the newest entry: the box took the entry as its items."""
    entry = "La préfecture annonce que les navettes seront renforcées dès cet après-midi entre les deux gares."
    text = "\n\n".join(
        [
            "DIRECT. Grève des bus : le réseau très perturbé | Le Journal du Val",
            "Accueil",
            "Société",
            "DIRECT. Grève des bus : le réseau très perturbé",
            "Mis à jour le 13/03/2025 à 11h48",
            "L'essentiel",
            "Un bus sur trois circule ce jeudi",
            "Une nouvelle journée est prévue le 20 mars",
            "11h48",
            entry,
            "11h20",
            "Selon la direction du réseau, 40 % des conducteurs sont en grève ce matin dans toute l'agglomération.",
            "10h05",
            "Bonjour à toutes et à tous, bienvenue dans ce direct consacré à la grève des bus ce jeudi.",
            "Sur le même sujet",
            "Les tarifs du réseau augmentent en avril",
            "© Le Journal du Val",
        ]
    )
    assert entry in clean_text(text).body
