"""The reporters a Korean or Chinese wire-style lead credits (branch htmlmeta2)."""
from conftest import make_article
from storyline.clean.cjk_credits import lead_credit
from storyline.clean.metadata import read_metadata


def test_korean_leads_credit_their_reporters():
    assert lead_credit("[부산=남부뉴스] 홍길동 기자 = 부산 도시철도 4호선을").names == ("홍길동",)
    assert lead_credit("(서울=연합뉴스) 김철수 이영희 기자 = 정부는").names == ("김철수", "이영희")
    assert lead_credit("[서울=뉴시스]홍길동기자, 김민수 특파원 = 정부는").names == ("홍길동", "김민수")
    assert lead_credit("정부는 오늘 (서울=연합뉴스) 발표했다") is None


def test_chinese_leads_credit_their_reporters():
    assert lead_credit("本报讯（记者 王小明 报道）杭州地铁十号线").names == ("王小明",)
    assert lead_credit("新华社北京6月28日电（记者王小明、李华）国务院").names == ("王小明", "李华")
    assert lead_credit("他说（记者 不）") is None


def test_the_lead_credit_is_the_byline_when_nothing_else_credits_anyone():
    body = "[부산=남부뉴스] 홍길동 기자 = 부산 도시철도 4호선을 기장군까지 연장하는 사업이 예비타당성 조사를 통과했다.\n\n시는 설계에 착수할 계획이다."
    article = read_metadata(make_article(body=body))
    assert article.byline == "홍길동"
    assert "lead" in article.evidence["byline"]
