"""Redact the etl_quarantine rows of a warehouse written before quarantine redaction (one-off).

    python scripts/scrub_quarantine.py [--warehouse duckdb:///outputs/warehouse.duckdb] [--rules rules]

Older versions stored rejected lines raw (cards, phones, names); new rows are redacted by the
loader. Run this once after upgrading, then re-export Parquet files made from the old rows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from pipeline.config import DEFAULT_WAREHOUSE_URL
    from pipeline.nlp.quarantine_redaction import scrub_quarantine
    from pipeline.warehouse import Warehouse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--warehouse", default=DEFAULT_WAREHOUSE_URL)
    ap.add_argument("--rules", default=None)
    args = ap.parse_args()
    with Warehouse.connect(args.warehouse) as wh:
        n = scrub_quarantine(wh, args.rules)
    print(f"{n} quarantine rows redacted in {args.warehouse}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
