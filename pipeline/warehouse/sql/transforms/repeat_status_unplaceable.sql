-- Repeat linking, fct_interaction: contacts nobody can place (no customer, or no start time) are
-- not repeats and get no FCR status.
-- params:
UPDATE fct_interaction SET is_repeat = FALSE, fcr_status = NULL
WHERE is_repeat IS NULL AND (customer_id IS NULL OR started_at IS NULL)
