-- Customer merging, dim_customer_merge: one audit row per merged-away customer and this run.
-- params: run_id
INSERT INTO dim_customer_merge (merged_customer_id, customer_id, run_id, merged_at)
SELECT old_id, new_id, :run_id, now() FROM _sl_map
