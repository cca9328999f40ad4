-- Customer merging: re-point customer_id of a table ({{table}}: fct_interaction,
-- dim_customer_identity, fct_survey, fct_repeat_link) from merged-away customers to survivors.
-- params:
-- identifiers: table
UPDATE {{table}} SET customer_id = m.new_id FROM _sl_map m
WHERE {{table}}.customer_id = m.old_id
