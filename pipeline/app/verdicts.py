"""Reviewer verdicts from the workspace and the agreement figures of ``servicelens review --agreement``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from pipeline.app.reader import WarehouseReader
from pipeline.app.redact import redact_free_text
from pipeline.app.store import Store, utcnow
from pipeline.warehouse.identifiers import where_set

VERDICTS = ("agree", "disagree")
RESULTS = ("pass", "fail", "na")


@dataclass
class VerdictInput:
    criterion_id: str  # '*' = the interaction as a whole
    verdict: str
    corrected_result: str | None = None
    comment: str | None = None


def record_verdicts(store: Store, reader: WarehouseReader, interaction_id: str, reviewer: str,
                    verdicts: list[VerdictInput]) -> list[str]:
    """Store verdicts (one transaction, audited); returns their review ids."""
    auto = {r[0]: r[1] for r in reader.query(
        "SELECT criterion_id, result FROM fct_criterion WHERE interaction_id = ?", [interaction_id])}
    ids = []
    now = utcnow()
    with store.transaction() as con:
        for v in verdicts:
            if v.verdict not in VERDICTS:
                raise ValueError(f"verdict must be agree or disagree, not {v.verdict!r}")
            if v.criterion_id != "*" and v.criterion_id not in auto:
                raise ValueError(f"interaction {interaction_id} has no criterion {v.criterion_id!r}")
            corrected = v.corrected_result if v.verdict == "disagree" and v.corrected_result in RESULTS else None
            review_id = hashlib.sha256(f"{interaction_id}|{v.criterion_id}|{reviewer}|{now}".encode()).hexdigest()[:16]
            con.execute(
                "INSERT INTO qa_review (review_id, interaction_id, criterion_id, verdict, auto_result, corrected_result, "
                "comment, reviewer, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (review_id, interaction_id, v.criterion_id, v.verdict, auto.get(v.criterion_id), corrected,
                 redact_free_text(v.comment) or None, reviewer, now))
            store.audit(reviewer, "verdict", interaction_id, f"{v.criterion_id}={v.verdict}", con=con)
            ids.append(review_id)
    return ids


def all_verdicts(store: Store, reader: WarehouseReader, interaction_id: str | None = None,
                 agent_id: str | None = None) -> list[dict]:
    """Verdicts from the warehouse (snapshot) and the store, each review once."""
    where, params = where_set({
        "r.interaction_id = ?": interaction_id,
        "r.interaction_id IN (SELECT interaction_id FROM fct_interaction WHERE agent_id = ?)": agent_id})
    rows = {r["review_id"]: r for r in reader.query_dicts(
        "SELECT review_id, interaction_id, criterion_id, verdict, auto_result, corrected_result, comment, reviewer, "
        f"CAST(reviewed_at AS VARCHAR) AS reviewed_at FROM qa_review r{where}", params)}
    store_where, store_params = where_set({"interaction_id = ?": interaction_id})
    for r in store.query_dicts(
            "SELECT review_id, interaction_id, criterion_id, verdict, auto_result, corrected_result, comment, reviewer, "
            f"reviewed_at FROM qa_review{store_where}", store_params):
        rows.setdefault(r["review_id"], r)
    result = list(rows.values())
    if agent_id and not interaction_id:
        own = {r[0] for r in reader.query("SELECT interaction_id FROM fct_interaction WHERE agent_id = ?", [agent_id])}
        result = [r for r in result if r["interaction_id"] in own]
    return sorted(result, key=lambda r: (str(r["reviewed_at"]), r["review_id"]))


def agreement(verdicts: list[dict]) -> list[dict]:
    """Per criterion, exactly the columns and rounding of the ``qa_review_agreement`` view."""
    per: dict[str, dict] = {}
    for v in verdicts:
        row = per.setdefault(v["criterion_id"], {"criterion_id": v["criterion_id"], "verdicts": 0, "agreed": 0,
                                                  "disagreed": 0, "false_fails": 0, "false_passes": 0})
        row["verdicts"] += 1
        if v["verdict"] == "agree":
            row["agreed"] += 1
        else:
            row["disagreed"] += 1
            row["false_fails"] += v["auto_result"] == "fail"
            row["false_passes"] += v["auto_result"] == "pass"
    for row in per.values():
        row["agreement_rate"] = round(row["agreed"] / row["verdicts"], 3)
    return [per[k] for k in sorted(per)]
