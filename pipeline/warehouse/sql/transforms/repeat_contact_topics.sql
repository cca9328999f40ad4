-- Repeat linking: _sl_topic = the scoped contacts x their topics of :taxonomy with confidence at
-- least :min_confidence; only the rank-1 topic when :top_only (same_topic: top in rules/kpi.yaml).
-- params: taxonomy, min_confidence, top_only
CREATE TEMP TABLE _sl_topic AS
SELECT interaction_id, customer_id, started_at, channel, topic FROM (
    SELECT x.interaction_id, x.customer_id, x.started_at, x.channel, t.topic,
           row_number() OVER (PARTITION BY t.interaction_id
                              ORDER BY t.rank NULLS LAST, t.confidence DESC NULLS LAST, t.topic) AS rk
    FROM _sl_ix x JOIN fct_topic t ON t.interaction_id = x.interaction_id
    WHERE t.taxonomy = :taxonomy AND COALESCE(t.confidence, 1.0) >= :min_confidence
) s WHERE NOT CAST(:top_only AS BOOLEAN) OR rk = 1
