"""Dev-set choices of the zero-shot topic matcher, on data that is NOT a test set.

Dev set: BANKING77 *train* split, 20 queries per intent (1,540; `random_state=0`), scored against the
taxonomy written from the intent names only (`bench/taxonomies/banking77_en.yaml`). Prints top-1 / top-3
for each combination of prototype prefix, max-vs-mean weight, per-topic normalisation and lexical
weight; the defaults of the bench (`bench/zero_shot_topics_bench.py`) were picked here, then measured
once on the test splits. Vectors are cached (outputs/cache or $SERVICELENS_CACHE_DIR).
Usage: python bench/zero_shot_topics_tune.py [DATA_DIR]
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pandas as pd
import yaml

from pipeline.analyse.taxonomy import Taxonomy
from pipeline.analyse.zero_shot import ZeroShotTopics, top_k_accuracy

TAXONOMY = Path(__file__).parent / "taxonomies" / "banking77_en.yaml"
PER_INTENT, SEED = 20, 0


def main(data: Path) -> None:
    train = pd.read_csv(data / "banking77_en" / "train.csv", dtype=str, keep_default_na=False)
    picked = train.groupby("category", group_keys=False).apply(lambda g: g.sample(min(len(g), PER_INTENT), random_state=SEED))
    dev = train.loc[picked.index]
    texts, gold = dev["text"].tolist(), [c.lower().rstrip("?") for c in dev["category"]]
    tax = Taxonomy(**yaml.safe_load(TAXONOMY.read_text(encoding="utf-8")))
    vectors = ZeroShotTopics.from_taxonomy(tax)._encode(texts)
    print(f"dev: BANKING77 train, {len(texts)} queries; taxonomy {TAXONOMY.name}")
    grid = itertools.product(["query", "passage"], [0.5, 0.7, 1.0], ["none", "center", "zscore"], [0.0, 0.25, 0.5, 1.0])
    models: dict[tuple[str, float], ZeroShotTopics] = {}
    for prefix, max_weight, norm, lex in grid:
        base = models.setdefault((prefix, max_weight), ZeroShotTopics.from_taxonomy(tax, prototype_prefix=prefix, max_weight=max_weight))
        model = ZeroShotTopics(base.topics, base.prototypes, prototype_prefix=prefix, max_weight=max_weight,  # type: ignore[arg-type]
                               normalise=norm, lexical_weight=lex)  # type: ignore[arg-type]
        model._proto_vecs, model._lexical = base._prototype_vectors(), base._lexical
        ranked = model.top_k(texts, k=3, vectors=vectors)
        base._lexical = model._lexical
        print(f"prefix={prefix:7s} max_weight={max_weight:.1f} normalise={norm:6s} lexical={lex:.2f}  "
              f"top-1 {top_k_accuracy(gold, ranked, 1):.4f}  top-3 {top_k_accuracy(gold, ranked, 3):.4f}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
