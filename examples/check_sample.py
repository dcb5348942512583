"""Check that examples/expected.json agrees with the sample files.

Standard library only. Run:  python examples/check_sample.py   (exit status 1 on any mismatch)

It checks line numbers and line kinds of the .txt files, that every quote, time expression,
contradiction side and citation in the answer key occurs in the file (and record) it names,
paragraph counts of the HTML/RSS/JSONL articles, the reprint pair's word identity, article
lengths, and that the undated page really carries no date.
"""
from __future__ import annotations

import difflib
import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "sample"
NBSP = "\u00a0"
MONTHS = ("January February March April May June July August September October November December "
          "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def strip_tags(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace(NBSP, " ")).strip()


def paragraphs_html(fragment: str, skip_classes: tuple[str, ...] = ()) -> list[str]:
    out = []
    for m in re.finditer(r"<p(\s[^>]*)?>(.*?)</p>", fragment, re.S):
        attrs = m.group(1) or ""
        cls = re.search(r'class="([^"]*)"', attrs)
        if cls and any(c in cls.group(1).split() for c in skip_classes):
            continue
        inner = m.group(2).strip()
        if re.fullmatch(r"<a [^>]*>.*?</a>", inner, re.S):  # a link-only paragraph is navigation
            continue
        out.append(norm(strip_tags(inner)))
    return out


def load_records() -> dict[str, dict]:
    """key -> {'text': searchable text, 'paragraphs': body paragraphs or None, 'lines': txt lines}"""
    recs: dict[str, dict] = {}
    for p in sorted(SAMPLE.glob("*.txt")):
        raw = p.read_text(encoding="utf-8")
        recs[p.name] = {"text": norm(raw), "raw": raw, "lines": raw.split("\n"), "paragraphs": None}
    for p in sorted(SAMPLE.glob("*.html")):
        raw = p.read_text(encoding="utf-8")
        art = re.search(r"<article[^>]*>(.*?)</article>", raw, re.S)
        paras = paragraphs_html(art.group(1) if art else "", ("byline", "share", "standfirst"))
        recs[p.name] = {"text": norm(strip_tags(raw)), "raw": raw, "lines": None, "paragraphs": paras}
    for p in sorted(SAMPLE.glob("*.rss")):
        raw = p.read_text(encoding="utf-8")
        root = ET.fromstring(raw)
        ns = {"content": "http://purl.org/rss/1.0/modules/content/"}
        for item in root.iter("item"):
            guid = item.findtext("guid")
            content = item.findtext("content:encoded", namespaces=ns) or ""
            desc = item.findtext("description") or ""
            recs[f"{p.name}#{guid}"] = {"text": norm(strip_tags(content + " " + desc)), "raw": ET.tostring(item, encoding="unicode"),
                                        "lines": None, "paragraphs": paragraphs_html(content, ("ad",))}
    for p in sorted(SAMPLE.glob("*.jsonl")):
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            rec = json.loads(line)
            for field in ("url", "title", "published", "outlet"):
                if field not in rec:
                    err(f"{p.name}#{n}: missing field {field}")
            if "text" in rec:
                paras = [norm(x) for x in rec["text"].split("\n\n") if x.strip()]
                body = rec["text"]
            else:
                paras = paragraphs_html(rec["html"])
                body = strip_tags(rec["html"])
            recs[f"{p.name}#{n}"] = {"text": norm(body), "raw": line, "lines": None, "paragraphs": paras, "meta": rec}
    return recs


def key(ref: dict | str) -> str:
    if isinstance(ref, str):
        return ref
    return f"{ref['file']}#{ref['record']}" if ref.get("record") else ref["file"]


def find(recs: dict, ref, text: str, what: str, occurrence: int = 1) -> None:
    k = key(ref)
    if k not in recs:
        err(f"{what}: no such file/record {k}")
        return
    n = recs[k]["text"].count(norm(text))
    if n < occurrence:
        err(f"{what}: {text!r} occurs {n} times in {k}, expected at least {occurrence}")


def line_has(recs, ref, line_no: int, text: str, what: str) -> None:
    lines = recs[key(ref)]["lines"]
    if lines is None or not (1 <= line_no <= len(lines)) or norm(text) not in norm(lines[line_no - 1]):
        err(f"{what}: line {line_no} of {key(ref)} does not contain {text!r}")


def check_articles(recs, key_: dict) -> dict[str, str]:
    dates = {}
    for a in key_["articles"]:
        k = key(a)
        if k not in recs:
            err(f"article {k}: not found")
            continue
        dates[k] = a["published"]["best"]
        r = recs[k]
        if r["lines"] is not None:
            lines = r["lines"]
            nb = {i + 1 for i, l in enumerate(lines) if l.strip()}
            if norm(lines[a["title_line"] - 1]) != norm(a["title"]):
                err(f"{k}: title_line {a['title_line']} is not the title")
            b0, b1 = a["body_lines"]
            if b0 not in nb or b1 not in nb:
                err(f"{k}: body_lines {b0}-{b1} start or end on a blank line")
            listed = {n for ns in a["non_body_lines"].values() for n in ns}
            for kind, ns in a["non_body_lines"].items():
                for n in ns:
                    if n not in nb:
                        err(f"{k}: {kind} line {n} is blank")
                    expect = {"ad": r"Advertisement", "footer": r"©.*", "credit": r"PHOTO: .*"}.get(kind)
                    if expect and not re.fullmatch(expect, lines[n - 1].strip()):
                        err(f"{k}: {kind} line {n} looks wrong: {lines[n-1][:60]!r}")
                    if b0 <= n <= b1 and kind != "ad":
                        err(f"{k}: {kind} line {n} lies inside the body")
            covered = listed | {a["title_line"]} | set(range(b0, b1 + 1))
            for n in sorted(nb - covered):
                err(f"{k}: line {n} is neither title, body nor a listed non-body line: {lines[n-1][:60]!r}")
            for first, second in a.get("broken_paragraphs", []):
                if lines[first - 1].rstrip()[-1:] in ".!?”\"" or lines[first] != "" or lines[second - 2] != "":
                    err(f"{k}: broken paragraph {first}/{second} is not a mid-sentence break")
            for n in a.get("nbsp_lines", []):
                if NBSP not in lines[n - 1]:
                    err(f"{k}: line {n} has no U+00A0")
            for n in a.get("escaped_dollar_lines", []):
                if "\\$" not in lines[n - 1]:
                    err(f"{k}: line {n} has no escaped \\$")
            if "wire_signoff_line" in a and not lines[a["wire_signoff_line"] - 1].endswith(" TIDEWIRE"):
                err(f"{k}: wire sign-off line is wrong")
            body = [lines[i - 1] for i in range(b0, b1 + 1) if i not in listed]
            words = len(" ".join(body).split())
        else:
            bp = a["body_paragraphs"]
            paras = r["paragraphs"]
            if len(paras) != bp["count"]:
                err(f"{k}: {len(paras)} body paragraphs, expected {bp['count']}")
            if paras and (norm(bp["first"]) not in paras[0] or norm(bp["last"]) not in paras[-1]):
                err(f"{k}: first/last body paragraph mismatch")
            words = len(" ".join(paras).split())
            meta = r.get("meta")
            if meta is not None:
                if meta["title"] != a["title"] or meta["outlet"] != a["outlet"] or not meta["published"].startswith(a["published"]["best"]):
                    err(f"{k}: JSONL fields disagree with the key")
        if not 150 <= words <= 450:
            err(f"{k}: body has {words} words, expected 150-450")
        if k.endswith(".html"):
            find(recs, a, a["title"], f"{k} title")
    return dates


def check_undated(recs, key_: dict) -> None:
    for a in key_["articles"]:
        if a["published"]["precision"] != "unknown":
            continue
        raw = recs[key(a)]["raw"]
        text = strip_tags(raw)
        if re.search(r"\b(1[89]|20)\d\d\b", raw):
            err(f"{key(a)}: undated page contains a year")
        for w in MONTHS + DAYS:
            if re.search(rf"\b{w}\b", text):
                err(f"{key(a)}: undated page mentions {w}")
        if "published_time" in raw or "datePublished" in raw:
            err(f"{key(a)}: undated page has a date meta tag")


def main() -> int:
    key_ = json.loads((SAMPLE.parent / "expected.json").read_text(encoding="utf-8"))
    recs = load_records()
    dates = check_articles(recs, key_)
    check_undated(recs, key_)
    for q in key_["quotes"]:
        find(recs, q, q["starts"], "quote")
        if "ends" in q:
            find(recs, q, q["ends"], "quote end")
        if "line" in q:
            line_has(recs, q, q["line"], q["starts"], "quote line")
        if "end_line" in q:
            line_has(recs, q, q["end_line"], q["ends"], "quote end line")
    for t in key_["timex"]:
        find(recs, t, t["text"], "timex", t.get("occurrence", 1))
    for group in ("contradictions", "not_contradictions"):
        for c in key_[group]:
            for side in ("a", "b"):
                find(recs, c[side], c[side]["text"], f"{group}.{side}")
                if "also_in" in c[side]:
                    find(recs, c[side]["also_in"], c[side]["text"], f"{group}.{side}.also_in")
    for p in key_["provenance"]:
        find(recs, p["from"], p["evidence"], "provenance evidence")
        if p["resolves_to"] and key(p["resolves_to"]) not in recs:
            err(f"provenance target {p['resolves_to']} not found")
    prev = ""
    for ev in key_["timeline"]:
        if ev["date"] < prev:
            err(f"timeline not in date order at {ev['date']}")
        prev = ev["date"]
        for s in ev["sources"]:
            if s not in recs:
                err(f"timeline source {s} not found")
    for rp in key_["reprints"]:
        a = recs[rp["original"]]["lines"][rp["body_lines_original"][0] - 1: rp["body_lines_original"][1]]
        b = recs[rp["copy"]]["lines"][rp["body_lines_copy"][0] - 1: rp["body_lines_copy"][1]]
        wa, wb = (re.findall(r"\w+", norm(" ".join(x)).lower()) for x in (a, b))
        sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
        same = sum(m.size for m in sm.get_matching_blocks())
        ident = min(same / len(wa), same / len(wb))
        if ident < rp["word_identity_min"]:
            err(f"reprint {rp['original']} / {rp['copy']}: word identity {ident:.3f}")
    for name, aliases in key_["entities"].items():
        for alias in aliases:
            alias = re.sub(r" \(in .*\)$", "", alias)
            if not any(alias.lower() in (r["text"] + " " + r["raw"]).lower() for r in recs.values()):
                err(f"entity {name}: alias {alias!r} never appears")
    for pair in key_["distinct_entities"]:
        for name in pair:
            if name not in key_["entities"]:
                err(f"distinct_entities: {name} is not in entities")
    for e in errors:
        print("FAIL", e)
    print(f"{len(errors)} problem(s); {len(recs)} articles, {len(key_['quotes'])} quotes, {len(key_['timex'])} time expressions")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
