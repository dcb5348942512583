"""CPU time of the corpus entity merge (link.entity_merge.merge_entities) as the corpus grows.

    python benchmarks/entity_merge_scale.py --sizes 500,1000,2000 --out FILE
    python benchmarks/entity_merge_scale.py --sizes 5000,10000 --batch 1000 --out FILE

With `--batch B`: B new articles (drawn at random, so their ids sort between the stored ones) into
each size of stored ones: CPU of the full merge of everything vs the merge of the touched components
only (link.entity_blocks.merge_incremental, given the stored articles' merge), its share of the
corpus's referents merged again, and whether the two outputs are equal.

Generated corpora (issue 16): N articles of 18 entities each — 6 full names of people (a tenth with
a two-word surname, some with a middle initial, titles 'Mr.'/'Mrs.' on a fifth), 3 bare surnames or
given names, 4 multi-word organisations (some tagged GPE/FAC, some '… of …'), 2 acronyms of them, a
one-word organisation word, 2 places — drawn from fixed word pools, so namesakes grow with N as a
corpus's Smiths do. Each size is one run; the figure is CPU seconds and a SHA-1 of the merged
entities (id, name, type, aliases, mentions in order), to compare the output of two versions.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from pathlib import Path

from storyline.extract.entities import ArticleEntity, Mention
from storyline.link.entity_blocks import merge_incremental
from storyline.link.entity_merge import merge_entities

GIVEN = ["Anna", "John", "Lena", "Omar", "Ines", "Karl", "Maria", "Luis", "Kathryn", "Katie", "George", "Hillary",
         "Bernie", "Fred", "Frederick", "Cheryl", "Diosdado", "Alexis", "Jose", "José", "Ana", "Donald", "Sara",
         "Peter", "Paul", "Mary", "Ahmed", "Yuki", "Chen", "Olga", "Ivan", "Fatima", "Mohamed", "Linda", "Robert",
         "James", "Elena", "Mark", "Laura", "David"]
SURNAMES = [a + b for a in ["Smi", "Mor", "Had", "Dua", "Web", "Nuñ", "Cab", "Rod", "Jen", "Lar", "Isa", "Bo", "Ki",
                            "Tr", "Cl", "Pu", "Ma", "Ro"]
            for b in ["th", "eau", "dad", "rte", "er", "ez", "ello", "ue", "kins", "son", "ley", "ovic"]]
ORG_WORDS = ["National", "Federal", "Bureau", "Investigation", "Council", "Bank", "Times", "Journal", "Ledger",
             "Academy", "Arts", "Union", "Party", "Ministry", "Health", "Trade", "Energy", "Ports", "Courier",
             "Institute", "Science", "Labour", "Green"]
PLACES = ["Caracas", "Lisbon", "Oslo", "Kyiv", "Lagos", "Quito", "Lima", "Hanoi", "Perth", "Dakar", "Riga", "Sofia"]


def _org_name(rng: random.Random) -> str:
    words = rng.sample(ORG_WORDS, rng.randint(2, 4))
    return " ".join([*words[:1], "of", *words[1:]] if rng.random() < 0.3 else words)


def _entity(label: str, name: str, texts: list[str], pos: int) -> tuple[ArticleEntity, int]:
    mentions = []
    for text in texts:
        mentions.append(Mention(pos, pos + len(text), text, label))
        pos += len(text) + 5
    return ArticleEntity(label, name, mentions), pos


def _article(rng: random.Random, people: list[str], orgs: list[str]) -> list[ArticleEntity]:
    wanted: list[tuple[str, str, list[str]]] = []
    for person in rng.sample(people, 6):
        texts = [person] + [person.split()[-1]] * rng.randint(0, 2)
        if rng.random() < 0.2:
            texts.append(rng.choice(["Mr. ", "Mrs. "]) + person.split()[-1])
        wanted.append(("PERSON", person, texts))
    for _ in range(3):
        bare = rng.choice(SURNAMES) if rng.random() < 0.8 else rng.choice(GIVEN)
        wanted.append(("PERSON", bare, [bare] * rng.randint(1, 2)))
    for org in rng.sample(orgs, 4):
        wanted.append((rng.choice(["ORG", "ORG", "ORG", "GPE", "FAC"]), org, [org]))
    for org in rng.sample(orgs, 2):
        acronym = "".join(w[0] for w in org.split() if w != "of")
        wanted.append(("ORG", acronym, [acronym]))
    word = rng.choice(ORG_WORDS)
    wanted.append((rng.choice(["ORG", "GPE", "PERSON"]), word, [word]))
    wanted += [("GPE", place, [place]) for place in rng.sample(PLACES, 2)]
    found, pos = [], 0
    for label, name, texts in wanted:
        entity, pos = _entity(label, name, texts, pos)
        found.append(entity)
    return found


def corpus(size: int, seed: int = 7) -> dict[str, list[ArticleEntity]]:
    rng = random.Random(seed)
    people = [f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}" + (f" {rng.choice(SURNAMES)}" if rng.random() < 0.1 else "")
              for _ in range(size * 2)]
    people += [f"{p.split()[0]} {rng.choice('ABCDEFGH')}. {p.split()[-1]}" for p in people[:size // 5]]
    orgs = [_org_name(rng) for _ in range(size)]
    return {f"a{i:05d}": _article(rng, people, orgs) for i in range(size)}


def run(size: int) -> dict[str, object]:
    articles = corpus(size)
    start = time.process_time()
    merged = merge_entities(articles, [f"The {w}" for w in ORG_WORDS[:6]])
    seconds = time.process_time() - start
    dump = json.dumps([[e.id, e.name, e.type, sorted(e.aliases), [[a, m.start, m.end, m.text, m.label]
                                                                 for a, m in e.mentions]] for e in merged])
    return {"articles": size, "cpu_s": round(seconds, 2), "entities": len(merged),
            "sha1": hashlib.sha1(dump.encode()).hexdigest()[:12]}


def _dump(merged: list) -> str:
    return json.dumps([[e.id, e.name, e.type, sorted(e.aliases), [[a, m.start, m.end, m.text, m.label]
                                                                 for a, m in e.mentions]] for e in merged])


def run_batch(size: int, batch: int) -> dict[str, object]:
    """`batch` new articles into `size` stored: the full merge vs the touched components' merge."""
    articles = corpus(size + batch)
    new = set(random.Random(size).sample(sorted(articles), batch))
    outlets = [f"The {w}" for w in ORG_WORDS[:6]]
    stored = merge_entities({a: es for a, es in articles.items() if a not in new}, outlets)
    start = time.process_time()
    full = merge_entities(articles, outlets)
    full_s = time.process_time() - start
    start = time.process_time()
    touched = merge_incremental(stored, articles, new, outlets)
    touched_s = time.process_time() - start
    return {"stored": size, "new": batch, "full_cpu_s": round(full_s, 2), "touched_cpu_s": round(touched_s, 2),
            "remerged_share": round(touched.remerged / touched.referents, 3),
            "equal": _dump(full) == _dump(touched.entities)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,1000,2000")
    parser.add_argument("--batch", type=int, default=0, help="new articles into each size (0: the full merge only)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        rows.append(run_batch(size, args.batch) if args.batch else run(size))
        print(json.dumps(rows[-1]))
    args.out.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
