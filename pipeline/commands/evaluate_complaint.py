"""``servicelens evaluate complaint``: the complaint signal against hand labels (P/R/F1 with counts)."""

from __future__ import annotations

import json

import click


def _fmt(value: float | None) -> str:
    return "   –  " if value is None else f"{value:.3f}"


def print_report(report: dict, echo=click.echo) -> None:
    """Overall, per language and per source: n, complaints, TP/FP/FN, precision, recall, F1."""
    echo(f"complaint signal on split '{report['split']}' (messages from split(s): {', '.join(report['splits_seen'])})")
    echo(f"{'group':<17}{'n':>5}{'compl.':>8}{'TP':>5}{'FP':>5}{'FN':>5}  {'P':>6} {'R':>6} {'F1':>6}")

    def row(name: str, c: dict) -> None:
        echo(f"{name:<17}{c['n']:>5}{c['complaints']:>8}{c['tp']:>5}{c['fp']:>5}{c['fn']:>5}  "
             f"{_fmt(c['precision']):>6} {_fmt(c['recall']):>6} {_fmt(c['f1']):>6}")

    row("overall", report["overall"])
    for name, c in report["by_language"].items():
        row(f"lang {name}", c)
    for name, c in report["by_source"].items():
        row(f"src {name}", c)


@click.command("complaint")
@click.option("--labels", type=click.Path(exists=True, dir_okay=False), default=None,
              help="source,id,label CSV (default tests/data/complaint_labels.csv); texts are read from ../shared/data.")
@click.option("--split", type=click.Choice(["report", "tune", "all"]), default="report", show_default=True,
              help="Which part of the fixed split to score (report: never tuned on).")
@click.option("--data-dir", type=click.Path(file_okay=False), default=None,
              help="Folder of the research data (default ../shared/data).")
@click.option("--rules-dir", type=click.Path(file_okay=False), default=None, help="Default: rules/.")
@click.option("--models-dir", type=click.Path(file_okay=False), default=None, help="Default: models/.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def complaint(labels, split, data_dir, rules_dir, models_dir, as_json) -> None:
    """Precision, recall and F1 of the complaint signal on hand-labelled messages, overall, per language
    and per source, with counts (the analysis stage as a night runs it; writes nothing)."""
    from pathlib import Path

    from pipeline.training.complaint_eval import evaluate
    from pipeline.training.complaint_set import DATA_DIR, LABELS_PATH, MissingData, load_labelled

    try:
        items = load_labelled(split, Path(labels) if labels else LABELS_PATH, Path(data_dir) if data_dir else DATA_DIR)
    except (MissingData, ValueError, KeyError) as exc:
        raise click.ClickException(str(exc)) from exc
    if not items:
        raise click.ClickException(f"no labelled messages in split {split!r}")
    report = evaluate(items, split, rules_dir, models_dir).as_dict()
    if as_json:
        click.echo(json.dumps(report, indent=1))
    else:
        print_report(report)
