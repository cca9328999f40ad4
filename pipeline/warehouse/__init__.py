"""The warehouse: backends chosen by URL, schema files, idempotent loaders."""

from pipeline.warehouse.backend import Warehouse, WarehouseError
from pipeline.warehouse.schema import ensure_schema

__all__ = ["Warehouse", "WarehouseError", "ensure_schema"]
