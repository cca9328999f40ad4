"""``servicelens grant-readonly``: a PostgreSQL role for analysts that can only SELECT."""

from __future__ import annotations

import click

from pipeline.commands.options import warehouse_option


@click.command("grant-readonly")
@warehouse_option
@click.option("--role", default="servicelens_reader", show_default=True, help="Name of the read-only role.")
@click.option("--password", default=None, envvar="SERVICELENS_READER_PASSWORD",
              help="Password of the role (or $SERVICELENS_READER_PASSWORD); omit for trust/peer setups.")
@click.option("--schema", default="public", show_default=True, help="Schema holding the warehouse tables.")
def grant_readonly(warehouse_url: str | None, role: str, password: str | None, schema: str) -> None:
    """Create (or refresh) a PostgreSQL role that can only SELECT the warehouse's tables and views.

    Run it once as the warehouse owner (--warehouse postgresql://owner@host/db); analysts then use
    `servicelens query --warehouse postgresql://ROLE@host/db`. Tables created later are covered too.
    """
    from pipeline.commands.reading import first_line
    from pipeline.warehouse import Warehouse, WarehouseError
    from pipeline.warehouse.access import grant_readonly_statements
    from pipeline.warehouse.backend import PostgresWarehouse

    try:
        with Warehouse.connect(warehouse_url) as wh:
            if not isinstance(wh, PostgresWarehouse):
                raise click.ClickException("grant-readonly is for PostgreSQL warehouses; DuckDB readers are "
                                           "locked down by `servicelens query` itself")
            database = wh.query("SELECT current_database()")[0][0]
            for statement in grant_readonly_statements(role, password, database, schema):
                wh.con.execute(statement)
    except WarehouseError as exc:
        raise click.ClickException(first_line(exc)) from None
    except click.ClickException:
        raise
    except Exception as exc:
        raise click.ClickException(f"grant-readonly failed: {first_line(exc)}") from None
    click.echo(f"role {role} can now only SELECT the tables and views of schema {schema}")
