"""Write groups.jsonl: polnear-dev mentions of hand-chosen referents, located by the forms below.

    python benchmarks/data/entities/make_groups.py ../shared/data/polnear-dev/dev/text > benchmarks/data/entities/groups.jsonl

The referents and forms were chosen by reading polnear-dev (see README.md for the rules); a bare
surname or given name counts only in a text where no other person of that name is written.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# group → (forms always this referent, bare forms, patterns of namesakes that rule the bare forms out)
GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "hillary_clinton": (["Hillary Clinton", "Hillary Rodham Clinton", "Mrs. Clinton", "Secretary Clinton",
                         "Hillary"], ["Clinton"], ["Bill Clinton", "Mr. Clinton", "Chelsea"]),
    "bill_clinton": (["Bill Clinton", "Mr. Clinton", "William J. Clinton"], [], []),
    "donald_trump": (["Donald Trump", "Donald J. Trump", "Mr. Trump"], ["Trump"],
                     ["Ivanka", "Melania", "Trump Jr", "Eric Trump", "Ms. Trump", "Mrs. Trump"]),
    "ivanka_trump": (["Ivanka Trump", "Ivanka"], [], []),
    "barack_obama": (["Barack Obama", "President Obama", "Mr. Obama", "Barack"], ["Obama"],
                     ["Michelle", "Mrs. Obama"]),
    "michelle_obama": (["Michelle Obama", "Mrs. Obama", "Michelle"], [], []),
    "mike_pence": (["Mike Pence", "Gov. Mike Pence", "Mr. Pence"], ["Pence"], ["Karen Pence"]),
    "tim_kaine": (["Tim Kaine", "Sen. Tim Kaine", "Mr. Kaine"], ["Kaine"], []),
    "elizabeth_warren": (["Elizabeth Warren", "Sen. Elizabeth Warren"], ["Warren"], ["Warren Buffett"]),
    "bernie_sanders": (["Bernie Sanders", "Sen. Bernie Sanders", "Bernie"], ["Sanders"], []),
    "john_stumpf": (["John Stumpf"], ["Stumpf"], []),
    "fbi": (["FBI", "F.B.I.", "Federal Bureau of Investigation"], [], []),
    "united_states": (["U.S.", "United States"], ["US"], []),
    "united_nations": (["United Nations", "U.N."], [], []),
    "epa": (["Environmental Protection Agency", "E.P.A.", "EPA"], [], []),
    "irs": (["Internal Revenue Service", "I.R.S.", "IRS"], [], []),
    "nato": (["NATO", "North Atlantic Treaty Organization"], [], []),
    "gop": (["Republican Party", "GOP", "G.O.P."], [], []),
    "new_york_times": (["New York Times"], ["the Times"], [r"(?<!New York )(?<!York )\b[A-Z]\w+ Times\b"]),
    "federal_reserve": (["Federal Reserve", "the Fed"], [], []),
}
# referents that share a name and must stay apart
APART = [("hillary_clinton", "bill_clinton"), ("donald_trump", "ivanka_trump"), ("donald_trump", "donald_trump_jr"),
         ("barack_obama", "michelle_obama")]


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    tail = r"(?![\w-])" if form[-1].isalnum() else ""
    found = [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w.-]){re.escape(form)}{tail}", text)]
    if form in ("Hillary", "Barack", "Michelle", "Ivanka", "Bernie"):  # a given name alone
        found = [(s, e) for s, e in found if not re.match(r"\s+(?:Rodham|Clinton|Obama|Trump|Sanders)", text[e:])]
    return found


def main() -> None:
    folder = Path(sys.argv[1])
    taken: set[tuple[str, int, int]] = set()
    for group, (always, bare, namesakes) in GROUPS.items():
        mentions = []
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            forms = always + ([] if any(re.search(n, text) for n in namesakes) else bare)
            for form in sorted(forms, key=len, reverse=True):  # longest first: 'Hillary Clinton' before 'Clinton'
                for s, e in occurrences(text, form):
                    before = re.search(r"([A-Z][\w’']*)\s+$", text[:s])
                    if re.match(r"\s+[A-Z]", text[e:]) or (before and before[1] != "The"):
                        continue  # part of a longer name: 'Clinton Foundation', 'U.S. Senate', 'Chelsea Clinton'
                    if any((path.name, a, b) in taken for a in range(s - 40, e) for b in range(s, e + 40)
                           if a < e and s < b):
                        continue
                    taken.add((path.name, s, e))
                    mentions.append({"file": f"polnear-dev/dev/text/{path.name}", "start": s, "end": e, "text": form})
        if mentions:
            print(json.dumps({"group": group, "mentions": mentions}, ensure_ascii=False))
    for a, b in APART:
        print(json.dumps({"apart": [a, b]}))


if __name__ == "__main__":
    main()
