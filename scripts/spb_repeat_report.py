"""Repeat contacts in real citizen complaints («Наш Санкт-Петербург», ../shared/data).

    .venv/bin/python scripts/spb_repeat_report.py [--data DIR] [--warehouse URL] [--out outputs/reports]

Loads ``appeals.csv`` through the web-form adapter and the warehouse loader into a warehouse of
its own (default ``outputs/spb_complaints.duckdb``; the data is research-use and never leaves
``outputs/``), links repeats with the reason (``spb_reason``) as the topic, and reports:
repeat rates at 24 h / 7 d / 30 d (any reason, same reason, same reason and building), the share
of «Завершено: Пользователь удовлетворен решением проблемы» closures for repeats vs first
contacts, and FCR. Writes ``spb_repeat_report.md`` and ``.json`` into ``--out``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from types import SimpleNamespace

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from pipeline.customers.merging import IdentityConfig  # noqa: E402
from pipeline.ingest.webform import REASON_TAXONOMY, SATISFIED, read_appeals  # noqa: E402
from pipeline.customers.repeat import link_repeats  # noqa: E402
from pipeline.kpi.config import KpiConfig, RepeatConfig  # noqa: E402
from pipeline.warehouse import Warehouse, ensure_schema  # noqa: E402

DEFAULT_DATA = PROJECT.parent / "shared" / "data" / "spb_citizen_complaints_ru"
SALT = "spb-research"


def load(wh: Warehouse, data: Path, limit: int | None = None) -> dict:
    """Adapter → loader → ``_sl_spb_meta`` (outcome per appeal, for the report). Returns counts."""
    from rich.progress import Progress

    from pipeline.warehouse.load import RunInfo, load_interactions

    interactions, rejected = read_appeals(data, limit=limit)
    run = RunInfo(run_id="spb-webform", run_date=max(ix.started_at for ix in interactions).date(), identity_salt=SALT)
    counts = {"appeals": len(interactions), "rejected": len(rejected), "new": 0, "unchanged": 0}
    batch = 5000
    with Progress(transient=True) as progress:
        task = progress.add_task("loading appeals", total=len(interactions))
        for k in range(0, len(interactions), batch):
            part = interactions[k:k + batch]
            c = load_interactions(wh, part, rejected if k == 0 else [], run)
            counts["new"] += c.new + c.changed
            counts["unchanged"] += c.unchanged
            progress.advance(task, len(part))
    wh.execute("DROP TABLE IF EXISTS _sl_spb_meta")
    wh.execute("CREATE TEMP TABLE _sl_spb_meta (interaction_id TEXT, building_id TEXT, satisfied BOOLEAN, "
               "closed BOOLEAN, n_user_messages INTEGER)")
    wh.insert_rows("_sl_spb_meta", ("interaction_id", "building_id", "satisfied", "closed", "n_user_messages"),
                   [(ix.interaction_id, ix.metadata.get("building_id"), ix.metadata.get("final_status") == SATISFIED,
                     str(ix.metadata.get("final_status") or "").startswith("Завершено"),
                     ix.metadata.get("n_user_messages")) for ix in interactions])
    counts["run"] = run
    return counts


REPORT_SQL = """
WITH ix AS (
    SELECT i.interaction_id, i.started_at, i.fcr_status, m.satisfied, m.closed, m.building_id, m.n_user_messages,
           i.started_at >= (SELECT min(started_at) FROM fct_interaction WHERE channel = 'webform')
                           + w.window_hours * INTERVAL '1 hour' AS full_lookback,
           w.repeat_window, w.window_hours,
           l.interaction_id IS NOT NULL AS is_repeat,
           COALESCE(l.same_topic, FALSE) AS same_reason,
           COALESCE(l.same_topic AND pm.building_id = m.building_id, FALSE) AS same_reason_building,
           COALESCE(l.same_topic AND pm.building_id IS NOT DISTINCT FROM m.building_id, FALSE) AS same_reason_place
    FROM fct_interaction i
    JOIN _sl_spb_meta m ON m.interaction_id = i.interaction_id
    CROSS JOIN cfg_repeat_window w
    LEFT JOIN fct_repeat_link l ON l.interaction_id = i.interaction_id AND l.repeat_window = w.repeat_window
    LEFT JOIN _sl_spb_meta pm ON pm.interaction_id = l.previous_same_topic_interaction_id
    WHERE i.channel = 'webform'
)
SELECT repeat_window, max(window_hours) AS hours, count(*) AS appeals,
       100.0 * avg(CAST(is_repeat AS INTEGER)) AS repeat_any_pct,
       100.0 * avg(CAST(same_reason AS INTEGER)) AS repeat_same_reason_pct,
       100.0 * avg(CAST(same_reason_building AS INTEGER)) AS repeat_same_reason_building_pct,
       100.0 * avg(CAST(same_reason_place AS INTEGER)) AS repeat_same_reason_place_pct,
       count(*) FILTER (WHERE full_lookback) AS appeals_full_lookback,
       100.0 * avg(CAST(is_repeat AS INTEGER)) FILTER (WHERE full_lookback) AS repeat_any_pct_full_lookback,
       100.0 * avg(CAST(same_reason AS INTEGER)) FILTER (WHERE full_lookback) AS repeat_same_reason_pct_full_lookback,
       100.0 * avg(CAST(satisfied AS INTEGER)) FILTER (WHERE NOT is_repeat) AS satisfied_pct_first_contacts,
       100.0 * avg(CAST(satisfied AS INTEGER)) FILTER (WHERE is_repeat) AS satisfied_pct_repeats_any,
       100.0 * avg(CAST(satisfied AS INTEGER)) FILTER (WHERE same_reason) AS satisfied_pct_repeats_same_reason,
       100.0 * avg(CAST(satisfied AS INTEGER)) FILTER (WHERE is_repeat AND NOT same_reason) AS satisfied_pct_repeats_other_reason,
       100.0 * avg(CAST(satisfied AS INTEGER)) FILTER (WHERE closed AND NOT is_repeat) AS satisfied_pct_of_closed_first_contacts,
       100.0 * avg(CAST(satisfied AS INTEGER)) FILTER (WHERE closed AND same_reason) AS satisfied_pct_of_closed_same_reason_repeats
