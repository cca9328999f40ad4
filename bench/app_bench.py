"""Server time of the QA workspace's pages on a warehouse of 100,000 interactions.

    .venv/bin/python bench/app_bench.py [--rows 100000] [--repeats 15]

Builds the warehouse inside DuckDB with ``generate_series`` (10 turns, 16 criteria, ~30% flagged,
one topic per interaction, 200 agents in 10 teams), then opens the workspace in process and requests
queue pages (first page, deep page, each filter, each sort) and interaction pages through Starlette's
test client. The figure is the ``Server-Timing`` the app measures around each request (routing,
queries, template), median and 95th percentile; the target is <= 300 ms per queue page.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from pipeline.warehouse import Warehouse, ensure_schema

CRITERIA = ["greeting", "introduction", "need_identification", "empathy", "clear_language", "name_use",
            "hold_announced", "no_interruptions", "no_rudeness", "no_blame_shifting", "no_forbidden_promises",
            "solution_next_steps", "resolution_check", "more_help", "closing", "complaint_handling"]


def generate(url: str, rows: int) -> None:
    wh = Warehouse.connect(url)
    ensure_schema(wh)
    con = wh.con
    con.execute(f"""
        INSERT INTO fct_interaction (interaction_id, channel, status, started_at, run_date, customer_id, agent_id, queue,
                                     language, subject, n_turns, qa_score, sentiment_label, is_complaint, n_flags, run_id)
        SELECT 'ix-' || i, (['chat', 'email', 'call'])[1 + i % 3], 'analysed',
               TIMESTAMP '2026-08-01' + to_seconds(i * 77), DATE '2026-08-01' + CAST(i * 77 / 86400 AS INTEGER),
               'cust-' || (i % 40000), 'A-' || (i % 200), (['tech', 'billing', 'orders', 'en_support'])[1 + i % 4],
               CASE WHEN i % 5 = 0 THEN 'en' ELSE 'ru' END, 'subject ' || i, 10,
               40 + CAST(hash(i) % 60 AS INTEGER), 'neutral', i % 7 = 0, CASE WHEN i % 10 < 3 THEN 1 ELSE 0 END, 'bench'
        FROM generate_series(0, {rows - 1}) t(i)""")
    con.execute(f"""
        INSERT INTO fct_turn (interaction_id, turn_index, speaker, text, start_offset_s, end_offset_s, sentiment_score)
        SELECT 'ix-' || i, k, CASE WHEN k % 2 = 0 THEN 'agent' ELSE 'customer' END,
               'turn ' || k || ' of interaction ' || i || ': some redacted text about [PHONE] and the bill',
               k * 6.0, k * 6.0 + 5.0, (CAST(hash(i * 31 + k) % 200 AS INTEGER) - 100) / 100.0
        FROM generate_series(0, {rows - 1}) t(i), generate_series(0, 9) s(k)""")
    names = ", ".join(f"'{c}'" for c in CRITERIA)
    con.execute(f"""
        INSERT INTO fct_criterion (interaction_id, criterion_id, scorecard, result, confidence, weight, critical, evidence)
        SELECT 'ix-' || i, c, 'default', CASE WHEN hash(i, c) % 5 = 0 THEN 'fail' WHEN hash(i, c) % 11 = 0 THEN 'na'
                                              ELSE 'pass' END,
               0.8, 1.0, c = 'no_rudeness',
               '[{{"turn_index": 1, "start": 0, "end": 6, "text": "turn 1"}}]'
        FROM generate_series(0, {rows - 1}) t(i), unnest([{names}]) u(c)""")
    con.execute(f"""
        INSERT INTO fct_flag (interaction_id, flag, priority, reason)
        SELECT 'ix-' || i, (['low_qa_score', 'complaint', 'escalation_risk'])[1 + i % 3], 1 + i % 3, 'bench flag'
        FROM generate_series(0, {rows - 1}) t(i) WHERE i % 10 < 3""")
    con.execute(f"""
        INSERT INTO fct_topic (interaction_id, taxonomy, topic, confidence, rank)
        SELECT 'ix-' || i, 'default', 'topic_' || (i % 25), 0.7, 1 FROM generate_series(0, {rows - 1}) t(i)""")
    con.execute("""
        INSERT INTO dim_agent (agent_id, agent_name, team)
        SELECT 'A-' || a, 'Agent ' || a, 'team-' || (a % 10) FROM generate_series(0, 199) t(a)""")
    con.execute("INSERT INTO cfg_qa_review VALUES ('review_sample_rate', '0.05'), ('review_sample_below', '0ccc')")
    con.execute("CHECKPOINT")
    wh.close()


def timed(client, path: str, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        r = client.get(path)
        assert r.status_code == 200, (path, r.status_code, r.text[:300])
        out.append(float(re.search(r"dur=([0-9.]+)", r.headers["server-timing"]).group(1)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from pipeline.app.auth import add_user
    from pipeline.app.server import AppSettings, create_app

    tmp = Path(tempfile.mkdtemp(prefix="servicelens-app-bench-"))
    url = f"duckdb:///{tmp / 'warehouse.duckdb'}"
    t0 = time.perf_counter()
    generate(url, args.rows)
    print(f"warehouse of {args.rows:,} interactions built in {time.perf_counter() - t0:.1f} s ({tmp})")
    t0 = time.perf_counter()
    app = create_app(AppSettings(warehouse_url=url, store_path=str(tmp / "store.sqlite"), background=False))
    print(f"app start incl. snapshot copy: {time.perf_counter() - t0:.1f} s")
    add_user(app.state.store, "bench", "lead", "bench-password")
    client = TestClient(app)
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    client.post("/login", data={"csrf_token": token, "username": "bench", "password": "bench-password"})
    queue_size = app.state.reader.query("SELECT count(*) FROM qa_review_queue")[0][0]
    print(f"review queue: {queue_size:,} interactions")
    cases = {
        "queue, first page": "/queue",
        "queue, page 300": "/queue?page=300",
        "queue, sort by score desc": "/queue?sort=qa_score&desc=1",
        "queue, channel + language": "/queue?channel=call&language=ru",
        "queue, team": "/queue?team=team-3",
        "queue, agent": "/queue?agent=A-17",
        "queue, flag": "/queue?flag=complaint",
        "queue, failed criterion": "/queue?failed=empathy",
        "queue, topic": "/queue?topic=topic_4",
        "queue, score range": "/queue?score_min=40&score_max=55",
        "queue, night": "/queue?night=2026-08-20",
        "queue, not reviewed": "/queue?reviewed=no",
        "queue, all filters": "/queue?channel=chat&team=team-2&failed=closing&score_max=80&reviewed=no&sort=started_at",
        "interaction page": "/i/ix-4242",
        "interaction page (other)": "/i/ix-99001",
    }
    client.get("/queue")  # warm the filter choices
    print(f"{'page':<32} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    worst_queue = 0.0
    for name, path in cases.items():
        times = sorted(timed(client, path, args.repeats))
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        if name.startswith("queue"):
            worst_queue = max(worst_queue, p95)
        print(f"{name:<32} {statistics.median(times):>10.1f} {p95:>8.1f} {times[-1]:>8.1f}")
    print(f"worst queue p95: {worst_queue:.1f} ms (target <= 300 ms)")
    app.state.reader.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
