"""Blind calibration sessions and their report: agreement between reviewers (Cohen's kappa for two,
Fleiss' kappa for more) and between each reviewer and the automatic check, plus the disagreements."""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field

import numpy as np
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

from pipeline.app.store import Store, utcnow

LABELS = ["pass", "fail", "na"]


def create_session(store: Store, title: str, interaction_ids: list[str], reviewers: list[str], lead: str) -> str:
    if not interaction_ids or not reviewers:
        raise ValueError("a calibration session needs interactions and at least one reviewer")
    now = utcnow()
    session_id = hashlib.sha256(f"{title}|{lead}|{now}".encode()).hexdigest()[:12]
    with store.transaction() as con:
        con.execute("INSERT INTO qa_calibration_session VALUES (?, ?, ?, ?)", (session_id, title, lead, now))
        con.executemany("INSERT OR IGNORE INTO qa_calibration_item VALUES (?, ?)",
                        [(session_id, i) for i in interaction_ids])
        con.executemany("INSERT OR IGNORE INTO qa_calibration_reviewer VALUES (?, ?)",
                        [(session_id, r) for r in reviewers])
        store.audit(lead, "calibration_create", session_id, f"{len(interaction_ids)} items, {len(reviewers)} reviewers",
                    con=con)
    return session_id


def session(store: Store, session_id: str) -> dict | None:
    rows = store.query_dicts("SELECT * FROM qa_calibration_session WHERE session_id = ?", (session_id,))
    if not rows:
        return None
    s = rows[0]
    s["items"] = [r[0] for r in store.query(
        "SELECT interaction_id FROM qa_calibration_item WHERE session_id = ? ORDER BY interaction_id", (session_id,))]
    s["reviewers"] = [r[0] for r in store.query(
        "SELECT reviewer FROM qa_calibration_reviewer WHERE session_id = ? ORDER BY reviewer", (session_id,))]
    return s


def answered_items(store: Store, session_id: str, reviewer: str) -> set[str]:
    return {r[0] for r in store.query("SELECT DISTINCT interaction_id FROM qa_calibration_answer "
                                      "WHERE session_id = ? AND reviewer = ?", (session_id, reviewer))}


def submit_answers(store: Store, session_id: str, interaction_id: str, reviewer: str,
                   answers: dict[str, str], auto: dict[str, str]) -> None:
    """Store one reviewer's blind results for one item; answers are final once given."""
    now = utcnow()
    with store.transaction() as con:
        con.executemany(
            "INSERT OR IGNORE INTO qa_calibration_answer (session_id, interaction_id, criterion_id, reviewer, result, "
            "auto_result, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(session_id, interaction_id, cid, reviewer, res, auto.get(cid), now) for cid, res in answers.items()
             if res in LABELS])
        store.audit(reviewer, "calibration_answer", f"{session_id}/{interaction_id}", f"{len(answers)} criteria",
                    con=con)


def _kappa(ratings: list[list[str]]) -> float | None:
    """Kappa over subjects (rows) rated by the same raters (columns): Cohen for 2, Fleiss for more."""
    if not ratings:
        return None
    n_raters = len(ratings[0])
    if n_raters == 2:
        a, b = [r[0] for r in ratings], [r[1] for r in ratings]
        if len(set(a) | set(b)) == 1:
            return None  # everyone gave the same single label: kappa is 0/0; the percent agreement says 100%
        value = cohen_kappa_score(a, b, labels=LABELS)
    else:
        codes = np.array([[LABELS.index(x) for x in r] for r in ratings])
        table, _ = aggregate_raters(codes, n_cat=len(LABELS))
        if len({x for r in ratings for x in r}) == 1:
            return None
        value = fleiss_kappa(table, method="fleiss")
    return None if value is None or math.isnan(value) else float(value)


@dataclass
class CriterionAgreement:
    criterion_id: str
    subjects: int
    kappa: float | None
    percent_agreement: float | None
    method: str
    vs_auto: dict[str, float | None] = field(default_factory=dict)  # reviewer -> Cohen's kappa with the automatic


@dataclass
class CalibrationReport:
    reviewers: list[str]
    method: str
    overall_kappa: float | None
    criteria: list[CriterionAgreement]
    disagreements: list[dict]
    overall_vs_auto: dict[str, float | None]


def report(store: Store, s: dict) -> CalibrationReport:
    rows = store.query("SELECT interaction_id, criterion_id, reviewer, result, auto_result FROM qa_calibration_answer "
                       "WHERE session_id = ?", (s["session_id"],))
    reviewers = sorted({r[2] for r in rows})
    by_key: dict[tuple[str, str], dict[str, str]] = {}
    auto: dict[tuple[str, str], str | None] = {}
    for iid, cid, reviewer, result, auto_result in rows:
        by_key.setdefault((iid, cid), {})[reviewer] = result
        auto[(iid, cid)] = auto_result
    complete = {k: v for k, v in by_key.items() if len(v) == len(reviewers) and len(reviewers) >= 2}
    labelled_auto = {k: a for k, a in auto.items() if a in LABELS}
    method = "Cohen's kappa" if len(reviewers) == 2 else "Fleiss' kappa"
    criteria = []
    for cid in sorted({k[1] for k in by_key}):
        keys = sorted(k for k in complete if k[1] == cid)
        ratings = [[complete[k][r] for r in reviewers] for k in keys]
        pct = (sum(len(set(r)) == 1 for r in ratings) / len(ratings)) if ratings else None
        vs_auto = {}
        for reviewer in reviewers:
            pairs = [[v[reviewer], labelled_auto[k]] for k, v in by_key.items()
                     if k[1] == cid and reviewer in v and k in labelled_auto]
            vs_auto[reviewer] = _kappa(pairs)
        criteria.append(CriterionAgreement(cid, len(keys), _kappa(ratings) if len(reviewers) >= 2 else None,
                                           pct, method, vs_auto))
    all_ratings = [[complete[k][r] for r in reviewers] for k in sorted(complete)]
    overall_vs_auto = {r: _kappa([[v[r], labelled_auto[k]] for k, v in by_key.items() if r in v and k in labelled_auto])
                       for r in reviewers}
    disagreements = [{"interaction_id": k[0], "criterion_id": k[1], "answers": v, "auto_result": auto[k]}
                     for k, v in sorted(by_key.items()) if len(set(v.values())) > 1]
    return CalibrationReport(reviewers, method, _kappa(all_ratings) if len(reviewers) >= 2 else None,
                             criteria, disagreements, overall_vs_auto)
