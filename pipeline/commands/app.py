"""``servicelens app`` (the QA workspace in the browser) and ``servicelens users`` (its accounts)."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.config import DEFAULT_WAREHOUSE_URL
from pipeline.warehouse.backend import dialect_of, duckdb_path


def default_store(warehouse_url: str) -> str:
    """The workspace store beside a DuckDB warehouse (``x.duckdb`` → ``x.qa.sqlite``), else under outputs/."""
    if dialect_of(warehouse_url) == "duckdb" and duckdb_path(warehouse_url) != ":memory:":
        path = Path(duckdb_path(warehouse_url))
        return str(path.with_name(path.stem + ".qa.sqlite"))
    return "outputs/qa_workspace.sqlite"


@click.command("app")
@click.option("--warehouse", "warehouse_url", default=None, help="Warehouse URL (default outputs/warehouse.duckdb).")
@click.option("--store", "store_path", default=None,
              help="The workspace's own SQLite store (users, verdicts, calibration, disputes); "
                   "default beside the warehouse: NAME.qa.sqlite.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--refresh", "refresh_every_s", default=10.0, show_default=True,
              help="Seconds between snapshot refreshes and verdict syncs to the warehouse.")
@click.option("--snapshot-every", "snapshot_every_s", default=120.0, show_default=True,
              help="DuckDB: at most this often, copy the changed warehouse into the snapshot the pages read.")
@click.option("--rules-dir", default=None, help="Rules directory (complaint-trend settings in kpi.yaml).")
@click.option("--secure-cookies", is_flag=True, help="Send cookies over HTTPS only (behind a TLS proxy).")
def app(warehouse_url: str | None, store_path: str | None, host: str, port: int, refresh_every_s: float,
        snapshot_every_s: float, rules_dir: str | None, secure_cookies: bool) -> None:
    """Serve the QA workspace: queue, interactions with evidence and audio, verdicts, calibration, disputes."""
    import uvicorn

    from pipeline.app.server import AppSettings, create_app

    url = warehouse_url or DEFAULT_WAREHOUSE_URL
    settings = AppSettings(warehouse_url=url, store_path=store_path or default_store(url),
                           refresh_every_s=refresh_every_s, snapshot_every_s=snapshot_every_s, secure_cookies=secure_cookies, rules_dir=rules_dir)
    click.echo(f"Servicelens QA workspace on http://{host}:{port}/  (warehouse {url}, store {settings.store_path})")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@click.group("users")
def users() -> None:
    """Accounts of the QA workspace (roles: reviewer, lead, agent, admin)."""


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reviewer", "lead", "agent", "admin"]), required=True, help="The user's role.")
@click.option("--agent-id", default=None, help="For agents: their agent_id in the warehouse (they see only those).")
@click.option("--team", default=None, help="The user's team.")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help="Password (asked when not given; at least 8 characters).")
@click.option("--warehouse", "warehouse_url", default=None, help="Warehouse URL (locates the default store).")
@click.option("--store", "store_path", default=None, help="The workspace store (default beside the warehouse).")
def users_add(name: str, role: str, agent_id: str | None, team: str | None, password: str,
              warehouse_url: str | None, store_path: str | None) -> None:
    """Add a user (or update their role and password)."""
    from pipeline.app.auth import AuthError, add_user
    from pipeline.app.store import Store

    store = Store(store_path or default_store(warehouse_url or DEFAULT_WAREHOUSE_URL))
    try:
        add_user(store, name, role, password, agent_id, team)
    except AuthError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"user {name} ({role}) saved in {store.path}")


@users.command("list")
@click.option("--warehouse", "warehouse_url", default=None, help="Warehouse URL (locates the default store).")
@click.option("--store", "store_path", default=None, help="The workspace store (default beside the warehouse).")
def users_list(warehouse_url: str | None, store_path: str | None) -> None:
    """List the workspace's users."""
    from pipeline.app.store import Store

    store = Store(store_path or default_store(warehouse_url or DEFAULT_WAREHOUSE_URL))
    for username, role, agent_id, team in store.query("SELECT username, role, agent_id, team FROM app_user ORDER BY 1"):
        click.echo(f"{username}\t{role}\t{agent_id or ''}\t{team or ''}")
