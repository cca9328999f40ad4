"""``servicelens evaluate scorecard --set real``: the scorecard on hand-labelled real replies.

Prints, per labelled criterion, precision and recall of the **present** (pass) and **absent /
violation** (fail) classes, and the false-alarm rate where the gold labels are all one class.
Targets (issue 15): precision ≥ 0.90 and recall ≥ 0.85 for each class with ≥ 5 gold labels;
false alarms ≤ 2 % on all-one-class criteria. The texts are read by id from ``../shared/data``;
without them the command says so and exits with status 2.
"""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.training.real_reply_set import REPLIES_PATH, SPLITS, ClassCounts, evaluate_real, load_labels, read_replies
from pipeline.model import Channel

TARGET_PRECISION = 0.90
TARGET_RECALL = 0.85
MIN_GOLD = 5
MAX_FALSE_ALARMS = 0.02


def meets_target(st: ClassCounts) -> bool | None:
    """True/False against the targets; None when no class has enough gold labels to judge."""
    rate = st.false_alarm_rate()
    if rate is not None:
        return rate <= MAX_FALSE_ALARMS
    judged = False
    for cls in ("pass", "fail"):
        if st.gold(cls) < MIN_GOLD:
            continue
        judged = True
        p, r = st.precision_recall(cls)
        if p is None or r is None or p < TARGET_PRECISION or r < TARGET_RECALL:
            return False
    return True if judged else None


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def render_real(stats: dict[str, ClassCounts], title: str, console: Console, show_errors: bool = False) -> None:
    table = Table(title=title, header_style="bold")
    cols = ("criterion", "n", "gold present", "P present", "R present", "gold absent", "P absent", "R absent",
            "false alarms", "target")
    for col in cols:
        table.add_column(col, justify="left" if col == "criterion" else "right", no_wrap=col == "criterion")
    for name, st in stats.items():
        pp, rp = st.precision_recall("pass")
        pf, rf = st.precision_recall("fail")
        rate = st.false_alarm_rate()
        verdict = meets_target(st)
        target = {True: "[green]met[/]", False: "[red]missed[/]", None: ""}[verdict]
        table.add_row(name, str(sum(st.counts.values())), str(st.gold("pass")), _fmt(pp), _fmt(rp),
                      str(st.gold("fail")), _fmt(pf), _fmt(rf), "–" if rate is None else f"{rate:.1%}", target)
    console.print(table)
    console.print(f"Targets: P ≥ {TARGET_PRECISION}, R ≥ {TARGET_RECALL} per class with ≥ {MIN_GOLD} gold labels; "
                  f"false alarms ≤ {MAX_FALSE_ALARMS:.0%} where the gold is all one class.")
    if show_errors:
        for name, st in stats.items():
            for err in st.errors:
                console.print(f"  [yellow]{name}[/] {err}")


def run_real(engine: ScorecardEngine, split: str, channel: Channel, console: Console, show_errors: bool,
             first_labels: bool = False) -> None:
    if not REPLIES_PATH.exists():
        console.print(f"[red]The reply texts are not here: {REPLIES_PATH}[/]")
        raise SystemExit(2)
    if split not in (*SPLITS, "all"):
        raise click.BadParameter(f"--set real has splits {'|'.join(SPLITS)}|all, not '{split}'", param_hint="--split")
    console = Console(width=max(console.width, 130))
    records = load_labels(SPLITS if split == "all" else (split,), first_labels=first_labels)
    stats = evaluate_real(records, read_replies(), engine, channel)
    render_real(stats, f"Scorecard vs hand labels — real replies, split '{split}' ({len(records)} replies, "
                       f"scored as {channel.value}"
                       f"{', labels as first given' if first_labels else ''})", console, show_errors)
