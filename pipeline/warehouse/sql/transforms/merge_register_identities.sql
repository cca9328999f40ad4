-- Customer merging, dim_customer_identity: identities never registered (a loader that did not
-- register them) belong to the customer of their first carrier.
-- params:
INSERT INTO dim_customer_identity (identity, identity_type, customer_id, first_seen_at)
SELECT identity, identity_type, customer_id, started_at FROM (
    SELECT c.*, row_number() OVER (PARTITION BY c.identity ORDER BY c.started_at, c.interaction_id) AS rn
    FROM _sl_carried c
    WHERE c.identity NOT IN (SELECT identity FROM dim_customer_identity)) s
WHERE rn = 1
