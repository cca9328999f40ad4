-- Repeat linking, scope: _sl_touched = contacts new to linking (loaded by this run, or never
-- linked); every contact when :full (the repeat settings changed, or a full recompute was asked).
-- params: run_id, full
CREATE TEMP TABLE _sl_touched AS
SELECT interaction_id, customer_id
FROM fct_interaction
WHERE is_repeat IS NULL OR run_id = :run_id OR CAST(:full AS BOOLEAN)
