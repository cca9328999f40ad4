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

-- personal-data issue: why a night ran with less than configured (status 'degraded'); added after
-- the first release, so warehouses created before get the column here
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS degraded_reason TEXT;

-- Liveness of nightly runs (pipeline/flows/run_liveness.py): which process ran a night, its last
-- sign of life, and why a run that never finished was marked `abandoned` by a later run.
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS pid INTEGER;

ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS host TEXT;

ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS process_token TEXT;   -- boot id + process start time: a reused pid is another process

ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS heartbeat_at TIMESTAMP;

ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS status_reason TEXT;   -- why a run was marked abandoned (or failed)
