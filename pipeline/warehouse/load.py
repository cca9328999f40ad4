"""Loading analysed interactions into the warehouse, idempotently.

Each interaction becomes one ``fct_interaction`` row plus child rows (turns, topics, signals,
criteria, flags, call metrics). A content hash over all of them decides what to write: a re-run of
the same night finds identical hashes and writes nothing, so rows stay identical; changed content
(new rules, a fixed file) replaces that interaction's rows as a whole.
"""

from __future__ import annotations

import hashlib
import json
from json.encoder import encode_basestring as _json_string  # json.dumps' own str encoder (ensure_ascii=False)

import orjson
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Iterable, Sequence, overload

from pipeline.customers.identity import DEFAULT_SALT, identities
from pipeline.model import Channel, CustomerRef, Interaction, Rejected, Speaker
from pipeline.runtime.gc_pause import paused_gc
from pipeline.kpi.timings import first_response_seconds, handle_time_seconds
from pipeline.warehouse.backend import Warehouse

CHILD_TABLES = ("fct_turn", "fct_topic", "fct_signal", "fct_criterion", "fct_flag", "fct_call_metrics",
                "fct_interaction_identity")

INTERACTION_COLUMNS = (
    "interaction_id", "channel", "status", "started_at", "ended_at", "run_date", "customer_id",
    "agent_id", "queue", "direction", "language", "language_confidence", "subject", "n_turns",
    "n_customer_turns", "n_agent_turns", "handle_time_s", "first_response_s", "sla_threshold_s",
    "sla_met", "queue_wait_s", "hold_s", "wrap_up_s", "qa_score", "sentiment_label",
    "sentiment_score", "customer_sentiment_start", "customer_sentiment_end", "sentiment_trajectory",
    "is_complaint", "complaint_confidence", "risk_escalation", "risk_churn", "risk_legal",
    "risk_abuse", "n_flags", "top_flag_priority", "pii_counts", "metadata", "source_path",
    "audio_path", "audio_sha256", "audio_duration_s",
)
TURN_COLUMNS = ("interaction_id", "turn_index", "speaker", "author_id", "text", "started_at",
                "start_offset_s", "end_offset_s", "language", "sentiment_label", "sentiment_score",
                "role_inferred")
TOPIC_COLUMNS = ("interaction_id", "taxonomy", "topic", "confidence", "rank")
SIGNAL_COLUMNS = ("interaction_id", "signal", "detected", "confidence", "evidence")
CRITERION_COLUMNS = ("interaction_id", "criterion_id", "scorecard", "result", "confidence", "weight",
                     "critical", "evidence", "note")
FLAG_COLUMNS = ("interaction_id", "flag", "priority", "reason", "evidence")
METRIC_COLUMNS = ("interaction_id", "duration_s", "talk_agent_s", "talk_customer_s", "talk_ratio",
                  "silence_ratio", "longest_silence_s", "longest_silence_at_s", "overtalk_s",
                  "interruptions_by_agent", "interruptions_by_customer", "agent_words_per_minute")
IDENTITY_COLUMNS = ("interaction_id", "identity", "identity_type")
COLUMNS = {
    "fct_interaction": INTERACTION_COLUMNS, "fct_turn": TURN_COLUMNS, "fct_topic": TOPIC_COLUMNS,
    "fct_signal": SIGNAL_COLUMNS, "fct_criterion": CRITERION_COLUMNS, "fct_flag": FLAG_COLUMNS,
    "fct_call_metrics": METRIC_COLUMNS, "fct_interaction_identity": IDENTITY_COLUMNS,
}


@dataclass(slots=True)
class RunInfo:
    """What the loader needs to know about the run."""

    run_id: str
    run_date: date
    sla_seconds: dict[str, float] = field(default_factory=dict)
    # the deployment's secret identity key (HMAC, pipeline.customers.identity_key); the name is historical
    identity_salt: str = DEFAULT_SALT
    rules_dir: str | None = None  # rules/pii.yaml used to redact quarantine rows (None: the project's)

    def for_workers(self) -> RunInfo:
        """What building rows needs (run date, SLAs), without the identity key: identities are hashed
        by the single writer only, so the secret never travels to Dask workers."""
        return RunInfo(self.run_id, self.run_date, dict(self.sla_seconds), identity_salt="", rules_dir=self.rules_dir)


