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
