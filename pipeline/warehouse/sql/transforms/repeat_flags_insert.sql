-- Repeat linking, fct_flag: flag :flag on same-topic repeats of the scoped contacts in the default
-- window (:window), with evidence {"previous_interaction_id", "gap_hours", "previous_channel",
-- "window"} as a JSON object built in SQL (strings escaped for JSON).
-- params: flag, priority, reason, run_id, window
INSERT INTO fct_flag (interaction_id, flag, priority, reason, evidence, run_id)
SELECT l.interaction_id, :flag, :priority, :reason,
       '{"previous_interaction_id": '
       || '"' || replace(replace(l.previous_same_topic_interaction_id, '\', '\\'), '"', '\"') || '"'
       || ', "gap_hours": ' || CAST(round(CAST(l.same_topic_gap_hours AS NUMERIC), 2) AS TEXT)
       || ', "previous_channel": '
       || '"' || replace(replace(l.previous_same_topic_channel, '\', '\\'), '"', '\"') || '"'
       || ', "window": ' || '"' || replace(replace(l.repeat_window, '\', '\\'), '"', '\"') || '"' || '}',
       :run_id
FROM fct_repeat_link l
WHERE l.repeat_window = :window AND l.same_topic
  AND l.interaction_id IN (SELECT interaction_id FROM _sl_ix)
