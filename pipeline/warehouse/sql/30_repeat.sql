-- Repeat contacts, first-contact resolution, surveys, customer identity links (issue 6).
-- Idempotent. Written by pipeline/customers/repeat.py, pipeline/customers/merging.py, pipeline/ingest/surveys.py.
-- Like the core fact tables, facts here carry no PRIMARY KEY (bulk rewrites); keys hold by construction.

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

-- Which identities (salted hashes) each contact carried: the edges of cross-identity merging.
CREATE TABLE IF NOT EXISTS fct_interaction_identity (
    interaction_id  TEXT NOT NULL,
    identity        TEXT NOT NULL,
    identity_type   TEXT,             -- id | phone | email
    run_id          TEXT
    -- unique on (interaction_id, identity): the loader replaces an interaction's rows as a whole
);

-- Audit of customer merges: `merged_customer_id` now lives on as `customer_id`.
CREATE TABLE IF NOT EXISTS dim_customer_merge (
    merged_customer_id  TEXT PRIMARY KEY,
    customer_id         TEXT NOT NULL,
    run_id              TEXT,
    merged_at           TIMESTAMP
);

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

-- Service-level thresholds by channel, synced from rules/kpi.yaml (sla) by pipeline.customers.repeat.
CREATE TABLE IF NOT EXISTS cfg_sla (
    channel      TEXT PRIMARY KEY,
    threshold_s  DOUBLE PRECISION,
    target_pct   DOUBLE PRECISION
);

INSERT INTO cfg_sla (channel, threshold_s, target_pct)
SELECT d.channel, d.threshold_s, d.target_pct
FROM (VALUES ('chat', 60.0, 80.0), ('email', 14400.0, 90.0), ('call', 20.0, 80.0))
     AS d(channel, threshold_s, target_pct)
WHERE NOT EXISTS (SELECT 1 FROM cfg_sla c WHERE c.channel = d.channel);

-- Repeat windows, synced from rules/kpi.yaml (repeat) by pipeline.customers.repeat; marts read the
-- default window (is_repeat, same-topic repeat rate) from here.
CREATE TABLE IF NOT EXISTS cfg_repeat_window (
    repeat_window  TEXT PRIMARY KEY,
    window_hours   DOUBLE PRECISION NOT NULL,
    is_default     BOOLEAN,
    is_fcr         BOOLEAN
);

INSERT INTO cfg_repeat_window (repeat_window, window_hours, is_default, is_fcr)
SELECT d.repeat_window, d.window_hours, d.is_default, d.is_fcr
FROM (VALUES ('24h', 24.0, FALSE, FALSE), ('7d', 168.0, TRUE, TRUE), ('30d', 720.0, FALSE, FALSE))
     AS d(repeat_window, window_hours, is_default, is_fcr)
WHERE NOT EXISTS (SELECT 1 FROM cfg_repeat_window);

-- Fingerprint of the repeat settings the links were computed with: a change recomputes all.
CREATE TABLE IF NOT EXISTS cfg_repeat_state (
    setting  TEXT PRIMARY KEY,
    value    TEXT
);

-- Staging: surveys per interaction, additive so that marts can sum them at any grain.
CREATE OR REPLACE VIEW stg_survey_by_interaction AS
SELECT interaction_id,
       count(*) FILTER (WHERE survey_type = 'csat')                  AS csat_n,
       count(*) FILTER (WHERE survey_type = 'csat' AND is_positive)   AS csat_satisfied,
       sum(score) FILTER (WHERE survey_type = 'csat')                AS csat_sum,
       count(*) FILTER (WHERE survey_type = 'nps')                   AS nps_n,
       count(*) FILTER (WHERE survey_type = 'nps' AND is_positive)    AS nps_promoters,
       count(*) FILTER (WHERE survey_type = 'nps' AND is_negative)    AS nps_detractors,
       count(*) FILTER (WHERE survey_type = 'ces')                   AS ces_n,
       sum(score) FILTER (WHERE survey_type = 'ces')                 AS ces_sum
FROM fct_survey
WHERE interaction_id IS NOT NULL
GROUP BY interaction_id;

-- Staging: repeat rates per customer contact (default window is chosen by the marts).
CREATE OR REPLACE VIEW stg_repeat_summary AS
SELECT repeat_window,
       count(*)                                   AS n_repeats,
       count(*) FILTER (WHERE same_topic)          AS n_same_topic_repeats,
       count(*) FILTER (WHERE channel <> previous_channel) AS n_cross_channel,
       avg(gap_hours)                             AS avg_gap_hours
FROM fct_repeat_link
GROUP BY repeat_window;
