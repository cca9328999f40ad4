"""``servicelens trends``: rising complaint topics and daily KPIs as an HTML report with PNGs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from pipeline.commands.options import lock_wait_option, warehouse_option
from pipeline.config import DEFAULT_OUTPUTS_DIR


def _day(ctx, param, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@click.command()
@click.option("--from", "date_from", required=True, callback=_day, help="First day of the period (YYYY-MM-DD).")
@click.option("--to", "date_to", required=True, callback=_day, help="Last day of the period, inclusive.")
@warehouse_option
@click.option("--out", "out_dir", default=str(DEFAULT_OUTPUTS_DIR / "reports"), show_default=True,
              type=click.Path(file_okay=False), help="Folder for the HTML report and PNGs.")
@click.option("--rules", "rules_dir", default=None, type=click.Path(file_okay=False),
              help="Rules folder with kpi.yaml (default: rules/).")
@click.option("--taxonomy", default=None, help="Topic taxonomy (default: trends.taxonomy in kpi.yaml).")
@click.option("--all-contacts", is_flag=True, help="Test topics over all contacts, not only complaints.")
@lock_wait_option
def trends(date_from: date, date_to: date, warehouse_url: str | None, out_dir: str, rules_dir: str | None,
           taxonomy: str | None, all_contacts: bool, lock_wait_s: float | None) -> None:
    """Compare complaint topics of --from..--to with the period of the same length before it.

    Topics whose share grew beyond chance (binomial test, Benjamini-Hochberg) are called out.
    Example: servicelens trends --from 2026-11-16 --to 2026-11-22
    """
    from pipeline.config import ConfigError
    from pipeline.reports.trends_report import write_trends_report
    from pipeline.kpi.config import load_kpi_config
    from pipeline.kpi.trends import find_trends
    from pipeline.commands.reading import one_line_errors, open_for_reading

    try:
        config = load_kpi_config(rules_dir)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    tc = config.trends.model_copy(update={k: v for k, v in {
        "taxonomy": taxonomy, "complaints_only": False if all_contacts else None}.items() if v is not None})
    wh = open_for_reading(warehouse_url, lock_wait_s)
    with wh, one_line_errors("trends"):
        result = find_trends(wh, date_from, date_to, tc)
        path = write_trends_report(wh, result, Path(out_dir), tc.alpha, tc.min_count)
    what = "complaints" if tc.complaints_only else "contacts"
    click.echo(f"{result.totals['current']} {what} in {date_from}..{date_to}, "
               f"{result.totals['previous']} in the {result.periods.days} days before")
    if len(result.rising):
        for t in result.rising.itertuples():
            click.echo(f"  rising: {t.topic}: {t.n_current} vs {t.n_previous} "
                       f"(x{t.rate_ratio:.2f}, p={t.p_value:.2g}, q={t.q_value:.2g})")
    else:
        click.echo("  no topic rose significantly")
    click.echo(f"report: {path}")
