"""One draw of SPb appeals for hand-labelling customer sentiment, shared by the `sample_spb_sentiment_*.py` scripts.

Appeals with a non-empty text in none of the given earlier splits of `tests/data/spb_appeals_sentiment_labels.csv`
(so a draw stays the same after its own split is added), ``random.Random(seed).sample(pool, size)`` over the rows
of `appeals.csv` in file order (Python's ``csv`` module); prints ``id | first 300 characters`` for reading. Only ids
and labels are ever committed.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "spb_appeals_sentiment_labels.csv"
APPEALS = ROOT.parent / "shared" / "data" / "spb_citizen_complaints_ru" / "appeals.csv"


def print_draw(earlier_splits: tuple[str, ...], seed: int, size: int) -> None:
    """Print the draw; the appeals file is ``sys.argv[1]`` when given."""
    appeals = Path(sys.argv[1]) if len(sys.argv) > 1 else APPEALS
    csv.field_size_limit(10**8)
    with LABELS.open(encoding="utf-8") as f:
        taken = {row["appeal_id"] for row in csv.DictReader(f) if row["split"] in earlier_splits}
    with appeals.open(encoding="utf-8") as f:
        pool = [row for row in csv.DictReader(f) if row["text"].strip() and row["appeal_id"] not in taken]
    for row in random.Random(seed).sample(pool, size):
        print(row["appeal_id"], "|", " ".join(row["text"][:300].split()))
