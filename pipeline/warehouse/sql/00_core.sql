-- Core schema of the Servicelens warehouse (foundation). Idempotent: safe to apply on every run.
-- Key columns are fixed by ../shared/DESIGN.md; timestamps are UTC.
-- Fact tables carry no PRIMARY KEY constraint: DuckDB's ART indexes make bulk inserts 2-3x and
-- bulk deletes ~25x slower. The loader guarantees the keys named in each table's comment (it
-- replaces an interaction's rows as a whole inside one transaction); tests check uniqueness.

CREATE TABLE IF NOT EXISTS etl_run (
    run_id          TEXT PRIMARY KEY,
    run_date        DATE,
    source          TEXT,
    started_at      TIMESTAMP,
    finished_at     TIMESTAMP,
    status          TEXT,            -- running | succeeded | failed
    parameters      TEXT,            -- JSON
    code_version    TEXT,
    rules_version   TEXT,
    models_version  TEXT,
    n_ingested      INTEGER,
    n_loaded        INTEGER,         -- new or changed interactions written
    n_unchanged     INTEGER,         -- already in the warehouse with identical content
    n_quarantined   INTEGER,
    counts          TEXT             -- JSON: per channel, per stage
);

CREATE TABLE IF NOT EXISTS etl_quarantine (
    quarantine_id   TEXT PRIMARY KEY, -- hash of source + item + stage + reason: a re-run adds nothing twice
    run_id          TEXT,             -- the run that first saw it
    run_date        DATE,
    first_seen_at   TIMESTAMP,
    source          TEXT,
    item            TEXT,
    stage           TEXT,
    reason          TEXT,
    detail          TEXT
);

-- key: interaction_id
CREATE TABLE IF NOT EXISTS fct_interaction (
    interaction_id          TEXT NOT NULL,
    channel                 TEXT NOT NULL,
    status                  TEXT,
    started_at              TIMESTAMP,
    ended_at                TIMESTAMP,
    run_date                DATE,
    customer_id             TEXT,
    agent_id                TEXT,
    queue                   TEXT,
    direction               TEXT,
    language                TEXT,
    language_confidence     DOUBLE PRECISION,
    subject                 TEXT,
    n_turns                 INTEGER,
    n_customer_turns        INTEGER,
    n_agent_turns           INTEGER,
    handle_time_s           DOUBLE PRECISION,
    first_response_s        DOUBLE PRECISION,
    sla_threshold_s         DOUBLE PRECISION,
    sla_met                 BOOLEAN,
    queue_wait_s            DOUBLE PRECISION,
    hold_s                  DOUBLE PRECISION,
    wrap_up_s               DOUBLE PRECISION,
    qa_score                DOUBLE PRECISION,
    sentiment_label         TEXT,
    sentiment_score         DOUBLE PRECISION,
    customer_sentiment_start DOUBLE PRECISION,
    customer_sentiment_end  DOUBLE PRECISION,
    sentiment_trajectory    TEXT,
    is_complaint            BOOLEAN,
    complaint_confidence    DOUBLE PRECISION,
    risk_escalation         BOOLEAN,
    risk_churn              BOOLEAN,
    risk_legal              BOOLEAN,
    risk_abuse              BOOLEAN,
    n_flags                 INTEGER,
    top_flag_priority       INTEGER,
    pii_counts              TEXT,     -- JSON: placeholder type -> count
    metadata                TEXT,     -- JSON
    source_path             TEXT,
    audio_path              TEXT,
    audio_sha256            TEXT,
    audio_duration_s        DOUBLE PRECISION,
    is_repeat               BOOLEAN,  -- filled by repeat-contact linking
    fcr_status              TEXT,     -- resolved | not_resolved | pending
    content_hash            TEXT,     -- idempotent loads: unchanged content is not rewritten
    run_id                  TEXT,
    loaded_at               TIMESTAMP
);

