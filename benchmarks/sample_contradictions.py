"""Contradictions on the bundled sample corpus, scored against its answer key.

    python benchmarks/sample_contradictions.py examples/sample --out predictions.json [--key examples/expected.json]
    python benchmarks/sample_contradictions.py examples/sample --out p.json --export export.json  # score an export

Ingests the folder into a temporary SQLite store (or reads a `storyline export` JSON), and matches
every flagged contradiction against the key's `contradictions` (found) and `not_contradictions`
(false), the way ../shared/tools/score_seeds.py matches the seeds: a side matches a key side when it
comes from the same file (and feed item or JSONL line) and its sentence contains the key's text.
Prints found / false / flagged and which key pairs were found.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\\$", "$")
    return re.sub(r"\s+", " ", text).strip().lower()


def export_sample(folder: Path) -> dict:
    from storyline.export import export_json
    from storyline.ingest.batch import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'sample.db'}")
        ingest([str(folder)], store, load_settings(Path(tmp) / "none.toml"))
        return export_json(store)


def feed_guids(folder: Path) -> dict[tuple[str, str], str]:
    """(feed file, guid) -> the record name ingest gives that item ("item 2")."""
    import xml.etree.ElementTree as ET

    names = {}
    for feed in folder.glob("*.rss"):
        for n, item in enumerate(ET.parse(feed).getroot().iter("item"), start=1):
            names[(feed.name, item.findtext("guid") or "")] = f"item {n}"
    return names


def article_keys(export: dict, folder: Path) -> dict[str, tuple[str, str | None]]:
    """Article id -> (file name, record as ingest names it)."""
    return {a["id"]: (Path(a.get("source") or "").name, a.get("record")) for a in export.get("articles", [])}


def key_record(side: dict, guids: dict[tuple[str, str], str]) -> str | None:
    record = side.get("record")
    if record is None:
        return None
    return guids.get((side["file"], record)) or f"line {record}"


def side_matches(side: dict, key: dict, keys: dict, guids: dict) -> bool:
    file, record = keys.get(side.get("article"), (None, None))
    if file != key["file"] or (key.get("record") is not None and record != key_record(key, guids)):
        return False
    text, wanted = norm(side.get("text")), norm(key["text"])
    return wanted in text or (text in wanted and len(text) > 20)


def pair_matches(flag: dict, key: dict, keys: dict, guids: dict) -> bool:
    a, b = flag.get("a", {}), flag.get("b", {})
    return ((side_matches(a, key["a"], keys, guids) and side_matches(b, key["b"], keys, guids))
            or (side_matches(a, key["b"], keys, guids) and side_matches(b, key["a"], keys, guids)))


def score(export: dict, answer: dict, folder: Path) -> dict:
    flagged = [c for s in export.get("stories", []) for c in s.get("contradictions", [])]
    keys, guids = article_keys(export, folder), feed_guids(folder)
    found = [any(pair_matches(c, k, keys, guids) for c in flagged) for k in answer["contradictions"]]
    false = [any(pair_matches(c, k, keys, guids) for c in flagged) for k in answer["not_contradictions"]]
    return {"found": sum(found), "false": sum(false), "flagged": len(flagged),
            "gold": len(found), "found_pairs": found, "false_pairs": false}, flagged


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", type=Path, help="the sample folder (examples/sample)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--key", type=Path, help="answer key (default: DATASET/../expected.json)")
    ap.add_argument("--export", type=Path, help="score this storyline export instead of ingesting DATASET")
    args = ap.parse_args()
    answer = json.loads((args.key or args.dataset.parent / "expected.json").read_text(encoding="utf-8"))
    export = json.loads(args.export.read_text(encoding="utf-8")) if args.export else export_sample(args.dataset)
    scores, flagged = score(export, answer, args.dataset)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"predictions": flagged, "scores": scores}, ensure_ascii=False, indent=1))
    print(f"contradictions found {scores['found']}/{scores['gold']}, false {scores['false']}/"
          f"{len(answer['not_contradictions'])}, flagged {scores['flagged']}")
    for n, (k, hit) in enumerate(zip(answer["contradictions"], scores["found_pairs"]), start=1):
        print(f"  {'found ' if hit else 'missed'} {n}. {k['kind']}: {k['a']['text'][:50]!r} / {k['b']['text'][:50]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
