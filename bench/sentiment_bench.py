"""Sentiment heads: nightly throughput, peak memory, and negative precision on real city appeals.

    python bench/sentiment_bench.py [--models-dir DIR] [--data DATA_DIR] [--n 4000]

* throughput of the nightly per-turn path (``load_sentiment_model()`` = fast head, languages given
  as the analysis stage gives them): Russian turns (SentiRuEval tweets) and English turns (TweetEval);
* negative precision / recall on the hand-labelled SPb appeals of the ``report`` split
  (``tests/data/spb_appeals_sentiment_labels.csv``, labelling guide beside it; the ``tune`` rows chose the
  cue margin and the tune splits fitted the request gate, and are not reported): how often a plain problem report is stored as negative;
* peak RSS of the process.
Run it with ``--models-dir`` of an older artifact for the "before" figures.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import pandas as pd

from pipeline.analyse.sentiment import load_sentiment_model

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "spb_appeals_sentiment_labels.csv"


def throughput(model, texts: list[str], lang: str, repeats: int = 3) -> float:
    best = 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        model.predict(texts, [lang] * len(texts))
        best = max(best, len(texts) / (time.perf_counter() - start))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models-dir", default=None)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--definition", choices=["requests", "social"], default=None,
                    help="what 'negative' means (default: the artifact's; requests = cue margin on)")
    args = ap.parse_args()
    data = Path(args.data)
    model = load_sentiment_model(args.models_dir, definition=args.definition)
    gate = getattr(model, "gate", None)
    rule = (f"request gate (threshold {gate.threshold})" if gate is not None and model.definition == "requests"
            else f"cue margin {model.cue_margin if model.cues is not None else '— (none)'}")
    print(f"definition: {model.definition}; {rule}")
    english = "trained English head" if model.english_head is not None else "VADER"
    ru = pd.read_csv(data / "sentirueval2016_ru" / "bank_train.csv", dtype=str, keep_default_na=False)["text"]
    en = pd.read_csv(data / "tweeteval_sentiment_en" / "train.csv", dtype=str, keep_default_na=False)["text"]
    model.predict(ru.tolist()[:50], ["ru"] * 50)  # warm up
    print(f"nightly Russian turns/s ({model.head} head): {throughput(model, ru.tolist()[: args.n], 'ru'):,.0f}")
    print(f"nightly English turns/s ({english}): {throughput(model, en.tolist()[: args.n], 'en'):,.0f}")
    gold = pd.read_csv(LABELS, dtype=str)
    gold = gold[gold["split"] == "report"] if "split" in gold.columns else gold
    appeals = pd.read_csv(data / "spb_citizen_complaints_ru" / "appeals.csv", dtype=str, keep_default_na=False)
    text_of = dict(zip(appeals["appeal_id"], appeals["text"]))
    gold = gold[gold["appeal_id"].isin(text_of)]
    pred = [r.label for r in model.predict([text_of[i] for i in gold["appeal_id"]], ["ru"] * len(gold))]
    called = [g for g, p in zip(gold["label"], pred) if p == "negative"]
    true_neg = int(sum(g == "negative" for g in gold["label"]))
    hits = sum(g == "negative" for g in called)
    print(f"SPb appeals ({len(gold)} hand-labelled; {true_neg} negative): called negative {len(called)}, "
          f"negative precision {hits / max(1, len(called)):.3f}, recall {hits / max(1, true_neg):.3f}; "
          f"neutral requests called negative: {sum(g == 'neutral' for g in called)} of "
          f"{int(sum(g == 'neutral' for g in gold['label']))}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
