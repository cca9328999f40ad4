"""``servicelens evaluate topics|sentiment``: score a shipped model on a labelled CSV.

The lead attaches :func:`topics` and :func:`sentiment` to the ``evaluate`` group in ``pipeline/cli.py``.
"""

from __future__ import annotations

import json
import time

import click


def _console():
    """Rich console that never wraps a line mid-figure: when stdout is not a terminal (a pipe, a
    file, CI) lines are written whole and tables get room."""
    import sys

    from rich.console import Console

    return Console(soft_wrap=True) if sys.stdout.isatty() else Console(soft_wrap=True, width=200)


def _use_cache_dir(cache_dir: str | None) -> str:
    """Embedding caches of this run go to ``cache_dir`` (default ``$SERVICELENS_CACHE_DIR`` or
    ``~/.cache/servicelens``), never into the project tree."""
    import os
    from pathlib import Path

    from pipeline.nlp.embeddings import CACHE_DIR_ENV

    folder = cache_dir or os.environ.get(CACHE_DIR_ENV) or str(Path.home() / ".cache" / "servicelens")
    os.environ[CACHE_DIR_ENV] = folder
    return folder


def _check_label_overlap(gold: list[str], model_labels: list[str], what: str) -> None:
    """A clear error (non-zero exit) when the gold labels share nothing with the model's labels:
    every figure would be 0 and say nothing (wrong column, wrong taxonomy)."""
    shared = set(gold) & set(model_labels)
    if not shared:
        raise click.ClickException(
            f"the gold labels share nothing with the labels of {what}: gold {'/'.join(sorted(set(gold))[:8])}, "
            f"model {'/'.join(sorted(set(model_labels))[:8])} (wrong --label-column or wrong model?)")


def _print_summary(title: str, summary: dict, seconds: float, extra: list[str] | None = None) -> None:
    from rich.markup import escape
    from rich.table import Table

    from rich.text import Text

    console = _console()
    console.print(f"[bold]{escape(title)}[/bold]  n={summary['n']}  ({summary['n'] / max(seconds, 1e-9):.0f} texts/s)")
    console.print(f"  accuracy  {summary['accuracy']:.4f}")
    console.print(f"  macro-F1  {summary['macro_f1']:.4f}")
    if "macro_recall" in summary:
        console.print(f"  macro-recall  {summary['macro_recall']:.4f}")
    for line in extra or []:
        console.print(Text(str(line)))
    per_class = summary.get("per_class") or {}
    if per_class:
        table = Table(title="per class", show_lines=False)
        for col in ("label", "precision", "recall", "F1", "support"):
            table.add_column(col, justify="left" if col == "label" else "right")
        for lab, r in per_class.items():
            table.add_row(escape(lab), f"{r['precision']:.4f}", f"{r['recall']:.4f}", f"{r['f1']:.4f}", str(r["support"]))
        console.print(table)
    if summary["confused_pairs"]:
        table = Table(title="most confused (true → predicted)", show_lines=False)
        table.add_column("true")
        table.add_column("predicted")
        table.add_column("count", justify="right")
        for pair in summary["confused_pairs"]:
            table.add_row(Text(str(pair["true"])), Text(str(pair["predicted"])), str(pair["count"]))
        console.print(table)


_SCORER_NAMES = {"russian": "Russian head", "english": "English head", "vader": "VADER (fallback)",
                 "empty": "empty text (neutral)"}


def _heads(head: str) -> list[str]:
    """Heads to evaluate: ``auto`` loads the model's best head (full when present, else fast)."""
    return ["full", "fast"] if head == "both" else [head]


@click.command("topics")
@click.option("--model", "name", required=True, help="Taxonomy name: models/topics-NAME/ (or its seed model).")
@click.option("--data", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--text-column", default="text", show_default=True)
@click.option("--label-column", default="label", show_default=True)
@click.option("--head", type=click.Choice(["auto", "both", "full", "fast"]), default="auto", show_default=True,
              help="full = TF-IDF + sentence embedding (the evaluated model); fast = TF-IDF only (the nightly "
                   "one); auto = full when the model has it, else fast.")
@click.option("--models-dir", type=click.Path(file_okay=False), default=None)
@click.option("--rules-dir", type=click.Path(file_okay=False), default=None)
@click.option("--json-out", type=click.Path(dir_okay=False), default=None, help="Also write the figures as JSON.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Where embedding caches go (default $SERVICELENS_CACHE_DIR or ~/.cache/servicelens); "
                   "evaluate never writes into the project tree.")
def topics(name, data, text_column, label_column, head, models_dir, rules_dir, json_out, cache_dir):
    """Accuracy, macro-F1 and the most confused topic pairs of a topic model on a labelled CSV."""
    from pipeline.training.model_io import DataError, classification_summary, read_labelled_csv
    from pipeline.analyse.topics import load_topic_classifier

    _use_cache_dir(cache_dir)
    try:
        dataset = read_labelled_csv(data, text_column, label_column)
    except DataError as exc:
        raise click.ClickException(str(exc)) from exc
    results = {}
    for h in _heads(head):
        try:
            clf = load_topic_classifier(name, models_dir=models_dir, rules_dir=rules_dir, fast=(h == "fast"))
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc)) from exc
        if h != "auto" and clf.head != h and not (h == "full" and clf.head == "zero_shot"):  # a distilled
            # model's encoder side is the zero-shot matcher it was distilled from
            if head == "both":
                continue  # no full head in this artifact
            raise click.ClickException(f"topics-{name} has no {h} head")
        h = clf.head
        _check_label_overlap(dataset.labels, clf.topics, f"topics-{name}")
        start = time.perf_counter()
        predicted = clf.predict(dataset.texts)
        seconds = time.perf_counter() - start
        summary = classification_summary(dataset.labels, predicted)
        summary["seconds"] = round(seconds, 2)
        results[h] = summary
        _print_summary(f"topics-{name} [{h} head] on {data}", summary, seconds)
    if json_out:
        with open(json_out, "w", encoding="utf-8") as fh:
            json.dump(results, fh, ensure_ascii=False, indent=2)


