-- Customer merging, dim_customer_merge: earlier merges into a now merged-away customer point at the
-- survivor.
-- params:
UPDATE dim_customer_merge SET customer_id = m.new_id FROM _sl_map m
WHERE dim_customer_merge.customer_id = m.old_id
