-- Repeat linking, scope: _sl_scope = the customers whose links are rebuilt from scratch: those of
-- touched contacts, of old links from or to a touched contact, and customers merged tonight.
-- params:
CREATE TEMP TABLE _sl_scope AS
SELECT DISTINCT customer_id FROM (
    SELECT customer_id FROM _sl_touched
    UNION SELECT l.customer_id FROM fct_repeat_link l
          WHERE l.interaction_id IN (SELECT interaction_id FROM _sl_touched)
             OR l.previous_interaction_id IN (SELECT interaction_id FROM _sl_touched)
    UNION SELECT customer_id FROM _sl_merged
) s WHERE customer_id IS NOT NULL
