"""The reporters a Chinese, Japanese or Korean story credits where its press prints them: in its
wire-style lead, and in the signature closing it.

Leads:

    [부산=남부뉴스] 홍길동 기자 = 부산 도시철도 …      (Korean agencies and papers: '[place=outlet] NAME 기자 =')
    本报讯（记者 王小明 报道）杭州地铁 …              (Chinese papers: '(reporter NAME reports)')
    新华社北京6月28日电（记者王小明、李华）…          (Xinhua's dateline: '(reporters NAME, NAME)')

Both forms are the press's fixed house style (Yonhap '(서울=연합뉴스) NAME 기자 =', Newsis '[서울=뉴시스]
NAME 기자 =', News1; Xinhua and People's Daily '本报讯（记者 NAME）'); the page often prints no byline line
and no author field beside it (branch htmlmeta2).

Signatures: a Korean article's '홍길동 기자 hong@…' and a Japanese one's '（山田太郎）' (moved here from
clean.byline, which had grown to 600 lines, by branch htmlmeta2).
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


@cache
def _korean_bracket_lead() -> re.Pattern[str]:
    """'[지역일보 박준호 기자] …', '[헤럴드경제=김철수 기자] …': the outlet and the reporter in one bracket
    opening the lead, the other house style of the Korean press (Asia Business Daily, Edaily, Herald
    Business, Money Today: '[OUTLET NAME 기자]'; branch htmlmeta4)."""
    one = rf"{_HANGUL_NAME}\s?(?:{_korean_roles()})"
    return re.compile(rf"^\s*\[[^\]=\s]{{1,15}}(?:\s+|\s*=\s*)(?P<names>{one}(?:\s*[,·]\s*{one})*)\s*\]")


_CHINESE_LEAD = re.compile(rf"[（(]\s*(?:记者|記者)\s*(?P<names>{_CJK_NAME}(?:\s*[、，,\s]\s*{_CJK_NAME})*?)\s*(?:报道|報道)?\s*[）)]")


def lead_credit(paragraph: str) -> Byline | None:
    """The reporters a Korean or Chinese wire-style lead credits at the start of `paragraph`, or None."""
    text = " ".join(paragraph.split())
    m = _korean_lead().match(text) or _korean_bracket_lead().match(text)
    if m:
        bare = re.sub(rf"\s?(?:{_korean_roles()})(?=$|[\s,·])", " ", m["names"])
        return Byline(tuple(re.findall(_HANGUL_NAME, bare)), None, text[: m.end()])
    m = _CHINESE_LEAD.search(text[: LEAD_CHARS + 20])
    if m and m.start() <= LEAD_CHARS:
        return Byline(tuple(re.findall(_CJK_NAME, m["names"])), None, text[: m.end()])
    return None


# A Korean name is two to four Hangul syllables; the signature prints the role right after it, then
# perhaps the reporter's e-mail ('홍길동 기자 hong@example.kr').
KOREAN_SIGNATURE_WORDS = 4


def korean_signature(line: str) -> Byline | None:
    """The reporter a Korean article's signature line names ('홍길동 기자 hong@…'), rules/bylines.toml
    [korean_credit_roles]; None for any other line."""
    roles = "|".join(re.escape(w) for w in sorted(word_sequence("bylines", "korean_credit_roles"), key=len, reverse=True))
    text = " ".join(line.split())
    m = re.match(rf"(?P<name>[\uac00-\ud7a3]{{2,4}})\s?(?:{roles})(?=\s|$|[=,.)\]])", text)
    if not m or len(text.split()) > KOREAN_SIGNATURE_WORDS:
        return None
    return Byline((m["name"],), None, text)


# Japanese newspapers sign an article with the reporter's name in full-width brackets as its last
# paragraph ('（山田太郎）'; the agencies' '（共同）', '（時事）' likewise): two to six kanji (or kana),
# perhaps a space between surname and given name, nothing else on the line.
_JAPANESE_SIGNATURE = re.compile(r"[（(](?P<name>[\u3005\u3040-\u30ff\u4e00-\u9fff]{1,4}(?:[\u3000 ]?[\u3005\u3040-\u30ff\u4e00-\u9fff]{1,4})?)[）)]")


def japanese_signature(line: str) -> Byline | None:
    """The reporter a Japanese article's closing signature names ('（山田太郎）'), alone on its line or
    right after the last paragraph's full stop ('…給水する。（山田太郎）', as regional papers run it on);
    None for any other line."""
    text = " ".join(line.split())
    tail = re.search(rf"。\s*(?P<sig>{_JAPANESE_SIGNATURE.pattern})$", text)
    m = _JAPANESE_SIGNATURE.fullmatch(tail["sig"] if tail else text)
    return Byline((m["name"],), None, line) if m and len(m["name"].replace(" ", "").replace("\u3000", "")) >= 2 else None


def _credit_label(line: str) -> str:
    """The label a Chinese or Japanese credit line opens with ('责任编辑' of '责任编辑：王丽'), or ''."""
    labels = sorted(word_sequence("bylines", "cjk_author_labels"), key=len, reverse=True)
    m = re.match(rf"[（(]?\s*({'|'.join(map(re.escape, labels))})\s*[：:/／\s]", line.strip())
    return m[1] if m else ""


def writer_over_editor(author: str | None, credited: tuple[str, ...]) -> str | None:
    """The reporter a Chinese page credits ('记者 陈明') when the author field holds only the editor in
    charge ('责任编辑：王丽' in a `show_author` box, the field trafilatura reads): the page's writer
    outranks its editor, as for every other language's 'Editor:' label (rules/bylines.toml
    [cjk_editor_labels]); the editor stays the author where no writer is credited (People's Daily-
    style pages). `author` unchanged otherwise."""
    from storyline.clean.page_head import cjk_credit

    if not author or not credited:
        return author
    editors = set(word_sequence("bylines", "cjk_editor_labels"))
    names = {n.strip() for n in re.split(r"[;,、]", author)}
    edited = [line for line in credited if _credit_label(line) in editors and set(cjk_credit(line)) & names]
    if not edited:
        return author
    writers = [cjk_credit(line) for line in credited if _credit_label(line) not in editors and cjk_credit(line)]
    return "; ".join(writers[0]) if writers else author
