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
        SELECT e.*, t.window_from FROM emerging_themes e
        JOIN fct_theme t ON t.night = e.night AND t.theme_id = e.theme_id
        WHERE e.night = (SELECT max(night) FROM fct_theme WHERE night BETWEEN ? AND ?)
        ORDER BY e.q_value, e.size DESC""", [date_from, date_to])
    out = []
    for r in rows.to_dict("records"):
        for col in ("keywords", "examples", "daily_counts", "channels", "queues"):
            r[col] = json.loads(r[col] or "null") or ({} if col in ("daily_counts", "channels", "queues") else [])
        r["night"] = str(r["night"])[:10]
        out.append(r)
    return out


def plot_themes(themes: list[dict], path: Path) -> bool:
    """Contacts per day of each emerging theme; False (no file) when there is none."""
    if not themes:
        return False
    fig, ax = plt.subplots(figsize=(10, 3.8))
    days = pd.date_range(pd.Timestamp(themes[0]["window_from"]), pd.Timestamp(themes[0]["night"]), freq="D")
    for t in themes[:MAX_PLOTTED]:
        daily = pd.Series(t["daily_counts"], dtype=float)
        daily.index = pd.to_datetime(daily.index)
        daily = daily.groupby(level=0).sum().reindex(days, fill_value=0)
        ax.plot(range(len(days)), daily.values, marker="o", label=f"{t['theme_id']}: {t['label'] or ''}"[:60])
    ax.set_xticks(range(len(days)), [d.strftime("%m-%d") for d in days], rotation=45)
    ax.set_ylim(bottom=0)
    ax.set_title("Emerging themes: contacts per day over the window")
    ax.set_ylabel("contacts")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True
