-- Staging: repeat rates per customer contact (default window is chosen by the marts).
CREATE OR REPLACE VIEW stg_repeat_summary AS
SELECT repeat_window,
       count(*)                                   AS n_repeats,
       count(*) FILTER (WHERE same_topic)          AS n_same_topic_repeats,
       count(*) FILTER (WHERE channel <> previous_channel) AS n_cross_channel,
       avg(gap_hours)                             AS avg_gap_hours
FROM fct_repeat_link
GROUP BY repeat_window;
