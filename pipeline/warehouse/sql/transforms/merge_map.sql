-- Customer merging: _sl_map(old_id, new_id) = each merged-away customer and the customer of its
-- component that survives (the one seen first).
-- params:
CREATE TEMP TABLE _sl_map AS
SELECT n.customer_id AS old_id, c.customer_id AS new_id
FROM _sl_node n JOIN _sl_node c ON c.ord = n.label
WHERE n.customer_id <> c.customer_id
