"""Where an expected dispute is lost: the first stage of the contradiction pipeline that drops it.

Used by `dispute_families.py --stages`. For each expected contradiction of a case:

- `side_missing`: a side's text is in no article of the case (the key's file or text is wrong);
- `not_grouped`: the two sides' articles are in two stories, so they are never compared;
- `no_claim_a` / `no_claim_b`: no claim record (link/claim_ref.ClaimRef) covers that side's text;
- `not_paired`: both sides have claims, but no family check compares them (no shared proposition,
  event, quantity or process key: `_compare` found no shared proposition and no named-doer dates);
- `rejected:<check>`: compared and turned down; `<check>` is the function the code names in the test that
  returned None (in `_compare`, or `flag_pair` for the time scope and topic checks). For the assertion /
  denial gate, the first of its five tests that fails is named;
- `found`: flagged and matched by the scorer (the same match as `sample_contradictions.score`).
Of several claim pairs that cover one key pair, the furthest stage is reported (a pair that passes
more of `_compare` before it is turned down). The stage is read from a line trace of `_compare` and
`flag_pair` (sys.settrace), so the pipeline code is not changed for the benchmark.
"""
from __future__ import annotations

import inspect
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from sample_contradictions import article_keys, norm, pair_matches

# calls that name no check: builtins, dataclass helpers, and the reading of a claim as compared
_NO_CHECK = frozenset({"any", "all", "bool", "len", "set", "replace", "fold", "_asserted", "Verdict", "Proposition",
                       "not", "and", "or", "if", "elif", "return", "frozenset", "sorted", "str", "_factual"})
_GATE = ("denied", "asserted", "same_participants", "existence_met", "affirms_and_denies")


def ingest_case(case: Path) -> tuple[dict, list[Any], list[list[str]]]:
    """The case's export, its articles and its stories (article ids), from a temporary store."""
    from storyline.export import export_json
    from storyline.ingest.batch import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'sample.db'}")
        ingest([str(case)], store, load_settings(Path(tmp) / "none.toml"))
        export = export_json(store)
        articles = store.list_articles(with_raw=False)
        stories = [list(s.article_ids) for s in store.list_stories()]
    return export, articles, stories


class _Trace:
    """The line each traced function returned from, for one call of flag_pair."""

    def __init__(self, codes: dict[CodeType, str]) -> None:
        self.codes = codes
        self.returned: dict[str, int] = {}

    def __call__(self, frame: FrameType, event: str, arg: Any) -> Callable | None:
        name = self.codes.get(frame.f_code)
        if name is None:
            return None
        def local(f: FrameType, ev: str, a: Any) -> Callable:
            if ev == "return":
                self.returned[name] = f.f_lineno
            return local
        return local


def _check_name(fn: Callable, line: int) -> str:
    """The check named by the `if` that guards the return at `line` (its first called function); a
    return at the function's own level (its last line) is `no_family_check`."""
    lines, first = inspect.getsourcelines(fn)
    i = line - first
    if not 0 <= i < len(lines):
        return "unknown"
    indent = len(lines[i]) - len(lines[i].lstrip())
    if lines[i].lstrip().startswith("return") and indent <= 4:
        return "no_family_check"
    k = i
    while k > 0 and not lines[k].lstrip().startswith(("if ", "elif ")):
        k -= 1
    calls = [c.split(".")[-1] for c in re.findall(r"([\w.]+)\(", "".join(lines[k:i + 1]))]
    named = [c for c in calls if c not in _NO_CHECK]
    return named[0] if named else re.sub(r"\s+", " ", lines[k].strip())[:40]


def _scope_check(fn: Callable, line: int) -> str:
    """What flag_pair turned a compared pair down for: the topic or an ended process, a begun process
    that does not reach the denial, or time scopes that do not overlap."""
    lines, first = inspect.getsourcelines(fn)
    text = lines[line - first] if 0 <= line - first < len(lines) else ""
    if "begun_process_overlaps" in text:
        return "begun_process_overlaps"
    if "topic's words" in text or "ended" in text:
        return "topical_or_ended"
    return "scopes_overlap"


def _gate_failure(a: Any, b: Any, contradictions: Any) -> str:
    """The first of the assertion / denial gate's tests that fails on this pair."""
    from storyline.link import claim_denial
    from storyline.link.propositions import shared_proposition

    x, y = a, b
    if x.polarity != y.polarity:
        x, y = contradictions._asserted(x), contradictions._asserted(y)
    found = shared_proposition(x, y)
    for name in _GATE:
        fn = getattr(claim_denial, name)
        ok = fn(x, y) if name == "existence_met" else fn(x, y, found)
        if not ok:
            return name
    return "denial_gate"


