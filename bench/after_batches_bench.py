"""The flow process's memory in the steps after the batches (repeat contacts, themes, data tests) by warehouse size.

A full 100,000-interaction night takes most of an hour on the shared 2-core machine; its batch phase is
flat in memory (docs/SCALE.md), and what grew with the night was these steps, which read the whole
warehouse or the theme window. This bench builds a warehouse of ``--n`` analysed chats cheaply (``--analysed``
generated chats, bench/ingest_bench.py, transcribed-analysed-scored once by ``process_batch``; then loaded
again and again with fresh interaction and customer ids through ``load_interactions``, batches of 2,000),
then runs the night's steps after the batches in a fresh process through the night's own write connection
(``open_for_writing``), and prints that process's peak RSS before and after each step.

    nice .venv/bin/python bench/after_batches_bench.py --sizes 10000 100000

Run with another tree's code (``PYTHONPATH=/path/to/tree``) to compare before/after on the same figures.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from bench_siblings import load_sibling

NIGHT = "2026-11-20"


def build(folder: Path, n: int, analysed_n: int, batch: int = 2000) -> None:
    """``n`` interactions in ``folder/wh.duckdb``: copies of ``analysed_n`` analysed chats, fresh ids."""
    from pipeline.warehouse import Warehouse, ensure_schema
    from pipeline.warehouse.load import RunInfo, load_interactions

    analysed = load_sibling("pg_load_bench").analysed_chats(analysed_n)
    run = RunInfo(run_id="bench-build", run_date=date.fromisoformat(NIGHT), sla_seconds={"chat": 60.0})
    with Warehouse.connect(f"duckdb:///{folder / 'wh.duckdb'}") as wh:
        ensure_schema(wh)
        for start in range(0, n, batch):
            part = []
            for k in range(start, min(n, start + batch)):
                ix = copy.copy(analysed[k % len(analysed)])
                ix.interaction_id = f"{ix.interaction_id}-{k}"
                ix.customer = replace(ix.customer, customer_id=f"u{k}", phone=f"+7916{k:07d}")
                part.append(ix)
            load_interactions(wh, part, [], run)


def steps(folder: Path) -> dict:
    """The steps after the batches, as ``_run_stages`` runs them, in this (fresh) process."""
    import resource

    from pipeline.config import DEFAULT_RULES_DIR
    from pipeline.flows import nightly
    from pipeline.flows.run_config import load_pipeline_config, run_info
    from pipeline.flows.steps import data_tests, repeat_contacts, themes

    def peak() -> int:
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)

    def now() -> int:  # the resident set at this moment (Linux), MiB
        status = Path("/proc/self/status").read_text()
        return round(int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS"))) / 1024)

    rules = Path(DEFAULT_RULES_DIR)
    config = load_pipeline_config(rules)
    run = run_info("bench-steps", NIGHT, config)
    session = [config.warehouse] if hasattr(config, "warehouse") else []  # the tree before had none
    out: dict = {"start": peak()}
    current: dict = {"start": now()}
    seconds: dict = {}
    with nightly.open_for_writing(f"duckdb:///{folder / 'wh.duckdb'}", *session) as wh:
        n = wh.query("SELECT count(*) FROM fct_interaction")[0][0]
        out["connected"] = peak()
        current["connected"] = now()
        for name, fn, args in (("repeat", repeat_contacts, (run, config, rules)), ("themes", themes, (run, rules)),
                               ("data_tests", data_tests, (run,))):
            t0 = time.perf_counter()
            result = fn(wh, *args)
            seconds[name] = round(time.perf_counter() - t0, 1)
            out[name] = peak()
            current[name] = now()
            if name == "themes":
                seconds["themes_result"] = result
    return {"n": n, "peak_rss_mb": out, "rss_mb": current, "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--analysed", type=int, default=2000, help="chats analysed once, then copied")
    parser.add_argument("--keep", metavar="DIR", help="build into (and reuse) warehouses under DIR")
    parser.add_argument("--steps", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--build", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.steps:
        print(json.dumps(steps(Path(args.steps)), default=str))
        return
    if args.build:
        build(Path(args.build), args.n, args.analysed)
        (Path(args.build) / "built").touch()
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(args.keep or tmp)
        rows = []
        for n in args.sizes:
            folder = root / f"n{n}"
            if not (folder / "built").exists():  # built in a process of its own: on Linux a child's
                # ru_maxrss starts from its parent's RSS at fork, so this process stays small
                subprocess.run(["rm", "-rf", str(folder)], check=True)
                folder.mkdir(parents=True)
                subprocess.run([sys.executable, __file__, "--build", str(folder), "--n", str(n), "--analysed",
                                str(args.analysed)], check=True)
            work = root / f"n{n}-run-{os.getpid()}"  # every run on a fresh copy: the steps write
            subprocess.run(["cp", "-r", str(folder), str(work)], check=True)
            try:
                done = subprocess.run([sys.executable, __file__, "--steps", str(work)], capture_output=True,
                                      text=True, check=True)
            finally:
                subprocess.run(["rm", "-rf", str(work)], check=True)
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print("peak RSS MB of the process after each step (fresh process per size), then its RSS at that moment")
    for r in rows:
        p, c = r["peak_rss_mb"], r["rss_mb"]
        print(f"n={r['n']:>7}: peak " + ", ".join(f"{k} {v}" for k, v in p.items()))
        print(f"{'':>10} now  " + ", ".join(f"{k} {v}" for k, v in c.items())
              + f"; RSS growth in the steps {c['data_tests'] - c['connected']} MB; seconds {r['seconds']}")
    if len(rows) >= 2:
        print(f"peak after the steps, {rows[0]['n']} -> {rows[-1]['n']}: "
              f"{rows[-1]['peak_rss_mb']['data_tests'] / rows[0]['peak_rss_mb']['data_tests']:.2f}x")


if __name__ == "__main__":
    main()
