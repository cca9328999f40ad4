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
