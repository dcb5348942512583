"""Rebuild src/storyline/rules/equivalents.toml from WordNet 3.0 and a news vocabulary (data only).

    python scripts/build_equivalents.py WORDNET_DIR [--shared ../shared] [--check N]

WORDNET_DIR holds the WordNet 3.0 database files (data.noun, data.verb, index.noun, index.verb,
noun.exc, verb.exc, cntlist.rev), e.g. Debian's wordnet-base package unpacked:

    dpkg-deb -x /var/cache/apt/archives/wordnet-base_1%3a3.0-37_all.deb /tmp/wn
    python scripts/build_equivalents.py /tmp/wn/usr/share/wordnet

The vocabulary is a corpus count: the noun and verb lemmas (WordNet's morphy: exception lists,
then its detachment rules) of real news text in ../shared/data (fnc1-dev bodies, polnear-dev
texts, timeline17-dev input documents) that appear in at least MIN_DOCS documents. Two vocabulary
lemmas are one group when they share a synset among their frequent senses, or when WordNet links
them as derivationally related forms ('+' pointers: negotiate / negotiation) between frequent
senses. A lemma's frequent senses are its first sense and those later senses (up to MAX_SENSES)
whose SemCor tag count (cntlist.rev) is at least SENSE_SHARE of the first's. Groups are the
connected components of those links; a component larger than MAX_GROUP is chained through
polysemy, not synonymy, and is dropped.

The same file lists event heads ([head_verbs], [head_nouns]): vocabulary verbs with a head sense in
a verb file and nouns with one in noun.act, noun.event, noun.communication or noun.possession (the
frequent senses; for a lemma SemCor never tags, the first MAX_SENSES). `--siblings` also writes
[siblings]: verbs of SIBLING_FILES whose first senses share a direct hypernym; it is off, because a
judged sample was mostly imprecise (`--check-siblings N` prints N new pairs; docs/models/stance.md).

`--check N` prints N groups drawn at random (fixed seed) for judging precision by hand: the
parameters are the ones whose sample was judged precise (docs/models/stance.md).
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "storyline" / "rules" / "equivalents.toml"
MIN_DOCS = 5          # a lemma is news vocabulary when this many documents use it
MAX_SENSES = 2        # at most this many senses of a lemma count
SENSE_SHARE = 0.5     # a later sense counts when tagged at least this share as often as the first
MAX_GROUP = 8         # larger components are chains through polysemy: dropped
MIN_LENGTH = 3        # shorter lemmas are abbreviations and letters ("us", "am")
# Event heads: lemmas naming an action, event, communication or transfer — a claim's predicate verb
# or its event noun ("offers of amnesty"). A lemma is a head when one of its head senses (its frequent
# senses; for a lemma SemCor never tags, whose first sense is no better attested than its second,
# the first MAX_SENSES) lies in one of these lexicographer files.
HEAD_NOUN_FILES = frozenset(f"noun.{f}" for f in ("act", "event", "communication", "possession"))
# One step up (--siblings): verbs of these files whose first senses share a direct hypernym are one
# more group (talk, contact → communicate), unless more than SIBLING_MAX vocabulary verbs share it.
SIBLING_FILES = ("verb.communication",)
SIBLING_MAX = 8
# A derivation joins a verb to a noun of these files: the act, event or state it names
# (negotiate / negotiation), not its doer (negotiator: noun.person), instrument (noun.artifact),
# substance or body of people (govern / government: noun.group).
DERIVED_NOUN_FILES = frozenset(f"noun.{f}" for f in ("act", "event", "communication", "state", "process",
                                                    "cognition", "possession", "feeling", "attribute",
                                                    "phenomenon", "relation"))
# WordNet's lexicographer files, by number (lexnames(5))
LEXNAMES = (
            "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
            "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
            "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
            "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
            "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
            "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition",
            "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
            "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather", "adj.ppl")
POS = {"n": "noun", "v": "verb"}
# morphy's detachment rules (WordNet morph(7))
RULES = {"n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
               ("men", "man"), ("ies", "y")],
         "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
               ("ing", "")]}
TOKEN = re.compile(r"[a-z]+")

Sense = tuple[str, int]   # (pos, synset offset)


class WordNet:
    """The parts of the WordNet database the derivation reads."""

    def __init__(self, folder: Path) -> None:
        self.index: dict[str, dict[str, list[int]]] = {}          # pos → lemma → offsets in sense order
        self.lexfile: dict[Sense, str] = {}
        self.words: dict[Sense, list[str]] = {}
        self.derived: dict[tuple[Sense, str], set[tuple[Sense, str]]] = defaultdict(set)
        self.hypernyms: dict[Sense, set[Sense]] = defaultdict(set)   # '@' pointers (not instance '@i')
        self.exceptions: dict[str, dict[str, list[str]]] = {}
        self.proper: set[Sense] = set()   # synsets of names (Friday, Madonna): entities, not paraphrases
        self.counts: dict[tuple[str, Sense], int] = {}
        keys: dict[str, tuple[str, Sense]] = {}
        for pos, name in POS.items():
            self.index[pos] = _read_index(folder / f"index.{name}")
            self.exceptions[pos] = _read_exceptions(folder / f"{name}.exc")
            for line in _data_lines(folder / f"data.{name}"):
                self._read_synset(pos, line, keys)
        for line in (folder / "cntlist.rev").read_text(encoding="utf-8").splitlines():
            key, _, count = line.split()
            if key in keys:
                self.counts[keys[key]] = int(count)

    def _read_synset(self, pos: str, line: str, keys: dict[str, tuple[str, Sense]]) -> None:
        f = line.split(" | ")[0].split()
        offset, lexnum, count = int(f[0]), int(f[1]), int(f[3], 16)
        sense = (pos, offset)
        written = [f[4 + 2 * i] for i in range(count)]
        words = [w.lower() for w in written]
        # a capitalised form names an entity (Friday, Madonna); an abbreviation written with periods
        # does not ('O.K.' shares 'approve''s first sense: approve was no head verb before)
        if any(w[:1].isupper() and "." not in w for w in written):
            self.proper.add(sense)
        self.lexfile[sense] = LEXNAMES[lexnum]
        self.words[sense] = words
        for i, word in enumerate(words):
            lemma = re.sub(r"\(.*\)$", "", word)
            keys[f"{lemma}%{1 if pos == 'n' else 2}:{lexnum:02d}:{int(f[5 + 2 * i], 16):02d}::"] = (lemma, sense)
        at = 4 + 2 * count
        for i in range(int(f[at])):
            symbol, target, tpos, st = f[at + 1 + 4 * i: at + 5 + 4 * i]
            if symbol == "@" and tpos == pos:
                self.hypernyms[sense].add((tpos, int(target)))
            if symbol != "+" or tpos not in POS or st == "0000":
                continue
            source, dest = int(st[:2], 16) - 1, int(st[2:], 16) - 1
            self.derived[(sense, words[source])].add(((tpos, int(target)), str(dest)))

    def lemmas(self, token: str, pos: str) -> set[str]:
        """morphy: the token's base forms in WordNet for one part of speech."""
        index = self.index[pos]
        if token in self.exceptions[pos]:
            found = {b for b in self.exceptions[pos][token] if b in index}
        else:
            found = {token[: len(token) - len(old)] + new for old, new in RULES[pos] if token.endswith(old)}
            found = {b for b in found if b in index}
        return found | ({token} if token in index else set())

    def frequent(self, lemma: str, pos: str) -> list[Sense]:
        """The lemma's first sense, and later ones (up to MAX_SENSES) tagged at least SENSE_SHARE
        as often as the first."""
        offsets = self.index[pos].get(lemma, [])[:MAX_SENSES]
        senses = [(pos, o) for o in offsets]
        if not senses:
            return []
        first = self.counts.get((lemma, senses[0]), 0)
        return senses[:1] + [s for s in senses[1:] if first and self.counts.get((lemma, s), 0) >= SENSE_SHARE * first]


