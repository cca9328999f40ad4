-- Repeat linking, summary: links and same-topic links of the scoped contacts per repeat window.
-- params:
SELECT repeat_window, count(*) AS links, sum(CASE WHEN same_topic THEN 1 ELSE 0 END) AS same_topic_links
FROM fct_repeat_link
WHERE interaction_id IN (SELECT interaction_id FROM _sl_ix)
GROUP BY repeat_window ORDER BY 1
