-- Scorecard marts (issue 5): reviewer verdicts, the QA review queue and the agent scorecard.
-- Idempotent and portable between DuckDB and PostgreSQL (md5, substr, string_agg, CASE only).

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

-- Settings the views read, written from rules/flags.yaml by pipeline.scoring.flags.sync_review_settings
-- (called by `servicelens review` and after every scoring load). Keys:
--   review_sample_rate   share of unflagged interactions sampled for review, e.g. '0.05'
--   review_sample_below  the same rate as a 4-hex-digit threshold on md5(interaction_id):
--                        an interaction is sampled when substr(md5(id), 1, 4) < this value.
--                        (Comparing fixed-width lower-case hex strings = comparing numbers, and
--                        md5/substr behave the same on DuckDB and PostgreSQL.)
-- Without a row nothing unflagged is sampled ('0000').
CREATE TABLE IF NOT EXISTS cfg_qa_review (
    setting TEXT PRIMARY KEY,
    value   TEXT
);

-- The review queue: every flagged interaction (most urgent first) plus a deterministic random
-- sample of unflagged, scored ones. Reviewed interactions stay in the queue with n_verdicts > 0.
CREATE OR REPLACE VIEW qa_review_queue AS
WITH flag_summary AS (
    SELECT interaction_id,
           MIN(priority)                                   AS top_priority,
           COUNT(*)                                        AS n_flags,
           string_agg(flag, ', ' ORDER BY priority, flag)  AS flags
    FROM fct_flag
    GROUP BY interaction_id
),
sample_cfg AS (
    SELECT COALESCE(MAX(CASE WHEN setting = 'review_sample_below' THEN value END), '0000') AS below
    FROM cfg_qa_review
),
reviewed AS (
    SELECT interaction_id, COUNT(*) AS n_verdicts, MAX(reviewed_at) AS last_reviewed_at
    FROM qa_review
    GROUP BY interaction_id
)
SELECT i.interaction_id,
       i.channel,
       i.started_at,
       i.agent_id,
       i.queue,
       i.language,
       i.qa_score,
       CASE WHEN f.interaction_id IS NOT NULL THEN 'flagged' ELSE 'sample' END AS queue_reason,
       COALESCE(f.top_priority, 9)                                         AS priority,
       COALESCE(f.n_flags, 0)                                              AS n_flags,
       f.flags,
       COALESCE(r.n_verdicts, 0)                                           AS n_verdicts,
       r.last_reviewed_at,
       i.run_date                                                          AS night
FROM fct_interaction i
LEFT JOIN flag_summary f ON f.interaction_id = i.interaction_id
LEFT JOIN reviewed r ON r.interaction_id = i.interaction_id
CROSS JOIN sample_cfg s
WHERE f.interaction_id IS NOT NULL
   OR (i.qa_score IS NOT NULL AND substr(md5(i.interaction_id), 1, 4) < s.below)
ORDER BY priority, i.qa_score NULLS LAST, i.started_at, i.interaction_id;

-- Intermediate: each agent's volume, average QA score, critical failures and nights (the agent
-- figures that agent_scorecard and agent_scorecard_summary both show).
CREATE OR REPLACE VIEW int_agent_volume AS
WITH critical_fail AS (
    SELECT interaction_id
    FROM fct_criterion
    WHERE critical AND result = 'fail'
    GROUP BY interaction_id
)
SELECT i.agent_id,
       COUNT(*)                                                   AS interactions,
       COUNT(i.qa_score)                                          AS scored_interactions,
       AVG(i.qa_score)                                            AS avg_qa_score,
       SUM(CASE WHEN cf.interaction_id IS NOT NULL THEN 1 ELSE 0 END) AS critical_failures,
       MIN(i.run_date)                                            AS first_night,
       MAX(i.run_date)                                            AS last_night
FROM fct_interaction i
LEFT JOIN critical_fail cf ON cf.interaction_id = i.interaction_id
WHERE i.agent_id IS NOT NULL
GROUP BY i.agent_id;

