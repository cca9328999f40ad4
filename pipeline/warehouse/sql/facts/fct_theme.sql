-- Emerging complaint themes (pipeline/themes): one row per night x theme, and the contacts in each.
-- key: night, theme_id
CREATE TABLE IF NOT EXISTS fct_theme (
    night               DATE NOT NULL,
    theme_id            TEXT NOT NULL,     -- stable across nights while the theme lasts
    label               TEXT,              -- its first keywords
    size                INTEGER,           -- contacts in the window
    n_recent            INTEGER,           -- of them, in the last recent_days
    keywords            TEXT,              -- JSON list, c-TF-IDF over lemmas
    examples            TEXT,              -- JSON list of {interaction_id, text} (redacted excerpts)
    is_emerging         BOOLEAN,
    emerging_reason     TEXT,
    matched_topic       TEXT,              -- configured topic most of its contacts carry (if any)
    topic_coverage      DOUBLE PRECISION,  -- share of its contacts with that topic
    topic_similarity    DOUBLE PRECISION,  -- cosine of the theme to that topic's other contacts
    p_value             DOUBLE PRECISION,  -- growth test against the rest of the window
    q_value             DOUBLE PRECISION,
    first_seen          DATE,
    window_from         DATE,
    daily_counts        TEXT,              -- JSON {day: contacts}
    channels            TEXT,              -- JSON {channel: contacts}
    queues              TEXT,              -- JSON {queue: contacts}
    repeat_share        DOUBLE PRECISION,
    negative_end_share  DOUBLE PRECISION,
    centroid            TEXT,              -- JSON vector, to keep the id tomorrow
    run_id              TEXT
);
