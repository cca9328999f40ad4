-- Customer merging: _sl_edge(a, b) = pairs of customers sharing an identity, both directions,
-- ignoring identities shared by more than :max_customers_per_identity customers (a switchboard
-- number, a family mailbox).
-- params: max_customers_per_identity
CREATE TEMP TABLE _sl_edge AS
WITH pair AS (
    SELECT c.customer_id AS a, d.customer_id AS b, c.identity
    FROM _sl_carried c JOIN dim_customer_identity d ON d.identity = c.identity
    WHERE c.customer_id <> d.customer_id
), crowded AS (
    SELECT identity FROM (SELECT identity, customer_id FROM _sl_carried
                          UNION SELECT identity, customer_id FROM dim_customer_identity) u
    GROUP BY identity HAVING count(DISTINCT customer_id) > :max_customers_per_identity
)
SELECT DISTINCT a, b FROM pair WHERE identity NOT IN (SELECT identity FROM crowded)
UNION SELECT DISTINCT b, a FROM pair WHERE identity NOT IN (SELECT identity FROM crowded)
