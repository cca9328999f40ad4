"""Ingest + load rate for generated chat interactions (target ≥ 2,000 interactions/s on 2 cores).

Writes N conversations of ~8 messages as JSONL into a temporary folder, then times the chat adapter
and the idempotent warehouse load into a fresh DuckDB file, and a second (no-op) load. Prints figures.

    .venv/bin/python bench/ingest_bench.py [--n 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from pipeline.ingest.chats import read_chats
from pipeline.ingest.config import IngestConfig
from pipeline.model import Interaction
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.load import RunInfo, load_interactions

LINES = [
    ("customer", "Здравствуйте, у меня не работает интернет с утра"),
    ("agent", "Добрый день! Меня зовут Ольга, «Ладога Телеком». Подскажите адрес подключения?"),
    ("customer", "ул. Садовая, 12"),
    ("agent", "Вижу аварию на линии, мастер устранит её сегодня до 18:00."),
    ("customer", "Hello, I was charged twice this month"),
    ("agent", "I'm sorry about that, the refund will arrive within 3 days."),
    ("customer", "спасибо"),
    ("agent", "Спасибо за обращение! Могу ещё чем-нибудь помочь?"),
]


def write_chats(folder: Path, n: int, per_file: int = 20_000) -> list[Path]:
    rng = random.Random(7)
    start = datetime(2026, 11, 20, 6, 0, tzinfo=timezone.utc)
    paths = []
    for f in range(0, n, per_file):
        path = folder / f"chats_{f // per_file:03d}.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(f, min(n, f + per_file)):
                t = start + timedelta(seconds=rng.randint(0, 50_000))
                for k, (role, text) in enumerate(LINES):
                    record = {"conversation_id": f"b{i}", "timestamp": (t + timedelta(seconds=30 * k)).isoformat(),
                              "author_role": role, "author_id": "A-101" if role == "agent" else f"u{i}", "text": text}
                    if k == 0:
                        record.update(queue="tech", customer_phone=f"+7916{i % 9_000_000:07d}")
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_chats(folder, args.n)
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        t0 = time.perf_counter()
        items = list(read_chats(paths, IngestConfig()))
        t1 = time.perf_counter()
        interactions = [i for i in items if isinstance(i, Interaction)]
        wh = Warehouse.connect(f"duckdb:///{folder / 'bench.duckdb'}")
        ensure_schema(wh)
        run = RunInfo(run_id="bench", run_date=date(2026, 11, 20), sla_seconds={"chat": 60.0})
        t2 = time.perf_counter()
        counts = load_interactions(wh, interactions, [], run)
        t3 = time.perf_counter()
        again = load_interactions(wh, interactions, [], run)
        t4 = time.perf_counter()
        turns = wh.query("SELECT count(*) FROM fct_turn")[0][0]
        wh.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = (t1 - t0) + (t3 - t2)
    print(f"input: {len(interactions):,} chat interactions, {turns:,} messages, {size_mb:.0f} MB JSONL")
    print(f"ingest (parse + normalise):  {t1 - t0:6.1f} s  {len(interactions) / (t1 - t0):8,.0f} interactions/s")
    print(f"load (DuckDB, new rows):     {t3 - t2:6.1f} s  {counts.new / (t3 - t2):8,.0f} interactions/s")
    print(f"ingest + load:               {total:6.1f} s  {len(interactions) / total:8,.0f} interactions/s  (target >= 2,000)")
    print(f"re-load of the same night:   {t4 - t3:6.1f} s  ({again.unchanged:,} unchanged, {again.written} written)")
    print(f"peak memory (RSS):           {peak_mb:6.0f} MB")


if __name__ == "__main__":
    main()
