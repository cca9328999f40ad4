-- Repeat windows, synced from rules/kpi.yaml (repeat) by pipeline.customers.repeat; marts read the
-- default window (is_repeat, same-topic repeat rate) from here.
CREATE TABLE IF NOT EXISTS cfg_repeat_window (
    repeat_window  TEXT PRIMARY KEY,
    window_hours   DOUBLE PRECISION NOT NULL,
    is_default     BOOLEAN,
    is_fcr         BOOLEAN
);

INSERT INTO cfg_repeat_window (repeat_window, window_hours, is_default, is_fcr)
SELECT d.repeat_window, d.window_hours, d.is_default, d.is_fcr
FROM (VALUES ('24h', 24.0, FALSE, FALSE), ('7d', 168.0, TRUE, TRUE), ('30d', 720.0, FALSE, FALSE))
     AS d(repeat_window, window_hours, is_default, is_fcr)
WHERE NOT EXISTS (SELECT 1 FROM cfg_repeat_window);
