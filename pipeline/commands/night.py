"""``servicelens run | backfill | demo | serve``: running nights of the pipeline."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.commands.options import warehouse_option
from pipeline.config import DEFAULT_DEMO_DIR, DEFAULT_WAREHOUSE_URL

DEMO_SOURCE = DEFAULT_DEMO_DIR / "nights"
EXAMPLE_QUERY = ("SELECT channel, count(*) AS interactions, round(CAST(avg(qa_score) AS NUMERIC), 1) AS avg_qa, "
                 "sum(CASE WHEN is_complaint THEN 1 ELSE 0 END) AS complaints FROM fct_interaction GROUP BY channel ORDER BY channel")

_date = click.DateTime(formats=["%Y-%m-%d"])
_prefect = click.option("--prefect/--no-prefect", default=True, show_default=True,
                        help="Run as a Prefect flow (temporary local server) or as plain function calls.")


def _engine_options(fn):
    """``--workers`` / ``--dask-address``: where a night's batches are analysed (issue 12)."""
    fn = click.option("--dask-address", default=None, metavar="tcp://HOST:8786",
                      help="Analyse the batches on an existing Dask cluster (its scheduler address).")(fn)
    return click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
                        help="Analyse the batches on a local Dask cluster of N worker processes (0: in this process).")(fn)


def _run(dates: list[str], source: str, warehouse_url: str | None, use_prefect: bool, rules_dir: str | None,
         workers: int = 0, dask_address: str | None = None):
    from pipeline.config import ConfigError
    from pipeline.flows.nightly import run_night

    summaries = []
    for d in dates:
        click.echo(f"night {d}: processing {source} ...")
        try:
            summaries.append(run_night(d, source, warehouse_url, rules_dir=rules_dir, use_prefect=use_prefect,
                                       workers=workers, dask_address=dask_address))
        except ConfigError as exc:  # a setting to fix (e.g. the demo identity key on real data): no traceback
            raise click.ClickException(str(exc)) from exc
    return summaries


def print_summary(summaries, warehouse_url: str | None) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    table = Table(title="Nights processed", header_style="bold")
    for col in ("night", "calls", "chats", "emails", "loaded", "unchanged", "quarantined"):
        table.add_column(col, justify="right")
    for s in summaries:
        table.add_row(s.run_date, *(str(s.per_channel.get(c, 0)) for c in ("call", "chat", "email")),
                      str(s.loaded), str(s.unchanged), str(s.quarantined))
    console.print(table)
    for s in summaries:
        if getattr(s, "degraded_reasons", None):
            console.print(f"[bold yellow]night {s.run_date} DEGRADED[/bold yellow] (etl_run.status = 'degraded'):")
            for reason in s.degraded_reasons:
                console.print(f"  - {escape(reason)}")
        if s.themes.get("error"):
            console.print(f"{s.run_date}: theme discovery failed ({s.themes['error']}); the night is loaded",
                          markup=False)
        elif s.themes:
            console.print(f"{s.run_date}: {s.themes['themes']} complaint themes, {s.themes['emerging']} emerging "
                          "(servicelens themes)", markup=False)
        tests = getattr(s, "data_tests", None) or {}
        if tests.get("tests"):
            failed = len(tests.get("failed") or [])
            console.print(f"{s.run_date}: data tests {tests['tests'] - failed} of {tests['tests']} passed "
                          "(etl_data_test; servicelens check-warehouse)", markup=False)
    url = warehouse_url or DEFAULT_WAREHOUSE_URL
    from pipeline.commands.reading import open_for_reading

    with open_for_reading(url, None) as wh:  # waits if another night is writing
        totals = wh.query("SELECT channel, count(*) FROM fct_interaction GROUP BY channel ORDER BY channel")
        quarantined = wh.query("SELECT stage, count(*) FROM etl_quarantine GROUP BY stage ORDER BY stage")
    console.print("[bold]Warehouse[/bold]: " + escape(url))
    console.print(escape("Interactions per channel: " + ", ".join(f"{c} {n}" for c, n in totals)))
    # commands are printed on one line (soft wrap) so that they can be copied as they are
    console.print(escape("Quarantined items: " + (", ".join(f"{s} {n}" for s, n in quarantined) or "none")
                         + "  (see: servicelens query \"SELECT * FROM etl_quarantine\")"), soft_wrap=True)
    console.print("Example query:")
    console.print(escape(f"  servicelens query \"{EXAMPLE_QUERY}\""), soft_wrap=True)


@click.command()
@click.option("--date", "date_", type=_date, required=True, help="Night to process (YYYY-MM-DD).")
@click.option("--source", type=click.Path(exists=True, file_okay=False), required=True,
              help="Folder with the night's files (or with one sub-folder per date).")
@warehouse_option
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Rules folder (default: rules/ of the project).")
@_prefect
@_engine_options
def run(date_, source, warehouse_url, rules_dir, prefect, workers, dask_address) -> None:
    """Process one night of calls, chats and emails into the warehouse."""
    summaries = _run([date_.date().isoformat()], source, warehouse_url, prefect, rules_dir, workers, dask_address)
    print_summary(summaries, warehouse_url)


@click.command()
@click.option("--from", "date_from", type=_date, required=True)
@click.option("--to", "date_to", type=_date, required=True)
@click.option("--source", type=click.Path(exists=True, file_okay=False), required=True)
@warehouse_option
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False), default=None)
@_prefect
@_engine_options
def backfill(date_from, date_to, source, warehouse_url, rules_dir, prefect, workers, dask_address) -> None:
    """Process every night from --from to --to (inclusive), oldest first."""
    from pipeline.flows.nightly import date_range

    dates = date_range(date_from.date().isoformat(), date_to.date().isoformat())
    print_summary(_run(dates, source, warehouse_url, prefect, rules_dir, workers, dask_address), warehouse_url)


@click.command()
@warehouse_option
@_prefect
def demo(warehouse_url, prefect) -> None:
    """Run the bundled demo nights (demo/nights/) and print a summary."""
    dates = sorted(p.name for p in DEMO_SOURCE.iterdir() if p.is_dir())
    if not dates:
        raise click.ClickException(f"no demo nights under {DEMO_SOURCE}: run `python scripts/make_demo_data.py`")
    print_summary(_run(dates, str(DEMO_SOURCE), warehouse_url, prefect, None), warehouse_url)


@click.command()
@click.option("--source", type=click.Path(exists=True, file_okay=False), required=True)
@warehouse_option
@click.option("--cron", default="0 2 * * *", show_default=True)
def serve(source, warehouse_url, cron) -> None:
    """Serve the nightly flow on a cron schedule (needs a running Prefect server and PREFECT_API_URL).

    Registers the deployment nightly/nightly-0200-serve; refuses to start on Prefect's temporary server.
    """
    from pipeline.flows.serve import NoPrefectServer, require_server
    from pipeline.flows.serve import serve as serve_flow

    try:
        url = require_server()
    except NoPrefectServer as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"serving nightly/nightly-0200-serve ({cron}) on the Prefect server at {url}; stop with Ctrl-C")
    serve_flow(str(Path(source).resolve()), warehouse_url, cron)
