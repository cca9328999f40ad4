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
