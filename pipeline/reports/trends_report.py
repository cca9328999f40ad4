"""The trends report: one HTML page plus the PNGs it shows, written into ``outputs/reports/``.

Sections: rising topics (test, p- and q-values, examples), emerging themes, complaints per day by topic, the
weekly view ``complaint_topic_trends``, and KPIs per day and channel from ``kpi_daily``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from jinja2 import Environment  # noqa: E402

from pipeline.reports.themes_section import emerging_themes, plot_themes  # noqa: E402
from pipeline.kpi.trends import TrendResult  # noqa: E402
from pipeline.warehouse.backend import Warehouse  # noqa: E402

KPI_COLUMNS = ["day", "channel", "n_interactions", "aht_s", "avg_first_response_s", "sla_met_pct",
               "answered_in_threshold_pct", "fcr_pct", "fcr_provisional_pct", "n_fcr_pending", "repeat_rate_pct",
               "same_topic_repeat_rate_pct", "avg_qa_score", "complaint_rate_pct", "avg_sentiment", "csat_pct",
               "nps", "ces_avg"]

TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Servicelens trends {{ p.current_from }} – {{ p.current_to }}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:1em 0;font-size:90%}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
th{background:#f3f3f3}td.l,th.l{text-align:left}.rise{background:#fff1e6}.muted{color:#777}img{max-width:100%}
</style></head><body>
<h1>Complaint-topic trends and KPIs</h1>
<p>Current period <b>{{ p.current_from }} – {{ p.current_to }}</b> ({{ p.days }} days) against
<b>{{ p.previous_from }} – {{ p.previous_to }}</b>. Taxonomy <code>{{ r.taxonomy }}</code>;
{{ "complaints" if r.complaints_only else "all contacts" }}: {{ r.totals.current }} now, {{ r.totals.previous }} before.</p>
<h2>Rising topics</h2>
<p class="muted">A topic rises when its share of {{ "complaints" if r.complaints_only else "contacts" }} grew beyond chance:
one-sided conditional binomial test (two Poisson rates), Benjamini–Hochberg q &lt; {{ alpha }}, at least {{ min_count }} {{ "complaints" if r.complaints_only else "contacts" }} now.</p>
{% if rising %}<ul>{% for t in rising %}<li><b>{{ t.topic }}</b>: {{ t.n_current }} vs {{ t.n_previous }}
(share {{ "%.1f"|format(100*t.share_current) }}% vs {{ "%.1f"|format(100*t.share_previous) }}%, ×{{ "%.2f"|format(t.rate_ratio) }},
p = {{ "%.2g"|format(t.p_value) }}, q = {{ "%.2g"|format(t.q_value) }}) — e.g. {{ (t.example_ids or "").replace(",", ", ") }}</li>{% endfor %}</ul>
{% else %}<p>No topic rose significantly.</p>{% endif %}
<img src="{{ stem }}_rising_topics.png" alt="rate ratios">
<table><tr><th class="l">topic</th><th>now</th><th>before</th><th>share now %</th><th>share before %</th><th>rate ratio</th><th>p</th><th>q</th><th class="l">examples</th></tr>
{% for t in topics %}<tr class="{{ 'rise' if t.rising }}"><td class="l">{{ t.topic }}</td><td>{{ t.n_current }}</td><td>{{ t.n_previous }}</td>
<td>{{ "%.1f"|format(100*t.share_current) if t.share_current == t.share_current }}</td><td>{{ "%.1f"|format(100*t.share_previous) if t.share_previous == t.share_previous }}</td>
<td>{{ fmt(t.rate_ratio, "%.2f") }}</td><td>{{ fmt(t.p_value, "%.2g") }}</td><td>{{ fmt(t.q_value, "%.2g") }}</td><td class="l">{{ (t.example_ids or "").replace(",", ", ") }}</td></tr>{% endfor %}
</table>
<h2 id="emerging-themes">Emerging themes</h2>
<p class="muted">Complaints of the rolling window clustered by meaning (servicelens themes); a theme is emerging when no
configured topic covers it or it grew beyond chance. Night {{ themes[0].night if themes else "–" }}.</p>
{% if themes %}{% if themes_png %}<img src="{{ stem }}_themes.png" alt="emerging themes per day">{% endif %}
{% for t in themes %}<h3>{{ t.theme_id }}: {{ t.keywords[:6]|join(", ") }}</h3>
<p>{{ t.size }} contacts in the window, {{ t.n_recent }} recent; {{ t.emerging_reason }}.
Channels: {% for c, n in t.channels.items() %}{{ c }} {{ n }}{{ ", " if not loop.last }}{% endfor %};
queues: {% for q, n in t.queues.items() %}{{ q or "–" }} {{ n }}{{ ", " if not loop.last }}{% endfor %};
repeat contacts {{ "%.0f"|format(100*t.repeat_share) }}%, negative ending {{ "%.0f"|format(100*t.negative_end_share) }}%.</p>
<ul>{% for e in t.examples %}<li><code>{{ e.interaction_id }}</code>: {{ e.text }}</li>{% endfor %}</ul>{% endfor %}
{% else %}<p>No emerging theme in this period.</p>{% endif %}
<h2>Per day</h2><img src="{{ stem }}_topics_daily.png" alt="topics per day">
{% if weekly %}<h2>Weekly view (complaint_topic_trends)</h2>
<table><tr><th>week</th><th class="l">topic</th><th>complaints</th><th>share %</th><th>previous</th><th>change</th></tr>
{% for w in weekly %}<tr><td>{{ (w.period_start|string)[:10] }}</td><td class="l">{{ w.topic }}</td><td>{{ w.n_complaints_topic }}</td><td>{{ "%.1f"|format(100*w.share) }}</td>
<td>{{ fmt(w.previous_n, "%.0f") }}</td><td>{{ fmt(w.change_n, "%.0f") }}</td></tr>{% endfor %}</table>{% endif %}
<h2>KPIs per day and channel (kpi_daily; plots include the previous period)</h2><img src="{{ stem }}_kpi_daily.png" alt="KPIs per day">
<table><tr>{% for c in kpi_columns %}<th>{{ c }}</th>{% endfor %}</tr>
{% for row in kpi %}<tr>{% for c in kpi_columns %}<td>{{ fmt(row[c]) }}</td>{% endfor %}</tr>{% endfor %}</table>
</body></html>
"""


