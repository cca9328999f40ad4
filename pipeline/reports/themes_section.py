"""The trends report's section on emerging complaint themes: the latest night's emerging themes in the
period, their size per day as a plot, keywords, why they are emerging and redacted examples."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from pipeline.warehouse.backend import Warehouse  # noqa: E402

MAX_PLOTTED = 8


def emerging_themes(wh: Warehouse, date_from: date, date_to: date) -> list[dict]:
    """Emerging themes of the latest night in ``[date_from, date_to]`` that has themes."""
    if not wh.table_exists("fct_theme"):
        return []
    rows = wh.query_df("""
        SELECT * FROM emerging_themes
        WHERE night = (SELECT max(night) FROM fct_theme WHERE night BETWEEN ? AND ?)
        ORDER BY q_value, size DESC""", [date_from, date_to])
    out = []
    for r in rows.to_dict("records"):
        for col in ("keywords", "examples", "daily_counts", "channels", "queues"):
            r[col] = json.loads(r[col] or "null") or ({} if col in ("daily_counts", "channels", "queues") else [])
        out.append(r)
    return out


def plot_themes(themes: list[dict], path: Path) -> bool:
    """Contacts per day of each emerging theme; False (no file) when there is none."""
    if not themes:
        return False
    fig, ax = plt.subplots(figsize=(10, 3.8))
    for t in themes[:MAX_PLOTTED]:
        daily = pd.Series(t["daily_counts"], dtype=float)
        daily.index = pd.to_datetime(daily.index)
        daily = daily.resample("D").sum()
        ax.plot(daily.index, daily.values, marker="o", label=f"{t['theme_id']}: {t['label'] or ''}"[:60])
    ax.set_title("Emerging themes: contacts per day over the window")
    ax.set_ylabel("contacts")
    ax.legend(fontsize=8)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True
