-- Customer merging: how many customers the last propagation step gives a smaller label (0 = done).
-- params:
SELECT count(*) FROM _sl_step s JOIN _sl_node n ON n.customer_id = s.customer_id
WHERE s.label < n.label
