"""Survey results (CSAT, NPS, CES) from CSV files into ``fct_survey``.

Columns: ``survey_type`` (csat | nps | ces), ``score``, and either ``interaction_id`` (an email thread
also by its root Message-ID, ``email:<id@host>``) or a customer
(``customer_id`` / ``customer_phone`` / ``customer_email``) with ``responded_at``. A survey given by
customer and time is attributed, in SQL, to that customer's latest contact that started at most
``surveys.match_window_hours`` before the response. Phones and emails are hashed here exactly as
the loader hashes them; they are never stored.

Scales: CSAT 1..``csat_max`` (satisfied = score >= ``csat_satisfied_min``), NPS 0..10 (promoters
9-10, detractors 0-6), CES 1..``ces_max``. Rows that cannot be used come back as ``Rejected`` with
a reason a person can act on. ``survey_id`` is a hash of the row's content: a re-load of the same
file leaves its rows untouched, a row attributed differently (a merged customer) is replaced.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from pipeline.customers.identity import DEFAULT_SALT, identity_hash, normalize_email, normalize_phone
from pipeline.ingest.config import IngestConfig
from pipeline.ingest.textfiles import SAMPLE_BYTES, EncodingProblem, detect_encoding
from pipeline.model import Rejected
from pipeline.kpi.config import KpiConfig
from pipeline.warehouse.backend import Warehouse

STAGE = "surveys"
SURVEY_COLUMNS = ("survey_id", "interaction_id", "customer_id", "responded_at", "survey_type", "score",
                  "is_positive", "is_negative", "match_method", "source_path", "run_id", "loaded_at")
CUSTOMER_COLUMNS = ("customer_id", "customer_phone", "customer_email")


def _ranges(config: KpiConfig) -> dict[str, tuple[float, float]]:
    return {"csat": (1, config.surveys.csat_max), "nps": (0, 10), "ces": (1, config.surveys.ces_max)}


def _interaction_key(raw: str) -> str:
    """The warehouse id: survey tools know an email thread by its root Message-ID (``email:<id@host>``)."""
    value = raw.strip()
    if value.startswith("email:") and "@" in value:
        from pipeline.ingest.emails import email_interaction_id

        return email_interaction_id(value[len("email:"):])
    return value


def _shown(value: str, limit: int = 32) -> str:
    """A cell value fit for a quarantine reason: short values as written, long ones only by size."""
    return repr(value) if len(value) <= limit else f"of {len(value)} characters"


def _hash_or_none(kind: str, value: str | None, salt: str) -> str | None:
    return identity_hash(kind, value, salt) if value else None


def _parse_time(value: str, ingest: IngestConfig) -> datetime | None:
    try:
        return ingest.parse_timestamp(value).astimezone(timezone.utc).replace(tzinfo=None)
    except (ValueError, TypeError, OverflowError):
        return None


def read_survey_csv(path: Path, config: KpiConfig, salt: str, ingest: IngestConfig) -> tuple[pd.DataFrame, list[Rejected]]:
    """Validated rows of one file (identities hashed) and the rows rejected while reading."""
    source = str(path)
    try:
        with path.open("rb") as f:
            encoding = detect_encoding(path, f.read(SAMPLE_BYTES))  # UTF-8, UTF-16 with or without BOM
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding=encoding)
    except EncodingProblem as exc:
        return pd.DataFrame(), [Rejected(source, path.name, STAGE, str(exc))]
    except Exception as exc:  # unreadable file: one rejection for the file
        return pd.DataFrame(), [Rejected(source, path.name, STAGE, "cannot read the CSV file", str(exc))]
    df.columns = [c.strip().lower() for c in df.columns]
    missing = [c for c in ("survey_type", "score") if c not in df.columns]
    if "interaction_id" not in df.columns and not ("responded_at" in df.columns
                                                   and any(c in df.columns for c in CUSTOMER_COLUMNS)):
        missing.append("interaction_id or responded_at + customer_id/customer_phone/customer_email")
    if missing:
        return pd.DataFrame(), [Rejected(source, path.name, STAGE, f"missing columns: {', '.join(missing)}")]
    for col in ("interaction_id", "responded_at") + CUSTOMER_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    df = df.assign(row=[f"row {n}" for n in range(2, len(df) + 2)],
                   survey_type=df["survey_type"].str.strip().str.lower(),
                   interaction_id=[_interaction_key(v) for v in df["interaction_id"]])
    df["score_value"] = pd.to_numeric(df["score"].str.strip().str.replace(",", ".", regex=False), errors="coerce")
    df["responded"] = [_parse_time(v, ingest) if v.strip() else None for v in df["responded_at"]]
    df["id_hash"] = [_hash_or_none("id", v.strip(), salt) for v in df["customer_id"]]
    df["phone_hash"] = [_hash_or_none("phone", normalize_phone(v, ingest.default_region), salt) for v in df["customer_phone"]]
    df["email_hash"] = [_hash_or_none("email", normalize_email(v), salt) for v in df["customer_email"]]
    ranges = _ranges(config)
    # numeric (NaN for an unknown type): an object column of numbers and None cannot be compared
    low = pd.to_numeric(df["survey_type"].map(lambda t: ranges.get(t, (None, None))[0]), errors="coerce")
    high = pd.to_numeric(df["survey_type"].map(lambda t: ranges.get(t, (None, None))[1]), errors="coerce")
    has_customer = df[["id_hash", "phone_hash", "email_hash"]].notna().any(axis=1)
    problems = [
        (~df["survey_type"].isin(list(ranges)), lambda r: f"survey_type {_shown(r.survey_type)} is not csat, nps or ces"),
        (df["score_value"].isna(), lambda r: f"score {_shown(r.score)} is not a number"),
        (df["score_value"].notna() & low.notna() & ((df["score_value"] < low) | (df["score_value"] > high)),
         lambda r: f"{r.survey_type} score {r.score_value:g} is outside {ranges[r.survey_type][0]}..{ranges[r.survey_type][1]}"),
        ((df["responded_at"].str.strip() != "") & df["responded"].isna(),
         lambda r: f"responded_at {_shown(r.responded_at)} is not a timestamp"),
        ((df["interaction_id"] == "") & ~has_customer,
         lambda r: "no interaction_id and no usable customer_id / customer_phone / customer_email"),
        ((df["interaction_id"] == "") & has_customer & df["responded"].isna(),
         lambda r: "a survey given by customer needs responded_at"),
    ]
    bad = pd.Series(False, index=df.index)
    rejected: list[Rejected] = []
    for mask, reason in problems:
        fresh = mask & ~bad
        rejected += [Rejected(source, r.row, STAGE, reason(r)) for r in df[fresh].itertuples()]
        bad |= mask
    good = df[~bad].copy()
    good["source_path"] = source
    good["survey_id"] = [
        hashlib.blake2b("|".join(str(v) for v in vals).encode(), digest_size=12).hexdigest()
        for vals in zip(good["survey_type"], good["score_value"], good["responded"], good["interaction_id"],
                        good["id_hash"], good["phone_hash"], good["email_hash"])
    ]
    return good, rejected


_ATTRIBUTE = """
WITH by_id AS (
    SELECT s.survey_id, i.interaction_id, i.customer_id, 'interaction_id' AS match_method
    FROM _sl_survey_in s JOIN fct_interaction i ON i.interaction_id = s.interaction_id
    WHERE s.interaction_id <> ''
), customer AS (
    SELECT s.survey_id, s.responded, COALESCE(di.customer_id, dp.customer_id, de.customer_id) AS customer_id
    FROM _sl_survey_in s
    LEFT JOIN dim_customer_identity di ON di.identity = s.id_hash
    LEFT JOIN dim_customer_identity dp ON dp.identity = s.phone_hash
    LEFT JOIN dim_customer_identity de ON de.identity = s.email_hash
    WHERE s.interaction_id = ''
), by_customer AS (
    SELECT survey_id, interaction_id, customer_id, 'customer_time' AS match_method FROM (
        SELECT c.survey_id, i.interaction_id, c.customer_id,
               row_number() OVER (PARTITION BY c.survey_id ORDER BY i.started_at DESC, i.interaction_id DESC) AS rn
        FROM customer c JOIN fct_interaction i ON i.customer_id = c.customer_id
        WHERE i.started_at <= c.responded AND i.started_at >= c.responded - CAST(? AS DOUBLE PRECISION) * INTERVAL '1 hour') x
    WHERE rn = 1
)
SELECT s.survey_id, m.interaction_id, COALESCE(m.customer_id, c.customer_id), m.match_method
FROM _sl_survey_in s
LEFT JOIN (SELECT * FROM by_id UNION ALL SELECT * FROM by_customer) m ON m.survey_id = s.survey_id
LEFT JOIN customer c ON c.survey_id = s.survey_id
"""


def load_surveys(wh: Warehouse, paths: Iterable[str | Path], config: KpiConfig | None, run: Any, *,
                 salt: str | None = None, ingest: IngestConfig | None = None) -> list[Rejected]:
    """Load survey CSVs (files, or folders of ``*.csv``) into ``fct_survey``; returns the rejected rows.

    ``run`` needs ``run_id``; the identity salt is ``salt``, else ``run.identity_salt``.
    """
    config = config or KpiConfig()
    ingest = ingest or IngestConfig()
    salt = salt or getattr(run, "identity_salt", None) or DEFAULT_SALT
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.glob("*.csv")) if p.is_dir() else [p]
    frames, rejected = [], []
    for path in files:
        good, bad = read_survey_csv(path, config, salt, ingest)
        rejected += bad
        if len(good):
            frames.append(good)
    if not frames:
        return rejected
    rows = pd.concat(frames, ignore_index=True).drop_duplicates("survey_id")
    cols = ("survey_id", "interaction_id", "responded", "id_hash", "phone_hash", "email_hash")
    wh.execute("DROP TABLE IF EXISTS _sl_survey_in")
    wh.execute("CREATE TEMP TABLE _sl_survey_in (survey_id TEXT, interaction_id TEXT, responded TIMESTAMP, "
               "id_hash TEXT, phone_hash TEXT, email_hash TEXT)")
    wh.insert_rows("_sl_survey_in", cols, rows[list(cols)].astype(object).where(rows[list(cols)].notna(), None)
                   .itertuples(index=False, name=None))
    matched = {sid: (iid, cid, how) for sid, iid, cid, how in
               wh.query(_ATTRIBUTE, [config.surveys.match_window_hours])}
    wh.execute("DROP TABLE IF EXISTS _sl_survey_in")
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    out = []
    for r in rows.itertuples():
        iid, cid, how = matched.get(r.survey_id, (None, None, None))
        if iid is None:
            if r.interaction_id:
                reason = f"interaction_id {r.interaction_id!r} is not in the warehouse"
            elif cid is None:
                reason = "unknown customer: none of its identities has been seen in a contact"
            else:
                reason = (f"no contact of this customer within {config.surveys.match_window_hours:g} h "
                          "before responded_at")
            rejected.append(Rejected(r.source_path, r.row, STAGE, reason))
            continue
        score = float(r.score_value)
        positive = score >= config.surveys.csat_satisfied_min if r.survey_type == "csat" else (
            score >= 9 if r.survey_type == "nps" else None)
        negative = score <= 6 if r.survey_type == "nps" else None
        responded = None if pd.isna(r.responded) else r.responded
        out.append((r.survey_id, iid, cid, responded, r.survey_type, score, positive, negative, how,
                    r.source_path, getattr(run, "run_id", None), now))
    if out:  # rows already stored with the same attribution stay as they are (run_id, loaded_at)
        wh._set_keys([o[0] for o in out])
        stored = set(wh.query("SELECT survey_id, interaction_id, customer_id FROM fct_survey "
                              "WHERE survey_id IN (SELECT k FROM _sl_keys)"))
        out = [o for o in out if (o[0], o[1], o[2]) not in stored]
    if out:
        wh.replace_rows("fct_survey", "survey_id", [o[0] for o in out], SURVEY_COLUMNS, out)
    return rejected
