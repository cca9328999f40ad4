"""Repeat contacts and first-contact resolution, set-based over the warehouse.

``link_repeats(wh, run)`` is the last stage of a night. It reads the whole history from the
warehouse, so a night sees the contacts of every earlier night, and it recomputes everything a
night can change:

* *touched* contacts: loaded by this run (``run_id``) or never linked (``is_repeat IS NULL``);
* the customers of touched contacts, of customers merged tonight (``identity_links``) and of old
  links that pointed at a touched contact, get all their links rebuilt from scratch;
* other customers' ``pending`` contacts turn ``resolved`` once their window has closed (a
  same-topic follow-up would have touched the customer when it was loaded).

Each step is one SQL file of ``pipeline/warehouse/sql/transforms`` (``repeat_*.sql``, run by
:mod:`pipeline.warehouse.transforms`); this module only orders them inside one transaction.

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
from pipeline.warehouse.transforms import drop_scratch, query_transform, row_count, run_transform

log = logging.getLogger(__name__)


# --- the stage: each step is one SQL file of pipeline/warehouse/sql/transforms ------------------
SCRATCH = ("_sl_touched", "_sl_scope", "_sl_ix", "_sl_topic", "_sl_same", "_sl_event", "_sl_status", "_sl_merged")


def _as_of(wh: Warehouse, run_date: Any) -> datetime | None:
    newest = query_transform(wh, "repeat_newest_contact")[0][0]
    end_of_night = None
    if run_date:
        day = run_date if isinstance(run_date, date) else date.fromisoformat(str(run_date)[:10])
        end_of_night = datetime(day.year, day.month, day.day) + timedelta(days=1)
    candidates = [t for t in (newest, end_of_night) if t is not None]
    return max(candidates) if candidates else None


def _scope(wh: Warehouse, run_id: str | None, full: bool) -> None:
    """``_sl_touched`` (contacts new to linking) and ``_sl_scope`` (customers to recompute)."""
    run_transform(wh, "repeat_touched", run_id=run_id or "", full=full)
    run_transform(wh, "repeat_scope")


def _events(wh: Warehouse, rc: RepeatConfig) -> None:
    """``_sl_event``: every contact of the scoped customers with its nearest neighbours."""
    run_transform(wh, "repeat_scoped_contacts")
    run_transform(wh, "repeat_contact_topics", taxonomy=rc.topic_taxonomy,
                  min_confidence=rc.min_topic_confidence, top_only=rc.same_topic == "top")
    run_transform(wh, "repeat_same_topic_neighbours")
    run_transform(wh, "repeat_neighbours")


def _write_links(wh: Warehouse, run_id: str | None) -> None:
    run_transform(wh, "repeat_links_clear")
    run_transform(wh, "repeat_links_insert", run_id=run_id)


def _write_status(wh: Warehouse, rc: RepeatConfig, as_of: datetime | None) -> None:
    run_transform(wh, "repeat_status", default_hours=rc.default_hours, fcr_hours=rc.fcr_hours,
                  untopiced_uses_any=rc.fcr_untopiced_uses_any, as_of=as_of)
    run_transform(wh, "repeat_status_apply")
    run_transform(wh, "repeat_status_close_windows", fcr_hours=rc.fcr_hours, as_of=as_of)
    run_transform(wh, "repeat_status_unplaceable")


def _write_flags(wh: Warehouse, rc: RepeatConfig, run_id: str | None) -> None:
    flag = rc.flag
    run_transform(wh, "repeat_flags_clear", flag=flag.name)
    if flag.enabled:
        reason = (f"same-topic repeat within {rc.default_window}: the customer contacted about the same "
                  "topic before")
        run_transform(wh, "repeat_flags_insert", flag=flag.name, priority=flag.priority, reason=reason,
                      run_id=run_id, window=rc.default_window)
    run_transform(wh, "repeat_flag_summary")


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
        "touched": row_count(wh, "_sl_touched"),
        "customers": row_count(wh, "_sl_scope"),
        "interactions": row_count(wh, "_sl_ix"),
        "merged_customers": merged.get("merged_customers", 0),
        "full": full,
        "as_of": as_of.isoformat() if as_of else None,
    }
    per_window = query_transform(wh, "repeat_link_counts")
    counts["links"] = {window: int(n) for window, n, _ in per_window}
    counts["same_topic_links"] = {window: int(n) for window, _, n in per_window if n}
    counts["repeats"] = counts["links"].get(rc.default_window, 0)
    counts["same_topic_repeats"] = counts["same_topic_links"].get(rc.default_window, 0)
    counts["fcr"] = dict(query_transform(wh, "repeat_fcr_counts"))
    drop_scratch(wh, SCRATCH)
    log.info("repeat contacts: %s", counts)
    return counts
