"""Zero-shot topics (no labelled examples): top-1 / top-3 accuracy on real data.

* BANKING77 test (3,080 English queries, 77 intents): a taxonomy written from the 77 intent
  names only (``card_arrival`` → "card arrival"); no training example is used.
* SPb city appeals (Russian, the portal's category names): a sample of 2,000 appeals scored against a taxonomy
  of the category names, then category names + the names of their reasons (the portal's own
  classifier, not examples).

Sentence vectors (multilingual-e5-small by default, `--encoder use` for USE) are cached (outputs/cache, or $SERVICELENS_CACHE_DIR): the first run
embeds ~5k texts (minutes on 2 cores), later runs take seconds.
Usage: python bench/zero_shot_topics_bench.py [DATA_DIR] [--encoder use|e5]
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pandas as pd

from pipeline.analyse.taxonomy import Taxonomy, TopicSpec
from pipeline.analyse.zero_shot import ZeroShotTopics, top_k_accuracy, topic_phrase

SPB_SAMPLE, SPB_SEED = 2000, 7


def taxonomy(name: str, topics: dict[str, tuple[str, list[str]]], language: str) -> Taxonomy:
    specs = {t: TopicSpec(description=d, seeds={language: s} if s else {}) for t, (d, s) in topics.items()}
    return Taxonomy(name=name, languages=[language], min_seeds=0, topics=specs, fallback_topic=next(iter(specs)))


def report(name: str, model: ZeroShotTopics, texts: list[str], gold: list[str]) -> None:
    start = time.perf_counter()
    ranked = model.top_k(texts, k=3)
    secs = time.perf_counter() - start
    print(f"{name:58s} n={len(texts):5d}  top-1 {top_k_accuracy(gold, ranked, 1):.4f}  "
          f"top-3 {top_k_accuracy(gold, ranked, 3):.4f}  ({len(texts) / secs:,.0f} texts/s incl. cache)", flush=True)


def banking77(data: Path, encoder: str = "use") -> None:
    names = json.loads((data / "banking77_en" / "categories.json").read_text())
    test = pd.read_csv(data / "banking77_en" / "test.csv", dtype=str, keep_default_na=False)
    ident = {n: n.lower().rstrip("?") for n in names}  # topic ids must be snake_case (one name ends in '?')
    tax = taxonomy("banking77", {ident[n]: (topic_phrase(ident[n]), []) for n in names}, "en")
    model = ZeroShotTopics.from_taxonomy(tax, use_descriptions=False, encoder=encoder)
    report(f"BANKING77 test, taxonomy = the 77 intent names [{encoder}]", model, test["text"].tolist(),
           [ident[c] for c in test["category"]])


def spb(data: Path, encoder: str = "use") -> None:
    base = data / "spb_citizen_complaints_ru"
    reasons = pd.read_csv(base / "reasons.csv", dtype=str, keep_default_na=False)
    appeals = pd.read_csv(base / "appeals.csv", dtype=str, keep_default_na=False)
    appeals = appeals[appeals["text"].str.strip() != ""].sample(SPB_SAMPLE, random_state=SPB_SEED)
    # category ids repeat names (several ids are «Благоустройство»): a category is its name
    name_of = reasons.drop_duplicates("category_id").set_index("category_id")["category"].to_dict()
    names = list(dict.fromkeys(name_of.values()))
    topic_of = {n: f"c{i}" for i, n in enumerate(names)}
    texts = [t[:1000] for t in appeals["text"]]
    gold = [topic_of.get(name_of.get(c, ""), "unknown") for c in appeals["category_id"]]
    names_only = taxonomy("spb", {topic_of[n]: (n, []) for n in names}, "ru")
    report(f"SPb appeals, taxonomy = {len(names)} category names (ru)",
           ZeroShotTopics.from_taxonomy(names_only, use_names=False, encoder=encoder), texts, gold)
    reason_names = {n: reasons.loc[reasons["category"] == n, "reason"].drop_duplicates().tolist() for n in names}
    with_reasons = taxonomy("spb", {topic_of[n]: (n, reason_names[n]) for n in names}, "ru")
    report(f"SPb appeals, taxonomy = category + reason names (ru) [{encoder}]",
           ZeroShotTopics.from_taxonomy(with_reasons, use_names=False, encoder=encoder), texts, gold)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="zero-shot topics: top-1 / top-3 on BANKING77 and SPb appeals")
    ap.add_argument("data", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--encoder", choices=["use", "e5"], default="e5")
    args = ap.parse_args()
    banking77(Path(args.data), args.encoder)
    spb(Path(args.data), args.encoder)
