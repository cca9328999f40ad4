-- Customer merging: _sl_merged = the surviving customers of tonight's merges (filled by
-- merge_merged_customers_fill), read by repeat linking to recompute them. Empty when nothing merged.
-- params:
CREATE TEMP TABLE _sl_merged (customer_id TEXT)
