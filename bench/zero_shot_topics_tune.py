"""Dev-set choices of the zero-shot topic matcher, on data that is NOT a test set.

Dev sets (never the test splits of bench/zero_shot_topics_bench.py):
* BANKING77 *train*, 20 queries per intent (1,540; ``random_state=0``), taxonomy
  ``bench/taxonomies/banking77_en.yaml`` (written from the intent names only);
* SPb appeals *outside* the bench's 2,000-appeal test sample: 600 more (``random_state=8``), with the
  written taxonomy ``bench/taxonomies/spb_categories_ru.yaml``, with it + the portal's reason names, and
  with category + reason names.
Prints top-1 / top-3 per dev set for each combination of max-vs-mean weight, mean over the closest
prototypes, lexical weight and per-topic centring, sorted by the mean top-3 over the four; the bench's
``MATCHER`` is the best line here. Vectors are cached (outputs/cache or $SERVICELENS_CACHE_DIR).
Usage: python bench/zero_shot_topics_tune.py [DATA_DIR]
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from spb_categories import SpbCategories
from pipeline.analyse.taxonomy import Taxonomy, TopicSpec
from pipeline.analyse.zero_shot import ZeroShotTopics, top_k_accuracy

TAXONOMIES = Path(__file__).parent / "taxonomies"
PER_INTENT, SEED = 20, 0
SPB_TEST, SPB_TEST_SEED, SPB_DEV, SPB_DEV_SEED = 2000, 7, 600, 8
DevSet = tuple[str, Taxonomy, list[str], list[str], bool]


def banking77_dev(data: Path) -> DevSet:
    train = pd.read_csv(data / "banking77_en" / "train.csv", dtype=str, keep_default_na=False)
    picked = train.groupby("category", group_keys=False).apply(lambda g: g.sample(min(len(g), PER_INTENT), random_state=SEED))
    dev = train.loc[picked.index]
    tax = Taxonomy(**yaml.safe_load((TAXONOMIES / "banking77_en.yaml").read_text(encoding="utf-8")))
    return "B77 dev", tax, dev["text"].tolist(), [c.lower().rstrip("?") for c in dev["category"]], True


def spb_dev(data: Path) -> list[DevSet]:
    categories = SpbCategories.load(data)
    appeals = categories.appeals
    test_ids = set(appeals.sample(SPB_TEST, random_state=SPB_TEST_SEED)["appeal_id"])
    dev = appeals[~appeals["appeal_id"].isin(test_ids)].sample(SPB_DEV, random_state=SPB_DEV_SEED)
    texts, gold = categories.texts(dev), categories.gold(dev)

    def tax(topics: dict[str, tuple[str, list[str]]]) -> Taxonomy:
        specs = {t: TopicSpec(description=d, seeds={"ru": s} if s else {}) for t, (d, s) in topics.items()}
        return Taxonomy(name="spb", languages=["ru"], min_seeds=0, scorer="zero_shot", topics=specs, fallback_topic="c0")

    return [
        ("SPb dev written", tax(categories.written_topics(with_reasons=False)), texts, gold, False),
        ("SPb dev written+reasons", tax(categories.written_topics(with_reasons=True)), texts, gold, False),
        ("SPb dev cat+reasons", tax(categories.name_topics(with_reasons=True)), texts, gold, False),
    ]


def main(data: Path) -> None:
    sets = [banking77_dev(data), *spb_dev(data)]
    vectors = {name: ZeroShotTopics(["a", "b"], [["a"], ["b"]])._encode(texts) for name, _, texts, _, _ in sets}
    bases = {name: ZeroShotTopics.from_taxonomy(tax, use_names=names) for name, tax, _, _, names in sets}
    rows = []
    for max_weight, mean_top, lex, norm in itertools.product([0.3, 0.5, 0.7, 1.0], [None, 3, 5], [0.0, 0.25], ["none", "center"]):
        figures = []
        for name, _, texts, gold, _ in sets:
            base = bases[name]
            model = ZeroShotTopics(base.topics, base.prototypes, max_weight=max_weight, mean_top=mean_top,
                                   lexical_weight=lex, normalise=norm)  # type: ignore[arg-type]
            model._proto_vecs = base._prototype_vectors()
            ranked = model.top_k(texts, k=3, vectors=vectors[name])
            figures.append((top_k_accuracy(gold, ranked, 1), top_k_accuracy(gold, ranked, 3)))
        rows.append((float(np.mean([f[1] for f in figures])), f"max_weight={max_weight:.1f} mean_top={str(mean_top):4s} "
                     f"lexical={lex:.2f} normalise={norm:6s} " + "  ".join(f"{n}: {a:.3f}/{b:.3f}" for (n, *_), (a, b) in zip(sets, figures))))
    print("top-1/top-3 per dev set; sorted by mean top-3")
    for mean3, line in sorted(rows, reverse=True):
        print(f"mean top-3 {mean3:.3f}  {line}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
