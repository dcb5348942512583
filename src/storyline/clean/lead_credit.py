"""The reporters an East Asian story credits in its opening paragraph, where its wire-style lead prints them:

    [부산=남부뉴스] 홍길동 기자 = 부산 도시철도 …      (Korean agencies and papers: '[place=outlet] NAME 기자 =')
    本报讯（记者 王小明 报道）杭州地铁 …              (Chinese papers: '(reporter NAME reports)')
    新华社北京6月28日电（记者王小明、李华）…          (Xinhua's dateline: '(reporters NAME, NAME)')

Both forms are the press's fixed house style (Yonhap '(서울=연합뉴스) NAME 기자 =', Newsis '[서울=뉴시스]
NAME 기자 =', News1; Xinhua and People's Daily '本报讯（记者 NAME）'); the page often prints no byline line
and no author field beside it (branch htmlmeta2).
"""
from __future__ import annotations

import re
from functools import cache

from storyline.clean.byline import Byline
from storyline.rules import word_sequence

_HANGUL_NAME = r"[\uac00-\ud7a3]{2,4}"
_CJK_NAME = r"[\u4e00-\u9fff]{2,4}"
# how far into the paragraph the credit may sit: a Korean lead's bracketed place and outlet, a Chinese
# dateline's agency, place and day ('新华社北京6月28日电') come before it
LEAD_CHARS = 40


@cache
def _korean_roles() -> str:
    """The roles a Korean reporter's name carries ('기자', '특파원'): rules/bylines.toml [korean_credit_roles]."""
    return "|".join(re.escape(w) for w in sorted(word_sequence("bylines", "korean_credit_roles"), key=len, reverse=True))


@cache
def _korean_lead() -> re.Pattern[str]:
    # names, each or the last followed by the role ('홍길동 기자', '김철수 이영희 기자', '홍길동기자, 김민수 기자')
    one = rf"(?:{_HANGUL_NAME}\s+){{0,3}}{_HANGUL_NAME}\s?(?:{_korean_roles()})"
    return re.compile(rf"^\s*[\[(（][^\])）=]{{1,15}}=[^\])）]{{1,25}}[\])）]\s*(?P<names>{one}(?:\s*[,·]\s*{one})*)\s*=")


_CHINESE_LEAD = re.compile(rf"[（(]\s*(?:记者|記者)\s*(?P<names>{_CJK_NAME}(?:\s*[、，,\s]\s*{_CJK_NAME})*?)\s*(?:报道|報道)?\s*[）)]")


def lead_credit(paragraph: str) -> Byline | None:
    """The reporters a Korean or Chinese wire-style lead credits at the start of `paragraph`, or None."""
    text = " ".join(paragraph.split())
    m = _korean_lead().match(text)
    if m:
        bare = re.sub(rf"\s?(?:{_korean_roles()})(?=$|[\s,·])", " ", m["names"])
        return Byline(tuple(re.findall(_HANGUL_NAME, bare)), None, text[: m.end()])
    m = _CHINESE_LEAD.search(text[: LEAD_CHARS + 20])
    if m and m.start() <= LEAD_CHARS:
        return Byline(tuple(re.findall(_CJK_NAME, m["names"])), None, text[: m.end()])
    return None
