-- Results of the declared data tests (sql/tests.yaml, pipeline/warehouse/data_tests.py), written as
-- the last step of every night. Idempotent. A re-run of the night replaces its rows.
CREATE TABLE IF NOT EXISTS etl_data_test (
    run_id          TEXT NOT NULL,
    test_name       TEXT NOT NULL,     -- e.g. unique(fct_interaction.interaction_id)
    test_kind       TEXT NOT NULL,     -- unique | unique_key | not_null | accepted_values | relationships
    object_name     TEXT NOT NULL,     -- the table or view tested
    column_name     TEXT,              -- the column (or the key's columns)
    offending_rows  BIGINT NOT NULL,   -- rows breaking the test; 0 = pass
    passed          BOOLEAN NOT NULL,
    error           TEXT,              -- the query failed (e.g. the table is missing): the message
    elapsed_s       DOUBLE PRECISION,
    checked_at      TIMESTAMP
    -- unique on (run_id, test_name)
);
