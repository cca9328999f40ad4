-- Audit of customer merges: `merged_customer_id` now lives on as `customer_id`.
CREATE TABLE IF NOT EXISTS dim_customer_merge (
    merged_customer_id  TEXT PRIMARY KEY,
    customer_id         TEXT NOT NULL,
    run_id              TEXT,
    merged_at           TIMESTAMP
);
