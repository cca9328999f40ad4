-- Repeat linking: _sl_status = is_repeat (an earlier contact within :default_hours) and the FCR
-- status of each scoped contact: not_resolved when a later same-topic contact (any later contact
-- for contacts without topics, when :untopiced_uses_any) starts within :fcr_hours, resolved once
-- the FCR window has closed by :as_of, else pending.
-- params: default_hours, fcr_hours, untopiced_uses_any, as_of
CREATE TEMP TABLE _sl_status AS
SELECT e.interaction_id,
       COALESCE(e.p_gap_h <= :default_hours, FALSE) AS is_repeat,
       CASE WHEN e.ns_gap_h <= :fcr_hours
                 OR (CAST(:untopiced_uses_any AS BOOLEAN) AND NOT e.has_topic AND e.n_gap_h <= :fcr_hours)
            THEN 'not_resolved'
            WHEN e.started_at + CAST(:fcr_hours AS DOUBLE PRECISION) * INTERVAL '1 hour' <= CAST(:as_of AS TIMESTAMP)
            THEN 'resolved'
            ELSE 'pending' END AS fcr_status
FROM _sl_event e
