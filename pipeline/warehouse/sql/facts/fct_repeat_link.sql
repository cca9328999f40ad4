-- One row per interaction and repeat window (24h / 7d / 30d, from rules/kpi.yaml) in which an
-- earlier contact of the same customer exists. `previous_interaction_id` is the latest earlier
-- contact within the window, any topic; `previous_same_topic_interaction_id` the latest earlier
-- contact sharing a topic (NULL when none): `same_topic` = it exists. "Earlier" orders by
-- (started_at, interaction_id), so simultaneous contacts are ordered deterministically.
-- (`window` is an SQL keyword, hence `repeat_window`.)
CREATE TABLE IF NOT EXISTS fct_repeat_link (
    interaction_id                      TEXT NOT NULL,
    repeat_window                       TEXT NOT NULL,
    window_hours                        DOUBLE PRECISION,
    customer_id                         TEXT,
    started_at                          TIMESTAMP,
    previous_interaction_id             TEXT NOT NULL,
    gap_hours                           DOUBLE PRECISION,
    channel                             TEXT,
    previous_channel                    TEXT,
    same_topic                          BOOLEAN,
    previous_same_topic_interaction_id  TEXT,
    same_topic_gap_hours                DOUBLE PRECISION,
    previous_same_topic_channel         TEXT,
    run_id                              TEXT
    -- unique on (interaction_id, repeat_window) by construction; no index: rebuilt in bulk
);
