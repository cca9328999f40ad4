-- Service-level thresholds by channel, synced from rules/kpi.yaml (sla) by pipeline.customers.repeat.
CREATE TABLE IF NOT EXISTS cfg_sla (
    channel      TEXT PRIMARY KEY,
    threshold_s  DOUBLE PRECISION,
    target_pct   DOUBLE PRECISION
);

INSERT INTO cfg_sla (channel, threshold_s, target_pct)
SELECT d.channel, d.threshold_s, d.target_pct
FROM (VALUES ('chat', 60.0, 80.0), ('email', 14400.0, 90.0), ('call', 20.0, 80.0))
     AS d(channel, threshold_s, target_pct)
WHERE NOT EXISTS (SELECT 1 FROM cfg_sla c WHERE c.channel = d.channel);
