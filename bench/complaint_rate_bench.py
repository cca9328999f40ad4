"""Share of real SPb city appeals flagged as complaints (every appeal on that portal is a problem report).

    .venv/bin/python bench/complaint_rate_bench.py [--n 1000] [--rules-dir DIR] [--models-dir DIR]

Appeals are drawn with a fixed seed from ``../shared/data/spb_citizen_complaints_ru/appeals.csv``,
leaving out the hand-labelled ones and those the complaint model was trained on (its weak labels),
and go through the analysis stage as one-turn chats. Prints the share flagged and messages/s.
Run it with the rules and models of an older checkout (``--rules-dir``, ``--models-dir``) for "before".
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.training.complaint import weak_examples  # noqa: E402
from pipeline.training.complaint_eval import detect  # noqa: E402
from pipeline.training.complaint_set import Labelled, read_labels, source_rows  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rules-dir", default=None)
    parser.add_argument("--models-dir", default=None)
    args = parser.parse_args()
    labelled = {(s, i) for s, i, _ in read_labels()}
    trained = {e.id for e in weak_examples(labelled) if e.origin == "spb-appeals"}
    rows = [(i, t) for i, t, _ in source_rows("spb") if ("spb", i) not in labelled and i not in trained]
    picked = random.Random(11).sample(rows, min(args.n, len(rows)))
    items = [Labelled("spb", i, 1, "bench", t) for i, t in picked]
    started = time.time()
    results = detect(items, args.rules_dir, args.models_dir)
    seconds = time.time() - started
    flagged = sum(1 for detected, _ in results if detected)
    print(f"SPb appeals flagged as complaints: {flagged}/{len(items)} = {100 * flagged / len(items):.1f} % "
          f"({len(items) / seconds:.0f} messages/s incl. model loading, {seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
