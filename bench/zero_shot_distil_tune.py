"""Pick the pseudo-label threshold of the matcher → fast head distillation, and the matcher's softmax
temperature for the night, on dev sets, not the tests.

Dev sets (as in ``bench/zero_shot_topics_tune.py``): BANKING77 *train* queries (20 per intent) and 600 SPb
appeals outside the bench's test sample, each minus any text of the distillation pool. Pools are the bench's
(2,000 BANKING77 train texts; 2,000 SPb appeals outside the test sample), used without their labels.
For each ``pseudo_label_confidence`` the fast head is distilled from the dev-picked matcher and scored on the
dev sets (top-1 / top-3); the share of the pool kept and the pseudo-labels' accuracy (BANKING77 only, where
the pool has labels) are printed too.
Temperature: the value minimising the negative log-likelihood of the gold topic on each dev set, with the
expected calibration error (10 bins) and the share of texts whose best topic reaches ``min_confidence`` 0.25
(the rest get the fallback topic in the night) and the accuracy of those, at the old 0.05 and at the fit.
Usage: python bench/zero_shot_distil_tune.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

from bench_siblings import load_sibling
from pipeline.analyse.zero_shot import ZeroShotTopics, top_k_accuracy
from pipeline.analyse.zero_shot_head import distil_matcher, pseudo_labels



_bench, _tune = load_sibling("zero_shot_topics_bench"), load_sibling("zero_shot_topics_tune")
MATCHER, POOL_SEED, POOL_SIZE, SPB_SAMPLE, SPB_SEED = (_bench.MATCHER, _bench.POOL_SEED, _bench.POOL_SIZE,
                                                       _bench.SPB_SAMPLE, _bench.SPB_SEED)
banking77_dev, spb_dev = _tune.banking77_dev, _tune.spb_dev

THRESHOLDS = (0.0, 0.2, 0.3, 0.5, 0.7)


def run(label: str, tax, pool: list[str], texts: list[str], gold: list[str], use_names: bool,
        pool_gold: list[str] | None = None) -> None:
    keep = [i for i, t in enumerate(texts) if t not in set(pool)]
    texts, gold = [texts[i] for i in keep], [gold[i] for i in keep]
    from pipeline.analyse.linear_text import softmax

    matcher = ZeroShotTopics.from_taxonomy(tax, use_names=use_names, **MATCHER)
    proba = softmax(matcher.similarities(pool), tax.zero_shot.temperature)  # as distil_matcher sees them
    conf = proba.max(axis=1)
    print(f"{label}: dev n={len(texts)}, pool confidence quartiles {np.percentile(conf, [25, 50, 75]).round(3).tolist()}")
    for threshold in THRESHOLDS:
        tax_t = tax.model_copy(update={"zero_shot": tax.zero_shot.model_copy(update={"pseudo_label_confidence": threshold})})
        head, record = distil_matcher(tax_t, pool, matcher=matcher, use_names=use_names)
        p = head.predict_proba(texts)
        ranked = [[str(head.classes_[j]) for j in row] for row in np.argsort(-p, axis=1)[:, :3]]
        acc = ""
        if pool_gold is not None:
            picked = pseudo_labels(proba, matcher.topics, threshold, tax.zero_shot.per_topic_cap)
            acc = f"  pseudo-label accuracy {np.mean([pool_gold[i] == t for i, t in picked]):.3f}" if picked else ""
        print(f"  threshold {threshold:.2f}: kept {record['pseudo_labelled']:5d}/{len(pool)}{acc}  "
              f"student top-1 {top_k_accuracy(gold, ranked, 1):.3f}  top-3 {top_k_accuracy(gold, ranked, 3):.3f}",
              flush=True)


def ece(conf: np.ndarray, hit: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    out = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        inside = (conf > lo) & (conf <= hi)
        if inside.any():
            out += abs(hit[inside].mean() - conf[inside].mean()) * inside.mean()
    return float(out)


def temperature(label: str, tax, texts: list[str], gold: list[str], use_names: bool) -> float:
    from scipy.optimize import minimize_scalar

    from pipeline.analyse.linear_text import softmax

    matcher = ZeroShotTopics.from_taxonomy(tax, use_names=use_names, **MATCHER)
    sims = matcher.similarities(texts)
    idx = np.array([matcher.topics.index(g) if g in matcher.topics else -1 for g in gold])
    sims, idx = sims[idx >= 0], idx[idx >= 0]

    def nll(t: float) -> float:
        return float(-np.mean(np.log(softmax(sims, t)[np.arange(len(idx)), idx] + 1e-12)))

    fitted = float(minimize_scalar(nll, bounds=(0.002, 0.2), method="bounded").x)
    for t in (0.05, fitted):
        p = softmax(sims, t)
        conf, hit = p.max(axis=1), p.argmax(axis=1) == idx
        kept = conf >= 0.25
        print(f"{label}: temperature {t:.4f}  ECE {ece(conf, hit):.3f}  best topic ≥ 0.25 for {kept.mean():.3f} "
              f"of texts, accuracy there {hit[kept].mean() if kept.any() else float('nan'):.3f}", flush=True)
    return fitted


def main(data: Path) -> None:
    train = pd.read_csv(data / "banking77_en" / "train.csv", dtype=str, keep_default_na=False)
    pool_rows = train.sample(POOL_SIZE, random_state=POOL_SEED)
    name, tax, texts, gold, use_names = banking77_dev(data)
    run(name, tax, pool_rows["text"].tolist(), texts, gold, use_names,
        [c.lower().rstrip("?") for c in pool_rows["category"]])
    appeals = pd.read_csv(data / "spb_citizen_complaints_ru" / "appeals.csv", dtype=str, keep_default_na=False)
    everything = appeals[appeals["text"].str.strip() != ""]
    pool = [t[:1000] for t in everything.drop(everything.sample(SPB_SAMPLE, random_state=SPB_SEED).index)
            .sample(POOL_SIZE, random_state=POOL_SEED)["text"]]
    for name, tax, texts, gold, use_names in spb_dev(data)[:2]:
        run(name, tax, pool, texts, gold, use_names)
    fits = [temperature(*dev) for dev in (banking77_dev(data), *spb_dev(data)[:2])]
    print(f"fitted temperatures {[round(f, 4) for f in fits]}: mean {np.mean(fits):.4f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
