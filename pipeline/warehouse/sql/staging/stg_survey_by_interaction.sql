-- Staging: surveys per interaction, additive so that marts can sum them at any grain.
CREATE OR REPLACE VIEW stg_survey_by_interaction AS
SELECT interaction_id,
       count(*) FILTER (WHERE survey_type = 'csat')                  AS csat_n,
       count(*) FILTER (WHERE survey_type = 'csat' AND is_positive)   AS csat_satisfied,
       sum(score) FILTER (WHERE survey_type = 'csat')                AS csat_sum,
       count(*) FILTER (WHERE survey_type = 'nps')                   AS nps_n,
       count(*) FILTER (WHERE survey_type = 'nps' AND is_positive)    AS nps_promoters,
       count(*) FILTER (WHERE survey_type = 'nps' AND is_negative)    AS nps_detractors,
       count(*) FILTER (WHERE survey_type = 'ces')                   AS ces_n,
       sum(score) FILTER (WHERE survey_type = 'ces')                 AS ces_sum
FROM fct_survey
WHERE interaction_id IS NOT NULL
GROUP BY interaction_id;
