"""How well the nightly topic model finds the contact reason of the demo's chats and emails.

The demo generator records the reason each contact was written for (``demo/nights/*/labels.csv``).
This runs ingest + analysis on those nights (no warehouse) and compares the predicted topics with
it: top-1 accuracy, whether the reason is among the predicted topics, and the most confused pairs.
The demo texts are synthetic (written from phrase banks), so read this as an in-domain sanity check,
not as a measure on real customers.

    .venv/bin/python bench/topics_demo_eval.py [--nights demo/nights]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from pipeline.analyse.stage import analyse_stage
from pipeline.ingest import ingest_night, load_ingest_config
from pipeline.ingest.emails import email_interaction_id
from pipeline.model import Interaction

PROJECT = Path(__file__).resolve().parent.parent


def read_labels(night: Path) -> dict[str, str]:
    labels = {}
    with open(night / "labels.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            iid = row["interaction_id"]
            if iid.startswith("email:"):
                iid = email_interaction_id(iid[len("email:"):])
            labels[iid] = row["topic"]
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nights", type=Path, default=PROJECT / "demo" / "nights")
    args = parser.parse_args()
    config = load_ingest_config(None)
    pairs: list[tuple[Interaction, str]] = []
    for night in sorted(p for p in args.nights.iterdir() if (p / "labels.csv").is_file()):
        labels = read_labels(night)
        found = [ix for ix in ingest_night(night, config).interactions if ix.interaction_id in labels]
        analysed = analyse_stage(found).interactions
        pairs += [(ix, labels[ix.interaction_id]) for ix in analysed]
    top1 = Counter()
    among = Counter()
    total = Counter()
    confused = Counter()
    for ix, gold in pairs:
        key = (ix.channel.value, ix.language)
        predicted = [t.topic for t in ix.topics]
        total[key] += 1
        if predicted and predicted[0] == gold:
            top1[key] += 1
        elif predicted:
            confused[(gold, predicted[0])] += 1
        if gold in predicted:
            among[key] += 1
    n = sum(total.values())
    print(f"demo contacts with a known reason: {n}")
    print(f"top-1 accuracy: {sum(top1.values()) / n:.3f}   reason among predicted topics: {sum(among.values()) / n:.3f}")
    for key in sorted(total):
        print(f"  {key[0]:5} {key[1] or '?':3} n={total[key]:4}  top-1 {top1[key] / total[key]:.3f}  "
              f"among {among[key] / total[key]:.3f}")
    print("most confused (reason -> predicted top-1):")
    for (gold, pred), count in confused.most_common(8):
        print(f"  {gold:20} -> {pred:20} {count}")


if __name__ == "__main__":
    main()
