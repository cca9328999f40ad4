-- Repeat linking, fct_interaction: write is_repeat and fcr_status of _sl_status where they changed.
-- params:
UPDATE fct_interaction SET is_repeat = s.is_repeat, fcr_status = s.fcr_status
FROM _sl_status s
WHERE fct_interaction.interaction_id = s.interaction_id
  AND (fct_interaction.is_repeat IS DISTINCT FROM s.is_repeat
       OR fct_interaction.fcr_status IS DISTINCT FROM s.fcr_status)
