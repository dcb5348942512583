"""Candidates for hand-labelling the speakers benchmark: quotations attributed to a pronoun or a description.

    python scripts/speaker_candidates.py ../shared/data FILE... --out candidates.jsonl

Found by patterns independent of the extractor (benchmarks/data/speakers/README.md, round 2):
a quotation followed by a pronoun or 'the' + 1-3 lower-case words and a reporting verb, an inverted
'…," said the …', or a sentence opening 'He/She/They/It/The … said …:' before a quotation. Each
candidate carries the text before it (for labelling) only in the --out file, which stays out of the repo.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
from citations import read_body

VERBS = ("said|says|added|adds|told|tells|explained|continued|wrote|writes|asked|noted|insisted|argued|"
         "stated|warned|replied|declared|recalled|acknowledged|admitted|conceded")
PRON = r"(?:he|she|it|they)"
DESC = r"(?:the(?: [a-z][a-z'-]*){1,3})"
CLOSE = r"(?:[”\"]|'')"
OPEN = r"(?:[“\"]|``)"
_AFTER = re.compile(rf"{CLOSE}\s*(?P<src>{PRON}|{DESC})\s+(?:{VERBS})\b", re.I)
_INVERTED = re.compile(rf"[,?!]\s*{CLOSE}\s*(?:{VERBS})\s+(?P<src>{DESC})\b")
_BEFORE = re.compile(rf"(?:^|(?<=[.!?”\"'] )|(?<=\n))(?P<src>He|She|They|It|The(?: [a-z][a-z'-]*){{1,3}})"
                     rf"\s+(?:{VERBS})\b[^.\n“\"`]{{0,60}}[:,]\s*{OPEN}", re.M)


def _quote_before(text: str, end: int) -> tuple[int, int] | None:
    """The quotation closing right before `end` (its span without marks)."""
    close = max(text.rfind("”", 0, end), text.rfind('"', 0, end), text.rfind("''", 0, end))
    if close < 0:
        return None
    opens = [text.rfind(m, 0, close) for m in ("“", '"', "``")]
    start = max(opens)
    if start < 0 or close - start > 1500:
        return None
    mark = 2 if text.startswith("``", start) else 1
    return start + mark, close


def _quote_after(text: str, start: int) -> tuple[int, int] | None:
    ends = [(i, m) for m in ("”", '"', "''") if (i := text.find(m, start + 1)) >= 0]
    if not ends:
        return None
    close = min(ends)[0]
    body = start + (2 if text.startswith("``", start) else 1)
    return (body, close) if close - body < 1500 else None


def candidates(text: str) -> list[dict]:
    found: dict[tuple[int, int], dict] = {}
    for rx, before in ((_AFTER, True), (_INVERTED, True), (_BEFORE, False)):
        for m in rx.finditer(text):
            src = m.span("src")
            if before:
                q = _quote_before(text, m.start("src"))
            else:
                q = _quote_after(text, m.end() - (2 if m.group().endswith("``") else 1))
            if q and q[1] > q[0] and src not in found:
                found[src] = {"source": list(src), "content": list(q)}
    return sorted(found.values(), key=lambda c: c["source"][0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", type=Path)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    with args.out.open("w", encoding="utf-8") as out:
        for f in args.files:
            text = read_body(args.shared, f)
            for c in candidates(text):
                s = c["source"][0]
                ctx = text[max(0, min(s, c["content"][0]) - 1500): max(c["source"][1], c["content"][1]) + 80]
                out.write(json.dumps({"file": f, **c, "src_text": text[slice(*c["source"])],
                                      "context": ctx}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