def pair_stage(a: Any, b: Any, groups: dict[str, str], topic: frozenset[str], kinds: Any) -> tuple[int, str]:
    """(rank, stage) of one claim pair: a higher rank got further through the checks."""
    from storyline.link import contradictions as c

    codes = {c._compare.__code__: "_compare", c.flag_pair.__code__: "flag_pair"}
    trace = _Trace(codes)
    old = sys.gettrace()
    sys.settrace(trace)
    try:
        verdict = c.flag_pair(a, b, groups, topic, kinds)
    finally:
        sys.settrace(old)
    if verdict is not None:
        return 10_000, "rejected:export"  # flagged by the pair check but not in the export's match
    line = trace.returned.get("_compare", 0)
    _lines, first = inspect.getsourcelines(c._compare)
    if c._compare(a, b, kinds) is not None:  # compared and kept; flag_pair turned it down
        return 5_000, f"rejected:{_scope_check(c.flag_pair, trace.returned.get('flag_pair', 0))}"
    src = _lines[line - first] if 0 <= line - first < len(_lines) else ""
    if "_named_doer_dates" in src:
        return 0, "not_paired"
    name = _check_name(c._compare, line)
    if name == "no_family_check" and _value_reason(a, b):
        name += ":" + _value_reason(a, b)
    if name == "denied":
        name = _gate_failure(a, b, c)
    elif name == "_one_asserter":
        name = "one_asserter" if c._one_asserter(a, b) else "hedged_not_bounded"
    return line - first + 1, f"rejected:{name}"


def _value_reason(a: Any, b: Any) -> str:
    """Why a shared proposition met no family test, for two counts: which of the count test's conditions
    fails first (polarity, a count on each side, one thing, one role, values apart, one predicate or class,
    time); '' when neither side gives a count."""
    from storyline.link.claim_counts import _apart, counts, one_thing
    from storyline.link.propositions import same_class

    mine, theirs = counts(a), counts(b)
    if not mine and not theirs:
        return ""  # no count on either side: a date or an opposite pair, told by the check's name alone
    if a.polarity != b.polarity:
        return "polarity"
    if not mine or not theirs:
        return "one_count"
    things = [(x, y) for x in mine for y in theirs if one_thing(x.unit, y.unit)]
    if not things:
        return "units"
    if not any(x.role == y.role for x, y in things):
        return "roles"
    if not any(_apart(x, y) for x, y in things if x.role == y.role):
        return "values_close"
    return "predicates" if not same_class(a, b) else "time"


def _covers(ref: Any, key_side: dict, files: dict[str, str]) -> bool:
    if files.get(ref.article_id) != key_side["file"]:
        return False
    text, wanted = norm(ref.text), norm(key_side["text"])
    return wanted in text or (text in wanted and len(text) > 20)


def case_stages(case: Path, key: dict) -> list[tuple[str, str]]:
    """(family, stage) for each expected contradiction of the case."""
    from storyline.extract.names import fold  # noqa: F401  (import the package before the link modules)
    from storyline.link.claim_ended import with_ends
    from storyline.link.claim_nominal_acts import with_nominal_acts
    from storyline.link.claim_ref import claim_refs
    from storyline.link.name_kinds import name_kinds
    from storyline.link.propositions import story_topic
    from storyline.link.time_anchors import event_anchors

    export, articles, stories = ingest_case(case)
    flagged = [c for s in export.get("stories", []) for c in s.get("contradictions", [])]
    keys = article_keys(export, case)
    files = {aid: f for aid, (f, _r) in keys.items()}
    originals = [a for a in articles if not a.duplicate_of] or articles
    story_of = {aid: n for n, ids in enumerate(stories) for aid in ids}
    groups = {a.id: a.duplicate_of or a.id for a in articles}
    anchors = event_anchors(originals)
    refs = with_nominal_acts(with_ends([r for a in originals for r in claim_refs(a, anchors)]))
    topic = story_topic(refs)
    kinds = name_kinds([a.body for a in originals])
    bodies = {a.id: a.body for a in articles}
    out = []
    for pair in key["contradictions"]:
        family = pair.get("family", pair.get("kind", "?"))
        out.append((family, _stage(pair, flagged, keys, files, bodies, story_of, refs, groups, topic, kinds)))
    return out


def _stage(pair: dict, flagged: list[dict], keys: dict, files: dict[str, str], bodies: dict[str, str],
           story_of: dict[str, int], refs: Sequence[Any], groups: dict[str, str], topic: frozenset[str],
           kinds: Any) -> str:
    if any(pair_matches(f, pair, keys, {}) for f in flagged):
        return "found"
    homes = []
    for side in (pair["a"], pair["b"]):
        home = [aid for aid, f in files.items() if f == side["file"] and norm(side["text"]) in norm(bodies.get(aid))]
        if not home:
            return "side_missing"
        homes.append(home)
    if not any(story_of.get(x) is not None and story_of.get(x) == story_of.get(y) for x in homes[0] for y in homes[1]):
        return "not_grouped"
    side_a = [r for r in refs if _covers(r, pair["a"], files)]
    side_b = [r for r in refs if _covers(r, pair["b"], files)]
    if not side_a:
        return "no_claim_a"
    if not side_b:
        return "no_claim_b"
    return max(pair_stage(x, y, groups, topic, kinds) for x in side_a for y in side_b)[1]