-- Per agent and criterion: the agent's volume, average QA score and critical failures (repeated
-- on each of the agent's rows) and the pass rate of the criterion where it applied.
CREATE OR REPLACE VIEW agent_scorecard AS
WITH per_criterion AS (
    SELECT i.agent_id,
           c.criterion_id,
           SUM(CASE WHEN c.result IN ('pass', 'fail') THEN 1 ELSE 0 END) AS applicable,
           SUM(CASE WHEN c.result = 'pass' THEN 1 ELSE 0 END)            AS passed,
           SUM(CASE WHEN c.result = 'fail' THEN 1 ELSE 0 END)            AS failed,
           SUM(CASE WHEN c.result = 'na' THEN 1 ELSE 0 END)              AS not_applicable
    FROM fct_criterion c
    JOIN fct_interaction i ON i.interaction_id = c.interaction_id
    WHERE i.agent_id IS NOT NULL
    GROUP BY i.agent_id, c.criterion_id
)
SELECT a.agent_id,
       d.agent_name,
       d.team,
       a.interactions,
       a.scored_interactions,
       ROUND(CAST(a.avg_qa_score AS NUMERIC), 1)             AS avg_qa_score,
       a.critical_failures,
       p.criterion_id,
       p.applicable,
       p.passed,
       p.failed,
       p.not_applicable,
       CASE WHEN p.applicable > 0
            THEN ROUND(CAST(1.0 * p.passed / p.applicable AS NUMERIC), 3) END AS pass_rate
FROM int_agent_volume a
LEFT JOIN per_criterion p ON p.agent_id = a.agent_id
LEFT JOIN dim_agent d ON d.agent_id = a.agent_id;

-- Agreement between the automatic checks and the reviewers, per criterion (`review --agreement`).
CREATE OR REPLACE VIEW qa_review_agreement AS
SELECT criterion_id,
       COUNT(*)                                                   AS verdicts,
       SUM(CASE WHEN verdict = 'agree' THEN 1 ELSE 0 END)         AS agreed,
       SUM(CASE WHEN verdict = 'disagree' THEN 1 ELSE 0 END)      AS disagreed,
       ROUND(CAST(1.0 * SUM(CASE WHEN verdict = 'agree' THEN 1 ELSE 0 END) / COUNT(*) AS NUMERIC), 3)
                                                                  AS agreement_rate,
       SUM(CASE WHEN verdict = 'disagree' AND auto_result = 'fail' THEN 1 ELSE 0 END) AS false_fails,
       SUM(CASE WHEN verdict = 'disagree' AND auto_result = 'pass' THEN 1 ELSE 0 END) AS false_passes
FROM qa_review
GROUP BY criterion_id;

-- One row per agent (the grain of "worst agents"): volume, average QA score, critical failures and
-- the criteria pass rate over all applicable criterion results; agent_scorecard has the same agent
-- figures broken down per criterion.
CREATE OR REPLACE VIEW agent_scorecard_summary AS
WITH per_criteria AS (  -- agent_scorecard's per-criterion counts, summed over the criteria
    SELECT agent_id, SUM(applicable) AS applicable, SUM(passed) AS passed, SUM(failed) AS failed
    FROM agent_scorecard
    GROUP BY agent_id
)
SELECT a.agent_id,
       d.agent_name,
       d.team,
       a.interactions,
       a.scored_interactions,
       ROUND(CAST(a.avg_qa_score AS NUMERIC), 1)             AS avg_qa_score,
       a.critical_failures,
       COALESCE(p.applicable, 0)                             AS criteria_applicable,
       COALESCE(p.failed, 0)                                 AS criteria_failed,
       CASE WHEN p.applicable > 0
            THEN ROUND(CAST(1.0 * p.passed / p.applicable AS NUMERIC), 3) END AS criteria_pass_rate,
       a.first_night,
       a.last_night
FROM int_agent_volume a
LEFT JOIN per_criteria p ON p.agent_id = a.agent_id
LEFT JOIN dim_agent d ON d.agent_id = a.agent_id;
