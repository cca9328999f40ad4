CREATE TABLE IF NOT EXISTS dim_customer (
    customer_id    TEXT PRIMARY KEY,  -- pseudonymous key: a CRM id hash, or a phone/email hash
    first_seen_at  TIMESTAMP,
    last_seen_at   TIMESTAMP
);
