-- Verdicts of QA reviewers on the automatic criterion results (`servicelens review verdict`).
-- criterion_id '*' is a verdict on the interaction as a whole.
CREATE TABLE IF NOT EXISTS qa_review (
    review_id      TEXT PRIMARY KEY,   -- hash of interaction + criterion + reviewer + time
    interaction_id TEXT NOT NULL,
    criterion_id   TEXT NOT NULL,
    verdict        TEXT NOT NULL,      -- agree | disagree
    auto_result    TEXT,               -- the automatic result the reviewer judged (pass | fail | na)
    comment        TEXT,
    reviewer       TEXT,
    reviewed_at    TIMESTAMP
);

-- A disagreeing reviewer's corrected result (pass | fail | na) for the criterion.
ALTER TABLE qa_review ADD COLUMN IF NOT EXISTS corrected_result TEXT;
