"""Does a larger unlabelled pool help the distilled topic head? Pool size × pseudo-label threshold ×
per-topic cap, picked on dev sets, never on the tests.

Dev sets as in ``bench/zero_shot_distil_tune.py``: BANKING77 *train* queries (20 per intent) and the 600 SPb dev
appeals, each minus the texts of the round-2 pool (2,000 texts), so both pools are scored on the same dev texts.
Pools (texts only, labels unused):

* BANKING77: ``small`` = the round-2 pool (2,000 train texts); ``large`` = every train text outside the dev set
  (~8,800; the product recipe then uses every train text, since the tests are ``test.csv``).
* SPb: ``small`` = the round-2 pool (2,000 appeals outside the test sample); ``large`` = it plus ``SPB_EXTRA``
  other appeals outside the test sample and the dev set.

Ranking does not depend on the head's temperature, so heads are fitted once without cross-validation
(``folds=1``) to keep the grid cheap; the product build adds the temperature matching. Sentence vectors come
from the embedding cache (outputs/cache): the first run encodes the new pool texts once (minutes, ``nice`` it).
Usage: python bench/zero_shot_distil_pool.py [DATA_DIR] [--only b77|spb]; then once
``--test`` with the dev-picked large-pool recipes (``--b77 T C --spb T C``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from spb_categories import SpbCategories
from pipeline.analyse.linear_text import softmax
from bench_siblings import load_sibling
from pipeline.analyse.zero_shot import ZeroShotTopics, top_k_accuracy
from pipeline.analyse.zero_shot_head import distil_matcher, pseudo_labels



_bench, _tune = load_sibling("zero_shot_topics_bench"), load_sibling("zero_shot_topics_tune")
MATCHER, POOL_SEED, POOL_SIZE = _bench.MATCHER, _bench.POOL_SEED, _bench.POOL_SIZE
SPB_SAMPLE, SPB_SEED = _bench.SPB_SAMPLE, _bench.SPB_SEED
SPB_EXTRA = 4000  # appeals added to the SPb pool (short texts, ~90 characters on average)
THRESHOLDS = (0.0, 0.3, 0.5, 0.7)  # the large pool's grid
CAPS = (100, 300, 1500)
SMALL = ((0.0, 1500), (0.5, 1500))  # the small pool: round 2's first pass and its default (its full table: SIGNALS.md)


def banking77_pools(data: Path) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """(dev texts, pools by name, pool gold labels of the large pool)."""
    train = pd.read_csv(data / "banking77_en" / "train.csv", dtype=str, keep_default_na=False)
    small = train.sample(POOL_SIZE, random_state=POOL_SEED)["text"].tolist()
    _, _, dev, _, _ = _tune.banking77_dev(data)
    dev_left = set(dev) - set(small)
    large = train[~train["text"].isin(dev_left)]
    return small, {"small": small, "large": large["text"].tolist()}, [c.lower().rstrip("?") for c in large["category"]]


def spb_pools(data: Path, dev_texts: list[str]) -> dict[str, list[str]]:
    appeals = pd.read_csv(data / "spb_citizen_complaints_ru" / "appeals.csv", dtype=str, keep_default_na=False)
    everything = appeals[appeals["text"].str.strip() != ""]
    outside = everything.drop(everything.sample(SPB_SAMPLE, random_state=SPB_SEED).index)
    small_rows = outside.sample(POOL_SIZE, random_state=POOL_SEED)
    small = [t[:1000] for t in small_rows["text"]]
    rest = outside.drop(small_rows.index)
    rest = rest[~rest["text"].str[:1000].isin(set(dev_texts))]
    extra = [t[:1000] for t in rest.sample(SPB_EXTRA, random_state=POOL_SEED)["text"]]
    return {"small": small, "large": small + extra}


def _memoise_similarities(matcher: ZeroShotTopics) -> None:
    """The grid distils from one pool many times: score the pool once (same texts, same matrix)."""
    seen: dict[tuple[str, ...], np.ndarray] = {}
    similarities = matcher.similarities

    def memoised(texts=None, vectors=None):  # type: ignore[no-untyped-def]
        if texts is None or vectors is not None:
            return similarities(texts, vectors)
        key = tuple(texts)
        if key not in seen:
            seen[key] = similarities(texts)
        return seen[key]

    matcher.similarities = memoised  # type: ignore[method-assign]


def grid(label: str, tax, pools: dict[str, list[str]], texts: list[str], gold: list[str], use_names: bool,
         pool_gold: dict[str, list[str]] | None = None) -> None:
    keep = [i for i, t in enumerate(texts) if t not in set(pools["small"])]
    texts, gold = [texts[i] for i in keep], [gold[i] for i in keep]
    matcher = ZeroShotTopics.from_taxonomy(tax, use_names=use_names, **MATCHER)
    _memoise_similarities(matcher)
    print(f"{label}: dev n={len(texts)}", flush=True)
    for pool_name, pool in pools.items():
        proba = softmax(matcher.similarities(pool), tax.zero_shot.temperature)
        combos = SMALL if pool_name == "small" else [(t, c) for t in THRESHOLDS for c in CAPS]
        for threshold, cap in combos:
            zs = tax.zero_shot.model_copy(update={"pseudo_label_confidence": threshold, "per_topic_cap": cap})
            head, record = distil_matcher(tax.model_copy(update={"zero_shot": zs}), pool, matcher=matcher,
                                          use_names=use_names, folds=1)
            p = head.predict_proba(texts)
            ranked = [[str(head.classes_[j]) for j in row] for row in np.argsort(-p, axis=1)[:, :3]]
            acc = ""
            if pool_gold is not None and pool_name in pool_gold:
                picked = pseudo_labels(proba, matcher.topics, threshold, cap)
                acc = f"  pseudo-label accuracy {np.mean([pool_gold[pool_name][i] == t for i, t in picked]):.3f}"
            print(f"  pool {pool_name:5s} ({len(pool):5d})  threshold {threshold:.1f}  cap {cap:4d}: kept "
                  f"{record['pseudo_labelled']:5d}{acc}  top-1 {top_k_accuracy(gold, ranked, 1):.3f}  "
                  f"top-3 {top_k_accuracy(gold, ranked, 3):.3f}", flush=True)


def dev(data: Path, only: str | None) -> None:
    if only in (None, "b77"):
        small, pools, large_gold = banking77_pools(data)
        train = pd.read_csv(data / "banking77_en" / "train.csv", dtype=str, keep_default_na=False)
        small_gold = [c.lower().rstrip("?") for c in train.sample(POOL_SIZE, random_state=POOL_SEED)["category"]]
        name, tax, texts, gold, use_names = _tune.banking77_dev(data)
        grid(name, tax, pools, texts, gold, use_names, {"small": small_gold, "large": large_gold})
    if only in (None, "spb"):
        spb = _tune.spb_dev(data)
        spb_pool = spb_pools(data, spb[0][2])
        for name, tax, texts, gold, use_names in spb[:2]:
            grid(name, tax, spb_pool, texts, gold, use_names)


def test(data: Path, b77: tuple[float, int], spb: tuple[float, int]) -> None:
    """Once, after the dev pick: the distilled head (product build, temperature matched) on the bench's test
    sets, small pool at round 2's recipe (threshold 0.5, cap 1500) and large pool at the dev-picked ``b77`` /
    ``spb`` (threshold, cap).
    The BANKING77 large pool is every train text (the test set is test.csv)."""
    import yaml

    def with_recipe(tax, t: float, c: int):
        return tax.model_copy(update={"zero_shot": tax.zero_shot.model_copy(
            update={"pseudo_label_confidence": t, "per_topic_cap": c})})

    frame = pd.read_csv(data / "banking77_en" / "test.csv", dtype=str, keep_default_na=False)
    texts, gold = frame["text"].tolist(), [c.lower().rstrip("?") for c in frame["category"]]
    train = pd.read_csv(data / "banking77_en" / "train.csv", dtype=str, keep_default_na=False)
    written = _bench.Taxonomy(**yaml.safe_load((_bench.TAXONOMIES / "banking77_en.yaml").read_text(encoding="utf-8")))
    pools = {"small": train.sample(POOL_SIZE, random_state=POOL_SEED)["text"].tolist(), "large": train["text"].tolist()}
    for pool_name, (t, c) in (("small", (0.5, 1500)), ("large", b77)):
        tax = with_recipe(written, t, c)
        matcher = ZeroShotTopics.from_taxonomy(tax, **MATCHER)
        _bench.report_head(f"BANKING77 test, written, distilled, {pool_name} pool ({len(pools[pool_name])}), "
                           f"threshold {t}, cap {c}",
                           _bench.distilled_head(f"B77 {pool_name}", tax, matcher, pools[pool_name]), texts, gold)
    categories = SpbCategories.load(data)
    sample = categories.appeals.sample(SPB_SAMPLE, random_state=SPB_SEED)
    texts, gold = categories.texts(sample), categories.gold(sample)
    variants = {
        "written (from names)": categories.written_topics(with_reasons=False),
        "written + reason names": categories.written_topics(with_reasons=True),
    }
    spb_pool = spb_pools(data, _tune.spb_dev(data)[0][2])
    for label, topics in variants.items():
        for pool_name, (t, c) in (("small", (0.5, 1500)), ("large", spb)):
            tax = with_recipe(_bench.taxonomy("spb", topics, "ru"), t, c)
            matcher = ZeroShotTopics.from_taxonomy(tax, use_names=False, **MATCHER)
            _bench.report_head(f"SPb test, {label}, distilled, {pool_name} pool ({len(spb_pool[pool_name])}), "
                               f"threshold {t}, cap {c}",
                               _bench.distilled_head(f"SPb {pool_name}", tax, matcher, spb_pool[pool_name],
                                                     use_names=False), texts, gold)


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description="distilled topic head: pool size x threshold x cap on dev sets")
    ap.add_argument("data", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--only", choices=["b77", "spb"], help="one dev family only")
    ap.add_argument("--test", action="store_true", help="score the picked recipe on the test sets (once, at the end)")
    ap.add_argument("--b77", nargs=2, type=float, default=(0.3, 100), metavar=("THRESHOLD", "CAP"),
                    help="BANKING77 large-pool recipe for --test (picked on dev: 0.3 100)")
    ap.add_argument("--spb", nargs=2, type=float, default=(0.7, 1500), metavar=("THRESHOLD", "CAP"),
                    help="SPb large-pool recipe for --test (picked on dev: 0.7 1500)")
    args = ap.parse_args()
    if args.test:
        test(Path(args.data), (args.b77[0], int(args.b77[1])), (args.spb[0], int(args.spb[1])))
    else:
        dev(Path(args.data), args.only)


if __name__ == "__main__":
    main()
