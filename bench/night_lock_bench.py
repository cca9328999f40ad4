"""How long a night holds the DuckDB write lock, against how long it runs.

    .venv/bin/python bench/night_lock_bench.py [--source demo/nights] [--date 2026-11-20]

Runs one night (plain function calls, no Prefect) into a fresh warehouse in a temporary folder
and times every stretch during which the night has the warehouse open for writing. Before the
write phase was split off, the lock was held for the whole night. Prints seconds and the share.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from pipeline.flows import nightly

PROJECT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=str(PROJECT / "demo" / "nights"))
    parser.add_argument("--date", default=None, help="night (default: the first folder under --source)")
    args = parser.parse_args()
    source = Path(args.source)
    date = args.date or sorted(p.name for p in source.iterdir() if p.is_dir())[0]
    held: list[float] = []
    real_open = nightly.open_for_writing

    class Timed:
        def __init__(self, url, *session):
            self.wh = real_open(url, *session)
            self.t0 = time.perf_counter()

        def __enter__(self):
            return self.wh.__enter__()

        def __exit__(self, *exc):
            self.wh.__exit__(*exc)
            held.append(time.perf_counter() - self.t0)

    nightly.open_for_writing = Timed
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        summary = nightly.run_night(date, source, f"duckdb:///{Path(tmp) / 'warehouse.duckdb'}", use_prefect=False)
        total = time.perf_counter() - started
    print(f"night {date}: {sum(summary.per_channel.values())} interactions, {total:.1f} s in all")
    print(f"write lock held {sum(held):.2f} s in {len(held)} stretches ({', '.join(f'{h:.2f}' for h in held)} s): "
          f"{sum(held) / total:.1%} of the night (before: 100%)")


if __name__ == "__main__":
    main()
