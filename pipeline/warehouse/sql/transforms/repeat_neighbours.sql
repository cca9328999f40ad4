-- Repeat linking: _sl_event = every scoped contact with its nearest neighbours: previous and next
-- contact of the customer, any topic (LAG/LEAD per customer, gaps in hours), joined with the
-- same-topic neighbours of _sl_same.
-- params:
CREATE TEMP TABLE _sl_event AS
WITH nb AS (
    SELECT interaction_id, customer_id, started_at, channel,
           LAG(interaction_id) OVER w AS p_id, LAG(started_at) OVER w AS p_started_at,
           LAG(channel) OVER w AS p_channel, LEAD(started_at) OVER w AS n_started_at
    FROM _sl_ix
    WINDOW w AS (PARTITION BY customer_id ORDER BY started_at, interaction_id)
)
SELECT nb.interaction_id, nb.customer_id, nb.started_at, nb.channel,
       nb.p_id, nb.p_channel,
       (extract(epoch FROM nb.started_at) - extract(epoch FROM nb.p_started_at)) / 3600.0 AS p_gap_h,
       (extract(epoch FROM nb.n_started_at) - extract(epoch FROM nb.started_at)) / 3600.0 AS n_gap_h,
       s.ps_id, s.ps_channel, s.ps_gap_h, s.ns_gap_h, COALESCE(s.has_topic, FALSE) AS has_topic
FROM nb LEFT JOIN _sl_same s ON s.interaction_id = nb.interaction_id
