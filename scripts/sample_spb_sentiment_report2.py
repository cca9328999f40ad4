"""Draw the `report2` sample of SPb appeals (a second, untouched report set) for hand-labelling customer sentiment.

    python scripts/sample_spb_sentiment_report2.py [APPEALS_CSV] > /tmp/report2.txt

Appeals with a non-empty text in none of the splits `report`, `tune`, `tune2`, `tune3`, `tune4` of
`tests/data/spb_appeals_sentiment_labels.csv` (so the draw is the same after `report2` is added),
``random.Random(2031).sample(pool, 200)`` over the rows in file order (Python's ``csv`` module); the first 300
characters of each are printed for reading. Only ids and labels are ever committed.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "spb_appeals_sentiment_labels.csv"
APPEALS = ROOT.parent / "shared" / "data" / "spb_citizen_complaints_ru" / "appeals.csv"
EARLIER_SPLITS = ("report", "tune", "tune2", "tune3", "tune4")


def main() -> None:
    appeals = Path(sys.argv[1]) if len(sys.argv) > 1 else APPEALS
    csv.field_size_limit(10**8)
    with LABELS.open(encoding="utf-8") as f:
        taken = {row["appeal_id"] for row in csv.DictReader(f) if row["split"] in EARLIER_SPLITS}
    with appeals.open(encoding="utf-8") as f:
        pool = [row for row in csv.DictReader(f) if row["text"].strip() and row["appeal_id"] not in taken]
    for row in random.Random(2031).sample(pool, 200):
        print(row["appeal_id"], "|", " ".join(row["text"][:300].split()))


if __name__ == "__main__":
    main()
