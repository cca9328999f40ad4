"""The nightly Prefect flow and what runs it: stage steps, batches, Dask, progress, liveness, scheduling.

Entry point: the flow in ``pipeline.flows.nightly``.

Modules:

- ``batches``  A night in batches: transcribe → analyse → score per batch (anywhere), load per batch (here).
- ``dask_runner``  Where a night's batches run: in the flow's own process, or on Dask.
- ``nightly``  The nightly Prefect flow: one date partition end to end, one task per stage.
- ``notify``  Telling a team that a night failed or was degraded: a JSON POST to a webhook.
- ``prefect_env``  Prefect settings for running offline with its temporary local server.
- ``progress``  Progress of a batched night: batches done / total, interactions/s and ETA.
- ``run_config``  What one night runs with: its settings, source folder, identity key and ``RunInfo``.
- ``run_liveness``  Nights that died without finishing: recorded owner process, liveness checks, ``abandoned`` runs.
- ``run_record``  A night's own record: its ``etl_run`` row, its summary, its log and its notification.
- ``serve``  Serve the nightly flow on a schedule (02:00 every night) against a running Prefect server.
- ``server_watchdog``  Stops Prefect's temporary server when the process that started it dies, even by SIGKILL.
- ``steps``  The night's steps as plain functions: ingest, load, customers, themes, data tests.
"""
