"""The warehouse: backends chosen by URL, schema files in layers (sql/<layer>/<object>.sql), the night's
SQL transformation files (transforms), declared data tests (data_tests), idempotent loaders."""

from pipeline.warehouse.backend import Warehouse, WarehouseError
from pipeline.warehouse.schema import ensure_schema

__all__ = ["Warehouse", "WarehouseError", "ensure_schema"]
