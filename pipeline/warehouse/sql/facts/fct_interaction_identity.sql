-- Which identities (salted hashes) each contact carried: the edges of cross-identity merging.
CREATE TABLE IF NOT EXISTS fct_interaction_identity (
    interaction_id  TEXT NOT NULL,
    identity        TEXT NOT NULL,
    identity_type   TEXT,             -- id | phone | email
    run_id          TEXT
    -- unique on (interaction_id, identity): the loader replaces an interaction's rows as a whole
);
