"""Candidate sentences for the citations set: every sentence with a broad, recall-oriented cue.

    python scripts/citation_candidates.py --shared ../shared/data --source fnc1 --every 4 > cand.jsonl

Sources: `polnear` (polnear-dev texts), `timeline17` (timeline17-dev articles), `fnc1` (fnc1-dev
bodies, named `fnc1-dev/bodies.csv#<Body ID>`), `dates` (dates-dev English text pages), `ecbplus`
(ECB+ dev documents, detokenised as the ECB+ benchmarks read them), `tempeval` (TimeBank and AQUAINT
wire of tempeval3-train, the TimeML TEXT element's text) and `extraction` (extraction-dev article bodies
of ground-truth.json, named `extraction-dev/ground-truth.json#<item id>`). A document is sampled when the SHA-1 of its name is
`--pick` mod `--every` (default: every document). Sentences already in the set are skipped. The cue
is much broader than the extractor's forms (outlet and platform names from the rule files, media
nouns, speech and reporting verbs), so the labelled items measure recall of forms the extractor
does not yet know. Prints one JSON line per candidate: file, start, end, text. No prediction is
shown, so labelling is blind to the extractor.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from storyline import rules
from storyline.extract.sentences import split_sentences

# Words a citation of press, broadcast or online reporting uses (the list) beyond outlet names.
_CUE_WORDS = (r"told|tells|telling|report(?:s|ed|ing)?|reporter|according to|interview(?:ed|s)?|wrote|writes|"
              r"writing|written|posted|post(?:s)?|tweet(?:s|ed)?|retweet(?:ed)?|cit(?:ing|ed|es)|said on|appeared on|"
              r"op-ed|network|channel|radio|television|TV|broadcast(?:er)?|podcast|website|site|blog(?:ger)?|"
              r"newspaper|paper|magazine|agency|wire|tabloid|daily|show|programme|program|station|outlet|"
              r"journalist|column(?:ist)?|editorial|first reported|published|revealed|quoted|statement")


def cue_pattern() -> re.Pattern[str]:
    names: set[str] = set(rules.words("citations", "outlet_names")) | set(rules.words("citations", "platforms"))
    for entry in rules.entries("outlets", "outlets"):
        names.add(entry["name"])
        names.update(entry["short"])
    names |= {h for h in rules.words("citations", "outlet_heads") if len(h) > 3}
    listed = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if len(n) > 1)
    return re.compile(rf"\b(?i:{_CUE_WORDS})\b|\b(?:{listed})\b")


def documents(shared: Path, source: str) -> Iterator[tuple[str, str]]:
    if source == "fnc1":
        csv.field_size_limit(10**9)
        with (shared / "fnc1-dev" / "bodies.csv").open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield f"fnc1-dev/bodies.csv#{row['Body ID']}", row["articleBody"]
        return
    if source == "dates":  # the English pages of dates-dev's text folder (gold_text.json gives the language)
        cases = json.loads((shared / "dates-dev" / "gold_text.json").read_text(encoding="utf-8"))["cases"]
        for case in sorted(cases, key=lambda c: c["file"]):
            if case["lang"] == "en":
                name = f"dates-dev/text/{case['file']}"
                yield name, (shared / name).read_text(encoding="utf-8")
        return
    if source == "ecbplus":  # ECB+ dev documents as the citations benchmark reads them
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
        from clustering_ecbplus import document_paths, document_text, read_document
        for path in document_paths(shared / "ecbplus-dev"):
            yield str(path.relative_to(shared)), document_text(read_document(path))
        return
    if source == "tempeval":  # TimeBank and AQUAINT news wire (TempEval-3 training), the TEXT element's text
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
        from timeml import read_timeml
        for path in sorted((shared / "tempeval3-train" / "TBAQ-cleaned").rglob("*.tml")):
            yield str(path.relative_to(shared)), read_timeml(path).text
        return
    if source == "extraction":  # extraction-dev pages' article bodies (ground truth), named by item id
        truth = json.loads((shared / "extraction-dev" / "ground-truth.json").read_text(encoding="utf-8"))
        for item_id, entry in sorted(truth.items()):
            yield f"extraction-dev/ground-truth.json#{item_id}", entry["articleBody"]
        return
    folder = {"polnear": "polnear-dev/dev/text", "timeline17": "timeline17-dev"}[source]
    glob = "*.txt" if source == "polnear" else "*/InputDocs/*/*.htm.txt"
    for path in sorted((shared / folder).glob(glob)):
        yield str(path.relative_to(shared)), path.read_text(encoding="utf-8")


def picked(name: str, every: int, pick: int) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % every == pick


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument("--source", choices=("polnear", "timeline17", "fnc1", "dates", "ecbplus", "tempeval",
                                                         "extraction"), required=True)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--pick", type=int, default=0)
    parser.add_argument("--items", type=Path, default=Path("benchmarks/data/citations/items.jsonl"))
    args = parser.parse_args()
    seen = {(i["file"], i["start"]) for i in map(json.loads, args.items.read_text().splitlines()) if i}
    cue = cue_pattern()
    for name, body in documents(args.shared, args.source):
        if not picked(name, args.every, args.pick):
            continue
        for s in split_sentences(body):
            if (name, s.start) not in seen and cue.search(s.text):
                sys.stdout.write(json.dumps({"file": name, "start": s.start, "end": s.end, "text": s.text}) + "\n")


if __name__ == "__main__":
    main()
