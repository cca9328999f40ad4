-- Repeat linking, fct_interaction: pending contacts of customers with nothing new turn resolved
-- once their FCR window (:fcr_hours) has closed by :as_of. No same-topic contact followed (it would
-- have put the customer in scope when it was loaded), so the status only waits for the window.
-- params: fcr_hours, as_of
UPDATE fct_interaction SET fcr_status = 'resolved'
WHERE fcr_status = 'pending'
  AND started_at + CAST(:fcr_hours AS DOUBLE PRECISION) * INTERVAL '1 hour' <= CAST(:as_of AS TIMESTAMP)
  AND customer_id NOT IN (SELECT customer_id FROM _sl_scope)
