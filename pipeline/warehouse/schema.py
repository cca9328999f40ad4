"""Applying the SQL schema files (``sql/NN_name.sql``) in name order; every statement is idempotent."""

from __future__ import annotations

from pathlib import Path

from pipeline.warehouse.backend import Warehouse

SQL_DIR = Path(__file__).parent / "sql"


def schema_files(dialect: str) -> list[Path]:
    """The schema files for a dialect: ``NN_x.<dialect>.sql`` replaces ``NN_x.sql`` when present."""
    chosen: dict[str, Path] = {}
    for path in sorted(SQL_DIR.glob("*.sql")):
        parts = path.name.split(".")
        stem = parts[0]
        if len(parts) == 3:  # NN_x.<dialect>.sql
            if parts[1] == dialect:
                chosen[stem] = path
        else:
            chosen.setdefault(stem, path)
    return [chosen[k] for k in sorted(chosen)]


def split_statements(sql: str) -> list[str]:
    """Split a schema file on semicolons that end a line, ignoring ``--`` comment lines."""
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    statements, current = [], []
    for line in lines:
        current.append(line)
        if line.rstrip().endswith(";"):
            stmt = "\n".join(current).strip().rstrip(";").strip()
            if stmt:
                statements.append(stmt)
            current = []
    tail = "\n".join(current).strip()
    if tail:
        statements.append(tail)
    return statements


def ensure_schema(wh: Warehouse) -> list[str]:
    """Create missing tables and (re)create views. Returns the files applied."""
    applied = []
    for path in schema_files(wh.dialect):
        for statement in split_statements(path.read_text(encoding="utf-8")):
            try:
                wh.execute(statement)
            except Exception as exc:
                raise RuntimeError(f"{path.name}: {exc}\n--- statement ---\n{statement}") from exc
        applied.append(path.name)
    from pipeline.warehouse.catalog import apply_comments

    apply_comments(wh)  # views were just recreated: their descriptions go back on
    return applied
