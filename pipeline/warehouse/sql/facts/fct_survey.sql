-- Survey answers (pipeline/ingest/surveys.py): csat 1..5, nps 0..10, ces 1..7.
CREATE TABLE IF NOT EXISTS fct_survey (
    survey_id       TEXT NOT NULL,     -- hash of the source row: a re-load replaces, adds nothing twice
    interaction_id  TEXT,
    customer_id     TEXT,
    responded_at    TIMESTAMP,
    survey_type     TEXT NOT NULL,     -- csat | nps | ces
    score           DOUBLE PRECISION NOT NULL,
    is_positive     BOOLEAN,           -- csat: satisfied (>= csat_satisfied_min); nps: promoter (9-10)
    is_negative     BOOLEAN,           -- nps: detractor (0-6)
    match_method    TEXT,              -- interaction_id | customer_time
    source_path     TEXT,
    run_id          TEXT,
    loaded_at       TIMESTAMP
);
