-- Customer merging, dim_customer: merged-away customers leave the dimension.
-- params:
DELETE FROM dim_customer WHERE customer_id IN (SELECT old_id FROM _sl_map)
