-- key: interaction_id, taxonomy, topic
CREATE TABLE IF NOT EXISTS fct_topic (
    interaction_id TEXT NOT NULL,
    taxonomy       TEXT NOT NULL,
    topic          TEXT NOT NULL,
    confidence     DOUBLE PRECISION,
    rank           INTEGER,
    run_id         TEXT
);
