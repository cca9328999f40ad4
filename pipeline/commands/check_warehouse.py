"""``servicelens check-warehouse``: the declared data tests (``sql/tests.yaml``) run read-only."""

from __future__ import annotations

import sys

import click

from pipeline.commands.options import lock_wait_option, warehouse_option
from pipeline.commands.tables import OutputFormat, emit, output_options

CHECK_COLUMNS = ("test", "offending_rows", "result", "seconds")


@click.command("check-warehouse")
@warehouse_option
@lock_wait_option
@click.option("--only", "only", default=None, metavar="TABLE",
              help="Run only the tests of this table or view (e.g. fct_interaction).")
@click.option("--failed", "failed_only", is_flag=True, help="List only the failing tests.")
@output_options
def check_warehouse(warehouse_url: str | None, lock_wait_s: float | None, only: str | None, failed_only: bool,
                    fmt: OutputFormat, wide: bool) -> None:
    """Run the warehouse's declared data tests (unique, not_null, accepted_values, relationships,
    unique keys; declared in pipeline/warehouse/sql/tests.yaml) and print how many rows break each.

    Read-only: nothing is written (the night records its own results in etl_data_test).
    Exits with status 1 when a test fails, so a monitoring script can call it.
    """
    from pipeline.commands.reading import one_line_errors, open_for_reading
    from pipeline.warehouse.data_tests import declared_tests, failures, run_data_tests

    with one_line_errors("check-warehouse"):
        tests = declared_tests()
        if only is not None and not any(t.table == only for t in tests):
            raise click.ClickException(f"no declared tests for {only!r} in pipeline/warehouse/sql/tests.yaml")
        chosen = [t for t in tests if only is None or t.table == only]
        results = []
        with open_for_reading(warehouse_url, lock_wait_s) as wh:
            with click.progressbar(chosen, label="data tests", file=sys.stderr,
                                   item_show_func=lambda t: t.name if t else "") as bar:
                for test in bar:
                    results += run_data_tests(wh, [test])
    failed = failures(results)
    shown = failed if failed_only else results
    rows = [(r.test.name, r.offending, "pass" if r.passed else ("ERROR " + (r.error or "") if r.error else "FAIL"),
             round(r.elapsed_s, 3)) for r in shown]
    emit(list(CHECK_COLUMNS), rows, fmt, wide=wide, title="Data tests", right=("offending_rows", "seconds"),
         footer=f"{len(results) - len(failed)} of {len(results)} tests passed")
    if failed:
        raise SystemExit(1)
