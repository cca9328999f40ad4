"""Zero-shot topics (no labelled examples): top-1 / top-3 accuracy on real data, before and after.

* BANKING77 test (3,080 English queries, 77 intents):
  - *names*: a taxonomy of the 77 intent names only (``card_arrival`` → "card arrival");
  - *written*: ``bench/taxonomies/banking77_en.yaml``, a description and 6 seed phrases per intent
    written from the intent names only, before any BANKING77 text was read.
* SPb city appeals (Russian; a sample of 2,000):
  - *names*: the portal's 15 category names; *names + reasons*: plus the names of their reasons;
  - *written*: ``bench/taxonomies/spb_categories_ru.yaml`` (description + seeds per category written from
    the portal's names), alone and with the reason names.

Each taxonomy is scored by the old matcher (0.7 × closest prototype + 0.3 × mean over all, raw cosine),
by the tuned one (``MATCHER``: 0.3 × closest + 0.7 × mean over the topic's 5 closest prototypes, plus
0.25 × a TF-IDF part; picked on dev sets that are not these tests, BANKING77 *train* and 600 other SPb
appeals, by ``bench/zero_shot_topics_tune.py``) and, as an ablation, the tuned one with each topic's mean
score over the unlabelled batch subtracted (``CENTRED``; the batch is the scored texts themselves, the
night's texts in production; one BANKING77 line uses 1,540 *train* queries instead).
Speed: texts/s of the encoder on uncached texts and of the scoring given vectors.

Sentence vectors are cached (outputs/cache, or $SERVICELENS_CACHE_DIR): the first run embeds ~7k texts
(tens of minutes on 2 busy cores), later runs take seconds.
Usage: python bench/zero_shot_topics_bench.py [DATA_DIR] [--encoder use|e5]
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from spb_categories import SpbCategories
from pipeline.analyse.taxonomy import Taxonomy, TopicSpec, ZeroShotSettings
from pipeline.analyse.topics import TopicClassifier, build_seed_artifact
from pipeline.analyse.zero_shot import ZeroShotTopics, top_k_accuracy, topic_phrase
from pipeline.analyse.zero_shot_head import ZeroShotHead, distil_matcher

SPB_SAMPLE, SPB_SEED = 2000, 7
POOL_SIZE, POOL_SEED = 2000, 11  # unlabelled distillation pools: BANKING77 train texts, SPb appeals outside the test
TAXONOMIES = Path(__file__).parent / "taxonomies"
OLD: dict[str, Any] = {"max_weight": 0.7, "mean_top": None, "lexical_weight": 0.0}  # the matcher before issue 11
# picked on the BANKING77-train and SPb dev sets (bench/zero_shot_topics_tune.py); centring is shown as an ablation
MATCHER: dict[str, Any] = {"prototype_prefix": "query", "normalise": "none", "max_weight": 0.3, "mean_top": 5,
                           "lexical_weight": 0.25}
CENTRED: dict[str, Any] = {**MATCHER, "normalise": "center"}


def taxonomy(name: str, topics: dict[str, tuple[str, list[str]]], language: str) -> Taxonomy:
    specs = {t: TopicSpec(description=d, seeds={language: s} if s else {}) for t, (d, s) in topics.items()}
    return Taxonomy(name=name, languages=[language], min_seeds=0, scorer="zero_shot", topics=specs,
                    fallback_topic=next(iter(specs)))


def report(name: str, model: ZeroShotTopics, texts: list[str], gold: list[str], vectors: np.ndarray,
           background: tuple[list[str], np.ndarray] | None = None) -> None:
    if background is not None:
        model.fit_background(background[0], vectors=background[1])
    start = time.perf_counter()
    ranked = model.top_k(texts, k=3, vectors=vectors)
    secs = time.perf_counter() - start
    print(f"{name:66s} n={len(texts):5d}  top-1 {top_k_accuracy(gold, ranked, 1):.3f}  "
          f"top-3 {top_k_accuracy(gold, ranked, 3):.3f}  (scoring {len(texts) / secs:,.0f} texts/s)", flush=True)


def report_head(name: str, clf: Any, texts: list[str], gold: list[str]) -> None:
    """Top-1 / top-3 of a nightly topic head (a TopicClassifier) and its speed (texts/s, no encoder)."""
    start = time.perf_counter()
    proba = clf.predict_proba(texts)
    secs = time.perf_counter() - start
    order = np.argsort(-proba, axis=1)[:, :3]
    ranked = [[clf.topics[j] for j in row] for row in order]
    conf, hit = proba.max(axis=1), np.array([r[0] == g for r, g in zip(ranked, gold)])
    kept = conf >= 0.25  # the default min_confidence: below it the night stores the fallback topic
    print(f"{name:66s} n={len(texts):5d}  top-1 {top_k_accuracy(gold, ranked, 1):.3f}  "
          f"top-3 {top_k_accuracy(gold, ranked, 3):.3f}  (head {len(texts) / secs:,.0f} texts/s)  "
          f"ECE {expected_calibration_error(conf, hit):.3f}, best topic ≥ 0.25 for {kept.mean():.3f}, "
          f"accuracy there {hit[kept].mean() if kept.any() else float('nan'):.3f}", flush=True)


def expected_calibration_error(conf: np.ndarray, hit: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    inside = [(conf > lo) & (conf <= hi) for lo, hi in zip(edges[:-1], edges[1:])]
    return float(sum(abs(hit[m].mean() - conf[m].mean()) * m.mean() for m in inside if m.any()))


def matcher_head(tax: Taxonomy, matcher: ZeroShotTopics) -> TopicClassifier:
    """The matcher as the night's ``zero_shot`` head, with the product's temperature (ZeroShotSettings)."""
    matcher.temperature = ZeroShotSettings().temperature
    return TopicClassifier(tax.name, ZeroShotHead(matcher), segment=False, head="zero_shot")  # type: ignore[arg-type]


def seed_head(tax: Taxonomy) -> TopicClassifier:
    """The fast head a new deployment gets today from this taxonomy (as the night builds it: seeds only)."""
    artifact = build_seed_artifact(tax.model_copy(update={"scorer": "seed_head"}))
    return TopicClassifier(tax.name, artifact["heads"]["fast"], segment=artifact["segment"], head="fast")


def distilled_head(name: str, tax: Taxonomy, matcher: ZeroShotTopics, pool: list[str], use_names: bool = True) -> TopicClassifier:
    """The fast head distilled from ``matcher`` on the unlabelled ``pool`` (``scorer: distilled``)."""
    start = time.perf_counter()
    head, record = distil_matcher(tax, pool, matcher=matcher, use_names=use_names)
    print(f"  {name}: {record['pseudo_labelled']} of {record['pool_texts']} pool texts pseudo-labelled, "
          f"{len(record['topics_without_pseudo_labels'])} topics without any; distilled in "
          f"{time.perf_counter() - start:.1f} s (pool vectors cached)", flush=True)
    return TopicClassifier(tax.name, head, segment=False, head="fast")


def encode(texts: list[str], encoder: str) -> np.ndarray:
    return ZeroShotTopics(["a", "b"], [["a"], ["b"]], encoder=encoder)._encode([t[:1000] for t in texts])


def banking77(data: Path, encoder: str) -> None:
    names = json.loads((data / "banking77_en" / "categories.json").read_text())
    test = pd.read_csv(data / "banking77_en" / "test.csv", dtype=str, keep_default_na=False)
    ident = {n: n.lower().rstrip("?") for n in names}  # topic ids must be snake_case (one name ends in '?')
    texts, gold = test["text"].tolist(), [ident[c] for c in test["category"]]
    vectors = encode(texts, encoder)
    names_only = taxonomy("banking77", {ident[n]: (topic_phrase(ident[n]), []) for n in names}, "en")
    written = Taxonomy(**yaml.safe_load((TAXONOMIES / "banking77_en.yaml").read_text(encoding="utf-8")))
    for label, tax, kwargs in (("names", names_only, {"use_descriptions": False}), ("written", written, {})):
        for matcher, opts in (("old", OLD), ("new", MATCHER), ("new+centred", CENTRED)):
            report(f"BANKING77 test, taxonomy = {label}, {matcher} matcher [{encoder}]",
                   ZeroShotTopics.from_taxonomy(tax, encoder=encoder, **kwargs, **opts), texts, gold, vectors)
    train = pd.read_csv(data / "banking77_en" / "train.csv", dtype=str, keep_default_na=False)
    report_head("BANKING77 test, written, seed-fitted fast head (today's new deployment)", seed_head(written),
                texts, gold)
    pool = train.sample(POOL_SIZE, random_state=POOL_SEED)["text"].tolist()  # texts only, labels unused
    report_head(f"BANKING77 test, written, new matcher as the night's head [{encoder}]",
                matcher_head(written, ZeroShotTopics.from_taxonomy(written, encoder=encoder, **MATCHER)), texts, gold)
    report_head(f"BANKING77 test, written, fast head distilled from new matcher [{encoder}]",
                distilled_head("BANKING77 pool = 2,000 train texts", written,
                               ZeroShotTopics.from_taxonomy(written, encoder=encoder, **MATCHER), pool),
                texts, gold)
    picked = train.groupby("category", group_keys=False).apply(lambda g: g.sample(min(len(g), 20), random_state=0))
    dev = train.loc[picked.index, "text"].tolist()
    report(f"BANKING77 test, written, new+centred, background = 1,540 train [{encoder}]",
           ZeroShotTopics.from_taxonomy(written, encoder=encoder, **CENTRED), texts, gold, vectors,
           background=(dev, encode(dev, encoder)))


def spb(data: Path, encoder: str) -> None:
    categories = SpbCategories.load(data)
    everything = categories.appeals
    appeals = everything.sample(SPB_SAMPLE, random_state=SPB_SEED)
    texts, gold = categories.texts(appeals), categories.gold(appeals)
    vectors = encode(texts, encoder)
    variants = {
        "category names": categories.name_topics(with_reasons=False),
        "category + reason names": categories.name_topics(with_reasons=True),
        "written (from names)": categories.written_topics(with_reasons=False),
        "written + reason names": categories.written_topics(with_reasons=True),
    }
    for label, topics in variants.items():
        for matcher, opts in (("old", OLD), ("new", MATCHER), ("new+centred", CENTRED)):
            report(f"SPb appeals (ru), taxonomy = {label}, {matcher} matcher [{encoder}]",
                   ZeroShotTopics.from_taxonomy(taxonomy("spb", topics, "ru"), use_names=False, encoder=encoder, **opts),
                   texts, gold, vectors)
    pool = [t[:1000] for t in everything.drop(appeals.index).sample(POOL_SIZE, random_state=POOL_SEED)["text"]]
    for label in ("written (from names)", "written + reason names"):
        tax = taxonomy("spb", variants[label], "ru")
        report_head(f"SPb appeals (ru), taxonomy = {label}, seed-fitted fast head", seed_head(tax), texts, gold)
        report_head(f"SPb appeals (ru), taxonomy = {label}, new matcher as the night's head [{encoder}]",
                    matcher_head(tax, ZeroShotTopics.from_taxonomy(tax, use_names=False, encoder=encoder, **MATCHER)),
                    texts, gold)
        report_head(f"SPb appeals (ru), taxonomy = {label}, distilled fast head [{encoder}]",
                    distilled_head(f"SPb pool = 2,000 appeals outside the test sample ({label})", tax,
                                   ZeroShotTopics.from_taxonomy(tax, use_names=False, encoder=encoder, **MATCHER),
                                   pool, use_names=False), texts, gold)


def encoder_speed(data: Path, encoder: str, n: int = 128) -> None:
    """Texts/s of the encoder itself on uncached BANKING77 test queries (a fresh in-memory cache)."""
    from pipeline.nlp.embeddings import Encoder

    texts = pd.read_csv(data / "banking77_en" / "test.csv", dtype=str, keep_default_na=False)["text"].tolist()[:n]
    enc = Encoder(encoder, batch_size=64)
    enc.encode(["warm up"])
    start = time.perf_counter()
    enc.encode(texts)
    print(f"encoder {encoder}: {n / (time.perf_counter() - start):,.1f} uncached texts/s (2 threads)", flush=True)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="zero-shot topics: top-1 / top-3 on BANKING77 and SPb appeals")
    ap.add_argument("data", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--encoder", choices=["use", "e5"], default="e5")
    args = ap.parse_args()
    banking77(Path(args.data), args.encoder)
    spb(Path(args.data), args.encoder)
    encoder_speed(Path(args.data), args.encoder)
