-- Every identity (salted hash of a CRM id, E.164 phone or lower-cased email) and its customer.
CREATE TABLE IF NOT EXISTS dim_customer_identity (
    identity       TEXT PRIMARY KEY,
    identity_type  TEXT,              -- id | phone | email
    customer_id    TEXT NOT NULL,
    first_seen_at  TIMESTAMP
);
