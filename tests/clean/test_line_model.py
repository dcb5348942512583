"""The learned line model: its shipped weights load, its features are reproducible, and it
overrules only the body region's own decisions (never a line a rule named)."""
from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from storyline.clean.line_model import MODEL_FILE, REASON, LineModel, Trees, apply_line_model, load_model, overrule
from storyline.clean.line_vector import FEATURES, line_matrix
from storyline.clean.region import select_body
from storyline.clean.text import clean_text, label_lines
from storyline.errors import ConfigError

_PARAS = [
    "The river authority said on Monday that the new flood wall would be finished before the winter storms arrive in the valley.",
    "Engineers have spent two years testing the soil under the old embankment, which was built more than a century ago by hand.",
    "Residents of the lower town, who were flooded twice in the last decade, said they would believe it when they saw it finished.",
]
_PAGE = "\n\n".join(["Flood wall to be finished before winter | Valley Post", "Home", "News", "Sport",
                     "Flood wall to be finished before winter", "By Ann Smith", *_PARAS,
                     "Share this article", "© 2026 Valley Post. All rights reserved.", "Contact us", "Imprint"])


def _constant(raw: float, keep_above: float = 0.5, drop_below: float = 0.0) -> LineModel:
    """Trees that give every line the same score (a leafless depth-1 tree, all leaves zero)."""
    trees = Trees(raw, 0.1, 1, np.zeros((1, 1), dtype=np.int64), np.zeros((1, 1)), np.zeros((1, 2)))
    return LineModel(trees, keep_above, drop_below)


def _decided():
    labelled = label_lines(_PAGE)
    reasons = [ln.reason for ln in labelled.lines]
    return labelled.lines, reasons, select_body(labelled.lines)


def test_shipped_weights_load_and_score_every_line() -> None:
    model = load_model()
    lines, reasons, region = _decided()
    x = line_matrix(lines, reasons, region.scores, region.head, region.density)
    p = model.trees.probability(x)
    assert x.shape == (len(lines), len(FEATURES))
    assert ((p >= 0) & (p <= 1)).all()
    assert 0 < model.drop_below <= model.keep_above < 1 or model.drop_below == 0


def test_a_model_of_another_feature_list_is_refused(tmp_path: Path) -> None:
    data = json.loads(resources.files("storyline.clean").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    data["feature_names"] = data["feature_names"][:-1]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ConfigError):
        load_model(str(path))


def test_the_model_brings_back_a_line_the_region_dropped_but_never_a_named_one() -> None:
    lines, reasons, region = _decided()
    dropped = [ln.text for ln in lines if ln.reason == "boilerplate"]
    named = {ln.text: ln.reason for ln, before in zip(lines, reasons) if before is not None}
    assert "Contact us" in dropped and named
    overrule(lines, reasons, np.full(len(lines), 0.99), _constant(5.0))
    assert all(ln.reason is None for ln in lines if ln.text in dropped)
    assert all(ln.reason == named[ln.text] for ln in lines if ln.text in named)


def test_a_line_the_model_drops_gets_its_own_reason() -> None:
    lines, reasons, region = _decided()
    kept = [ln.text for ln in lines if ln.reason is None]
    apply_line_model(lines, reasons, region, _constant(-5.0, keep_above=0.9, drop_below=0.1))
    assert all(ln.reason == REASON for ln in lines if ln.text in kept)


def test_clean_text_without_the_model_is_the_rules_alone() -> None:
    ruled = clean_text(_PAGE, line_model=False)
    assert all(p in ruled.body for p in _PARAS)
    assert all(p in clean_text(_PAGE).body for p in _PARAS)


def test_feature_extraction_is_reproducible() -> None:
    """The same page gives the same matrix, to the bit (the weights were fitted on these features:
    a changed feature must come with re-trained weights, scripts/train_line_model.py)."""
    first, second = (_matrix_digest() for _ in range(2))
    assert first == second == _FEATURE_DIGEST


def _matrix_digest() -> str:
    lines, reasons, region = _decided()
    x = line_matrix(lines, reasons, region.scores, region.head, region.density)
    return hashlib.sha1(np.round(x, 9).tobytes()).hexdigest()


_FEATURE_DIGEST = "FILL"
