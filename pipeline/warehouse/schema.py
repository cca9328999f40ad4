"""Applying the SQL schema files in dependency order; every statement is idempotent.

One table or view per file, in layer folders (``sql/<layer>/<object>.sql``, see docs/WAREHOUSE.md):
tables the night writes (``etl``, ``config``, ``dims``, ``facts``, ``qa``), then the views that read
them (``staging``, ``intermediate``, ``marts``), then ``indexes``. A file may hold its object's
later migrations (``ALTER TABLE … ADD COLUMN IF NOT EXISTS``) and default rows. Within that order a
file runs after every file whose object it names, so a view can be added to any layer without
renumbering. ``x.<dialect>.sql`` replaces ``x.sql`` for that dialect (or adds to it when there is no
``x.sql``, e.g. ``indexes/indexes.postgresql.sql``). Plain ``sql/*.sql`` files (the former
``NN_name.sql`` layout) are still applied, ordered by the same rule.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.warehouse.backend import Warehouse

SQL_DIR = Path(__file__).parent / "sql"
LAYERS = ("etl", "config", "dims", "facts", "qa", "staging", "intermediate", "marts", "indexes")
NOT_SCHEMA = ("transforms",)  # sql/transforms: statements of the night (pipeline/warehouse/transforms.py)
_CREATED = re.compile(r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)",
                      re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _layer_rank(path: Path) -> int:
    folder = path.parent.name
    return LAYERS.index(folder) if folder in LAYERS else -1  # plain sql/*.sql first, ordered by references


def _candidates() -> list[Path]:
    folders = sorted(p for p in SQL_DIR.iterdir() if p.is_dir() and p.name not in NOT_SCHEMA)
    unknown = [p.name for p in folders if p.name not in LAYERS]
    if unknown:
        raise RuntimeError(f"pipeline/warehouse/sql: unknown layer folder(s) {unknown}; layers are {list(LAYERS)}")
    return sorted(SQL_DIR.glob("*.sql")) + [p for layer in LAYERS for p in sorted((SQL_DIR / layer).glob("*.sql"))]


def _for_dialect(paths: list[Path], dialect: str) -> list[Path]:
    chosen: dict[tuple[str, str], Path] = {}
    for path in paths:
        parts = path.name.split(".")
        key = (path.parent.name, parts[0])
        if len(parts) == 3:  # x.<dialect>.sql
            if parts[1] == dialect:
                chosen[key] = path
        else:
            chosen.setdefault(key, path)
    return list(chosen.values())


def _code(sql: str) -> str:
    """The statements without ``--`` comments and string literals (what a file refers to)."""
    return re.sub(r"'(?:[^']|'')*'", "''", "\n".join(line.split("--")[0] for line in sql.splitlines()))


def dependency_order(paths: list[Path]) -> list[Path]:
    """Layer order, and within it each file after the files creating the objects it names."""
    code = {p: _code(p.read_text(encoding="utf-8")) for p in paths}
    creates = {p: {m.lower() for m in _CREATED.findall(code[p])} for p in paths}
    owner: dict[str, Path] = {}
    for path in paths:
        for name in creates[path]:
            if name in owner:
                raise RuntimeError(f"{name} is created by two schema files: {owner[name].parent.name}/"
                                   f"{owner[name].name} and {path.parent.name}/{path.name} (one object, one file)")
            owner[name] = path
    needs = {p: {owner[w.lower()] for w in _WORD.findall(code[p]) if w.lower() in owner} - {p} for p in paths}
    ordered: list[Path] = []
    done: set[Path] = set()
    visiting: set[Path] = set()

    def visit(path: Path) -> None:
        if path in done:
            return
        if path in visiting:
            raise RuntimeError(f"schema files refer to each other in a cycle: {path.parent.name}/{path.name}")
        visiting.add(path)
        for dependency in sorted(needs[path], key=lambda p: (_layer_rank(p), str(p))):
            visit(dependency)
        visiting.discard(path)
        done.add(path)
        ordered.append(path)

    for path in sorted(paths, key=lambda p: (_layer_rank(p), str(p))):
        visit(path)
    return ordered


def schema_files(dialect: str) -> list[Path]:
    """The schema files for a dialect, in the order they are applied."""
    return dependency_order(_for_dialect(_candidates(), dialect))


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
    """Create missing tables and (re)create views. Returns the files applied (relative to sql/)."""
    applied = []
    for path in schema_files(wh.dialect):
        name = str(path.relative_to(SQL_DIR))
        for statement in split_statements(path.read_text(encoding="utf-8")):
            try:
                wh.execute(statement)
            except Exception as exc:
                raise RuntimeError(f"{name}: {exc}\n--- statement ---\n{statement}") from exc
        applied.append(name)
    from pipeline.warehouse.catalog import apply_comments

    apply_comments(wh)  # views were just recreated: their descriptions go back on
    return applied