-- key: interaction_id, turn_index
CREATE TABLE IF NOT EXISTS fct_turn (
    interaction_id   TEXT NOT NULL,
    turn_index       INTEGER NOT NULL,
    speaker          TEXT NOT NULL,
    author_id        TEXT,
    text             TEXT,            -- redacted
    started_at       TIMESTAMP,
    start_offset_s   DOUBLE PRECISION,
    end_offset_s     DOUBLE PRECISION,
    language         TEXT,
    sentiment_label  TEXT,
    sentiment_score  DOUBLE PRECISION,
    role_inferred    BOOLEAN,
    run_id           TEXT
);

-- key: interaction_id, taxonomy, topic
CREATE TABLE IF NOT EXISTS fct_topic (
    interaction_id TEXT NOT NULL,
    taxonomy       TEXT NOT NULL,
    topic          TEXT NOT NULL,
    confidence     DOUBLE PRECISION,
    rank           INTEGER,
    run_id         TEXT
);

-- key: interaction_id, signal
CREATE TABLE IF NOT EXISTS fct_signal (
    interaction_id TEXT NOT NULL,
    signal         TEXT NOT NULL,     -- complaint | escalation | churn | legal | abuse
    detected       BOOLEAN,
    confidence     DOUBLE PRECISION,
    evidence       TEXT,              -- JSON list of {turn_index, start, end, text}
    run_id         TEXT
);

-- key: interaction_id, criterion_id
CREATE TABLE IF NOT EXISTS fct_criterion (
    interaction_id TEXT NOT NULL,
    criterion_id   TEXT NOT NULL,
    scorecard      TEXT,
    result         TEXT NOT NULL,     -- pass | fail | na
    confidence     DOUBLE PRECISION,
    weight         DOUBLE PRECISION,
    critical       BOOLEAN,
    evidence       TEXT,              -- JSON list of {turn_index, start, end, text}; null when nothing matched
    note           TEXT,
    run_id         TEXT
);

-- key: interaction_id, flag
CREATE TABLE IF NOT EXISTS fct_flag (
    interaction_id TEXT NOT NULL,
    flag           TEXT NOT NULL,
    priority       INTEGER,
    reason         TEXT,
    evidence       TEXT,
    run_id         TEXT
);

-- key: interaction_id
CREATE TABLE IF NOT EXISTS fct_call_metrics (
    interaction_id             TEXT NOT NULL,
    duration_s                 DOUBLE PRECISION,
    talk_agent_s               DOUBLE PRECISION,
    talk_customer_s            DOUBLE PRECISION,
    talk_ratio                 DOUBLE PRECISION,
    silence_ratio              DOUBLE PRECISION,
    longest_silence_s          DOUBLE PRECISION,
    longest_silence_at_s       DOUBLE PRECISION,
    overtalk_s                 DOUBLE PRECISION,
    interruptions_by_agent     INTEGER,
    interruptions_by_customer  INTEGER,
    agent_words_per_minute     DOUBLE PRECISION,
    run_id                     TEXT
);

CREATE TABLE IF NOT EXISTS dim_agent (
    agent_id       TEXT PRIMARY KEY,
    agent_name     TEXT,
    first_name     TEXT,
    team           TEXT,
    first_seen_at  TIMESTAMP,
    last_seen_at   TIMESTAMP
);

CREATE TABLE IF NOT EXISTS dim_customer (
    customer_id    TEXT PRIMARY KEY,  -- pseudonymous key: a CRM id hash, or a phone/email hash
    first_seen_at  TIMESTAMP,
    last_seen_at   TIMESTAMP
);

-- Every identity (salted hash of a CRM id, E.164 phone or lower-cased email) and its customer.
CREATE TABLE IF NOT EXISTS dim_customer_identity (
    identity       TEXT PRIMARY KEY,
    identity_type  TEXT,              -- id | phone | email
    customer_id    TEXT NOT NULL,
    first_seen_at  TIMESTAMP
);

-- personal-data issue: why a night ran with less than configured (status 'degraded'); added after
-- the first release, so warehouses created before get the column here
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS degraded_reason TEXT;
