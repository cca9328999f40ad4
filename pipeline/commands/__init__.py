"""The ``servicelens`` sub-commands, one module per command group (wired in ``pipeline/cli.py``).

Modules:

- ``app``  ``servicelens app`` (the QA workspace in the browser) and ``servicelens users`` (its accounts).
- ``check_warehouse``  ``servicelens check-warehouse``: the declared data tests (``sql/tests.yaml``) run read-only.
- ``docs``  ``servicelens docs``: write the warehouse data dictionary as a browsable HTML page.
- ``evaluate``  ``servicelens evaluate``: topic, sentiment and scorecard evaluation on labelled data.
- ``evaluate_complaint``  ``servicelens evaluate complaint``: the complaint signal against hand labels (P/R/F1 with counts).
- ``evaluate_models``  ``servicelens evaluate topics|sentiment``: score a shipped model on a labelled CSV.
- ``evaluate_scorecard``  ``servicelens evaluate scorecard``: precision and recall of the scorecard against hand labels.
- ``evaluate_scorecard_real``  ``servicelens evaluate scorecard --set real``: the scorecard on hand-labelled real replies.
- ``export``  ``servicelens export``: the warehouse tables as Parquet files for analysts' own tools.
- ``grant_readonly``  ``servicelens grant-readonly``: a PostgreSQL role for analysts that can only SELECT.
- ``init_rules``  ``servicelens init-rules``: a starting rules folder for one deployment, without code.
- ``night``  ``servicelens run | backfill | demo | serve``: running nights of the pipeline.
- ``options``  Click options shared by several commands.
- ``query``  ``servicelens query``: read-only SQL against the warehouse.
- ``reading``  Opening the warehouse for the read-only commands (query, review listing, trends, export).
- ``review``  ``servicelens review``: the QA review queue from the terminal.
- ``status``  ``servicelens status``: the last nights in the warehouse, their status and counts (from ``etl_run``).
- ``tables``  Terminal output of rows: a rich table that fits the terminal, or JSON / CSV for scripts.
- ``themes``  ``servicelens themes``: emerging complaint themes in the terminal; discover; promote to a topic.
- ``train``  ``servicelens train topics|sentiment``: rebuild the models under ``models/`` from data.
- ``trends``  ``servicelens trends``: rising complaint topics and daily KPIs as an HTML report with PNGs.
"""
