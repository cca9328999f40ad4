-- complaint_topic_trends: per period ('day' | 'week', ISO weeks from Monday) x taxonomy x topic:
-- complaints with the topic, all complaints of the period, share, the same for the previous
-- period (the calendar day / week before; 0 when the topic had none) and the change, plus up to
-- three example interaction ids (latest first).
CREATE OR REPLACE VIEW complaint_topic_trends AS
WITH complaint AS (
    SELECT interaction_id, CAST(started_at AS DATE) AS day,
           CAST(date_trunc('week', started_at) AS DATE) AS week
    FROM fct_interaction WHERE is_complaint
),
totals AS (
    SELECT 'day' AS period, day AS period_start, count(*) AS n_complaints FROM complaint GROUP BY day
    UNION ALL
    SELECT 'week', week, count(*) FROM complaint GROUP BY week
),
tagged AS (
    SELECT 'day' AS period, day AS period_start, taxonomy, topic, interaction_id, started_at FROM stg_complaint_topic
    UNION ALL
    SELECT 'week', week, taxonomy, topic, interaction_id, started_at FROM stg_complaint_topic
),
ranked AS (
    SELECT period, period_start, taxonomy, topic, interaction_id,
           row_number() OVER (PARTITION BY period, period_start, taxonomy, topic
                              ORDER BY started_at DESC, interaction_id) AS rn
    FROM tagged
),
counts AS (
    SELECT period, period_start, taxonomy, topic, count(*) AS n_topic,
           string_agg(CASE WHEN rn <= 3 THEN interaction_id END, ',' ORDER BY rn) AS example_ids
    FROM ranked GROUP BY period, period_start, taxonomy, topic
),
current_period AS (
    SELECT c.*, t.n_complaints, CAST(c.n_topic AS DOUBLE PRECISION) / t.n_complaints AS share,
           CAST(c.period_start - (CASE WHEN c.period = 'day' THEN 1 ELSE 7 END) * INTERVAL '1 day' AS DATE)
               AS previous_start
    FROM counts c JOIN totals t ON t.period = c.period AND t.period_start = c.period_start
)
SELECT cp.period, cp.period_start, cp.taxonomy, cp.topic,
       cp.n_topic                                          AS n_complaints_topic,
       cp.n_complaints,
       cp.share,
       COALESCE(pc.n_topic, CASE WHEN pt.n_complaints IS NOT NULL THEN 0 END) AS previous_n,
       pt.n_complaints                                     AS previous_n_complaints,
       COALESCE(CAST(pc.n_topic AS DOUBLE PRECISION), 0) / pt.n_complaints AS previous_share,
       cp.n_topic - COALESCE(pc.n_topic, 0)                AS change_n,
       cp.share - COALESCE(CAST(pc.n_topic AS DOUBLE PRECISION), 0) / pt.n_complaints AS change_share,
       cp.example_ids
FROM current_period cp
LEFT JOIN totals pt ON pt.period = cp.period AND pt.period_start = cp.previous_start
LEFT JOIN counts pc ON pc.period = cp.period AND pc.period_start = cp.previous_start
                   AND pc.taxonomy = cp.taxonomy AND pc.topic = cp.topic;
