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
