-- Customer merging, dim_customer_merge: drop the audit rows of customers merged again tonight
-- (rewritten by merge_audit_insert).
-- params:
DELETE FROM dim_customer_merge WHERE merged_customer_id IN (SELECT old_id FROM _sl_map)
