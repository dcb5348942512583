"""benchmarks/quote_stance.py: the label file is well formed, resolves against ../shared, and the
score is the mean of the four class F1s."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import quote_stance as qs


def test_every_item_has_a_label_a_part_and_a_quote_span():
    items = qs.read_items(qs.HERE / "data" / "quote_stance" / "items.jsonl", None)
    assert len(items) >= 300
    assert {i["label"] for i in items} == set(qs.LABELS)
    assert {i["part"] for i in items} == {"dev", "held-out"}
    # a story is in one part only: the split is the stance model's, by story
    parts = {}
    for i in items:
        assert parts.setdefault(i["story"], i["part"]) == i["part"]
        start, end = i["content"]
        assert 0 <= start < end


def test_items_resolve_to_their_headline_and_quote(shared_dir):
    items = qs.read_items(qs.HERE / "data" / "quote_stance" / "items.jsonl", "dev")[:20]
    texts = qs.read_texts(shared_dir / "data", items)
    assert all(claim.strip() and quote.strip() for claim, quote in texts)


def test_macro_f1_is_the_mean_of_the_class_f1s():
    gold = ["agree", "agree", "disagree", "discuss", "unrelated"]
    pred = ["agree", "discuss", "disagree", "discuss", "discuss"]
    result = qs.score(gold, pred)
    per = {c: v["f1"] for c, v in result["per_class"].items()}
    assert per == {"agree": 0.667, "disagree": 1.0, "discuss": 0.5, "unrelated": 0.0}
    assert result["macro_f1"] == round(sum(per.values()) / 4, 3)
    assert json.dumps(result)
