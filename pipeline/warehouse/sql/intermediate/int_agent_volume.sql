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
