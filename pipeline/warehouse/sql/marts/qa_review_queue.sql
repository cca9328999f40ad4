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