@dataclass(slots=True)
class LoadCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    quarantined_new: int = 0
    quarantined_surveys: int = 0  # survey rows rejected while loading (part of the run's n_quarantined)

    @property
    def written(self) -> int:
        return self.new + self.changed


@overload
def _utc_naive(value: datetime) -> datetime: ...
@overload
def _utc_naive(value: None) -> None: ...
def _utc_naive(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is None:
        return value
    if value.tzinfo is not timezone.utc:
        value = value.astimezone(timezone.utc)
    return value.replace(tzinfo=None)


def _evidence_json(evidence) -> str | None:
    """The evidence list as JSON: exactly ``json.dumps([e.as_dict() for e in evidence], ensure_ascii=False)``,
    written directly when every field has its declared type (the single writer serialises about twenty
    evidence lists per contact; this is several times faster than the general encoder)."""
    if not evidence:
        return None
    if all(type(e.turn_index) is int and type(e.start) is int and type(e.end) is int and type(e.text) is str
           for e in evidence):
        return "[" + ", ".join(
            f'{{"turn_index": {e.turn_index}, "start": {e.start}, "end": {e.end}, "text": {_json_string(e.text)}}}'
            for e in evidence) + "]"
    return json.dumps([e.as_dict() for e in evidence], ensure_ascii=False)


def _float(value: Any) -> float | None:
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


def interaction_rows(ix: Interaction, run: RunInfo, customer_id: str | None,
                     carried: list[tuple[str, str]]) -> dict[str, list[tuple]]:
    """All warehouse rows of one interaction, keyed by table (without run bookkeeping columns).

    ``carried`` is the contact's (kind, hash) identities, as :func:`resolve_customers` computed them.
    """
    iid = ix.interaction_id
    meta = ix.metadata
    frt = first_response_seconds(ix)
    sla = run.sla_seconds.get(ix.channel.value)
    signal = {s.signal: s for s in ix.signals}

    def detected(name: str) -> bool | None:
        s = signal.get(name)
        return None if s is None else bool(s.detected)

    sent = ix.sentiment
    complaint = signal.get("complaint")
    top_priority = min((f.priority for f in ix.flags), default=None)
    audio = ix.audio
    row = (
        iid, ix.channel.value, ix.status.value, _utc_naive(ix.started_at), _utc_naive(ix.ended_at),
        run.run_date, customer_id, ix.agent_id, ix.queue, meta.get("direction"), ix.language,
        ix.language_confidence, ix.subject, len(ix.turns),
        sum(t.speaker == Speaker.CUSTOMER for t in ix.turns),
        sum(t.speaker == Speaker.AGENT for t in ix.turns),
        handle_time_seconds(ix), frt, sla,
        None if frt is None or sla is None else frt <= sla,
        _float(meta.get("queue_wait_s")), _float(meta.get("hold_s")), _float(meta.get("wrap_up_s")),
        ix.qa_score,
        sent.label if sent else None, sent.score if sent else None,
        sent.customer_start if sent else None, sent.customer_end if sent else None,
        sent.trajectory if sent else None,
        detected("complaint"), complaint.confidence if complaint else None,
        detected("escalation"), detected("churn"), detected("legal"), detected("abuse"),
        len(ix.flags), top_priority,
        json.dumps(ix.pii_counts, ensure_ascii=False, sort_keys=True) if ix.pii_counts else None,
        json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str) if meta else None,
        ix.source_path, audio.path if audio else None, audio.sha256 if audio else None,
        audio.duration_s if audio else None,
    )
    rows: dict[str, list[tuple]] = {"fct_interaction": [row]}
    rows["fct_turn"] = [
        (iid, t.index, t.speaker.value, t.author_id, t.text, _utc_naive(t.started_at), t.start_s, t.end_s,
         t.language, t.sentiment.label if t.sentiment else None,
         t.sentiment.score if t.sentiment else None, t.role_inferred)
        for t in ix.turns
    ]
    rows["fct_topic"] = [(iid, tp.taxonomy, tp.topic, tp.confidence, rank)
                         for rank, tp in enumerate(ix.topics, start=1)]
    rows["fct_signal"] = [(iid, s.signal, s.detected, s.confidence, _evidence_json(s.evidence))
                          for s in ix.signals]
    rows["fct_criterion"] = [(iid, c.criterion_id, c.scorecard, c.result, c.confidence, c.weight,
                              c.critical, _evidence_json(c.evidence), c.note) for c in ix.criteria]
    rows["fct_flag"] = [(iid, f.flag, f.priority, f.reason, _evidence_json(f.evidence)) for f in ix.flags]
    # every identity the contact carried: repeat-contact linking merges customers through them
    rows["fct_interaction_identity"] = [(iid, h, kind) for kind, h in carried]
    m = ix.audio_metrics
    rows["fct_call_metrics"] = [] if m is None else [(
        iid, m.duration_s, m.talk_agent_s, m.talk_customer_s, m.talk_ratio, m.silence_ratio,
        m.longest_silence_s, m.longest_silence_at_s, m.overtalk_s, m.interruptions_by_agent,
        m.interruptions_by_customer, m.agent_words_per_minute)]
    return rows


