"""Title, byline and outlet from what cleaning set aside, each with the evidence it came from.

The outlet is the one that wrote the story: a copyright line names it, a wire sign-off at the end of
the body ("… said. REUTERS") names the agency a reprint came from; a promo naming another outlet
("Join our … AMN Telegram channel") or the site's own name marks who republished it.
"""
from __future__ import annotations

import re

from storyline.extract.names import OUTLET_NAME
from storyline.model import Article

_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)*(?P<name>[^|.]+?)\.?\s*(?:all rights reserved.*)?$", re.I)
_SIGN_OFF = re.compile(r"[.!?”\"']\s+(?P<wire>[A-Z][A-Z&\-]{1,}(?:\s+[A-Z][A-Z&\-]+){0,2})\s*$")
_BYLINE = re.compile(r"^\s*by\s+(?P<name>[^,|]+?)(?:\s*[,|].*)?$", re.I)
_PROMO_OUTLET = re.compile(r"\b(?:our\s+(?:brand\s+new\s+)?(?:verified\s+)?|get\s+)(?P<name>[A-Z][\w&]*(?:\s+[A-Z][\w&]*)*?)(?:'s|’s)?\s+(?i:telegram|whatsapp|newsletters?|channel|app)\b")
_NOT_WIRES = {"US", "UK", "EU", "UN", "NATO", "OK"}
# The newsroom names itself: "Ledger reporter Ana Ruiz contributed to this story" (strong), and
# sources speak to it: "the official told the Ledger" (weaker; an interview elsewhere is cited, not told).
_CONTRIBUTED = re.compile(rf"(?P<outlet>{OUTLET_NAME})\s+(?:staff\s+)?(?:reporters?|correspondents?|writers?)\b[^.]*\bcontributed\b")
_TOLD = re.compile(rf"\btold\s+(?P<outlet>{OUTLET_NAME})\b")


def _display_name(name: str) -> str:
    """'NORA GÁMEZ TORRES' → 'Nora Gámez Torres'; mixed case is left as written."""
    name = " ".join(name.split())
    return name.title() if name.isupper() else name


def find_byline(article: Article) -> str | None:
    for line in (d.text for d in article.dropped if d.reason == "byline"):
        m = _BYLINE.match(line)
        if m:
            article.evidence["byline"] = f"byline line: {line.strip()}"
            return _display_name(m["name"])
    return article.byline


def _copyright_holder(article: Article) -> str | None:
    for line in (d.text for d in article.dropped if d.reason == "copyright"):
        m = _COPYRIGHT.match(line)
        if m and re.search(r"[A-Za-z]", m["name"]):
            article.evidence["outlet"] = f"copyright line: {line.strip()}"
            return m["name"].strip()
    return None


def _wire_sign_off(article: Article) -> str | None:
    paragraphs = article.paragraphs()
    m = _SIGN_OFF.search(paragraphs[-1]) if paragraphs else None
    if m and m["wire"] not in _NOT_WIRES:
        article.evidence["outlet"] = f"wire sign-off at the end of the body: {m['wire']}"
        return _display_name(m["wire"])
    return None


def _named_by_newsroom(article: Article) -> str | None:
    for pattern, label in ((_CONTRIBUTED, "contributor line"), (_TOLD, "a source 'told' it")):
        m = pattern.search(article.body)
        if m:
            article.evidence["outlet"] = f"{label}: {m.group(0)}"
            return re.sub(r"^[Tt]he\s+", "", m["outlet"]).strip()
    return None


def _promo_outlet(article: Article) -> str | None:
    for line in (d.text for d in article.dropped if d.reason == "promo"):
        m = _PROMO_OUTLET.search(line)
        if m:
            return m["name"]
    return None


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


def _site_name(name: str | None) -> str | None:
    """'The Saltmere Examiner – Water inquiry' (a feed or page title naming a section) → the outlet part."""
    return re.split(r"\s+[–—|:]\s+|\s+-\s+", name.strip())[0] if name and name.strip() else None


def find_outlet(article: Article) -> str | None:
    """Who wrote it: copyright holder > wire sign-off > the newsroom naming itself > the container's site name."""
    outlet = _copyright_holder(article) or _wire_sign_off(article) or _named_by_newsroom(article)
    site = _site_name(article.metadata.get("outlet") or article.metadata.get("site_name"))
    republisher = _promo_outlet(article) or site
    if outlet and republisher and _bare(republisher) != _bare(outlet):
        article.metadata["republished_by"] = republisher
    if outlet:
        return outlet
    if site:
        article.evidence["outlet"] = "the document's own outlet/site name field"
    return site or article.outlet


def read_metadata(article: Article) -> Article:
    """Fill title, byline and outlet from the cleaned article's set-aside lines and container fields."""
    article.byline = find_byline(article)
    article.outlet = find_outlet(article)
    if not article.title:
        article.title = article.metadata.get("title") or None
        if article.title:
            article.evidence["title"] = "the document's own title field"
    return article
