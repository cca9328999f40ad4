"""Terminal output of rows: a rich table that fits the terminal, or JSON / CSV for scripts.

Every data value becomes a ``rich.text.Text`` (never markup), so ``[/]`` or ``[link=…]`` in the
data print literally. Id columns are never cut or wrapped (a user copies them into
``servicelens review show``); long text wraps instead. ``--wide`` lets the table grow past the
terminal width (for a pager or a wide screen).
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Iterable, Literal, Sequence, TextIO

import click

OutputFormat = Literal["table", "json", "csv"]
WIDE_WIDTH = 400
SHORT_CELL = 16  # cells up to this long are never wrapped


def cell_text(value: Any) -> str:
    """A data value as a short human string: '' for NULL, 4 significant digits for floats."""
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if value != value else f"{value:.4g}"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return str(value)


def is_id_column(name: str) -> bool:
    return name == "id" or name.endswith("_id") or name in ("interaction", "run", "night")


def _json_value(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    return str(value)


def write_json(columns: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO) -> None:
    records = [{c: _json_value(v) for c, v in zip(columns, row)} for row in rows]
    json.dump(records, out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO) -> None:
    """CSV with ``\\n`` line endings (not the csv module's default ``\\r\\n``); NULL is an empty field."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])


def make_console(wide: bool = False, file: TextIO | None = None):
    from rich.console import Console

    return Console(width=WIDE_WIDTH, file=file) if wide else Console(file=file)


def build_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str | None = None,
                max_width: int | None = None, right: Sequence[str] = ()):
    """A rich ``Table`` whose cells are plain ``Text``: ids kept whole, other text folded to fit."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    raw = [list(row) for row in rows]
    numeric = {name for i, name in enumerate(columns)
               if any(r[i] is not None for r in raw)
               and all(r[i] is None or (isinstance(r[i], (int, float, Decimal)) and not isinstance(r[i], bool))
                       for r in raw)}
    rows = [[cell_text(v) for v in row] for row in raw]
    table = Table(title=title, header_style="bold", show_lines=False, box=box.SIMPLE_HEAD, collapse_padding=True,
                  pad_edge=False)
    for i, name in enumerate(columns):
        justify: Literal["right", "left"] = "right" if name in right or name in numeric else "left"
        if is_id_column(name):
            longest = max([len(name)] + [len(r[i]) for r in rows])
            table.add_column(Text(name), justify=justify, no_wrap=True, min_width=longest, overflow="ignore")
        else:
            longest = max([0] + [len(r[i]) for r in rows])
            if longest <= SHORT_CELL:  # codes, numbers, dates: kept on one line with their header
                table.add_column(Text(name), justify=justify, no_wrap=True, min_width=max(len(name), longest))
            else:
                table.add_column(Text(name), justify=justify, overflow="fold", max_width=max_width,
                                 min_width=min(len(name), SHORT_CELL))
    for row in rows:
        table.add_row(*(Text(v) for v in row))
    return table


def emit(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: OutputFormat = "table", *,
         wide: bool = False, title: str | None = None, max_width: int | None = None,
         footer: str | None = None, right: Sequence[str] = ()) -> None:
    """Print ``rows`` in the chosen format to standard output."""
    if fmt == "json":
        write_json(columns, rows, sys.stdout)
        return
    if fmt == "csv":
        write_csv(columns, rows, sys.stdout)
        return
    console = make_console(wide)
    console.print(build_table(columns, rows, title=title, max_width=None if wide else max_width, right=right))
    if footer:
        from rich.text import Text

        console.print(Text(footer, style="dim"))


def output_options(fn):
    """``--json`` / ``--csv`` / ``--wide`` for a command that prints rows (sets ``fmt`` and ``wide``)."""
    fn = click.option("--wide", is_flag=True, help="Let the table grow past the terminal width (no wrapping).")(fn)
    fn = click.option("--csv", "fmt", flag_value="csv", help="Write CSV (\\n line endings) for scripts.")(fn)
    fn = click.option("--json", "fmt", flag_value="json", help="Write a JSON array of objects for scripts.")(fn)
    fn = click.option("--table", "fmt", flag_value="table", default=True, hidden=True)(fn)
    return fn
