"""The tools that choose stance designs: fold seeds over stories, and the bootstrap over stories."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np

SCRIPTS = Path(__file__).parents[2] / "scripts"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module   # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_fold_seeds_keep_each_story_in_one_test_fold_and_seed_zero_is_group_kfold():
    from sklearn.model_selection import GroupKFold

    train = _script("train_stance")
    groups = np.asarray([f"s{i % 11}" for i in range(60)])
    orders = []
    for seed in (0, 1, 2):
        folds = train.fold_splits(groups, seed)
        tested = np.concatenate([test for _, test in folds])
        assert sorted(tested.tolist()) == list(range(60))
        for fit, test in folds:
            assert not set(groups[fit]) & set(groups[test])
        orders.append([sorted(set(groups[test])) for _, test in folds])
    plain = [sorted(set(groups[test])) for _, test in GroupKFold(n_splits=5).split(groups, groups, groups)]
    assert orders[0] == plain and orders[1] != orders[0]


def _oof(compare: ModuleType, predicted: list[list[str]]) -> object:
    gold = np.asarray(["agree", "disagree", "discuss", "unrelated"] * 3, dtype=object)
    stories = np.asarray([f"s{i // 2}" for i in range(12)])
    return compare.OutOfFold(gold, stories, np.asarray(predicted, dtype=object))


def test_story_bootstrap_is_zero_for_one_design_and_ahead_for_a_better_one():
    compare = _script("compare_stance_cv")
    gold = ["agree", "disagree", "discuss", "unrelated"] * 3
    worse = ["discuss" if g == "disagree" else g for g in gold]
    before = _oof(compare, [worse, worse])
    same = compare.story_bootstrap(before, before, resamples=50)
    assert same.macro_low == same.macro_high == 0.0 and same.macro_ahead == 0.0
    better = compare.story_bootstrap(before, _oof(compare, [gold, worse]), resamples=200)
    # half the seeds find every disagreement: ahead whenever a draw holds a disagreeing pair
    assert better.disagree_low >= 0.0 and better.disagree_high > 0.4 and better.macro_ahead > 0.9


def test_out_of_fold_file_round_trip(tmp_path):
    compare = _script("compare_stance_cv")
    path = tmp_path / "oof.csv"
    path.write_text("seed,pair,story,gold,predicted\n0,1,b,agree,agree\n0,0,a,disagree,discuss\n"
                    "1,0,a,disagree,disagree\n1,1,b,agree,discuss\n", encoding="utf-8")
    oof = compare.read_oof(path)
    assert oof.gold.tolist() == ["disagree", "agree"] and oof.stories.tolist() == ["a", "b"]
    assert oof.predicted.tolist() == [["discuss", "agree"], ["disagree", "discuss"]]
