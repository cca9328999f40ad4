-- KPI marts (issue 6): kpi_daily and complaint_topic_trends. Views only: always current.
-- Days are UTC calendar days of fct_interaction.started_at.

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

-- kpi_daily: GROUPING SETS in one view; `grain` says which dimensions a row is cut by:
--   day     — all channels together            (channel, queue, team, agent_id NULL)
--   channel — day x channel                    (queue, team, agent_id NULL)
--   queue   — day x channel x queue            (team, agent_id NULL)
--   team    — day x channel x team             (queue, agent_id NULL)
--   agent   — day x channel x team x agent_id  (queue NULL)
-- Percentages are 0..100 over the contacts where the figure applies (NULL when none does).
-- fcr_pct = resolved / (resolved + not_resolved), only once no contact of the row is pending (NULL
-- before: while windows are open only failures are final, a partial figure would be biased low);
-- fcr_provisional_pct = share not (yet) followed by a same-topic repeat, (resolved + pending) / all
-- with a status: it falls towards fcr_pct as windows close and equals it then. CSAT % = share of CSAT answers >= csat_satisfied_min; NPS = % promoters - % detractors;
-- CES = average score; surveys count on the day/channel/agent of the contact they rate.
CREATE OR REPLACE VIEW kpi_daily AS
SELECT day,
       CASE WHEN GROUPING(channel) = 1 THEN 'day'
            WHEN GROUPING(queue) = 0 THEN 'queue'
            WHEN GROUPING(agent_id) = 0 THEN 'agent'
            WHEN GROUPING(team) = 0 THEN 'team'
            ELSE 'channel' END                                            AS grain,
       channel, queue, team, agent_id,
       count(*)                                                           AS n_interactions,
       CAST(avg(aht_s) AS DOUBLE PRECISION) AS aht_s,
       CAST(avg(first_response_s) AS DOUBLE PRECISION) AS avg_first_response_s,
       CAST(100.0 * avg(CAST(sla_met AS INTEGER)) AS DOUBLE PRECISION) AS sla_met_pct,
       count(answered_in_threshold)                                       AS n_calls_with_wait,
       CAST(100.0 * avg(CAST(answered_in_threshold AS INTEGER)) AS DOUBLE PRECISION) AS answered_in_threshold_pct,
       count(*) FILTER (WHERE fcr_status = 'resolved')                    AS n_fcr_resolved,
       count(*) FILTER (WHERE fcr_status = 'not_resolved')                AS n_fcr_not_resolved,
       count(*) FILTER (WHERE fcr_status = 'pending')                     AS n_fcr_pending,
       CASE WHEN count(*) FILTER (WHERE fcr_status = 'pending') = 0 THEN
       CAST(100.0 * count(*) FILTER (WHERE fcr_status = 'resolved')
            / NULLIF(count(*) FILTER (WHERE fcr_status IN ('resolved', 'not_resolved')), 0) AS DOUBLE PRECISION)
       END                                                                AS fcr_pct,
       CAST(100.0 * count(*) FILTER (WHERE fcr_status IN ('resolved', 'pending'))
            / NULLIF(count(fcr_status), 0) AS DOUBLE PRECISION)          AS fcr_provisional_pct,
       CAST(100.0 * avg(CAST(is_repeat AS INTEGER)) AS DOUBLE PRECISION) AS repeat_rate_pct,
       CAST(100.0 * avg(CAST(is_same_topic_repeat AS INTEGER)) AS DOUBLE PRECISION) AS same_topic_repeat_rate_pct,
       CAST(avg(qa_score) AS DOUBLE PRECISION) AS avg_qa_score,
       CAST(100.0 * avg(CAST(is_complaint AS INTEGER)) AS DOUBLE PRECISION) AS complaint_rate_pct,
       CAST(avg(sentiment_score) AS DOUBLE PRECISION) AS avg_sentiment,
       CAST(avg(customer_sentiment_end) AS DOUBLE PRECISION) AS avg_customer_sentiment_end,
       CAST(sum(csat_n) AS BIGINT) AS csat_n,
       CAST(100.0 * sum(csat_satisfied) / NULLIF(sum(csat_n), 0) AS DOUBLE PRECISION) AS csat_pct,
       CAST(sum(nps_n) AS BIGINT) AS nps_n,
       CAST(100.0 * (sum(nps_promoters) - sum(nps_detractors)) / NULLIF(sum(nps_n), 0) AS DOUBLE PRECISION) AS nps,
       CAST(sum(ces_n) AS BIGINT) AS ces_n,
       CAST(sum(ces_sum) / NULLIF(sum(ces_n), 0) AS DOUBLE PRECISION) AS ces_avg,
       CASE WHEN count(fcr_status) = 0 THEN 'no contact with an FCR status (not yet linked by repeat contacts)'
            WHEN count(*) FILTER (WHERE fcr_status = 'pending') > 0
                 THEN 'window still open: ' || CAST(count(*) FILTER (WHERE fcr_status = 'pending') AS TEXT)
                      || ' contact(s) pending'
       END                                                                AS fcr_pct_null_reason
FROM stg_interaction_kpi
GROUP BY GROUPING SETS ((day), (day, channel), (day, channel, queue), (day, channel, team),
                        (day, channel, team, agent_id));

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
