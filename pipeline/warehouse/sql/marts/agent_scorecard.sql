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
