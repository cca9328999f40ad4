-- The emerging themes of every night, newest first; one row per night x theme.
CREATE OR REPLACE VIEW emerging_themes AS
SELECT night, theme_id, label, size, n_recent, emerging_reason, matched_topic, topic_coverage,
       q_value, first_seen, keywords, examples, daily_counts, channels, queues, repeat_share,
       negative_end_share
FROM fct_theme
WHERE is_emerging;
