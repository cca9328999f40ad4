"""Serve the nightly flow on a schedule (02:00 every night) against a running Prefect server."""

from __future__ import annotations

from pipeline.flows.nightly import nightly

DEFAULT_CRON = "0 2 * * *"


def serve(source: str, warehouse_url: str | None = None, cron: str = DEFAULT_CRON, timezone: str = "Europe/Moscow") -> None:
    from prefect.schedules import Cron

    nightly.serve(name="nightly-0200", schedules=[Cron(cron, timezone=timezone)],
                  parameters={"source": source, "warehouse_url": warehouse_url})
