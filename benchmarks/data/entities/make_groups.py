"""Write groups.jsonl: polnear-dev mentions of hand-chosen referents, located by the forms below.

    python benchmarks/data/entities/make_groups.py ../shared/data/polnear-dev/dev/text > benchmarks/data/entities/groups.jsonl
    python benchmarks/data/entities/make_groups.py timeline17 ../shared/data > benchmarks/data/entities/groups_timeline17.jsonl

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
# timeline17-dev (haiti_bbc, MJ_bbc: BBC style, no periods after honorifics): married couples and a
# family sharing a surname, and a paper's short name. Here a bare form also needs one of the
# referent's always-forms in the same text (a bare 'Clinton' in 2010 can be either).
GROUPS_T17: dict[str, tuple[list[str], list[str], list[str]]] = {
    "t17_michael_jackson": (["Michael Jackson", "Michael Joseph Jackson"], ["Jackson", "Mr Jackson"],
                            ["Katherine", "Joe Jackson", "Janet", "La Toya", "LaToya", "Jermaine", "Tito", "Randy",
                             "Jackie", "Marlon", "Rebbie", "Jesse Jackson", "Mrs Jackson", "Ms Jackson",
                             "Paris Jackson", "Prince Jackson", "Prince Michael"]),
    "t17_katherine_jackson": (["Katherine Jackson"], ["Mrs Jackson"], ["Joe Jackson's wife", "Ms Jackson"]),
    "t17_joe_jackson": (["Joe Jackson", "Joseph Jackson"], [], []),
    "t17_janet_jackson": (["Janet Jackson"], [], []),
    "t17_la_toya_jackson": (["La Toya Jackson", "LaToya Jackson"], [], []),
    "t17_jermaine_jackson": (["Jermaine Jackson"], [], []),
    # no bare 'Clinton': a read-back found one for the other Clinton ('the same age as Clinton, JFK')
    "t17_bill_clinton": (["Bill Clinton", "Mr Clinton", "William Jefferson Clinton"], [], []),
    "t17_hillary_clinton": (["Hillary Clinton", "Mrs Clinton", "Hillary Rodham Clinton"], [], []),
    "t17_gordon_brown": (["Gordon Brown"], ["Mr Brown", "Brown"], ["Sarah", "Mrs Brown", r"(?<!Gordon )\b[A-Z]\w+ Brown\b"]),
    "t17_sarah_brown": (["Sarah Brown"], ["Mrs Brown"], []),
    "t17_los_angeles_times": (["Los Angeles Times"], ["the Times"], [r"(?<!Angeles )\b[A-Z]\w+ Times\b"]),
    "t17_new_york_times": (["New York Times"], ["the Times"], [r"(?<!New York )(?<!York )\b[A-Z]\w+ Times\b"]),
}
APART_T17 = [("t17_michael_jackson", "t17_katherine_jackson"), ("t17_michael_jackson", "t17_joe_jackson"),
             ("t17_katherine_jackson", "t17_joe_jackson"), ("t17_michael_jackson", "t17_janet_jackson"),
             ("t17_michael_jackson", "t17_la_toya_jackson"), ("t17_michael_jackson", "t17_jermaine_jackson"),
             ("t17_janet_jackson", "t17_la_toya_jackson"), ("t17_bill_clinton", "t17_hillary_clinton"),
             ("t17_gordon_brown", "t17_sarah_brown")]
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
    """argv: the polnear-dev text folder, or `timeline17 SHARED_DATA` for the timeline17-dev groups."""
    t17 = sys.argv[1] == "timeline17"
    root = Path(sys.argv[2]) if t17 else Path(sys.argv[1])
    paths = sorted(root.glob("timeline17-dev/*_bbc/InputDocs/*/*.txt")) if t17 else sorted(root.glob("*.txt"))
    taken: set[tuple[str, int, int]] = set()
    for group, (always, bare, namesakes) in (GROUPS_T17 if t17 else GROUPS).items():
        mentions = []
        for path in paths:
            text = path.read_text(encoding="utf-8")
            bare_ok = not any(re.search(n, text) for n in namesakes) and (not t17 or any(a in text for a in always))
            forms = always + (bare if bare_ok else [])
            for form in sorted(forms, key=len, reverse=True):  # longest first: 'Hillary Clinton' before 'Clinton'
                for s, e in occurrences(text, form):
                    before = re.search(r"([A-Z][\w’']*)\s+$", text[:s])
                    if re.match(r"\s+[A-Z]", text[e:]) or (before and before[1] != "The"):
                        continue  # part of a longer name: 'Clinton Foundation', 'U.S. Senate', 'Chelsea Clinton'
                    if any((path.name, a, b) in taken for a in range(s - 40, e) for b in range(s, e + 40)
                           if a < e and s < b):
                        continue
                    taken.add((path.name, s, e))
                    name = str(path.relative_to(root)) if t17 else f"polnear-dev/dev/text/{path.name}"
                    mentions.append({"file": name, "start": s, "end": e, "text": form})
        if mentions:
            print(json.dumps({"group": group, "mentions": mentions}, ensure_ascii=False))
    for a, b in APART_T17 if t17 else APART:
        print(json.dumps({"apart": [a, b]}))


if __name__ == "__main__":
    main()
