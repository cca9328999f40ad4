"""Repeat contacts and first-contact resolution, set-based over the warehouse.

``link_repeats(wh, run)`` is the last stage of a night. It reads the whole history from the
warehouse, so a night sees the contacts of every earlier night, and it recomputes everything a
night can change:

* *touched* contacts: loaded by this run (``run_id``) or never linked (``is_repeat IS NULL``);
* the customers of touched contacts, of customers merged tonight (``identity_links``) and of old
  links that pointed at a touched contact, get all their links rebuilt from scratch;
* other customers' ``pending`` contacts turn ``resolved`` once their window has closed (a
  same-topic follow-up would have touched the customer when it was loaded).

Links of a customer are a pure function of that customer's contacts in the warehouse, so loading a
date range at once (backfill) and loading it night by night end in the same rows, and re-running a
night changes nothing.

Definitions (``rules/kpi.yaml``, section ``repeat``):

* **repeat** within window W: an earlier contact of the same customer started at most W before
  (``gap <= W``, boundary included). "Earlier" orders by ``(started_at, interaction_id)``.
* **same topic**: both contacts carry a topic of ``topic_taxonomy`` in ``fct_topic`` with
  confidence ``>= min_topic_confidence``; ``same_topic: any_shared`` = at least one topic in
  common, ``top`` = equal rank-1 topics. Contacts without topics are never same-topic repeats.
* ``fct_interaction.is_repeat``: repeat in the default window (any topic); ``NULL`` only before
  linking, ``FALSE`` for contacts without a customer.
* **FCR** (``fcr_status``) over ``fcr_window``: ``not_resolved`` when a later same-topic contact of
  the customer starts within the window (for contacts without topics, any later contact when
  ``fcr_untopiced_uses_any``); else ``resolved`` once ``started_at + W <= as_of``; else
  ``pending``. ``as_of`` = the later of the newest ``started_at`` in the warehouse and the end
  of the run date. Contacts without a customer (or a start time) get no status (``NULL``).
* a ``repeat_contact`` flag (``fct_flag``) marks same-topic repeats in the default window, with
  evidence ``{"previous_interaction_id", "gap_hours", "window"}``.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any


from pipeline.kpi.config import KpiConfig, RepeatConfig, load_kpi_config, sync_kpi_config
from pipeline.customers.merging import IdentityConfig, load_identity_config, merge_customers
from pipeline.warehouse.backend import Warehouse

log = logging.getLogger(__name__)


# --- the stage ------------------------------------------------------------------------------------
_GAP = "(extract(epoch FROM {a}) - extract(epoch FROM {b})) / 3600.0"


def _as_of(wh: Warehouse, run_date: Any) -> datetime | None:
    newest = wh.query("SELECT max(started_at) FROM fct_interaction")[0][0]
    end_of_night = None
    if run_date:
        day = run_date if isinstance(run_date, date) else date.fromisoformat(str(run_date)[:10])
        end_of_night = datetime(day.year, day.month, day.day) + timedelta(days=1)
    candidates = [t for t in (newest, end_of_night) if t is not None]
    return max(candidates) if candidates else None


def _temp(wh: Warehouse, name: str, select: str, params: list | None = None) -> None:
    wh.execute(f"DROP TABLE IF EXISTS {name}")
    wh.execute(f"CREATE TEMP TABLE {name} AS {select}", params)


def _scope(wh: Warehouse, run_id: str | None, full: bool) -> None:
    """``_sl_touched`` (contacts new to linking) and ``_sl_scope`` (customers to recompute)."""
    everything = "OR TRUE" if full else ""
    _temp(wh, "_sl_touched",
          f"SELECT interaction_id, customer_id FROM fct_interaction WHERE is_repeat IS NULL OR run_id = ? {everything}",
          [run_id or ""])
    _temp(wh, "_sl_scope", """
        SELECT DISTINCT customer_id FROM (
            SELECT customer_id FROM _sl_touched
            UNION SELECT l.customer_id FROM fct_repeat_link l
                  WHERE l.interaction_id IN (SELECT interaction_id FROM _sl_touched)
                     OR l.previous_interaction_id IN (SELECT interaction_id FROM _sl_touched)
            UNION SELECT customer_id FROM _sl_merged
        ) s WHERE customer_id IS NOT NULL""")


def _events(wh: Warehouse, rc: RepeatConfig) -> None:
    """``_sl_event``: every contact of the scoped customers with its nearest neighbours.

    prev/next any topic via LAG/LEAD per customer; prev/next same topic via LAG/LEAD per
    customer x topic, the latest previous and the earliest next over the contact's topics.
    """
    _temp(wh, "_sl_ix", """
        SELECT i.interaction_id, i.customer_id, i.started_at, i.channel
        FROM fct_interaction i
        WHERE i.customer_id IN (SELECT customer_id FROM _sl_scope) AND i.started_at IS NOT NULL""")
    top_only = "AND rk = 1" if rc.same_topic == "top" else ""
    _temp(wh, "_sl_topic", f"""
        SELECT interaction_id, customer_id, started_at, channel, topic FROM (
            SELECT x.interaction_id, x.customer_id, x.started_at, x.channel, t.topic,
                   row_number() OVER (PARTITION BY t.interaction_id
                                      ORDER BY t.rank NULLS LAST, t.confidence DESC NULLS LAST, t.topic) AS rk
            FROM _sl_ix x JOIN fct_topic t ON t.interaction_id = x.interaction_id
            WHERE t.taxonomy = ? AND COALESCE(t.confidence, 1.0) >= ?
        ) s WHERE TRUE {top_only}""", [rc.topic_taxonomy, rc.min_topic_confidence])
    gap_prev = _GAP.format(a="started_at", b="p_started_at")
    gap_next = _GAP.format(a="n_started_at", b="started_at")
    _temp(wh, "_sl_same", f"""
        WITH nb AS (
            SELECT interaction_id, started_at,
                   LAG(interaction_id) OVER w AS p_id, LAG(started_at) OVER w AS p_started_at,
                   LAG(channel) OVER w AS p_channel,
                   LEAD(started_at) OVER w AS n_started_at
            FROM _sl_topic
            WINDOW w AS (PARTITION BY customer_id, topic ORDER BY started_at, interaction_id)
        ), ranked AS (
            SELECT interaction_id, p_id, p_channel, {gap_prev} AS p_gap_h,
                   min({gap_next}) OVER (PARTITION BY interaction_id) AS n_gap_h,
                   row_number() OVER (PARTITION BY interaction_id
                                      ORDER BY p_started_at DESC NULLS LAST, p_id DESC) AS rn
            FROM nb
        )
        SELECT interaction_id, p_id AS ps_id, p_channel AS ps_channel, p_gap_h AS ps_gap_h, n_gap_h AS ns_gap_h,
               TRUE AS has_topic
        FROM ranked WHERE rn = 1""")
    _temp(wh, "_sl_event", f"""
        WITH nb AS (
            SELECT interaction_id, customer_id, started_at, channel,
                   LAG(interaction_id) OVER w AS p_id, LAG(started_at) OVER w AS p_started_at,
                   LAG(channel) OVER w AS p_channel, LEAD(started_at) OVER w AS n_started_at
            FROM _sl_ix
            WINDOW w AS (PARTITION BY customer_id ORDER BY started_at, interaction_id)
        )
        SELECT nb.interaction_id, nb.customer_id, nb.started_at, nb.channel,
               nb.p_id, nb.p_channel, {gap_prev} AS p_gap_h, {gap_next} AS n_gap_h,
               s.ps_id, s.ps_channel, s.ps_gap_h, s.ns_gap_h, COALESCE(s.has_topic, FALSE) AS has_topic
        FROM nb LEFT JOIN _sl_same s ON s.interaction_id = nb.interaction_id""")


def _write_links(wh: Warehouse, run_id: str | None) -> None:
    wh.execute("""
        DELETE FROM fct_repeat_link
        WHERE interaction_id IN (SELECT interaction_id FROM _sl_ix UNION SELECT interaction_id FROM _sl_touched)""")
    wh.execute("""
        INSERT INTO fct_repeat_link (interaction_id, repeat_window, window_hours, customer_id, started_at,
            previous_interaction_id, gap_hours, channel, previous_channel, same_topic,
            previous_same_topic_interaction_id, same_topic_gap_hours, previous_same_topic_channel, run_id)
        SELECT e.interaction_id, w.repeat_window, w.window_hours, e.customer_id, e.started_at,
               e.p_id, e.p_gap_h, e.channel, e.p_channel,
               COALESCE(e.ps_gap_h <= w.window_hours, FALSE),
               CASE WHEN e.ps_gap_h <= w.window_hours THEN e.ps_id END,
               CASE WHEN e.ps_gap_h <= w.window_hours THEN e.ps_gap_h END,
               CASE WHEN e.ps_gap_h <= w.window_hours THEN e.ps_channel END,
               ?
        FROM _sl_event e JOIN cfg_repeat_window w ON e.p_gap_h <= w.window_hours""", [run_id])


def _write_status(wh: Warehouse, rc: RepeatConfig, as_of: datetime | None) -> None:
    _temp(wh, "_sl_status", """
        SELECT e.interaction_id,
               COALESCE(e.p_gap_h <= ?, FALSE) AS is_repeat,
               CASE WHEN e.ns_gap_h <= ? OR (CAST(? AS BOOLEAN) AND NOT e.has_topic AND e.n_gap_h <= ?)
                    THEN 'not_resolved'
                    WHEN e.started_at + CAST(? AS DOUBLE PRECISION) * INTERVAL '1 hour' <= CAST(? AS TIMESTAMP)
                    THEN 'resolved'
                    ELSE 'pending' END AS fcr_status
        FROM _sl_event e""",
          [rc.default_hours, rc.fcr_hours, rc.fcr_untopiced_uses_any, rc.fcr_hours, rc.fcr_hours, as_of])
    wh.execute("""
        UPDATE fct_interaction SET is_repeat = s.is_repeat, fcr_status = s.fcr_status
        FROM _sl_status s
        WHERE fct_interaction.interaction_id = s.interaction_id
          AND (fct_interaction.is_repeat IS DISTINCT FROM s.is_repeat
               OR fct_interaction.fcr_status IS DISTINCT FROM s.fcr_status)""")
    # pending contacts of customers with nothing new: no same-topic contact followed (it would have
    # been linked when it was loaded), so the status only waits for the window to close
    wh.execute("""
        UPDATE fct_interaction SET fcr_status = 'resolved'
        WHERE fcr_status = 'pending' AND started_at + CAST(? AS DOUBLE PRECISION) * INTERVAL '1 hour' <= CAST(? AS TIMESTAMP)
          AND customer_id NOT IN (SELECT customer_id FROM _sl_scope)""", [rc.fcr_hours, as_of])
    # contacts nobody can place (no customer, or no start time): not a repeat, no FCR status
    wh.execute("""
        UPDATE fct_interaction SET is_repeat = FALSE, fcr_status = NULL
        WHERE is_repeat IS NULL AND (customer_id IS NULL OR started_at IS NULL)""")


def _json_str(expr: str) -> str:
    return f"""'"' || replace(replace({expr}, '\\', '\\\\'), '"', '\\"') || '"'"""


def _write_flags(wh: Warehouse, rc: RepeatConfig, run_id: str | None) -> None:
    flag = rc.flag
    wh.execute("DELETE FROM fct_flag WHERE flag = ? AND interaction_id IN (SELECT interaction_id FROM _sl_ix)",
               [flag.name])
    if flag.enabled:
        reason = (f"same-topic repeat within {rc.default_window}: the customer contacted about the same "
                  "topic before")
        wh.execute(f"""
            INSERT INTO fct_flag (interaction_id, flag, priority, reason, evidence, run_id)
            SELECT l.interaction_id, ?, ?, ?,
                   '{{"previous_interaction_id": ' || {_json_str('l.previous_same_topic_interaction_id')}
                   || ', "gap_hours": ' || CAST(round(CAST(l.same_topic_gap_hours AS NUMERIC), 2) AS TEXT)
                   || ', "previous_channel": ' || {_json_str('l.previous_same_topic_channel')}
                   || ', "window": ' || {_json_str('l.repeat_window')} || '}}',
                   ?
            FROM fct_repeat_link l
            WHERE l.repeat_window = ? AND l.same_topic
              AND l.interaction_id IN (SELECT interaction_id FROM _sl_ix)""",
                   [flag.name, flag.priority, reason, run_id, rc.default_window])
    # keep the interaction's flag summary in step with fct_flag
    wh.execute("""
        UPDATE fct_interaction SET n_flags = f.n_flags, top_flag_priority = f.top_priority
        FROM (SELECT x.interaction_id, count(fl.flag) AS n_flags, min(fl.priority) AS top_priority
              FROM _sl_ix x LEFT JOIN fct_flag fl ON fl.interaction_id = x.interaction_id
              GROUP BY x.interaction_id) f
        WHERE fct_interaction.interaction_id = f.interaction_id
          AND (fct_interaction.n_flags IS DISTINCT FROM f.n_flags
               OR fct_interaction.top_flag_priority IS DISTINCT FROM f.top_priority)""")


def link_repeats(wh: Warehouse, run: Any, config: KpiConfig | None = None, *,
                 identity_config: IdentityConfig | None = None, rules_dir: str | Path | None = None,
                 full: bool = False) -> dict[str, Any]:
    """Link repeat contacts, set FCR and repeat flags for everything this run can have changed.

    ``full`` recomputes every customer; it happens by itself when the repeat settings changed.

    ``run`` needs ``run_id`` and ``run_date`` (a ``RunInfo``). Returns counts:
    touched contacts, customers recomputed, merged customers, links per window, repeats and
    same-topic repeats in the default window, FCR statuses of the recomputed contacts, ``as_of``.
    """
    config = config or load_kpi_config(rules_dir)
    rc = config.repeat
    run_id = getattr(run, "run_id", None)
    run_date = getattr(run, "run_date", None)
    identity_config = identity_config or load_identity_config(rules_dir)
    wh.execute("BEGIN")
    try:
        full = sync_kpi_config(wh, config) or full
        merged = merge_customers(wh, identity_config, run_id)
        as_of = _as_of(wh, run_date)
        _scope(wh, run_id, full)
        _events(wh, rc)
        _write_links(wh, run_id)
        _write_status(wh, rc, as_of)
        _write_flags(wh, rc, run_id)
        wh.execute("COMMIT")
    except Exception:
        wh.execute("ROLLBACK")
        raise
    counts: dict[str, Any] = {
        "touched": wh.query("SELECT count(*) FROM _sl_touched")[0][0],
        "customers": wh.query("SELECT count(*) FROM _sl_scope")[0][0],
        "interactions": wh.query("SELECT count(*) FROM _sl_ix")[0][0],
        "merged_customers": merged.get("merged_customers", 0),
        "full": full,
        "as_of": as_of.isoformat() if as_of else None,
    }
    counts["links"] = dict(wh.query("""
        SELECT repeat_window, count(*) FROM fct_repeat_link
        WHERE interaction_id IN (SELECT interaction_id FROM _sl_ix) GROUP BY repeat_window ORDER BY 1"""))
    counts["same_topic_links"] = dict(wh.query("""
        SELECT repeat_window, count(*) FROM fct_repeat_link
        WHERE same_topic AND interaction_id IN (SELECT interaction_id FROM _sl_ix) GROUP BY repeat_window ORDER BY 1"""))
    counts["repeats"] = counts["links"].get(rc.default_window, 0)
    counts["same_topic_repeats"] = counts["same_topic_links"].get(rc.default_window, 0)
    counts["fcr"] = dict(wh.query("SELECT fcr_status, count(*) FROM _sl_status GROUP BY fcr_status ORDER BY 1"))
    for name in ("_sl_touched", "_sl_scope", "_sl_ix", "_sl_topic", "_sl_same", "_sl_event", "_sl_status", "_sl_merged"):
        wh.execute(f"DROP TABLE IF EXISTS {name}")
    log.info("repeat contacts: %s", counts)
    return counts
