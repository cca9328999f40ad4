"""How an encoder's vector space looks on the SPb replay, to compare encoders for theme discovery and to
carry the cosine thresholds of ``rules/themes.yaml`` from one encoder to another.

On a seeded sample of the replay's texts (cleaned as the nightly step cleans them), per encoder:
cosine percentiles of random pairs, of a text to its own reason's centre and to the nearest other
reason's centre, and of reason centres to each other; and how separable the reasons are (the median of
own-minus-nearest-other in units of the own-centre IQR, the share of texts whose nearest centre is their
own reason's), raw and with the sample's mean vector removed. A threshold tuned for one encoder maps to
another at the same percentile of the matching distribution (text->centre for ``absorb_similarity`` and
``min_member_similarity``; centre<->centre for ``merge_similarity``, ``covered_similarity``,
``match_similarity``). Vectors come from the embedding cache; missing ones are encoded (slow for e5).

    python bench/themes_encoder_space.py --encoders use e5 [--n 2500]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_themes import load_spb  # noqa: E402

from pipeline.nlp.embeddings import Encoder, default_cache_path  # noqa: E402
from pipeline.themes import load_theme_config  # noqa: E402
from pipeline.themes.clean import embedding_texts  # noqa: E402

PERCENTILES = (5, 10, 25, 50, 75, 90, 95)
MIN_REASON = 20  # texts of a reason in the sample for it to get a centre


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-12)


def describe(name: str, vectors: np.ndarray, labels: np.ndarray, seed: int = 0) -> None:
    """Print the percentiles and the separability of one encoder's vectors."""
    rng = np.random.default_rng(seed)
    for centred in (False, True):
        v = _unit(vectors - vectors.mean(axis=0) if centred else vectors)
        keys = sorted(k for k in set(labels.tolist()) if (labels == k).sum() >= MIN_REASON)
        centres = _unit(np.vstack([v[labels == k].mean(axis=0) for k in keys]))
        inside = np.isin(labels, keys)
        own_ix = np.array([keys.index(k) for k in labels[inside]])
        sims = v[inside] @ centres.T
        own = sims[np.arange(len(own_ix)), own_ix]
        others = sims.copy()
        others[np.arange(len(own_ix)), own_ix] = -np.inf
        nearest_other = others.max(axis=1)
        a, b = rng.integers(0, len(v), 20000), rng.integers(0, len(v), 20000)
        pairs = np.einsum("ij,ij->i", v[a], v[b])[a != b]
        cc = (centres @ centres.T)[np.triu_indices(len(keys), 1)]
        tag = f"{name}{' centred' if centred else ''}"
        for what, x in (("random pairs", pairs), ("text->own reason centre", own),
                        ("text->nearest other centre", nearest_other), ("reason centre<->centre", cc)):
            print(f"{tag:12s} {what:28s} " + " ".join(f"p{p}={np.percentile(x, p):.3f}" for p in PERCENTILES))
        iqr = float(np.subtract(*np.percentile(own, [75, 25])))
        print(f"{tag:12s} separability: gap/IQR {np.median(own - nearest_other) / iqr:.2f}, "
              f"nearest centre is the own reason's for {(sims.argmax(axis=1) == own_ix).mean():.1%}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--encoders", nargs="+", default=["use", "e5"])
    ap.add_argument("--n", type=int, default=2500, help="texts sampled from the replay")
    ap.add_argument("--cache", type=Path, default=default_cache_path())
    args = ap.parse_args(argv)
    config = load_theme_config()
    r = load_spb(args.data, 45, 6, 0)
    idx = np.sort(np.random.default_rng(0).choice(len(r.texts), min(args.n, len(r.texts)), replace=False))
    texts = embedding_texts([r.texts[i][: config.max_chars] for i in idx], config)
    labels = np.array([r.labels[i] for i in idx])
    for name in args.encoders:
        describe(name, Encoder(name, cache_path=args.cache).encode(texts), labels)


if __name__ == "__main__":
    main()
