"""Rebuild src/storyline/rules/nicknames.toml (data only) from a registry package's data file.

    pip install --no-deps --target /tmp/gn nicknames==1.0.1
    python scripts/build_nicknames.py /tmp/gn > src/storyline/rules/nicknames.toml

The `nicknames` package's names.csv (hand-curated English names and their nicknames, Apache-2.0):
rows 'NAME,has_nickname,NICK' kept only where the nickname is shorter than the name (a hypocorism
shortens: 'Frederick' → 'Fred', 'Kathryn' → 'Katie'); the file also pairs names of equal or greater
length ('bill,has_nickname,robert'), which are not nicknames of each other. (The sex a given name
says is rules/given_names.toml, from the 1990 US Census first-name files.)
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path


def main() -> None:
    root = Path(sys.argv[1])
    nicks: dict[str, set[str]] = defaultdict(set)
    with (root / "nicknames/names.csv").open(newline="") as f:
        for row in csv.DictReader(f):
            name, nick = row["name1"].lower(), row["name2"].lower()
            if row["relationship"] == "has_nickname" and len(nick) < len(name):
                nicks[name].add(nick)
    print("# Given names and their nicknames (read by storyline.extract.person_names).")
    print("# Written by scripts/build_nicknames.py; do not edit by hand.\n")
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
