-- Repeat linking: the newest contact start in the warehouse (one row, one value), for as_of.
-- params:
SELECT max(started_at) FROM fct_interaction
