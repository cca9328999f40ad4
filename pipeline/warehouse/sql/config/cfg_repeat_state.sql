-- Fingerprint of the repeat settings the links were computed with: a change recomputes all.
CREATE TABLE IF NOT EXISTS cfg_repeat_state (
    setting  TEXT PRIMARY KEY,
    value    TEXT
);
