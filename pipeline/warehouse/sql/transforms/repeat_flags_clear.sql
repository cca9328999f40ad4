-- Repeat linking, fct_flag: remove the repeat flag (:flag) of the scoped contacts (rebuilt next).
-- params: flag
DELETE FROM fct_flag WHERE flag = :flag AND interaction_id IN (SELECT interaction_id FROM _sl_ix)
