-- Repeat linking, fct_repeat_link: one row per scoped contact and repeat window (cfg_repeat_window)
-- containing an earlier contact of the customer; the same-topic columns only when the previous
-- same-topic contact also lies within the window.
-- params: run_id
INSERT INTO fct_repeat_link (interaction_id, repeat_window, window_hours, customer_id, started_at,
    previous_interaction_id, gap_hours, channel, previous_channel, same_topic,
    previous_same_topic_interaction_id, same_topic_gap_hours, previous_same_topic_channel, run_id)
SELECT e.interaction_id, w.repeat_window, w.window_hours, e.customer_id, e.started_at,
       e.p_id, e.p_gap_h, e.channel, e.p_channel,
       COALESCE(e.ps_gap_h <= w.window_hours, FALSE),
       CASE WHEN e.ps_gap_h <= w.window_hours THEN e.ps_id END,
       CASE WHEN e.ps_gap_h <= w.window_hours THEN e.ps_gap_h END,
       CASE WHEN e.ps_gap_h <= w.window_hours THEN e.ps_channel END,
       :run_id
FROM _sl_event e JOIN cfg_repeat_window w ON e.p_gap_h <= w.window_hours