def _read_index(path: Path) -> dict[str, list[int]]:
    out = {}
    for line in _data_lines(path):
        f = line.split()
        synsets, pointers = int(f[2]), int(f[3])
        out[f[0]] = [int(o) for o in f[6 + pointers: 6 + pointers + synsets]]
    return out


def _read_exceptions(path: Path) -> dict[str, list[str]]:
    return {f[0]: f[1:] for f in (line.split() for line in path.read_text(encoding="utf-8").splitlines()) if f}


def _data_lines(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("  "):   # the licence header lines begin with two spaces
            yield line


def documents(shared: Path) -> Iterator[str]:
    """The news texts the vocabulary is counted over."""
    with (shared / "data" / "fnc1-dev" / "bodies.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield row["articleBody"]
    for path in sorted((shared / "data" / "polnear-dev" / "dev" / "text").glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    for path in sorted((shared / "data" / "timeline17-dev").glob("*/InputDocs/*/*")):
        yield path.read_text(encoding="utf-8", errors="replace")


def vocabulary(wn: WordNet, texts: Iterable[str]) -> tuple[dict[str, Counter[str]], int]:
    """pos → lemma → number of documents using it; and the number of documents."""
    df: dict[str, Counter[str]] = {pos: Counter() for pos in POS}
    n = 0
    for text in texts:
        n += 1
        tokens = set(TOKEN.findall(text.lower()))
        for pos in POS:
            df[pos].update({lemma for t in tokens for lemma in wn.lemmas(t, pos)})
    return df, n


def groups(wn: WordNet, vocab: dict[str, set[str]]) -> tuple[list[list[str]], int]:
    """Connected components of (lemma, part of speech) among the vocabulary, linked by a shared
    frequent synset or a derivation between frequent senses (verb to the act, event or state noun
    it names); each kept component (2..MAX_GROUP lemmas) is one group, so a lemma whose noun and
    verb senses are unrelated ('state': province / say) can be in two. Also how many components
    were dropped as too large."""
    Node = tuple[str, str]
    parent: dict[Node, Node] = {}

    def find(x: Node) -> Node:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(x: Node, y: Node) -> None:
        parent[find(x)] = find(y)

    frequent = {(lemma, pos): {s for s in wn.frequent(lemma, pos) if s not in wn.proper}
                for pos in POS for lemma in vocab[pos]}
    holders: dict[Sense, set[Node]] = defaultdict(set)
    for node, senses in frequent.items():
        find(node)
        for sense in senses:
            holders[sense].add(node)
            for target, word_no in wn.derived.get((sense, node[0]), ()):
                other = (wn.words[target][int(word_no)], target[0])
                noun = sense if sense[0] == "n" else target
                if sense[0] == target[0] or wn.lexfile[noun] not in DERIVED_NOUN_FILES:
                    continue
                if target in frequent.get(other, ()):
                    join(node, other)
    for members in holders.values():
        first, *rest = sorted(members)
        for other in rest:
            join(first, other)
    components: dict[Node, set[Node]] = defaultdict(set)
    for node in frequent:
        components[find(node)].add(node)
    kept, dropped = [], 0
    for nodes in components.values():
        lemmas = sorted({lemma for lemma, _ in nodes})
        if len(lemmas) > MAX_GROUP:
            dropped += 1
        elif len(lemmas) > 1:
            kept.append(lemmas)
    return sorted(kept), dropped


def head_senses(wn: WordNet, lemma: str, pos: str) -> list[Sense]:
    """The senses that make a lemma a head: its frequent ones, or its first MAX_SENSES when SemCor
    tags none of them."""
    offsets = wn.index[pos].get(lemma, [])[:MAX_SENSES]
    if not any(wn.counts.get((lemma, (pos, o)), 0) for o in offsets):
        return [(pos, o) for o in offsets]
    return wn.frequent(lemma, pos)


def heads(wn: WordNet, vocab: dict[str, set[str]]) -> dict[str, list[str]]:
    """pos → vocabulary lemmas with a head sense: verbs of any verb file, nouns of an act, event,
    communication or possession file."""
    out: dict[str, list[str]] = {}
    for pos in POS:
        found = set()
        for lemma in vocab[pos]:
            files = {wn.lexfile[s] for s in head_senses(wn, lemma, pos) if s not in wn.proper}
            if any(f.startswith("verb.") or f in HEAD_NOUN_FILES for f in files):
                found.add(lemma)
        out[pos] = sorted(found)
    return out


def siblings(wn: WordNet, vocab: dict[str, set[str]], files: Iterable[str] = SIBLING_FILES,
             limit: int = SIBLING_MAX) -> list[tuple[str, list[str]]]:
    """(hypernym, verbs): vocabulary verbs of `files` whose first senses share that direct hypernym,
    2..limit of them."""
    by_parent: dict[Sense, set[str]] = defaultdict(set)
    for lemma in vocab["v"]:
        first = wn.index["v"].get(lemma, [])[:1]
        for offset in first:
            sense = ("v", offset)
            if wn.lexfile[sense] in files and sense not in wn.proper:
                for parent in wn.hypernyms.get(sense, ()):
                    by_parent[parent].add(lemma)
    return sorted((wn.words[p][0], sorted(v)) for p, v in by_parent.items() if 2 <= len(v) <= limit)


# The WordNet License's notice, which every file generated from WordNet data carries
WORDNET_NOTICE = [
    "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet",
    "# License (Princeton University): permission to use, copy, modify and distribute for any purpose",
    "# and without fee, provided this notice appears on all copies. THIS DATABASE IS PROVIDED \"AS IS\"",
    "# AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of",
    "# Princeton University or Princeton may not be used in advertising or publicity pertaining to",
    "# distribution of the database. https://wordnet.princeton.edu/license-and-commercial-use",
]


def render(kept: list[list[str]], n_docs: int, n_vocab: int, dropped: int,
           head_words: dict[str, list[str]] | None = None, sibling_groups: Sequence[tuple[str, list[str]]] = ()) -> str:
    lines = [
        "# GENERATED by scripts/build_equivalents.py from WordNet 3.0 and a corpus count — do not edit.",
        *WORDNET_NOTICE,
        "#",
        f"# Vocabulary: noun and verb lemmas (WordNet morphy) in >= {MIN_DOCS} of {n_docs} news documents",
        f"# (fnc1-dev bodies, polnear-dev texts, timeline17-dev input documents): {n_vocab} lemmas.",
        f"# Parameters: MAX_SENSES={MAX_SENSES} SENSE_SHARE={SENSE_SHARE} MAX_GROUP={MAX_GROUP} "
        f"MIN_LENGTH={MIN_LENGTH}; {dropped} larger components dropped.",
        "# Each group: vocabulary lemmas sharing a synset among their frequent senses, or linked as",
        "# derivationally related forms (a verb and the act, event or state noun it names).",
        "",
        "[equivalents]",
        f'source = "WordNet 3.0 (Princeton University, WordNet License): synsets and derivationally related forms '
        f'of the frequent senses of the noun and verb lemmas used in >= {MIN_DOCS} of {n_docs} news documents of '
        f'../shared/data; generated by scripts/build_equivalents.py (parameters in the header), do not edit"',
        "entries = [",
    ]
    for members in kept:
        words = ", ".join(f'"{w}"' for w in members)
        lines.append(f"  {{ words = [{words}] }},")
    lines.append("]")
    for pos, table, files in (("v", "head_verbs", "a verb lexicographer file"),
                              ("n", "head_nouns", "noun.act, noun.event, noun.communication or noun.possession")):
        lines += ["", f"[{table}]",
                  f'source = "WordNet 3.0 (Princeton University, WordNet License): the vocabulary\'s {POS[pos]} lemmas '
                  f'with a frequent sense (untagged lemmas: one of the first {MAX_SENSES}) in {files}; generated by '
                  f'scripts/build_equivalents.py, do not edit"',
                  "words = ["]
        lines += [f'  "{w}",' for w in (head_words or {}).get(pos, [])]
        lines.append("]")
    if sibling_groups:
        lines += ["", "[siblings]",
                  f'source = "WordNet 3.0 (Princeton University, WordNet License): vocabulary verbs of '
                  f'{", ".join(SIBLING_FILES)} whose first senses share a direct hypernym (2 to {SIBLING_MAX} of them); '
                  f'generated by scripts/build_equivalents.py --siblings, do not edit"',
                  "entries = ["]
        for parent, members in sibling_groups:
            words = ", ".join(f'"{w}"' for w in members)
            lines.append(f'  {{ hypernym = "{parent}", words = [{words}] }},')
        lines.append("]")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wordnet", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", type=int, default=0, help="print this many random groups to judge")
    parser.add_argument("--siblings", action="store_true",
                        help=f"add verbs of {', '.join(SIBLING_FILES)} sharing a direct hypernym as groups")
    parser.add_argument("--check-siblings", type=int, default=0,
                        help="print this many random verb pairs the sibling groups add, to judge")
    args = parser.parse_args(argv)
    wn = WordNet(args.wordnet)
    df, n_docs = vocabulary(wn, documents(args.shared))
    vocab = {pos: {w for w, c in df[pos].items() if c >= MIN_DOCS and len(w) >= MIN_LENGTH} for pos in POS}
    kept, dropped = groups(wn, vocab)
    n_vocab = len(vocab["n"] | vocab["v"])
    head_words = heads(wn, vocab)
    sibling_groups = siblings(wn, vocab) if args.siblings else []
    args.out.write_text(render(kept, n_docs, n_vocab, dropped, head_words, sibling_groups), encoding="utf-8")
    print(f"{args.out}: {len(kept)} groups of {sum(map(len, kept))} lemmas from {n_vocab} "
          f"({n_docs} documents); {dropped} components over {MAX_GROUP} dropped")
    for members in random.Random(0).sample(kept, min(args.check, len(kept))):
        print("  " + " ".join(members))
    print(f"{len(head_words['v'])} head verbs, {len(head_words['n'])} head nouns; {len(sibling_groups)} sibling groups")
    grouped = {frozenset((x, y)) for members in kept for x in members for y in members if x != y}
    new = sorted({tuple(sorted((x, y))) for _, members in sibling_groups for x in members for y in members
                  if x < y and frozenset((x, y)) not in grouped})
    for pair in random.Random(0).sample(new, min(args.check_siblings, len(new))):
        print("  " + " / ".join(pair) + "   (" + ", ".join(p for p, m in sibling_groups if set(pair) <= set(m)) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
