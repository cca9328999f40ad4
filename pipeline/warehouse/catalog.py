"""The warehouse's data dictionary (``sql/catalog.yaml``): descriptions of every table, view and column.

One source for three readers: ``COMMENT ON`` statements applied after the schema (so DuckDB's and
PostgreSQL's own catalogs and any SQL client show them), the HTML dictionary of ``servicelens docs``
and the test that no object or column goes undescribed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

from pipeline.warehouse.backend import Warehouse

CATALOG_PATH = Path(__file__).parent / "sql" / "catalog.yaml"


class ObjectDoc(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["table", "view"]
    description: str
    grain: str
    keys: list[str]
    columns: dict[str, str] = {}


class Catalog(BaseModel):
    model_config = ConfigDict(extra="forbid")

    glossary: dict[str, str]
    objects: dict[str, ObjectDoc]

    def column(self, table: str, column: str) -> str | None:
        obj = self.objects.get(table)
        if obj is not None and column in obj.columns:
            return obj.columns[column]
        return self.glossary.get(column)


@lru_cache(maxsize=1)
def load_catalog(path: Path = CATALOG_PATH) -> Catalog:
    return Catalog.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def schema_objects(wh: Warehouse) -> dict[str, tuple[str, list[str]]]:
    """Tables and views of the warehouse: name -> (table | view, columns in order)."""
    if wh.dialect == "postgresql":
        kinds = wh.query("SELECT table_name, table_type FROM information_schema.tables "
                         "WHERE table_schema = current_schema()")
        cols = wh.query("SELECT table_name, column_name FROM information_schema.columns "
                        "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position")
    else:
        kinds = wh.query("SELECT table_name, table_type FROM information_schema.tables "
                         "WHERE table_schema = current_schema() AND table_catalog = current_database()")
        cols = wh.query("SELECT table_name, column_name FROM information_schema.columns "
                        "WHERE table_schema = current_schema() AND table_catalog = current_database() "
                        "ORDER BY table_name, ordinal_position")
    out: dict[str, tuple[str, list[str]]] = {
        name: ("view" if "VIEW" in str(kind).upper() else "table", []) for name, kind in kinds}
    for table, column in cols:
        if table in out:
            out[table][1].append(column)
    return out


def _literal(text: str) -> str:
    """A SQL string literal of trusted catalog text (COMMENT ON takes no bind parameters)."""
    return "'" + text.replace("'", "''") + "'"


def comment_statements(wh: Warehouse, catalog: Catalog | None = None, only_changed: bool = True) -> list[str]:
    """``COMMENT ON`` statements for every described object and column (only those that differ)."""
    catalog = catalog or load_catalog()
    stored = stored_comments(wh) if only_changed else {}
    statements = []
    for name, (kind, columns) in sorted(schema_objects(wh).items()):
        doc = catalog.objects.get(name)
        if doc is not None:
            text = f"{doc.description} Grain: {doc.grain}. Keys: {', '.join(doc.keys)}."
            if stored.get((name, None)) != text:
                statements.append(f"COMMENT ON {kind.upper()} {name} IS {_literal(text)}")
        for column in columns:
            described = catalog.column(name, column)
            if described and stored.get((name, column)) != described:
                statements.append(f"COMMENT ON COLUMN {name}.{column} IS {_literal(described)}")
    return statements


def apply_comments(wh: Warehouse) -> int:
    """Write the catalog's descriptions into the database's own catalog, in one transaction."""
    statements = comment_statements(wh)
    if not statements:
        return 0
    wh.execute("BEGIN")
    try:
        for statement in statements:
            wh.execute(statement)
    except Exception:
        wh.execute("ROLLBACK")
        raise
    wh.execute("COMMIT")
    return len(statements)


def stored_comments(wh: Warehouse) -> dict[tuple[str, str | None], str | None]:
    """What the database itself says: (object, None) -> its comment, (object, column) -> the column's."""
    if wh.dialect == "postgresql":
        objects = wh.query(
            "SELECT c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v')")
        columns = wh.query(
            "SELECT c.relname, a.attname, col_description(c.oid, a.attnum) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v') AND a.attnum > 0 AND NOT a.attisdropped")
    else:
        objects = wh.query(
            "SELECT table_name, comment FROM duckdb_tables() WHERE database_name = current_database() "
            "AND schema_name = current_schema() UNION ALL "
            "SELECT view_name, comment FROM duckdb_views() WHERE database_name = current_database() "
            "AND schema_name = current_schema() AND NOT internal")
        columns = wh.query(
            "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE database_name = current_database() "
            "AND schema_name = current_schema()")
    found: dict[tuple[str, str | None], str | None] = {(name, None): comment for name, comment in objects}
    found.update({(table, column): comment for table, column, comment in columns})
    return found
