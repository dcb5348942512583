"""Where a plain-text body starts and ends (branch clean35): sentences in scripts whose full stop is no
period, one-sentence paragraphs with few listed function words, a short story's 'Read also' link after
its second paragraph. Invented text only."""
from __future__ import annotations

from storyline.clean.lines import ends_sentence
from storyline.clean.text import clean_text


def _page(*blocks: list[str]) -> str:
    return "\n\n".join(line for block in blocks for line in block)


def test_a_danda_and_an_arabic_question_mark_end_sentences() -> None:
    """The Devanagari danda and the Arabic question mark are sentence ends (Unicode Sentence_Terminal)."""
    assert ends_sentence("नदी के किनारे नया पार्क अगले सप्ताह खुलेगा।")
    assert ends_sentence("كم سيستغرق ترميم الجسر القديم؟")
    assert not ends_sentence("मुख्य समाचार")


_HI_HEAD = ["नदी किनारे बनेगा नया पार्क | सिटी खबर", "होम", "देश", "शहर", "खेल", "नदी किनारे बनेगा नया पार्क",
            "अपडेटेड: 12 अप्रैल 2025", "शेयर करें"]
_HI_LEAD = ["सोनपुर, 12 अप्रैल। नगर निगम ने नदी के किनारे पांच एकड़ में एक नया पार्क बनाने की योजना को मंजूरी दे दी है और काम अगले महीने शुरू होगा।",
            "निगम के अधिकारियों ने बताया कि पार्क में बच्चों के खेलने की जगह, पैदल पथ और एक छोटा तालाब बनाया जाएगा।"]
_HI_READ_ALSO = ["यह भी पढ़ें: शहर की सड़कों पर लगेंगी नई बत्तियां"]
_HI_REST = ["पार्क पर करीब बारह करोड़ रुपये खर्च होंगे।",
            "आसपास के लोगों का कहना है कि अब बच्चों को खेलने के लिए दूर नहीं जाना पड़ेगा।"]
_HI_TAIL = ["संबंधित खबरें", "बजट में स्वास्थ्य पर जोर", "कॉपीरइट © सिटी खबर"]


def test_a_short_storys_paragraphs_after_its_read_also_link_stay() -> None:
    """Two lead paragraphs, a 'Read also' link, two more: the link ended the article (only three prose
    lines above counted as an article's) and the danda-ended lines were no sentences."""
    body = clean_text(_page(_HI_HEAD, _HI_LEAD, _HI_READ_ALSO, _HI_REST, _HI_TAIL)).body
    for line in _HI_LEAD + _HI_REST:
        assert line in body
    assert _HI_READ_ALSO[0] not in body


_TR_HEAD = ["Limanda yeni yolcu terminali açıldı | Kıyı Haber", "Anasayfa", "Gündem", "Spor",
            "Limanda yeni yolcu terminali açıldı", "12.04.2025 - 09:30", "Paylaş"]
_TR_BODY = ["Körfez Belediyesi, limandaki yeni yolcu terminalinin cumartesi günü hizmete gireceğini duyurdu.",
            "Liman Müdürü Kerem Aslan, terminalin yıllık iki milyon yolcu kapasitesine sahip olduğunu belirtti.",
            "İlgili Haber: Feribot seferleri yaz tarifesine geçiyor",
            "Aslan, \"Yolcularımız artık yağmurda beklemek zorunda kalmayacak\" diye konuştu ve bekleme salonunun genişletildiğini ekledi.",
            "Terminalin maliyetinin 40 milyon lira olduğu açıklandı."]
_TR_TAIL = ["Yorumlar", "Yorum yazmak için giriş yapın.", "© 2025 Kıyı Haber"]


def test_a_sentence_with_few_listed_function_words_is_no_menu_line() -> None:
    """'Liman Müdürü NAME, … belirtti.' (names, an agglutinative verb) scored as a menu line and the body
    lost its first two paragraphs; the singular 'İlgili Haber:' link is a related-story line."""
    result = clean_text(_page(_TR_HEAD, _TR_BODY, _TR_TAIL))
    for line in _TR_BODY[:2] + _TR_BODY[3:]:
        assert line in result.body
    assert {d.text: d.reason for d in result.dropped}[_TR_BODY[2]] == "related"


_KO_HEAD = ["[칼럼] 동네 서점의 마지막 겨울 | 마을소식", "홈", "오피니언", "칼럼", "[칼럼] 동네 서점의 마지막 겨울", "2025.01.20"]
_KO_BODY = ["동네 서점이 이번 겨울을 끝으로 문을 닫는다.",
            "삼십 년 동안 같은 자리에서 참고서와 소설을 팔던 가게였다. 방학이면 아이들이 바닥에 앉아 만화책을 읽곤 했다.",
            "주인 할머니는 손님이 하루에 열 명도 오지 않는다고 했다.",
            "그 자리에는 곧 휴대전화 매장이 들어선다고 한다. 거리는 편리해지겠지만 조금 더 비슷해질 것이다.",
            "우리는 다음 겨울에 무엇을 읽게 될까."]
_KO_TAIL = ["저작권자 © 마을소식 무단전재 및 재배포 금지", "다른 기사 보기"]


