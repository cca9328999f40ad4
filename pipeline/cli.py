"""``servicelens``: the command line of the pipeline.

Sub-commands are imported on first use, so ``servicelens query`` starts fast and a capability's
command lives beside its code (``pipeline/commands/``).
"""

from __future__ import annotations

import importlib
import sys

import click

LAZY_COMMANDS = {
    "run": ("pipeline.commands.night", "run"),
    "backfill": ("pipeline.commands.night", "backfill"),
    "demo": ("pipeline.commands.night", "demo"),
    "serve": ("pipeline.commands.night", "serve"),
    "query": ("pipeline.commands.query", "query"),
    "train": ("pipeline.commands.train", "train"),
    "evaluate": ("pipeline.commands.evaluate", "evaluate"),
    "review": ("pipeline.commands.review", "review"),
    "trends": ("pipeline.commands.trends", "trends"),
    "export": ("pipeline.commands.export", "export"),
    "init-rules": ("pipeline.commands.init_rules", "init_rules_command"),
    "status": ("pipeline.commands.status", "status"),
    "docs": ("pipeline.commands.docs", "docs"),
    "grant-readonly": ("pipeline.commands.grant_readonly", "grant_readonly"),
    # QA workspace in the browser (issue 10)
    "app": ("pipeline.commands.app", "app"),
    "users": ("pipeline.commands.app", "users"),
    "themes": ("pipeline.commands.themes", "themes"),
    # declared data tests of the warehouse (issue 13, item 5)
    "check-warehouse": ("pipeline.commands.check_warehouse", "check_warehouse"),
}
HELP = {
    "run": "Process one night of calls, chats and emails into the warehouse.",
    "backfill": "Process a range of nights in date order.",
    "demo": "Run the bundled demo nights into outputs/warehouse.duckdb and print a summary.",
    "serve": "Serve the nightly flow on a schedule (02:00) against a Prefect server.",
    "query": "Run read-only SQL against the warehouse; prints a table or CSV.",
    "train": "Train the topic and sentiment models from labelled CSV files.",
    "evaluate": "Evaluate topic, sentiment and scorecard models on labelled data.",
    "review": "QA review queue: list, show an interaction, record verdicts, agreement.",
    "trends": "Complaint-topic trends and KPIs as an HTML report with plots.",
    "export": "Write the warehouse tables to Parquet files (fct_interaction partitioned by night).",
    "init-rules": "Write a starting rules folder for a deployment (company name, domain jargon).",
    "status": "The latest nights: status (succeeded, degraded, failed) and counts.",
    "docs": "Write the warehouse data dictionary (HTML: tables, views, grain, keys, columns).",
    "grant-readonly": "PostgreSQL: create a role for analysts that can only SELECT the warehouse.",
    # QA workspace in the browser (issue 10)
    "app": "Serve the QA workspace in the browser (queue, evidence, audio, verdicts, calibration).",
    "users": "Accounts of the QA workspace: users add NAME --role ROLE.",
    "themes": "Emerging complaint themes: list, (re)discover a night, promote a theme to a topic.",
    # declared data tests of the warehouse (issue 13, item 5)
    "check-warehouse": "Run the warehouse's declared data tests (unique, not null, accepted values, relationships).",
}


class LazyGroup(click.Group):
    """A click group whose sub-commands are imported only when called."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(LAZY_COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in LAZY_COMMANDS:
            return None
        module, attr = LAZY_COMMANDS[name]
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, HELP[name]) for name in LAZY_COMMANDS])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="servicelens")
def main() -> None:
    """Servicelens: nightly conversation analytics for customer-service teams.

    Warehouse URLs: duckdb:///relative/path.duckdb, duckdb:////absolute/path.duckdb or
    postgresql://user@host/db (default: outputs/warehouse.duckdb in the project).
    """


if __name__ == "__main__":
    sys.exit(main())
