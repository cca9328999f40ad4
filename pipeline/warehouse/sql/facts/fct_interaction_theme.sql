-- key: night, interaction_id
CREATE TABLE IF NOT EXISTS fct_interaction_theme (
    night           DATE NOT NULL,
    interaction_id  TEXT NOT NULL,
    theme_id        TEXT NOT NULL,
    score           DOUBLE PRECISION      -- cosine to the theme's centroid
);
