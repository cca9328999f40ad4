-- Customer merging: list tonight's surviving customers in _sl_merged for repeat linking.
-- params:
INSERT INTO _sl_merged SELECT DISTINCT new_id FROM _sl_map
