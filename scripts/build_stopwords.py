"""Rebuild src/storyline/clean/stopwords.json from jusText's stoplists (data only).

    python scripts/build_stopwords.py        # needs jusText (the `test` extra)

jusText (BSD licence) ships one frequency-ordered function-word list per language; the top
TOP words of each, case-folded, are enough to tell prose from menus and to guess the language
of a page (extraction-dev holds Korean, Russian, German, Portuguese, Italian, Indonesian pages).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

TOP = 120
OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "clean" / "stopwords.json"


def main() -> int:
    import justext
    lists: dict[str, str] = {}
    for language in sorted(justext.get_stoplists()):
        path = Path(justext.__file__).parent / "stoplists" / f"{language}.txt"
        words: list[str] = []
        for word in path.read_text(encoding="utf-8").split():
            if word.casefold() not in words:
                words.append(word.casefold())
            if len(words) == TOP:
                break
        lists[language] = " ".join(words)
    payload = {"source": f"jusText 3.0.2 stoplists (BSD licence), top {TOP} words per language, case-folded",
               "languages": lists}
    OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lists)} languages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
