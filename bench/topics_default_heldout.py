"""The `default` topic taxonomy on real messages labelled by hand (tests/data/topics_default_labels.csv).

165 customer-side messages (Russian telecom / bank tweets, BANKING77 test, NLU++ banking), one topic
each, labelled before any model ran on them (guide: tests/data/TOPICS_DEFAULT_LABELLING.md). Prints
top-1 / top-3 and per-topic precision / recall (top-1, topics with ≥ 5 gold examples) for the
trained heads in models/topics-default/ (fast = nightly, full = USE encoder) and for the zero-shot
matcher on the same taxonomy.
Usage: python bench/topics_default_heldout.py [DATA_DIR]
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from pipeline.analyse.taxonomy import load_taxonomy
from pipeline.analyse.topics import load_topic_classifier
from pipeline.analyse.zero_shot import ZeroShotTopics, top_k_accuracy

LABELS = Path(__file__).resolve().parents[1] / "tests" / "data" / "topics_default_labels.csv"
MIN_SUPPORT = 5


def load_texts(data: Path) -> dict[tuple[str, str], str]:
    """Text of every (source, id) the label file can name."""
    out: dict[tuple[str, str], str] = {}
    for source, name in (("sentirueval_ttk", "ttk_train.csv"), ("sentirueval_bank", "bank_train.csv")):
        df = pd.read_csv(data / "sentirueval2016_ru" / name, dtype=str, keep_default_na=False)
        out.update({(source, i): t for i, t in zip(df["id"], df["text"])})
    df = pd.read_csv(data / "banking77_en" / "test.csv", dtype=str, keep_default_na=False)
    out.update({("banking77_test", i): t for i, t in zip(df["id"], df["text"])})
    with open(data / "nlupp_en" / "banking.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out[("nlupp_banking", row["id"])] = row["text"]
    return out


def labelled_set(data: Path) -> tuple[list[str], list[str], list[str]]:
    labels = pd.read_csv(LABELS, dtype=str, keep_default_na=False)
    texts = load_texts(data)
    return [texts[(s, i)] for s, i in zip(labels["source"], labels["id"])], labels["topic"].tolist(), labels["source"].tolist()


def report(name: str, rank: Callable[[list[str]], list[list[str]]], texts: list[str], gold: list[str]) -> None:
    start = time.perf_counter()
    ranked = rank(texts)
    secs = time.perf_counter() - start
    print(f"{name:48s} n={len(texts)}  top-1 {top_k_accuracy(gold, ranked, 1):.3f}  "
          f"top-3 {top_k_accuracy(gold, ranked, 3):.3f}  ({len(texts) / secs:,.0f} texts/s)")
    top1 = [r[0] for r in ranked]
    for topic, support in sorted(Counter(gold).items(), key=lambda kv: -kv[1]):
        if support < MIN_SUPPORT:
            continue
        tp = sum(g == topic and p == topic for g, p in zip(gold, top1))
        predicted = sum(p == topic for p in top1)
        prec = tp / predicted if predicted else float("nan")
        print(f"    {topic:22s} support {support:3d}  precision {prec:.2f}  recall {tp / support:.2f}")


def ranker(clf) -> Callable[[list[str]], list[list[str]]]:
    def rank(texts: list[str]) -> list[list[str]]:
        order = np.argsort(-clf.predict_proba(texts), axis=1)[:, :3]
        return [[clf.topics[j] for j in row] for row in order]
    return rank


def main(data: Path) -> None:
    texts, gold, sources = labelled_set(data)
    print(f"held-out set: {len(texts)} messages, {dict(Counter(sources))}")
    report("trained fast head (nightly)", ranker(load_topic_classifier("default", fast=True)), texts, gold)
    report("trained full head (USE)", ranker(load_topic_classifier("default", fast=False)), texts, gold)
    zero = ZeroShotTopics.from_taxonomy(load_taxonomy("default"), prototype_prefix="passage", normalise="center")
    report("zero-shot matcher (e5, passage, centred)", lambda t: zero.top_k(t, k=3), texts, gold)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
