"""Set-based transformations kept as SQL files (``sql/transforms/<name>.sql``), one statement each.

Python modules (``pipeline/customers/repeat.py``, ``merging.py``) only orchestrate: they run these
files in order. A file starts with a header of ``--`` lines::

    -- What the statement builds, in a sentence or two.
    -- params: run_id, full          (named parameters, written :run_id in the statement)
    -- identifiers: table            (optional: {{table}} placeholders, each a schema table)
    CREATE TEMP TABLE _sl_touched AS SELECT ...

Values are always bound as parameters (``:name`` becomes ``?``; a list or tuple expands to
``?, ?, ?`` for ``IN (:names)``), never formatted into the text. The only text substituted is a
``{{name}}`` identifier, and only after :func:`pipeline.warehouse.identifiers.table_name` accepts
it. A statement that creates a temp table (``CREATE TEMP TABLE _sl_x AS``) drops the old one first,
so a transform can run again in the same connection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Sequence

from pipeline.warehouse.identifiers import placeholders, table_name

TRANSFORMS_DIR = Path(__file__).parent / "sql" / "transforms"

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_HEADER_LIST = re.compile(r"--\s*(params|identifiers)\s*:\s*(.*)$")
# string literals ('...' with '' inside) are left alone; in the code between them :name is a
# parameter (not ::type, a PostgreSQL cast) and {{name}} an identifier
_LITERAL = re.compile(r"'(?:[^']|'')*'")
_PARAM = re.compile(r"(?<![:\w]):([a-z_][a-z0-9_]*)")
_IDENT = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}")
_LITERAL_OR_COMMENT = re.compile(r"'(?:[^']|'')*'|--[^\n]*")
_CREATES_TEMP = re.compile(r"^\s*CREATE\s+TEMP(?:ORARY)?\s+TABLE\s+(_sl_[a-z0-9_]+)", re.IGNORECASE)


class TransformError(ValueError):
    """A transform file is malformed, or it was run with the wrong parameters."""


@dataclass(frozen=True)
class Transform:
    """One SQL file of ``sql/transforms``: its header and its single statement."""

    name: str
    description: str
    params: tuple[str, ...]
    identifiers: tuple[str, ...]
    sql: str

    @property
    def creates_temp(self) -> str | None:
        """The ``_sl_`` scratch table the statement creates, if it creates one."""
        match = _CREATES_TEMP.match(self.sql)
        return match.group(1).lower() if match else None

    def bind(self, params: Mapping[str, Any] | None = None,
             identifiers: Mapping[str, str] | None = None) -> tuple[str, list[Any]]:
        """The statement with ``?`` placeholders, and the values in their order."""
        params, identifiers = dict(params or {}), dict(identifiers or {})
        _check_names(self.name, "parameters", set(self.params), set(params))
        _check_names(self.name, "identifiers", set(self.identifiers), set(identifiers))
        values: list[Any] = []

        def parameter(match: re.Match) -> str:
            value = params[match.group(1)]
            if isinstance(value, (list, tuple)):
                if not value:
                    raise TransformError(f"{self.name}: :{match.group(1)} is an empty list")
                values.extend(value)
                return placeholders(len(value))
            values.append(value)
            return "?"

        def identifier(match: re.Match) -> str:
            return table_name(identifiers[match.group(1)])

        parts: list[str] = []
        position = 0
        for literal in _LITERAL.finditer(self.sql):
            code = self.sql[position:literal.start()]
            parts.append(_PARAM.sub(parameter, _IDENT.sub(identifier, code)))
            parts.append(literal.group(0))
            position = literal.end()
        parts.append(_PARAM.sub(parameter, _IDENT.sub(identifier, self.sql[position:])))
        return "".join(parts), values


def _check_names(name: str, what: str, declared: set[str], given: set[str]) -> None:
    if declared != given:
        missing, extra = sorted(declared - given), sorted(given - declared)
        raise TransformError(f"transform {name}: {what} missing {missing}, unexpected {extra}")


def _without_comments(sql: str) -> str:
    """``--`` comments inside the statement removed (string literals kept as they are)."""
    return _LITERAL_OR_COMMENT.sub(lambda m: m.group(0) if m.group(0).startswith("'") else "", sql)


def _code_only(sql: str) -> str:
    return _LITERAL.sub("''", sql)


def parse_transform(name: str, text: str) -> Transform:
    """A :class:`Transform` from a file's text; checks the header against the statement."""
    lines = text.strip().splitlines()
    header: list[str] = []
    while lines and lines[0].lstrip().startswith("--"):
        header.append(lines.pop(0).strip())
    body = _without_comments("\n".join(lines)).strip().rstrip(";").strip()
    lists: dict[str, tuple[str, ...]] = {"params": (), "identifiers": ()}
    description = []
    for line in header:
        match = _HEADER_LIST.match(line)
        if match:
            lists[match.group(1)] = tuple(n.strip() for n in match.group(2).split(",") if n.strip())
        else:
            description.append(line.lstrip("-").strip())
    if not any(description):
        raise TransformError(f"transform {name}: the file needs a header comment saying what it builds")
    if not body:
        raise TransformError(f"transform {name}: no statement")
    code = _code_only(body)
    if ";" in code or "?" in code:
        raise TransformError(f"transform {name}: one statement per file, parameters written :name (no '?', no ';')")
    used = set(_PARAM.findall(code))
    used_identifiers = set(_IDENT.findall(code))
    _check_names(name, "parameters used versus declared in the header", set(lists["params"]), used)
    _check_names(name, "identifiers used versus declared in the header", set(lists["identifiers"]),
                 used_identifiers)
    return Transform(name, " ".join(d for d in description if d), lists["params"], lists["identifiers"], body)


@lru_cache(maxsize=None)
def load_transform(name: str) -> Transform:
    """The transform ``sql/transforms/<name>.sql``."""
    if not _NAME.fullmatch(name):
        raise TransformError(f"not a transform name: {name!r}")
    path = TRANSFORMS_DIR / f"{name}.sql"
    if not path.is_file():
        raise TransformError(f"no transform {name!r} in {TRANSFORMS_DIR}")
    return parse_transform(name, path.read_text(encoding="utf-8"))


def transform_names() -> list[str]:
    """Every transform file's name, sorted."""
    return sorted(p.stem for p in TRANSFORMS_DIR.glob("*.sql"))


def run_transform(wh: Any, name: str, identifiers: Mapping[str, str] | None = None, **params: Any) -> None:
    """Execute a transform; a temp table it creates is dropped first."""
    transform = load_transform(name)
    sql, values = transform.bind(params, identifiers)
    scratch = transform.creates_temp
    if scratch:
        wh.execute(f"DROP TABLE IF EXISTS {table_name(scratch)}")
    wh.execute(sql, values)


def query_transform(wh: Any, name: str, identifiers: Mapping[str, str] | None = None,
                    **params: Any) -> list[tuple]:
    """Rows of a transform that is a SELECT."""
    sql, values = load_transform(name).bind(params, identifiers)
    return wh.query(sql, values)


def drop_scratch(wh: Any, names: Sequence[str]) -> None:
    """Drop the ``_sl_`` scratch tables a run of transforms left behind."""
    for name in names:
        wh.execute(f"DROP TABLE IF EXISTS {table_name(name)}")


def row_count(wh: Any, name: str) -> int:
    """Rows of a schema table or ``_sl_`` scratch table (the counts a stage reports)."""
    return int(wh.query(f"SELECT count(*) FROM {table_name(name)}")[0][0])
