-- Staging: complaint contacts x their primary topic (rank 1) per taxonomy. Secondary labels of a
-- multi-label contact are left out of trends: counting them dilutes a real rise (measured on the
-- demo's billing incident) and a complaint has one main reason for product teams.
CREATE OR REPLACE VIEW stg_complaint_topic AS
SELECT t.interaction_id, t.taxonomy, t.topic, i.started_at, i.channel,
       CAST(i.started_at AS DATE)                      AS day,
       CAST(date_trunc('week', i.started_at) AS DATE)  AS week
FROM fct_topic t
JOIN fct_interaction i ON i.interaction_id = t.interaction_id
WHERE i.is_complaint AND t.rank = 1;