def test_one_sentence_paragraphs_at_the_bodys_edges_stay() -> None:
    """A column's one-sentence opening and closing paragraphs (Korean: few listed function words) were
    cut off as menu lines."""
    body = clean_text(_page(_KO_HEAD, _KO_BODY, _KO_TAIL)).body
    for line in _KO_BODY:
        assert line in body


_AR_HEAD = ["الخطاط سالم عيسى: الحرف يحتاج إلى صبر | مجلة الفنون", "الرئيسية", "حوارات", "ثقافة",
            "الخطاط سالم عيسى: الحرف يحتاج إلى صبر", "حاوره: نادر فهمي"]
_AR_BODY = ["يعمل الخطاط سالم عيسى منذ ثلاثين عاما في ورشة صغيرة قرب السوق القديم، ويستعد الآن لمعرضه الأول في العاصمة.",
            "كيف بدأت تعلم الخط؟",
            "بدأت في المدرسة حين كان المعلم يطلب منا أن نكتب الآيات على السبورة، ثم صرت أقضي كل مساء في نسخ اللوحات القديمة.",
            "متى يفتتح معرضك الجديد؟",
            "في بداية الصيف المقبل إن شاء الله، بعد أن ننتهي من التأطير."]
_AR_TAIL = ["مواضيع ذات صلة", "كيف تغيرت أسواق المدينة", "© مجلة الفنون"]


def test_an_interviews_last_question_and_answer_stay() -> None:
    """The last question (ending in the Arabic question mark, no listed function word) scored as a menu
    line, more than the short answer after it, and the interview lost both."""
    body = clean_text(_page(_AR_HEAD, _AR_BODY, _AR_TAIL)).body
    for line in _AR_BODY:
        assert line in body


_MENU = ["Home", "News", "Local", "Business", "Sport", "Opinion", "Culture", "Travel", "Podcasts", "Subscribe", "Sign in"]
_COLUMN = ["Why the night ferry matters more than the new bridge",
           "Guest column by Tamsin Okoro",
           "April 3, 2025"]
_COLUMN_BODY = [
    "When the harbour board voted to end the last ferry of the night, it described the change as a small saving on a little-used route.",
    "For the porters, cooks and cleaners who finish work after eleven, it is the only way home that does not cost a taxi fare.",
    "The board should keep the late crossing until the bridge opens and buses run through the night.",
]
_COLUMN_BIO = "Tamsin Okoro is a hospital porter and a member of the Harbour Riders' Association."


def test_a_columns_closing_biography_goes_under_a_long_menu() -> None:
    """The byline ('Guest column by NAME') stood past the page's first 12 lines under an 11-item menu, so
    the closing 'NAME is a …' biography was not recognised and stayed in the body."""
    text = _page(["Why the night ferry matters more than the new bridge | Harbour Voice"], _MENU, _COLUMN,
                 _COLUMN_BODY, [_COLUMN_BIO], ["More opinion", "Letters: the bridge tolls", "© 2025 Harbour Voice"])
    result = clean_text(text)
    assert all(line in result.body for line in _COLUMN_BODY)
    assert _COLUMN_BIO not in result.body


_BRIDGE_HEAD = ["Footbridge over the Alder reopens after repairs | Valley Courier", "Home", "News", "Sport", "Login",
                "Footbridge over the Alder reopens after repairs", "Share", "Facebook", "WhatsApp"]
_BRIDGE_BODY = [
    "After seven months of repairs, the footbridge over the river Alder reopened to walkers and cyclists on Monday morning.",
    "The work, which cost just under a million pounds, replaced the rotten deck boards and strengthened both abutments.",
    "\"People have been asking about this bridge every single week,\" said the council's highways lead, Rona Kell.",
]
_BRIDGE_BOX = ["Sign up for our newsletter", "Get the morning's top stories delivered to your inbox.", "Subscribe"]
_BRIDGE_LAST = "A new cycle path beside the bridge will be finished by the summer."
_BRIDGE_TAIL = ["Tags: bridges roads", "You might also like", "New car park near the station",
                "Schools begin earthquake works", "© 2025 Valley Courier"]


def test_a_newsletter_box_above_a_short_closing_paragraph_costs_one_penalty() -> None:
    """The box's heading, pitch and button each cost the in-body penalty: more than the short closing
    paragraph after them scores, and the article ended above the box."""
    text = _page(_BRIDGE_HEAD, _BRIDGE_BODY, _BRIDGE_BOX, [_BRIDGE_LAST], _BRIDGE_TAIL)
    body = clean_text(text).body
    assert all(line in body for line in _BRIDGE_BODY)
    assert _BRIDGE_LAST in body
    assert all(line not in body for line in _BRIDGE_BOX)


def test_a_paywall_offer_after_a_question_or_in_a_networks_box_is_promo() -> None:
    """'Want to read more? Get unlimited access …' and a regional network's 'Did you know with a Digital
    Subscription to OUTLET, you can get unlimited access …' closed the body; a sentence reporting such an
    offer stays prose."""
    from storyline.clean.lines import explicit_reason

    assert explicit_reason("Keen to keep reading? Get unlimited access to Harbour Trade News from £2 a month.") == "promo"
    assert explicit_reason("Did you know with a Digital Subscription to The Valley Post, you can get unlimited "
                           "access to the website including our premium content?") == "promo"
    assert explicit_reason("Members get unlimited access to the pool from May, the council said.") is None
