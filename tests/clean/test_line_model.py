"""The learned line model: its shipped weights load, its features are reproducible, and it
overrules only the body region's own decisions (never a line a rule named)."""
from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from storyline.clean.line_model import MODEL_FILE, LineModel, Trees, apply_line_model, candidates, load_model
from storyline.clean.line_vector import FEATURES, line_matrix
from storyline.clean.region import select_body
from storyline.clean.text import clean_text, label_lines
from storyline.errors import ConfigError

_PARAS = [
    "The river authority said on Monday that the new flood wall would be finished before the winter storms arrive in the valley.",
    "Engineers have spent two years testing the soil under the old embankment, which was built more than a century ago by hand.",
    "Residents of the lower town, who were flooded twice in the last decade, said they would believe it when they saw it finished.",
]
# A page whose paragraphs stand between menu and teaser lines: the region keeps only the last two
# paragraphs; the model brings back the third (a sentence between teasers, below the headline)
_TEASERS = ["Bridge repairs to start next week", "Ferry fares to rise in spring", "School wins regional chess title",
            "Storm closes coastal road for hours"]
_SPREAD = [
    "The river authority said on Monday that the new flood wall would be finished before the winter storms arrive in the valley.",
    "Engineers have spent two years testing the soil under the old embankment, which was built more than a century ago by hand.",
    "Residents of the lower town, who were flooded twice in the last decade, said they would believe it when they saw it finished.",
    "The council will meet again in March to decide how the cost of the work is shared between the town and the regional government.",
    "A spokesman for the authority said the wall had been designed to hold back a flood twice as high as the worst one on record, "
    "and that the pumps behind it would be tested every spring from now on.",
]
_SPREAD_PAGE = "\n\n".join(["News", "Weather", _TEASERS[0], "Weather", "Home", "Business", "Home", "Jobs", _SPREAD[0],
                             "Travel", "Video", _SPREAD[1], _TEASERS[1], "Travel", "Travel", _TEASERS[2], _SPREAD[2],
                             _TEASERS[1], _TEASERS[1], _TEASERS[3], _SPREAD[3], _SPREAD[4]])
_PAGE = "\n\n".join(["Flood wall to be finished before winter | Valley Post", "Home", "News", "Sport",
                     "Flood wall to be finished before winter", "By Ann Smith", *_PARAS,
                     "Share this article", "© 2026 Valley Post. All rights reserved.", "Contact us", "Imprint"])


def _always(raw: float) -> LineModel:
    """Trees that give every line the same score (one tree, all leaves zero)."""
    trees = Trees(raw, 0.1, 1, np.zeros((1, 1), dtype=np.int64), np.zeros((1, 1)), np.zeros((1, 2)))
    return LineModel(trees, 0.5)


def _decided(text: str = _PAGE):
    labelled = label_lines(text)
    reasons = [ln.reason for ln in labelled.lines]
    return labelled.lines, reasons, select_body(labelled.lines)


def test_shipped_weights_load_and_score_every_line() -> None:
    model = load_model()
    lines, reasons, region = _decided()
    x = line_matrix(lines, reasons, region.scores, region.head, region.density)
    p = model.trees.probability(x)
    assert x.shape == (len(lines), len(FEATURES))
    assert ((p >= 0) & (p <= 1)).all()
    assert 0 < model.keep_above < 1


def test_a_model_of_another_feature_list_is_refused(tmp_path: Path) -> None:
    data = json.loads(resources.files("storyline.clean").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    data["feature_names"] = data["feature_names"][:-1]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError):
        load_model(str(path))
    with pytest.raises(ConfigError):
        load_model(str(tmp_path / "missing.json"))


def test_the_shipped_model_brings_back_a_paragraph_the_region_left_out() -> None:
    ruled, learned = clean_text(_SPREAD_PAGE, line_model=False), clean_text(_SPREAD_PAGE)
    assert _SPREAD[2] not in ruled.body and _SPREAD[2] in learned.body
    assert all(p in learned.body for p in _SPREAD[3:])
    assert not any(t in learned.body for t in _TEASERS)
    # the offsets contract: every line is in the body or dropped once, at its own line number
    raw_lines = _SPREAD_PAGE.split("\n")
    assert all(raw_lines[d.line_no - 1].strip() == d.text for d in learned.dropped)
    assert {d.line_no for d in ruled.dropped} - {d.line_no for d in learned.dropped} == {raw_lines.index(_SPREAD[2]) + 1}


def test_only_sentences_the_region_dropped_below_the_headline_may_come_back() -> None:
    """A model that calls every line body brings back only the region's dropped sentences below
    the headline copy: menus, teasers and lines a rule named keep their reasons."""
    lines, reasons, region = _decided(_SPREAD_PAGE)
    before = [ln.reason for ln in lines]
    rows = candidates(lines, reasons, region)
    assert rows and all(region.scores[i] >= 1.0 and region.top <= i < region.bottom for i in rows)
    apply_line_model(lines, reasons, region, _always(5.0))
    changed = [i for i, ln in enumerate(lines) if ln.reason != before[i]]
    assert changed == rows and all(before[i] == "boilerplate" and lines[i].reason is None for i in rows)
    assert lines[0].text == "News" and lines[0].reason == "boilerplate"


def test_clean_text_without_the_model_is_the_rules_alone() -> None:
    ruled = clean_text(_PAGE, line_model=False)
    assert all(p in ruled.body for p in _PARAS)
    assert ruled == clean_text(_PAGE)


def test_feature_extraction_is_reproducible() -> None:
    """The same page gives the same matrix, to the bit, and the rows asked for are those rows of
    the whole matrix (the weights were fitted on these features: a changed feature must come with
    re-trained weights, scripts/train_line_model.py)."""
    lines, reasons, region = _decided(_SPREAD_PAGE)
    whole = line_matrix(lines, reasons, region.scores, region.head, region.density)
    again = line_matrix(lines, reasons, region.scores, region.head, region.density)
    some = line_matrix(lines, reasons, region.scores, region.head, region.density, [3, 8, 16])
    assert np.array_equal(whole, again) and np.array_equal(some, whole[[3, 8, 16]])
    assert hashlib.sha1(np.round(whole, 9).tobytes()).hexdigest() == _FEATURE_DIGEST


_FEATURE_DIGEST = "4fbcd82898c692a574b4a4ce76e287d377a11216"


def test_a_sentence_the_model_gives_less_than_even_odds_above_0_4_comes_back() -> None:
    """The shipped threshold is 0.4, not even odds: in grouped CV over silver dev sites P > 0.4
    raised F1 by +0.0015 over P > 0.5 and left extraction-dev's dev pages unchanged
    (docs/models/lines.md). A dropped sentence held for body at P = 0.45 comes back; one at 0.35
    does not."""
    shipped = load_model().keep_above
    for p, back in ((0.45, True), (0.35, False)):
        lines, reasons, region = _decided(_SPREAD_PAGE)
        model = LineModel(_always(float(np.log(p / (1 - p)))).trees, shipped)
        apply_line_model(lines, reasons, region, model)
        restored = [ln.text for ln in lines if ln.reason is None]
        assert (_SPREAD[2] in restored) is back
