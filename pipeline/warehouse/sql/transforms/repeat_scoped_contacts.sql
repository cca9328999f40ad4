-- Repeat linking: _sl_ix = every contact (with a start time) of the customers in scope.
-- params:
CREATE TEMP TABLE _sl_ix AS
SELECT i.interaction_id, i.customer_id, i.started_at, i.channel
FROM fct_interaction i
WHERE i.customer_id IN (SELECT customer_id FROM _sl_scope) AND i.started_at IS NOT NULL
