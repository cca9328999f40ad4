"""A warehouse with three one-turn chats: enough for tests of access, locks and reading."""

from __future__ import annotations

from datetime import date, datetime, timezone

from pipeline.model import Channel, Interaction, Speaker, Turn
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.load import RunInfo, load_interactions


def fill_tiny_warehouse(url: str) -> None:
    t0 = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)
    with Warehouse.connect(url) as wh:
        ensure_schema(wh)
        load_interactions(wh, [Interaction(f"chat:{i}", Channel.CHAT, t0,
                                           turns=[Turn(0, Speaker.CUSTOMER, "Привет", started_at=t0)])
                               for i in range(3)], [], RunInfo("r1", date(2026, 11, 20)))
