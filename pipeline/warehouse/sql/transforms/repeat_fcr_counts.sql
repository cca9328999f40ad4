-- Repeat linking, summary: FCR statuses of the recomputed contacts.
-- params:
SELECT fcr_status, count(*) FROM _sl_status GROUP BY fcr_status ORDER BY 1
