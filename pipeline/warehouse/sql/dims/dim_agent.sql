CREATE TABLE IF NOT EXISTS dim_agent (
    agent_id       TEXT PRIMARY KEY,
    agent_name     TEXT,
    first_name     TEXT,
    team           TEXT,
    first_seen_at  TIMESTAMP,
    last_seen_at   TIMESTAMP
);
