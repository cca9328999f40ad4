-- Liveness of nightly runs (pipeline/flows/run_liveness.py): which process ran a night, its last
-- sign of life, and why a run that never finished was marked `abandoned` by a later run.
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS pid INTEGER;
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS host TEXT;
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS process_token TEXT;   -- boot id + process start time: a reused pid is another process
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS heartbeat_at TIMESTAMP;
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS status_reason TEXT;   -- why a run was marked abandoned (or failed)
