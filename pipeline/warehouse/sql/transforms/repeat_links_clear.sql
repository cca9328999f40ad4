-- Repeat linking, fct_repeat_link: remove the links of the scoped and touched contacts (rebuilt next).
-- params:
DELETE FROM fct_repeat_link
WHERE interaction_id IN (SELECT interaction_id FROM _sl_ix UNION SELECT interaction_id FROM _sl_touched)
