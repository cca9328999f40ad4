-- Settings the views read, written from rules/flags.yaml by pipeline.scoring.flags.sync_review_settings
-- (called by `servicelens review` and after every scoring load). Keys:
--   review_sample_rate   share of unflagged interactions sampled for review, e.g. '0.05'
--   review_sample_below  the same rate as a 4-hex-digit threshold on md5(interaction_id):
--                        an interaction is sampled when substr(md5(id), 1, 4) < this value.
--                        (Comparing fixed-width lower-case hex strings = comparing numbers, and
--                        md5/substr behave the same on DuckDB and PostgreSQL.)
-- Without a row nothing unflagged is sampled ('0000').
CREATE TABLE IF NOT EXISTS cfg_qa_review (
    setting TEXT PRIMARY KEY,
    value   TEXT
);
