"""Real articles of ../shared read as (date, sentences) for the value-dispute set (value_disputes.py).

A document is named by its collection and path inside ../shared/data:
- `timeline17-dev/<coll>/InputDocs/<YYYY-MM-DD>/<id>.htm.txt`: one tokenised sentence a line; the folder
  names the publication day; the text is detokenised here (PTB brackets and quotes, spaces before
  punctuation) so that the parser reads it as an article;
- `ecbplus-dev/<topic>/<file>.xml`: tokens with a sentence number; no publication day;
- `fnc1-dev/bodies.csv#<Body ID>`: one body; split into sentences at a full stop, question or exclamation
  mark followed by a space and a capital or a line break; no publication day.
A sentence is named by its index in that list and checked by the SHA-1 of its text (so a changed reader
or a changed file is caught, not silently scored on other words).
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}


@dataclass(slots=True, frozen=True)
class Document:
    name: str
    published: dt.date | None
    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        # one sentence a line: a headline without a full stop stays apart from the sentence after it
        return "\n".join(self.sentences)

    def offsets(self, index: int) -> tuple[int, int]:
        start = sum(len(s) + 1 for s in self.sentences[:index])
        return start, start + len(self.sentences[index])


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def detokenise(line: str) -> str:
    words = [_PTB.get(w, w) for w in line.split()]
    text = " ".join(words)
    text = re.sub(r" ([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r"` ", "'", text)
    text = re.sub(r" '(?=\s|$)", "'", text)
    text = re.sub(r'" (.*?) "', r'"\1"', text)
    return text.strip()


def _timeline17(path: Path, name: str) -> Document:
    lines = [detokenise(x) for x in path.read_text(encoding="utf-8", errors="replace").splitlines() if x.strip()]
    return Document(name, dt.date.fromisoformat(path.parent.name), tuple(lines))


def _ecbplus(path: Path, name: str) -> Document:
    sentences: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    return Document(name, None, tuple(detokenise(" ".join(sentences[k])) for k in sorted(sentences)))


@functools.lru_cache(maxsize=2)
def _fnc1_bodies(path: Path) -> dict[str, str]:
    with open(path, newline="", encoding="utf-8") as f:
        return {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}


def split_sentences(body: str) -> tuple[str, ...]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])|\n+", body)
    return tuple(p.strip() for p in parts if p.strip())


def read_document(shared: Path, name: str) -> Document:
    """The document `name` (see the module's doc) of ../shared/data."""
    path = shared / "data" / name.split("#")[0]
    if name.startswith("timeline17-dev/"):
        return _timeline17(path, name)
    if name.startswith("ecbplus-dev/"):
        return _ecbplus(path, name)
    if name.startswith("fnc1-dev/"):
        return Document(name, None, split_sentences(_fnc1_bodies(path)[name.split("#")[1]]))
    raise ValueError(f"unknown collection: {name}")
