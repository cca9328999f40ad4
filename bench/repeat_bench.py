"""Repeat detection + KPI views over a synthetic history generated inside DuckDB.

    .venv/bin/python bench/repeat_bench.py [--rows 1000000] [--customers 250000] [--days 180]

Builds the history with ``generate_series`` (no Python loops over rows): interactions over three
channels with one or two topics each, agents in teams, CSAT/NPS surveys. Then times
1. ``link_repeats`` over the whole history (every contact new: the first night of a migration),
2. ``kpi_daily`` and ``complaint_topic_trends`` computed in full,
3. one further night of ~1/180 of the volume (the everyday incremental case),
4. the declared data tests (``sql/tests.yaml``) over the whole history (the night's last step),
and prints the figures. The target is (1) + (2) <= 60 s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

from pipeline.customers.merging import IdentityConfig
from pipeline.customers.repeat import link_repeats
from pipeline.kpi.config import KpiConfig
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.data_tests import failures, run_data_tests

TOPICS = 25


def generate(wh: Warehouse, rows: int, customers: int, days: int, start: date, offset: int = 0, run_id: str = "bench") -> None:
    """Insert ``rows`` interactions (ids from ``offset``) spread over ``days`` from ``start``."""
    wh.execute(f"""
        INSERT INTO fct_interaction (interaction_id, channel, status, started_at, run_date, customer_id, agent_id,
            queue, handle_time_s, first_response_s, queue_wait_s, hold_s, wrap_up_s, qa_score, sentiment_score,
            customer_sentiment_end, is_complaint, run_id)
        SELECT 'i' || n, ch, 'analysed', ts, CAST(ts AS DATE),
               'c' || CAST(floor(pow(random(), 1.6) * {customers}) AS BIGINT),
               'a' || CAST(floor(random() * 300) AS INTEGER),
               'q' || CAST(floor(random() * 8) AS INTEGER),
               60 + random() * 900,
               CASE WHEN ch <> 'call' THEN random() * (CASE WHEN ch = 'chat' THEN 120 ELSE 20000 END) END,
               CASE WHEN ch = 'call' THEN random() * 45 END,
               CASE WHEN ch = 'call' THEN random() * 60 END,
               CASE WHEN ch = 'call' THEN random() * 90 END,
               50 + random() * 50, random() * 2 - 1, random() * 2 - 1,
               random() < 0.25, ?
        FROM (SELECT n, (ARRAY['call', 'chat', 'email'])[1 + CAST(n % 3 AS INTEGER)] AS ch,
                     TIMESTAMP '{start.isoformat()}' + CAST(floor(random() * {days} * 86400) AS BIGINT) * INTERVAL '1 second' AS ts
              FROM generate_series({offset}, {offset + rows - 1}) g(n)) s""", [run_id])
    wh.execute(f"""
        INSERT INTO fct_topic (interaction_id, taxonomy, topic, confidence, rank, run_id)
        SELECT 'i' || n, 'default', 'topic_' || CAST(floor(pow(random(), 2) * {TOPICS}) AS INTEGER), 0.8, 1, ?
        FROM generate_series({offset}, {offset + rows - 1}) g(n)""", [run_id])
    wh.execute(f"""
        INSERT INTO fct_topic (interaction_id, taxonomy, topic, confidence, rank, run_id)
        SELECT interaction_id, 'default', topic, 0.5, 2, ? FROM (
            SELECT 'i' || n AS interaction_id, 'topic_' || CAST(floor(random() * {TOPICS}) AS INTEGER) AS topic
            FROM generate_series({offset}, {offset + rows - 1}) g(n) WHERE random() < 0.4) s
        WHERE NOT EXISTS (SELECT 1 FROM fct_topic t WHERE t.interaction_id = s.interaction_id AND t.topic = s.topic)""",
               [run_id])
    wh.execute(f"""
        INSERT INTO fct_survey (survey_id, interaction_id, responded_at, survey_type, score, is_positive, is_negative, run_id)
        SELECT 's' || n, 'i' || n, TIMESTAMP '{start.isoformat()}', t,
               CASE WHEN t = 'csat' THEN 1 + floor(random() * 5) ELSE floor(random() * 11) END AS score, NULL, NULL, ?
        FROM (SELECT n, CASE WHEN n % 2 = 0 THEN 'csat' ELSE 'nps' END AS t
              FROM generate_series({offset}, {offset + rows - 1}) g(n) WHERE random() < 0.1) s""", [run_id])
    wh.execute("UPDATE fct_survey SET is_positive = CASE WHEN survey_type = 'csat' THEN score >= 4 ELSE score >= 9 END, "
               "is_negative = survey_type = 'nps' AND score <= 6 WHERE is_positive IS NULL")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--customers", type=int, default=250_000)
    ap.add_argument("--days", type=int, default=180)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--dir", default=None, help="where to put the bench database (default: a temp dir)")
    args = ap.parse_args(argv)
    start = date(2026, 5, 1)
    tmp = Path(args.dir or tempfile.mkdtemp(prefix="repeat-bench-"))
    path = tmp / "bench.duckdb"
    path.unlink(missing_ok=True)
    figures: dict[str, float] = {}
    with Warehouse.connect(f"duckdb:///{path}") as wh:
        wh.execute(f"SET threads = {args.threads}")
        ensure_schema(wh)
        t = time.perf_counter()
        generate(wh, args.rows, args.customers, args.days, start)
        wh.execute("""INSERT INTO dim_agent (agent_id, team)
                      SELECT 'a' || n, 'team' || (n % 12) FROM generate_series(0, 299) g(n)""")
        figures["generate_s"] = time.perf_counter() - t
        cfg, ids = KpiConfig(), IdentityConfig()
        last = start + timedelta(days=args.days - 1)
        t, cpu = time.perf_counter(), time.process_time()
        counts = link_repeats(wh, SimpleNamespace(run_id="bench", run_date=last), cfg, identity_config=ids)
        figures["link_repeats_s"] = time.perf_counter() - t
        t = time.perf_counter()
        n_kpi = wh.query("SELECT count(*), sum(n_interactions) FROM (SELECT * FROM kpi_daily) k")[0]
        figures["kpi_daily_s"] = time.perf_counter() - t
        t = time.perf_counter()
        n_trends = wh.query("SELECT count(*) FROM (SELECT * FROM complaint_topic_trends) t")[0][0]
        figures["complaint_topic_trends_s"] = time.perf_counter() - t
        figures["total_s"] = figures["link_repeats_s"] + figures["kpi_daily_s"] + figures["complaint_topic_trends_s"]
        figures["total_cpu_s"] = time.process_time() - cpu
        night = max(1, args.rows // args.days)
        generate(wh, night, args.customers, 1, last + timedelta(days=1), offset=args.rows, run_id="night")
        t = time.perf_counter()
        night_counts = link_repeats(wh, SimpleNamespace(run_id="night", run_date=last + timedelta(days=1)), cfg,
                                    identity_config=ids)
        figures["next_night_s"] = time.perf_counter() - t
        t, cpu = time.perf_counter(), time.process_time()
        tested = run_data_tests(wh)
        figures["data_tests_s"] = time.perf_counter() - t
        figures["data_tests_cpu_s"] = time.process_time() - cpu
        slowest = sorted(tested, key=lambda r: -r.elapsed_s)[:5]
    print(f"history: {args.rows:,} interactions, {args.customers:,} customers, {args.days} days, "
          f"{args.threads} threads (generated in {figures['generate_s']:.1f} s)")
    print(f"link_repeats (full history):   {figures['link_repeats_s']:6.1f} s   "
          f"links {counts['links']}, same-topic {counts['same_topic_links']}, fcr {counts['fcr']}")
    print(f"kpi_daily:                     {figures['kpi_daily_s']:6.1f} s   {n_kpi[0]:,} rows")
    print(f"complaint_topic_trends:        {figures['complaint_topic_trends_s']:6.1f} s   {n_trends:,} rows")
    print(f"TOTAL repeat + KPI views:      {figures['total_s']:6.1f} s   (target <= 60 s; "
          f"CPU time of all threads {figures['total_cpu_s']:.1f} s, load average {os.getloadavg()[0]:.1f})")
    print(f"next night ({night:,} new contacts, {night_counts['customers']:,} customers recomputed): "
          f"{figures['next_night_s']:.1f} s")
    print(f"declared data tests (all {len(tested)}, sql/tests.yaml): {figures['data_tests_s']:.1f} s "
          f"(CPU {figures['data_tests_cpu_s']:.1f} s); failing on this synthetic history (no dimension rows, "
          f"no runs): {len(failures(tested))}; slowest: "
          + ", ".join(f"{r.test.name} {r.elapsed_s:.1f} s" for r in slowest))
    return figures


if __name__ == "__main__":
    main()
