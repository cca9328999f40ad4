"""The only values that may be formatted into SQL text: identifiers checked against a whitelist.

Values always travel as parameters (``?``); table names must be tables or views of the schema
(``sql/<layer>/*.sql``) or the pipeline's own ``_sl_`` scratch tables, column names plain lower-case
identifiers. ``tests/test_sql_formatting.py`` scans ``pipeline/`` for SQL built any other way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

SQL_DIR = Path(__file__).parent / "sql"
_CREATED = re.compile(r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?"
                      r"([A-Za-z_][A-Za-z0-9_]*)", re.IGNORECASE)
_SCRATCH = re.compile(r"_sl_[a-z0-9_]{1,40}")
_COLUMN = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@lru_cache(maxsize=1)
def schema_tables() -> frozenset[str]:
    """Every table and view the schema files create."""
    names: set[str] = set()
    for path in SQL_DIR.rglob("*.sql"):  # sql/<layer>/<object>.sql (and sql/transforms' _sl_ scratch tables)
        names.update(m.group(1).lower() for m in _CREATED.finditer(path.read_text(encoding="utf-8")))
    return frozenset(names)


def table_name(name: str) -> str:
    """``name`` if it is a table or view of the schema (or an ``_sl_`` scratch table), else ValueError."""
    if isinstance(name, str) and (name in schema_tables() or _SCRATCH.fullmatch(name)):
        return name
    raise ValueError(f"no such table or view: {name!r}")


def column_name(name: str) -> str:
    """``name`` if it is a plain lower-case identifier, else ValueError."""
    if isinstance(name, str) and _COLUMN.fullmatch(name):
        return name
    raise ValueError(f"not a column name: {name!r}")


def column_list(names: Iterable[str]) -> str:
    """``a, b, c`` from checked column names."""
    return ", ".join(column_name(n) for n in names)


def placeholders(count: int) -> str:
    """``?, ?, ?`` for ``count`` parameters."""
    return ", ".join("?" for _ in range(int(count)))


_STATEMENT_BREAK = re.compile(r";|--|/\*")


def sql_fragment(parts: Iterable[str], sep: str = " AND ") -> str:
    """Join SQL fragments written in the code (WHERE conditions, ORDER BY lists, a column chosen
    between literals) after checking that none ends a statement or opens a comment. Values never
    travel this way: conditions carry ``?`` and the values go as parameters."""
    checked = []
    for part in parts:
        if not isinstance(part, str) or _STATEMENT_BREAK.search(part):
            raise ValueError(f"not a SQL fragment: {part!r}")
        checked.append(part)
    return sep.join(checked)


def sql_string(value: object) -> str:
    """A SQL string literal of ``value`` (quotes doubled), for the few statements that take no
    parameters, such as DuckDB's ATTACH of a file path."""
    return "'" + str(value).replace("'", "''") + "'"


def where_set(conditions: dict[str, object]) -> tuple[str, list]:
    """`` WHERE c1 AND c2`` over the code-written conditions (each with one ``?``) whose value is set,
    and those values as parameters; ``("", [])`` when none is set."""
    chosen = {sql: value for sql, value in conditions.items() if value is not None and value != ""}
    if not chosen:
        return "", []
    return " WHERE " + sql_fragment(chosen), list(chosen.values())
