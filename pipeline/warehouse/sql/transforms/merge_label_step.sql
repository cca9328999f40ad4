-- Customer merging, one step of label propagation: _sl_step = for each customer, the smallest label
-- among its neighbours.
-- params:
CREATE TEMP TABLE _sl_step AS
SELECT e.a AS customer_id, min(n.label) AS label
FROM _sl_edge e JOIN _sl_node n ON n.customer_id = e.b
GROUP BY e.a
