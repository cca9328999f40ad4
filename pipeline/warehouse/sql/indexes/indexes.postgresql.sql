-- PostgreSQL only (issue 12): the indexes the loader, the views and the QA queue need on a shared,
-- growing warehouse. Each batch's load looks up and replaces its interactions by interaction_id in
-- every fact table; without these every batch would scan the whole history. DuckDB gets none: its
-- ART indexes slow bulk inserts 2-3x and its zone maps serve these scans (see 00_core.sql).
CREATE INDEX IF NOT EXISTS ix_fct_interaction_id ON fct_interaction (interaction_id);
CREATE INDEX IF NOT EXISTS ix_fct_interaction_started ON fct_interaction (started_at);
CREATE INDEX IF NOT EXISTS ix_fct_interaction_run_date ON fct_interaction (run_date);
CREATE INDEX IF NOT EXISTS ix_fct_interaction_customer ON fct_interaction (customer_id, started_at);
CREATE INDEX IF NOT EXISTS ix_fct_interaction_agent ON fct_interaction (agent_id, started_at);
CREATE INDEX IF NOT EXISTS ix_fct_turn_interaction ON fct_turn (interaction_id);
CREATE INDEX IF NOT EXISTS ix_fct_topic_interaction ON fct_topic (interaction_id);
CREATE INDEX IF NOT EXISTS ix_fct_signal_interaction ON fct_signal (interaction_id);
CREATE INDEX IF NOT EXISTS ix_fct_criterion_interaction ON fct_criterion (interaction_id);
CREATE INDEX IF NOT EXISTS ix_fct_flag_interaction ON fct_flag (interaction_id);
CREATE INDEX IF NOT EXISTS ix_fct_call_metrics_interaction ON fct_call_metrics (interaction_id);
CREATE INDEX IF NOT EXISTS ix_fct_interaction_identity_interaction ON fct_interaction_identity (interaction_id);
CREATE INDEX IF NOT EXISTS ix_fct_interaction_identity_identity ON fct_interaction_identity (identity);
CREATE INDEX IF NOT EXISTS ix_fct_repeat_link_interaction ON fct_repeat_link (interaction_id);
CREATE INDEX IF NOT EXISTS ix_fct_repeat_link_customer ON fct_repeat_link (customer_id, started_at);
CREATE INDEX IF NOT EXISTS ix_fct_survey_interaction ON fct_survey (interaction_id);
CREATE INDEX IF NOT EXISTS ix_qa_review_interaction ON qa_review (interaction_id, criterion_id);
CREATE INDEX IF NOT EXISTS ix_dim_customer_identity_customer ON dim_customer_identity (customer_id);