def _missing(value) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):  # lists, arrays: not a missing scalar
        return False


def _fmt(value, pattern: str = "%.1f") -> str:
    """A cell of the report: '' for NULL / NaN / NA (never 'None' or 'nan'), floats by ``pattern``."""
    if _missing(value):
        return ""
    if isinstance(value, float):
        return pattern % value
    return str(value)


def _plot_rising(result: TrendResult, path: Path, alpha: float) -> None:
    df = result.topics[result.topics["n_current"] + result.topics["n_previous"] > 0].head(15).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.35 * len(df) + 1)))
    colors = ["#d9480f" if r else "#adb5bd" for r in df["rising"]]
    ax.barh(df["topic"].astype(str), df["rate_ratio"], color=colors)
    ax.axvline(1.0, color="#333", lw=1)
    for y, (ratio, q) in enumerate(zip(df["rate_ratio"], df["q_value"])):
        ax.text(ratio, y, f"  q={q:.2g}", va="center", fontsize=8)
    ax.set_xlabel("share now / share before (rate ratio)")
    ax.set_title(f"Topics by change (orange: rising, q < {alpha})")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_daily(result: TrendResult, path: Path, top: int = 6) -> None:
    """Daily counts of the rising topics, then the largest ones, over both periods."""
    fig, ax = plt.subplots(figsize=(10, 4))
    what = "Complaints" if result.complaints_only else "Contacts"
    if len(result.daily):
        wide = result.daily.pivot_table(index="day", columns="topic", values="n", aggfunc="sum", fill_value=0)
        days = pd.date_range(result.periods.previous_from, result.periods.current_to, freq="D")
        wide.index = pd.to_datetime(wide.index)
        wide = wide.reindex(days, fill_value=0)
        rising = set(result.rising["topic"])
        keep = list(result.rising["topic"]) + [t for t in wide.sum().sort_values(ascending=False).index
                                               if t not in rising]
        for topic in keep[:top]:
            ax.plot(range(len(wide)), wide[topic], marker="o", label=str(topic) + (" (rising)" if topic in rising else ""),
                    lw=2.5 if topic in rising else 1.2)
        ax.set_xticks(range(len(wide)), [d.strftime("%m-%d") for d in days], rotation=45)
        ax.axvline(result.periods.days - 0.5, color="#333", ls="--", lw=1)
        ax.legend(fontsize=8, ncol=2)
    ax.set_title(f"{what} per day by topic (dashed line: start of the current period)")
    ax.set_ylabel(what.lower())
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_kpi(kpi: pd.DataFrame, path: Path, current_from) -> None:
    """Volume per day (stacked by channel) and the day's FCR / repeat / SLA rates, both periods."""
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 3.8))
    if len(kpi):
        kpi = kpi.assign(day=pd.to_datetime(kpi["day"]).dt.strftime("%m-%d"))
        by_channel = kpi[kpi["grain"] == "channel"]
        volume = by_channel.pivot_table(index="day", columns="channel", values="n_interactions",
                                        aggfunc="sum", fill_value=0)
        volume.plot.bar(ax=ax1, stacked=True, rot=45, width=0.8)
        daily = kpi[kpi["grain"] == "day"].set_index("day").reindex(volume.index)
        for col, label in (("fcr_provisional_pct", "FCR % (provisional)"), ("repeat_rate_pct", "repeat %"),
                           ("same_topic_repeat_rate_pct", "same-topic repeat %"), ("sla_met_pct", "SLA % (chat, email)")):
            ax2.plot(range(len(daily)), daily[col].astype(float), marker="o", label=label)
        ax2.set_xticks(range(len(daily)), daily.index, rotation=45)
        ax2.set_ylim(0, 100)
        ax2.legend(fontsize=8)
        start = pd.Timestamp(current_from).strftime("%m-%d")
        if start in list(volume.index):
            for ax in (ax1, ax2):
                ax.axvline(list(volume.index).index(start) - 0.5, color="#333", ls="--", lw=1)
    ax1.set_title("Contacts per day and channel")
    ax2.set_title("Rates per day, all channels (%)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_trends_report(wh: Warehouse, result: TrendResult, out_dir: str | Path, alpha: float = 0.05,
                        min_count: int = 5) -> Path:
    """Write ``trends_<from>_<to>.html`` and its PNGs (same prefix) into ``out_dir``; returns the HTML path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    p = result.periods
    start, end = p.bounds()[1], p.bounds()[2]
    kpi_all = wh.query_df("SELECT * FROM kpi_daily WHERE grain IN ('day', 'channel') AND day >= ? AND day < ? "
                          "ORDER BY day, channel NULLS FIRST", [p.previous_from, end.date()])
    kpi = kpi_all[(kpi_all["grain"] == "channel") & (pd.to_datetime(kpi_all["day"]) >= pd.Timestamp(start))]
    weekly = wh.query_df("""SELECT * FROM complaint_topic_trends WHERE period = 'week' AND taxonomy = ?
                            AND period_start >= ? AND period_start < ? ORDER BY period_start, n_complaints_topic DESC""",
                         [result.taxonomy, (start - pd.Timedelta(days=6)).date(), end.date()])
    stem = f"trends_{p.current_from}_{p.current_to}"
    _plot_rising(result, out / f"{stem}_rising_topics.png", alpha)
    _plot_daily(result, out / f"{stem}_topics_daily.png")
    _plot_kpi(kpi_all, out / f"{stem}_kpi_daily.png", p.current_from)
    themes = emerging_themes(wh, p.current_from, p.current_to)
    themes_png = plot_themes(themes, out / f"{stem}_themes.png")
    html = Environment(autoescape=True).from_string(TEMPLATE).render(
        p=p, r=result, alpha=alpha, min_count=min_count, stem=stem,
        rising=result.rising.to_dict("records"), topics=result.topics.to_dict("records"),
        weekly=weekly.to_dict("records"), kpi=kpi.to_dict("records"),
        kpi_columns=[c for c in KPI_COLUMNS if c in kpi.columns], fmt=_fmt, themes=themes, themes_png=themes_png)
    path = out / f"{stem}.html"
    path.write_text(html, encoding="utf-8")
    return path
