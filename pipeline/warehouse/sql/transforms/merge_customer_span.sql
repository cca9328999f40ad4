-- Customer merging, dim_customer: a survivor's first and last seen span all its merged customers.
-- params:
UPDATE dim_customer SET first_seen_at = x.first_seen_at, last_seen_at = x.last_seen_at
FROM (SELECT m.new_id, min(c.first_seen_at) AS first_seen_at, max(c.last_seen_at) AS last_seen_at
      FROM (SELECT new_id, old_id FROM _sl_map UNION SELECT new_id, new_id FROM _sl_map) m
      JOIN dim_customer c ON c.customer_id = m.old_id GROUP BY m.new_id) x
WHERE dim_customer.customer_id = x.new_id
