"""A generated text night end to end, in batches: in process vs 1 and 2 Dask workers; peak RSS by night size.

Each configuration runs in a fresh subprocess (``--one``): the flow process's peak RSS (``VmHWM``, its
own program's; ``ru_maxrss`` would start from this parent's RSS at the fork, which holds the generated
night) and the largest peak a Dask worker reported with its batches. The night is N chats of 8 messages (Russian and English, from
``bench/ingest_bench.py``) loaded into a fresh DuckDB file with ``--no-prefect`` stage calls.

    .venv/bin/python bench/night_bench.py --n 2000 --batch 500 --workers 0 1 2 --sizes 2000 8000

Issue 12 asks for 100,000 interactions: ``--n 10000 --workers 0 --sizes 100000`` (long on a shared
2-core machine: run it ``nice``d). ``--transfer`` measures one warm batch's CPU and what pickling it
to a worker and back costs. After the table, each run's seconds by step (ingest, waiting for
batches, the single writer's loads, batch CPU, first batch per worker with model loading, repeats)
and the flow process's peak RSS after each step (which step set the peak). ``--sizes-workers 2``
runs the size comparison with two Dask workers, so the flow process's own memory is compared.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import yaml
from bench_siblings import load_sibling

DATE = "2026-11-20"


def _ingest_bench():
    """bench/ingest_bench.py, whose chat generator this night reuses."""
    return load_sibling("ingest_bench")


def rules_with_batch_size(folder: Path, size: int, e5_share: float | None = None) -> Path:
    """A copy of rules/ with ``batches.size`` = ``size`` (and ``sentiment.e5_cascade_share`` = ``e5_share`` when
    given: the e5 cascade's share of customer turns)."""
    import re

    from pipeline.config import DEFAULT_RULES_DIR

    rules = folder / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    path = rules / "pipeline.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.setdefault("batches", {})["size"] = size
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    if e5_share is not None:
        risk = rules / "risk.yaml"
        text, hits = re.subn(r"(?m)^(\s+e5_cascade_share:)\s*[0-9.]+", rf"\g<1> {float(e5_share)}",
                             risk.read_text(encoding="utf-8"))
        if hits != 1:
            raise ValueError(f"{risk}: no single sentiment.e5_cascade_share line to set")
        risk.write_text(text, encoding="utf-8")
    return rules


def write_texts(folder: Path, n: int, texts: str) -> None:
    """``demo``: chats and e-mail threads written like the demo nights (bench/demo_like_night.py);
    ``template``: one 8-message chat repeated (the figures of waves 3–6 before ``--texts`` existed)."""
    if texts == "demo":
        load_sibling("demo_like_night").write_night(folder, n)
        return
    (folder / "chats").mkdir(parents=True)
    _ingest_bench().write_chats(folder / "chats", n)


def one(n: int, batch: int, workers: int, texts: str = "demo", night: Path | None = None,
        e5_share: float | None = None) -> dict:
    """One night in this process; returns its figures. ``night``: a night folder written beforehand
    (by :func:`run_one`, in another process, so the generator's memory is not in this process's peak)."""
    from pipeline.flows.nightly import run_night
    from pipeline.runtime.memory import peak_rss_mb

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if night is None:
            night = folder / "night"
            write_texts(night, n, texts)
        rules = rules_with_batch_size(folder, batch, e5_share)
        t0 = time.perf_counter()
        summary = run_night(DATE, night, f"duckdb:///{folder / 'bench.duckdb'}", rules_dir=str(rules),
                            use_prefect=False, workers=workers)
        wall = time.perf_counter() - t0
    return {"n": n, "batch": batch, "workers": workers, "texts": texts, "e5_share": e5_share, "loaded": summary.loaded,
            "quarantined": summary.quarantined, "wall_s": round(wall, 1),
            "per_s": round(n / wall, 1),
            "flow_rss_mb": peak_rss_mb(),
            "worker_rss_mb": summary.worker_peak_rss_mb if workers else None,
            "flow_cpu_s": round(resource.getrusage(resource.RUSAGE_SELF).ru_utime
                                + resource.getrusage(resource.RUSAGE_SELF).ru_stime, 1),
            "timings": getattr(summary, "timings", {}), "peak_rss_by_step": getattr(summary, "peak_rss_mb", {})}


def transfer_cost(batch: int) -> dict:
    """What shipping one batch to a worker and its result back costs in pickling (Dask's own
    serialisation of Python objects), measured on ``batch`` generated chats analysed here."""
    import pickle

    from pipeline.config import DEFAULT_MODELS_DIR, DEFAULT_RULES_DIR
    from pipeline.flows.batches import process_batch
    from pipeline.ingest.chats import read_chats
    from pipeline.ingest.config import IngestConfig
    from pipeline.model import Interaction
    from pipeline.transcribe.options import load_options
    from pipeline.warehouse.load import RunInfo, prepare

    with tempfile.TemporaryDirectory() as tmp:
        paths = _ingest_bench().write_chats(Path(tmp), batch)
        items = [i for i in read_chats(paths, IngestConfig()) if isinstance(i, Interaction)]
    args = (str(DEFAULT_RULES_DIR), str(DEFAULT_MODELS_DIR), load_options(None))
    process_batch(items[:50], *args)  # models loaded: what follows is a warm batch
    t0 = time.process_time()
    out = process_batch(items, *args)
    warm_cpu = time.process_time() - t0
    figures = {"batch": batch, "warm_batch_cpu_s": round(warm_cpu, 2)}
    run = RunInfo("bench", date.fromisoformat(DATE))
    t0 = time.process_time()
    prepared = [prepare(ix, run) for ix in out.interactions]  # what a worker now returns (rows, built there)
    figures["rows_cpu_s"] = round(time.process_time() - t0, 3)
    for name, obj in (("in", items), ("out", out), ("out_rows", prepared)):
        t0 = time.process_time()
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(data)
        figures[f"pickle_{name}_cpu_s"] = round(time.process_time() - t0, 3)
        figures[f"pickle_{name}_mb"] = round(len(data) / 1e6, 2)
    return figures


def run_one(n: int, batch: int, workers: int, texts: str, e5_share: float | None = None) -> dict:
    """One night in a fresh process, its input written here first."""
    with tempfile.TemporaryDirectory() as tmp:
        write_texts(Path(tmp) / "night", n, texts)
        share = ["--e5-share", str(e5_share)] if e5_share is not None else []
        out = subprocess.run([sys.executable, __file__, "--one", "--n", str(n), "--batch", str(batch),
                              "--workers", str(workers), "--texts", texts, "--night-dir", str(Path(tmp) / "night"),
                              *share], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="interactions of the 1 vs 2 workers comparison")
    parser.add_argument("--batch", type=int, default=500, help="interactions per batch")
    parser.add_argument("--workers", type=int, nargs="*", default=[0, 1, 2])
    parser.add_argument("--sizes", type=int, nargs="*", default=[2000, 8000],
                        help="night sizes of the peak-RSS comparison")
    parser.add_argument("--sizes-workers", type=int, default=0,
                        help="Dask workers of the peak-RSS comparison (0: in process; 2: the flow process's own "
                             "memory beside two workers)")
    parser.add_argument("--transfer", action="store_true",
                        help="only measure the CPU of one warm batch and of pickling it to a worker and back")
    parser.add_argument("--texts", choices=["demo", "template"], default="demo",
                        help="demo: chats and e-mail threads written like the demo nights (default); template: one "
                             "8-message chat repeated (the earlier waves' figures)")
    parser.add_argument("--e5-share", type=float, default=None,
                        help="sentiment.e5_cascade_share of the rules copy (default: as in rules/risk.yaml)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--night-dir", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.n, args.batch, args.workers[0], args.texts, args.night_dir, args.e5_share)))
        return
    if args.transfer:
        print(json.dumps(transfer_cost(args.batch)))
        return
    rows = [run_one(args.n, args.batch, w, args.texts, args.e5_share) for w in args.workers]
    rows += [run_one(n, args.batch, args.sizes_workers, args.texts, args.e5_share) for n in args.sizes
             if not (n == args.n and args.sizes_workers in args.workers)]
    print(f"{'n':>7} {'batch':>6} {'workers':>7} {'loaded':>7} {'wall s':>7} {'inter/s':>8} {'flow RSS MB':>11} "
          f"{'worker RSS MB':>13}")
    for r in rows:
        print(f"{r['n']:>7} {r['batch']:>6} {r['workers']:>7} {r['loaded']:>7} {r['wall_s']:>7} {r['per_s']:>8} "
              f"{r['flow_rss_mb']:>11} {str(r['worker_rss_mb'] or '-'):>13}")
    for r in rows:
        if r.get("timings"):
            print(f"n={r['n']} workers={r['workers']}: flow CPU {r['flow_cpu_s']} s; seconds by step "
                  + ", ".join(f"{k} {v}" for k, v in r["timings"].items()))
        if r.get("peak_rss_by_step"):
            print(f"n={r['n']} workers={r['workers']}: flow peak RSS MB after each step "
                  + ", ".join(f"{k} {v}" for k, v in r["peak_rss_by_step"].items()))
    by_workers = {r["workers"]: r for r in rows if r["n"] == args.n}
    if 1 in by_workers and 2 in by_workers:
        print(f"speed-up 1 -> 2 workers: {by_workers[2]['per_s'] / by_workers[1]['per_s']:.2f}x")
    sized = sorted((r for r in rows if r["workers"] == args.sizes_workers), key=lambda r: r["n"])
    if len(sized) >= 2:
        print(f"flow peak RSS {sized[0]['n']} -> {sized[-1]['n']} interactions: "
              f"{sized[-1]['flow_rss_mb'] / sized[0]['flow_rss_mb']:.2f}x")


if __name__ == "__main__":
    main()