_CUSTOMER_COLUMN = INTERACTION_COLUMNS.index("customer_id")


@dataclass(slots=True)
class PreparedInteraction:
    """One interaction as the single writer needs it: its warehouse rows, built where it was analysed
    (a Dask worker), with the customer left open, plus the few fields the writer reads. The writer
    resolves the customer against the warehouse (:func:`resolve_customers`) and fills it in
    (:meth:`rows_for`). Shipping these rows to the flow process and unpickling them costs a tenth of
    the :class:`Interaction` objects they are built from (docs/SCALE.md, wave 6)."""

    interaction_id: str
    channel: Channel
    started_at: datetime
    agent_id: str | None
    customer: CustomerRef
    source_path: str | None
    rows: dict[str, list[tuple]]

    def rows_for(self, customer_id: str | None, carried: list[tuple[str, str]]) -> dict[str, list[tuple]]:
        """The rows with the resolved customer and the contact's identities (what
        :func:`interaction_rows` writes when it is given them)."""
        rows = dict(self.rows)
        main = rows["fct_interaction"][0]
        rows["fct_interaction"] = [main[:_CUSTOMER_COLUMN] + (customer_id,) + main[_CUSTOMER_COLUMN + 1:]]
        rows["fct_interaction_identity"] = [(self.interaction_id, h, kind) for kind, h in carried]
        return rows


def prepare(ix: Interaction, run: RunInfo) -> PreparedInteraction:
    """``ix``'s rows before its customer is known (runs on the worker that analysed it)."""
    return PreparedInteraction(ix.interaction_id, ix.channel, ix.started_at, ix.agent_id, ix.customer,
                               ix.source_path, interaction_rows(ix, run, None, []))


def content_hash(rows: dict[str, list[tuple]]) -> str:
    """Hash of everything stored for one interaction except the run date."""
    main = rows["fct_interaction"][0]
    payload = [main[:5] + main[6:]] + [rows.get(table, ()) for table in CHILD_TABLES]
    return hashlib.blake2b(orjson.dumps(payload, default=str), digest_size=16).hexdigest()


