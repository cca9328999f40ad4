-- Staging: one row per interaction with every KPI input normalised.
--   aht_s: calls = talk (handle_time_s, else the recording duration) + hold_s + wrap_up_s when
--          given; chats and emails = handle_time_s.
--   sla_met (chats, emails): first response within cfg_sla.threshold_s; the loader's sla_met
--          when no first response time is known.
--   answered_in_threshold (calls): queue_wait_s <= cfg_sla.threshold_s, NULL without queue wait.
--   Missing queue / agent / team read '(none)' so that NULL in kpi_daily always means "all".
CREATE OR REPLACE VIEW stg_interaction_kpi AS
SELECT i.interaction_id,
       CAST(i.started_at AS DATE)                                   AS day,
       i.channel,
       COALESCE(i.queue, '(none)')                                  AS queue,
       COALESCE(i.agent_id, '(none)')                               AS agent_id,
       COALESCE(a.team, '(none)')                                   AS team,
       CASE WHEN i.channel = 'call'
            THEN COALESCE(i.handle_time_s, i.audio_duration_s) + COALESCE(i.hold_s, 0) + COALESCE(i.wrap_up_s, 0)
            ELSE i.handle_time_s END                                AS aht_s,
       CASE WHEN i.channel IN ('chat', 'email') THEN i.first_response_s END AS first_response_s,
       CASE WHEN i.channel NOT IN ('chat', 'email') THEN NULL
            WHEN i.first_response_s IS NOT NULL THEN i.first_response_s <= s.threshold_s
            ELSE i.sla_met END                                      AS sla_met,
       CASE WHEN i.channel = 'call' AND i.queue_wait_s IS NOT NULL
            THEN i.queue_wait_s <= s.threshold_s END                AS answered_in_threshold,
       i.fcr_status,
       i.is_repeat,
       CASE WHEN i.is_repeat IS NULL THEN NULL
            ELSE COALESCE(rl.same_topic, FALSE) END                 AS is_same_topic_repeat,
       i.qa_score,
       i.is_complaint,
       i.sentiment_score,
       i.customer_sentiment_end,
       COALESCE(sv.csat_n, 0)         AS csat_n,
       COALESCE(sv.csat_satisfied, 0) AS csat_satisfied,
       COALESCE(sv.nps_n, 0)          AS nps_n,
       COALESCE(sv.nps_promoters, 0)  AS nps_promoters,
       COALESCE(sv.nps_detractors, 0) AS nps_detractors,
       COALESCE(sv.ces_n, 0)          AS ces_n,
       sv.ces_sum
FROM fct_interaction i
LEFT JOIN dim_agent a ON a.agent_id = i.agent_id
LEFT JOIN cfg_sla s ON s.channel = i.channel
LEFT JOIN cfg_repeat_window w ON w.is_default
LEFT JOIN fct_repeat_link rl ON rl.interaction_id = i.interaction_id AND rl.repeat_window = w.repeat_window
LEFT JOIN stg_survey_by_interaction sv ON sv.interaction_id = i.interaction_id;
