-- Repeat linking, fct_interaction: keep the flag summary (n_flags, top_flag_priority) of the
-- scoped contacts in step with fct_flag.
-- params:
UPDATE fct_interaction SET n_flags = f.n_flags, top_flag_priority = f.top_priority
FROM (SELECT x.interaction_id, count(fl.flag) AS n_flags, min(fl.priority) AS top_priority
      FROM _sl_ix x LEFT JOIN fct_flag fl ON fl.interaction_id = x.interaction_id
      GROUP BY x.interaction_id) f
WHERE fct_interaction.interaction_id = f.interaction_id
  AND (fct_interaction.n_flags IS DISTINCT FROM f.n_flags
       OR fct_interaction.top_flag_priority IS DISTINCT FROM f.top_priority)
