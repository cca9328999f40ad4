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