def resolve_customers(wh: Warehouse, interactions: Sequence[Interaction | PreparedInteraction], salt: str
                      ) -> tuple[dict[str, str | None], list[tuple], dict[str, list[tuple[str, str]]]]:
    """customer_id per interaction: the known customer of any of its identities, else its strongest one.

    Returns the mapping, the new (identity, type, customer_id) rows to register and each contact's
    (kind, hash) identities. Identities seen together in one contact (a chat with phone and email)
    are linked to the same customer.
    """
    per_ix = {ix.interaction_id: identities(ix.customer, salt) for ix in interactions}
    all_ids = sorted({h for ids in per_ix.values() for _, h in ids})
    known: dict[str, str] = {}
    if all_ids:
        wh._set_keys(all_ids)
        known = dict(wh.query("SELECT identity, customer_id FROM dim_customer_identity "
                              "WHERE identity IN (SELECT k FROM _sl_keys)"))
    new_rows: list[tuple] = []
    result: dict[str, str | None] = {}
    for ix in sorted(interactions, key=lambda i: (i.started_at, i.interaction_id)):
        ids = per_ix[ix.interaction_id]
        if not ids:
            result[ix.interaction_id] = None
            continue
        customer = next((known[h] for _, h in ids if h in known), ids[0][1])
        for kind, h in ids:
            if h not in known:
                known[h] = customer
                new_rows.append((h, kind, customer, _utc_naive(ix.started_at)))
        result[ix.interaction_id] = customer
    return result, new_rows, per_ix


def _quarantine_id(r: Rejected) -> str:
    return hashlib.blake2b(f"{r.source}|{r.item}|{r.stage}|{r.reason}".encode(), digest_size=12).hexdigest()


def load_quarantine(wh: Warehouse, rejected: Iterable[Rejected], run: RunInfo) -> int:
    """Record rejected items; the same item with the same reason is recorded once across runs.

    Every row is redacted first (:mod:`pipeline.nlp.quarantine_redaction`): location, reason and a
    redacted excerpt, never the raw line. The id is computed on the redacted row (deterministic).
    """
    from pipeline.nlp.quarantine_redaction import redact_rejected

    rows = {}
    for r in redact_rejected(list(rejected), run.rules_dir):
        rows[_quarantine_id(r)] = r
    if not rows:
        return 0
    wh._set_keys(list(rows))
    existing = {k for (k,) in wh.query("SELECT quarantine_id FROM etl_quarantine "
                                      "WHERE quarantine_id IN (SELECT k FROM _sl_keys)")}
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    fresh = [(qid, run.run_id, run.run_date, now, r.source, r.item, r.stage, r.reason, r.detail)
             for qid, r in rows.items() if qid not in existing]
    wh.insert_rows("etl_quarantine", ("quarantine_id", "run_id", "run_date", "first_seen_at", "source",
                                      "item", "stage", "reason", "detail"), fresh)
    return len(fresh)


def load_agents(wh: Warehouse, agents: dict[str, dict[str, str]],
                interactions: Sequence[Interaction | PreparedInteraction]) -> None:
    """Upsert ``dim_agent`` from the roster and the agents seen tonight (first/last seen widen)."""
    seen: dict[str, list[datetime]] = {}
    for ix in interactions:
        if ix.agent_id:
            seen.setdefault(ix.agent_id, []).append(_utc_naive(ix.started_at))
    ids = sorted(set(seen) | set(agents))
    if not ids:
        return
    wh._set_keys(ids)
    current = {r[0]: r for r in wh.query(
        "SELECT agent_id, agent_name, first_name, team, first_seen_at, last_seen_at FROM dim_agent "
        "WHERE agent_id IN (SELECT k FROM _sl_keys)")}
    rows = []
    for agent_id in ids:
        old = current.get(agent_id, (agent_id, None, None, None, None, None))
        roster = agents.get(agent_id, {})
        times = [t for t in seen.get(agent_id, []) if t is not None] + [t for t in old[4:6] if t is not None]
        rows.append((agent_id, roster.get("agent_name") or old[1], roster.get("first_name") or old[2],
                     roster.get("team") or old[3], min(times) if times else None, max(times) if times else None))
    if [tuple(current.get(r[0], ())) for r in rows] != rows:
        wh.replace_rows("dim_agent", "agent_id", ids,
                        ("agent_id", "agent_name", "first_name", "team", "first_seen_at", "last_seen_at"), rows)


