-- Customer merging: take the smaller labels of the last propagation step into _sl_node.
-- params:
UPDATE _sl_node SET label = s.label FROM _sl_step s
WHERE _sl_node.customer_id = s.customer_id AND s.label < _sl_node.label
