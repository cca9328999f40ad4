-- Repeat linking: _sl_same = per contact with topics, its nearest same-topic neighbours: the latest
-- previous contact of the customer sharing a topic (id, channel, gap in hours) and the gap to the
-- earliest next one (LAG/LEAD per customer x topic, the nearest over the contact's topics).
-- params:
CREATE TEMP TABLE _sl_same AS
WITH nb AS (
    SELECT interaction_id, started_at,
           LAG(interaction_id) OVER w AS p_id, LAG(started_at) OVER w AS p_started_at,
           LAG(channel) OVER w AS p_channel,
           LEAD(started_at) OVER w AS n_started_at
    FROM _sl_topic
    WINDOW w AS (PARTITION BY customer_id, topic ORDER BY started_at, interaction_id)
), ranked AS (
    SELECT interaction_id, p_id, p_channel,
           (extract(epoch FROM started_at) - extract(epoch FROM p_started_at)) / 3600.0 AS p_gap_h,
           min((extract(epoch FROM n_started_at) - extract(epoch FROM started_at)) / 3600.0)
               OVER (PARTITION BY interaction_id) AS n_gap_h,
           row_number() OVER (PARTITION BY interaction_id
                              ORDER BY p_started_at DESC NULLS LAST, p_id DESC) AS rn
    FROM nb
)
SELECT interaction_id, p_id AS ps_id, p_channel AS ps_channel, p_gap_h AS ps_gap_h, n_gap_h AS ns_gap_h,
       TRUE AS has_topic
FROM ranked WHERE rn = 1
