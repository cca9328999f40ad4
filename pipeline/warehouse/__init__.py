"""The warehouse: backends chosen by URL, schema files in layers (sql/<layer>/<object>.sql), the night's
SQL transformation files (transforms), declared data tests (data_tests), idempotent loaders.

Modules:

- ``access``  Analyst access that cannot write, by construction of the connection (never by filtering SQL text).
- ``backend``  Warehouse connections: DuckDB (embedded, default) or PostgreSQL, chosen by URL.
- ``catalog``  The warehouse's data dictionary (``sql/catalog.yaml``): descriptions of every table, view and column.
- ``data_tests``  Declared data tests of the warehouse (``sql/tests.yaml``), each one SELECT counting offending rows.
- ``dbt_sources``  The warehouse as a dbt *source* for analysts who keep their own dbt project.
- ``dictionary``  The warehouse data dictionary as one self-contained HTML page (``servicelens docs``).
- ``export``  Copying DuckDB warehouse tables to Parquet for analysts' own tools.
- ``identifiers``  The only values that may be formatted into SQL text: identifiers checked against a whitelist.
- ``load``  Loading analysed interactions into the warehouse, idempotently.
- ``lock``  One night at a time per warehouse: a lock the night holds from its first write to its last.
- ``schema``  Applying the SQL schema files in dependency order; every statement is idempotent.
- ``session``  Memory and threads of the night's own warehouse connections (``warehouse:`` in ``rules/pipeline.yaml``).
- ``throwaway_postgres``  A throwaway PostgreSQL server on a free loopback port, for the tests and the benchmarks.
- ``transforms``  Set-based transformations kept as SQL files (``sql/transforms/<name>.sql``), one statement each.
- ``waiting``  Opening the warehouse when another process holds it: wait with progress messages, then a clear error.
"""

from pipeline.warehouse.backend import Warehouse, WarehouseError
from pipeline.warehouse.schema import ensure_schema

__all__ = ["Warehouse", "WarehouseError", "ensure_schema"]
