-- Customer merging: _sl_node = each linked customer with its order of first contact (ord) and its
-- component label, initially its own ord; the smallest ord of a component survives.
-- params:
CREATE TEMP TABLE _sl_node AS
SELECT customer_id, ord, ord AS label FROM (
    SELECT n.customer_id,
           row_number() OVER (ORDER BY min(i.started_at) NULLS LAST, n.customer_id) AS ord
    FROM (SELECT DISTINCT a AS customer_id FROM _sl_edge) n
    LEFT JOIN fct_interaction i ON i.customer_id = n.customer_id
    GROUP BY n.customer_id) s
