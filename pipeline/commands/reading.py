"""Opening the warehouse for the read-only commands (query, review listing, trends, export).

Waits with progress messages while a night holds the DuckDB lock, then fails with one clear line;
for analyst SQL on PostgreSQL, refuses a role that could write (see pipeline/warehouse/access.py).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import click

from pipeline.warehouse import Warehouse, WarehouseError


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def open_for_reading(url: str | None, wait_s: float | None, analyst_sql: bool = False) -> Warehouse:
    """A read-only warehouse connection, or a ``ClickException`` with a one-line reason."""
    from pipeline.warehouse.access import write_privileges
    from pipeline.warehouse.backend import PostgresWarehouse
    from pipeline.warehouse.waiting import connect_waiting

    try:
        wh = connect_waiting(url, read_only=True, timeout_s=wait_s, notify=lambda m: click.echo(m, err=True))
    except WarehouseError as exc:
        raise click.ClickException(first_line(exc)) from None
    if analyst_sql and isinstance(wh, PostgresWarehouse):
        try:
            problems = write_privileges(wh.con)
        except Exception as exc:
            wh.close()
            raise click.ClickException(f"cannot check the privileges of the PostgreSQL role: {first_line(exc)}") from None
        if problems:
            wh.close()
            raise click.ClickException(
                f"refusing to run analyst SQL as a role that can write ({problems[0]}): connect as a SELECT-only "
                "role, e.g. one created by `servicelens grant-readonly`")
    return wh


@contextmanager
def one_line_errors(what: str) -> Iterator[None]:
    """Errors of a reading command as one line, never a traceback: bad values and files by their
    message, backend errors (a warehouse without these tables...) as ``<what> failed: …``."""
    try:
        yield
    except click.ClickException:
        raise
    except (ValueError, OSError) as exc:
        raise click.ClickException(first_line(exc)) from None
    except Exception as exc:  # noqa: BLE001 - every backend error becomes the one line
        raise click.ClickException(f"{what} failed: {first_line(exc)}") from None