@click.command("sentiment")
@click.option("--data", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--text-column", default="text", show_default=True)
@click.option("--label-column", default="label", show_default=True)
@click.option("--language", default=None, help="Language of every row (ru/en); default: detected per text.")
@click.option("--language-column", default=None, help="Column holding each row's language.")
@click.option("--head", type=click.Choice(["auto", "both", "full", "fast"]), default="auto", show_default=True,
              help="Russian head: full = TF-IDF + USE embedding (the evaluated model); fast = TF-IDF (nightly); "
                   "auto = full when the model has it, else fast.")
@click.option("--models-dir", type=click.Path(file_okay=False), default=None)
@click.option("--json-out", type=click.Path(dir_okay=False), default=None)
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Where embedding caches go (default $SERVICELENS_CACHE_DIR or ~/.cache/servicelens); "
                   "evaluate never writes into the project tree.")
@click.option("--definition", type=click.Choice(["requests", "social"]), default=None,
              help="What 'negative' means: requests = a plain problem report is neutral (cue margin on, the "
                   "night's default); social = any complaint is negative (tweet labels such as SentiRuEval). "
                   "Default: the model's.")
@click.option("--e5-share", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Fast head only: the share of Russian texts the e5 head re-decides (the night's cascade, "
                   "rules/risk.yaml sentiment.e5_cascade_share: 0 by default, 0.2 measured); 0 = the fast head alone.")
def sentiment(data, text_column, label_column, language, language_column, head, models_dir, json_out, cache_dir,
              definition, e5_share):
    """Accuracy, macro-F1 and F1(pos,neg) of the shipped sentiment model on a labelled CSV.

    Rows labelled 'mixed' (SentiRuEval) are left out.
    """
    import pandas as pd

    from pipeline.training.model_io import DataError, read_labelled_csv, sentiment_summary
    from pipeline.analyse.sentiment import load_sentiment_model

    _use_cache_dir(cache_dir)
    try:
        dataset = read_labelled_csv(data, text_column, label_column, drop_labels=("mixed",))
    except DataError as exc:
        raise click.ClickException(str(exc)) from exc
    languages = None
    if language_column:
        frame = pd.read_csv(data, dtype=str, keep_default_na=False)
        frame = frame[(frame[text_column].str.strip() != "") & (frame[label_column].str.strip() != "")
                      & (frame[label_column] != "mixed")]
        languages = frame[language_column].tolist()
    elif language:
        languages = [language] * dataset.rows
    _check_label_overlap(dataset.labels, ["negative", "neutral", "positive"], "the sentiment model")
    bad = sorted(set(dataset.labels) - {"negative", "neutral", "positive"})
    if bad:
        raise click.ClickException(f"{data}: labels must be negative/neutral/positive, found {bad[:10]}")
    results = {}
    for h in _heads(head):
        try:
            model = load_sentiment_model(models_dir, fast=(h == "fast"), definition=definition, e5_share=e5_share)
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc)) from exc
        if h != "auto" and model.head != h:
            if head == "both":
                continue
            raise click.ClickException(f"the sentiment model has no {h} head")
        h = model.head
        start = time.perf_counter()
        routes = model.route(dataset.texts, languages)
        predicted = [r.label for r in model.predict(dataset.texts, languages)]
        seconds = time.perf_counter() - start
        summary = sentiment_summary(dataset.labels, predicted)
        summary["seconds"] = round(seconds, 2)
        summary["scorers"] = {name: routes.count(name) for name in dict.fromkeys(routes)}
        summary["definition"] = model.definition
        summary["e5_cascade_share"] = model.e5_cascade.share if model.e5_cascade is not None else 0.0
        results[h] = summary
        _print_summary(f"sentiment [{h} head] on {data}", summary, seconds,
                       [f"  F1(pos,neg) {summary['f1_pos_neg']:.4f}   (F1 pos {summary['f1_pos']:.4f}, "
                        f"neg {summary['f1_neg']:.4f})",
                        "  scorers: " + ", ".join(f"{_SCORER_NAMES.get(k, k)}: {v:,} rows"
                                                  for k, v in summary["scorers"].items()),
                        f"  definition of negative: {model.definition}"
                        + (" (a Russian text without an emotional cue needs the cue margin)"
                           if model.definition == "requests" and model.cue_margin else "")])
    if json_out:
        with open(json_out, "w", encoding="utf-8") as fh:
            json.dump(results, fh, ensure_ascii=False, indent=2)


@click.group("evaluate")
def _standalone() -> None:
    """Stand-alone group for ``python -m pipeline.commands.evaluate_models`` (the CLI uses its own)."""


_standalone.add_command(topics)
_standalone.add_command(sentiment)

if __name__ == "__main__":
    _standalone()
