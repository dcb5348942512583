"""Read TimeML documents and score time-expression predictions (TempEval-3 task A).

Kept apart from `timex.py` so the dev scripts and the benchmark share one reader and one metric.
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True, frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class TimeMLDoc:
    name: str
    text: str
    anchor: dt.date | None
    dct_value: str
    gold: list[GoldTimex] = field(default_factory=list)


def _parse_anchor(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _walk(elem: ET.Element, parts: list[str], gold: list[GoldTimex], pos: int) -> int:
    """Concatenate the text content of `elem`, recording every TIMEX3's offsets on the way."""
    start = pos
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        pos = _walk(child, parts, gold, pos)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if elem.tag == "TIMEX3":  # text filled in by read_timeml once the whole TEXT is joined
        gold.append(GoldTimex(start, pos, "", elem.get("type", ""), elem.get("value", "")))
    return pos


def read_timeml(path: Path) -> TimeMLDoc:
    """The TEXT element's text content, the DCT value as anchor and the gold TIMEX3s in TEXT.

    ElementTree does not resolve external entities, and these are trusted benchmark files.
    """
    root = ET.parse(path).getroot()
    dct = next((t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    dct_value = dct.get("value", "") if dct is not None else ""
    body = root.find("TEXT")
    parts: list[str] = []
    raw: list[GoldTimex] = []
    if body is not None:
        _walk(body, parts, raw, 0)
    text = "".join(parts)
    gold = [GoldTimex(g.start, g.end, text[g.start:g.end], g.type, g.value) for g in raw]
    return TimeMLDoc(path.name, text, _parse_anchor(dct_value), dct_value, sorted(gold, key=lambda g: g.start))


def read_dir(root: Path) -> list[TimeMLDoc]:
    return [read_timeml(p) for p in sorted(root.rglob("*.tml"))]


def _match(gold: list, pred: list, strict: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index): exact spans, or overlapping ones when relaxed."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            hit = (p["start"], p["end"]) == (g.start, g.end) if strict else p["start"] < g.end and g.start < p["end"]
            if hit:
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def _prf(matched: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def score(docs: list[TimeMLDoc], predictions: dict[str, list[dict]]) -> dict:
    """TempEval-3 task A: strict/relaxed span P/R/F1, type and value accuracy over relaxed matches,
    and value F1 = relaxed F1 x value accuracy (SOURCE.txt)."""
    n_gold = n_pred = strict = relaxed = type_ok = value_ok = 0
    for doc in docs:
        pred = predictions.get(doc.name, [])
        n_gold += len(doc.gold)
        n_pred += len(pred)
        strict += len(_match(doc.gold, pred, True))
        pairs = _match(doc.gold, pred, False)
        relaxed += len(pairs)
        type_ok += sum(doc.gold[g].type == pred[p]["type"] for g, p in pairs)
        value_ok += sum(doc.gold[g].value == pred[p]["value"] for g, p in pairs)
    rel = _prf(relaxed, n_pred, n_gold)
    value_acc = value_ok / relaxed if relaxed else 0.0
    return {"gold": n_gold, "predicted": n_pred, "strict": _prf(strict, n_pred, n_gold), "relaxed": rel,
            "type_accuracy": round(type_ok / relaxed if relaxed else 0.0, 4),
            "value_accuracy": round(value_acc, 4), "value_f1": round(rel["f1"] * value_acc, 4)}
