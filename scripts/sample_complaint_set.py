"""Draw the complaint / not-complaint labelling sample and print it for a person to label.

The texts stay in ``../shared/data`` (research use): this script never writes them anywhere, it
prints ``source<TAB>id<TAB>text`` to stdout. The ids it prints are those of
``tests/data/complaint_labels.csv``; ``pipeline.training.complaint_set`` reads the texts back by them.
The draw is fixed (seed below): the same data gives the same sample. See
``tests/data/COMPLAINT_LABELLING.md``.

    python scripts/sample_complaint_set.py [--source spb] [--limit 300]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.training.complaint_set import SAMPLE_PLAN, draw_sample  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", choices=[p.source for p in SAMPLE_PLAN], default=None,
                        help="Print one source only.")
    parser.add_argument("--limit", type=int, default=400, help="Characters of each text shown.")
    args = parser.parse_args()
    sample = draw_sample()
    for item in sample:
        if args.source and item.source != args.source:
            continue
        text = " ".join(item.text.split())[: args.limit]
        print(f"{item.source}\t{item.id}\t{text}")
    print(f"{len(sample)} messages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