FROM ix GROUP BY repeat_window ORDER BY max(window_hours)
"""


def report(wh: Warehouse) -> dict:
    columns, rows = wh.query_with_columns(REPORT_SQL)
    windows = [dict(zip(columns, r)) for r in rows]
    fcr = dict(wh.query("SELECT fcr_status, count(*) FROM fct_interaction WHERE channel = 'webform' GROUP BY 1"))
    followups = wh.query("SELECT count(*) FILTER (WHERE n_user_messages > 1), count(*), "
                         "count(*) FILTER (WHERE building_id IS NULL) FROM _sl_spb_meta")[0]
    authors = wh.query("SELECT count(DISTINCT customer_id) FROM fct_interaction WHERE channel = 'webform'")[0][0]
    span = wh.query("SELECT min(started_at), max(started_at) FROM fct_interaction WHERE channel = 'webform'")[0]
    return {"windows": windows, "fcr_7d_same_reason": fcr, "authors": authors,
            "followup_tickets": followups[0], "tickets": followups[1], "without_building": followups[2], "from": str(span[0]), "to": str(span[1])}


def markdown(result: dict, counts: dict, seconds: dict) -> str:
    lines = [
        "# Repeat contacts in «Наш Санкт-Петербург» complaints",
        "",
        f"{counts['appeals']:,} appeals ({counts['rejected']} rejected) by {result['authors']:,} authors, "
        f"{result['from']} – {result['to']} UTC; customer = author, topic = the portal's reason "
        f"(taxonomy `{REASON_TAXONOMY}`). Load {seconds['load']:.1f} s, link_repeats {seconds['link']:.1f} s.",
        "",
        "| window | repeat, any reason % | same reason % | same reason + building % | same reason + place % | "
        "any %, full look-back | same reason %, full look-back | satisfied: first contacts % | satisfied: repeats % | "
        "satisfied: same-reason repeats % | satisfied: other-reason repeats % |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    f = lambda v: "" if v is None else f"{v:.1f}"  # noqa: E731
    for w in result["windows"]:
        lines.append(f"| {w['repeat_window']} | {f(w['repeat_any_pct'])} | {f(w['repeat_same_reason_pct'])} | "
                     f"{f(w['repeat_same_reason_building_pct'])} | {f(w['repeat_same_reason_place_pct'])} | "
                     f"{f(w['repeat_any_pct_full_lookback'])} | "
                     f"{f(w['repeat_same_reason_pct_full_lookback'])} | {f(w['satisfied_pct_first_contacts'])} | "
                     f"{f(w['satisfied_pct_repeats_any'])} | {f(w['satisfied_pct_repeats_same_reason'])} | "
                     f"{f(w['satisfied_pct_repeats_other_reason'])} |")
    fcr = result["fcr_7d_same_reason"]
    final = fcr.get("resolved", 0) + fcr.get("not_resolved", 0)
    lines += [
        "",
        "\"Satisfied\" = final status «Завершено: Пользователь удовлетворен решением проблемы». "
        "\"Full look-back\" counts only appeals filed at least one window after the first appeal in the data. "
        f"\"Building\" needs the same known building id ({100 * result['without_building'] / max(result['tickets'], 1):.0f}% "
        "of appeals have none: streets, yards); "
        "\"place\" also counts two appeals without a building as the same place (as the SOURCE.md heuristic).",
        "",
        f"FCR (no same-reason appeal by the author within 7 days): {fcr.get('resolved', 0):,} resolved, "
        f"{fcr.get('not_resolved', 0):,} not resolved, {fcr.get('pending', 0):,} pending → "
        f"{100 * fcr.get('resolved', 0) / max(final, 1):.1f}% resolved at first contact.",
        f"Follow-up messages inside the same ticket: {result['followup_tickets']:,} of {result['tickets']:,} tickets "
        f"({100 * result['followup_tickets'] / max(result['tickets'], 1):.1f}%).",
        "",
        "Caveat: cross-ticket repeats are a derived signal, not a label: power users file many similar reports.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--warehouse", default=f"duckdb:///{PROJECT / 'outputs' / 'spb_complaints.duckdb'}")
    ap.add_argument("--out", default=str(PROJECT / "outputs" / "reports"))
    ap.add_argument("--limit", type=int, default=None, help="read only the first N appeals")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (data / "appeals.csv").is_file():
        raise SystemExit(f"no appeals.csv under {data}")
    config = KpiConfig(repeat=RepeatConfig(topic_taxonomy=REASON_TAXONOMY))
    seconds = {}
    with Warehouse.connect(args.warehouse) as wh:
        ensure_schema(wh)
        t = time.perf_counter()
        counts = load(wh, data, args.limit)
        seconds["load"] = time.perf_counter() - t
        t = time.perf_counter()
        run = counts.pop("run")
        link_repeats(wh, SimpleNamespace(run_id=run.run_id, run_date=run.run_date), config,
                     identity_config=IdentityConfig())
        seconds["link"] = time.perf_counter() - t
        result = report(wh)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    text = markdown(result, counts, seconds)
    (out / "spb_repeat_report.md").write_text(text, encoding="utf-8")
    (out / "spb_repeat_report.json").write_text(json.dumps({"counts": counts, "seconds": seconds, **result},
                                                           ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    print(text)
    return result


if __name__ == "__main__":
    main()