@paused_gc
def load_interactions(wh: Warehouse, interactions: Sequence[Interaction | PreparedInteraction],
                      rejected: list[Rejected], run: RunInfo,
                      agents: dict[str, dict[str, str]] | None = None) -> LoadCounts:
    """Write a night's interactions and quarantine; unchanged interactions are left as they are.

    Items may come as :class:`Interaction` or already :func:`prepare`-d (rows built on a worker):
    the rows written are the same."""
    counts = LoadCounts()
    counts.quarantined_new = load_quarantine(wh, rejected, run)
    load_agents(wh, agents or {}, interactions)
    if not interactions:
        return counts
    prepared = [ix if isinstance(ix, PreparedInteraction) else prepare(ix, run) for ix in interactions]
    customers, identity_rows, carried = resolve_customers(wh, prepared, run.identity_salt)
    per_ix = {p.interaction_id: p.rows_for(customers[p.interaction_id], carried[p.interaction_id]) for p in prepared}
    hashes = {iid: content_hash(rows) for iid, rows in per_ix.items()}
    wh._set_keys(list(per_ix))
    existing = dict(wh.query("SELECT interaction_id, content_hash FROM fct_interaction "
                             "WHERE interaction_id IN (SELECT k FROM _sl_keys)"))
    changed = [iid for iid in per_ix if existing.get(iid) != hashes[iid]]
    counts.unchanged = len(per_ix) - len(changed)
    counts.new = sum(iid not in existing for iid in changed)
    counts.changed = len(changed) - counts.new
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    wh.execute("BEGIN")
    try:
        if identity_rows:
            wh.insert_rows("dim_customer_identity", ("identity", "identity_type", "customer_id", "first_seen_at"),
                           identity_rows)
        _upsert_customers(wh, prepared, customers)
        replaced = [iid for iid in changed if iid in existing]
        if replaced:
            wh._set_keys(replaced)
            for table in ("fct_interaction",) + CHILD_TABLES:
                wh.execute(f"DELETE FROM {table} WHERE interaction_id IN (SELECT k FROM _sl_keys)")
        for table, columns in COLUMNS.items():
            if table == "fct_interaction":
                rows = [per_ix[iid][table][0] + (hashes[iid], run.run_id, now) for iid in changed]
                wh.insert_rows(table, columns + ("content_hash", "run_id", "loaded_at"), rows)
            else:
                rows = [r + (run.run_id,) for iid in changed for r in per_ix[iid][table]]
                wh.insert_rows(table, columns + ("run_id",), rows)
        wh.execute("COMMIT")
    except Exception:
        wh.execute("ROLLBACK")
        raise
    return counts


def _upsert_customers(wh: Warehouse, interactions: Sequence[Interaction | PreparedInteraction],
                      customers: dict[str, str | None]) -> None:
    spans: dict[str, list[datetime]] = {}
    for ix in interactions:
        cid = customers.get(ix.interaction_id)
        if cid:
            spans.setdefault(cid, []).append(_utc_naive(ix.started_at))
    if not spans:
        return
    wh._set_keys(list(spans))
    current = {r[0]: r for r in wh.query("SELECT customer_id, first_seen_at, last_seen_at FROM dim_customer "
                                         "WHERE customer_id IN (SELECT k FROM _sl_keys)")}
    rows = []
    for cid, times in spans.items():
        old = current.get(cid)
        all_times = times + ([old[1], old[2]] if old else [])
        row = (cid, min(all_times), max(all_times))
        if old != row:
            rows.append(row)
    if rows:
        wh._set_keys([r[0] for r in rows])
        wh.execute("DELETE FROM dim_customer WHERE customer_id IN (SELECT k FROM _sl_keys)")
        wh.insert_rows("dim_customer", ("customer_id", "first_seen_at", "last_seen_at"), rows)
