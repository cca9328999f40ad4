"""``servicelens evaluate``: topic, sentiment and scorecard evaluation on labelled data."""

from __future__ import annotations

import importlib

import click

SUBCOMMANDS = {
    "topics": ("pipeline.commands.evaluate_models", "topics"),
    "sentiment": ("pipeline.commands.evaluate_models", "sentiment"),
    "scorecard": ("pipeline.commands.evaluate_scorecard", "scorecard"),
    "complaint": ("pipeline.commands.evaluate_complaint", "complaint"),
}


class _Lazy(click.Group):
    def list_commands(self, ctx):
        return list(SUBCOMMANDS)

    def get_command(self, ctx, name):
        if name not in SUBCOMMANDS:
            return None
        module, attr = SUBCOMMANDS[name]
        return getattr(importlib.import_module(module), attr)


@click.group(cls=_Lazy)
def evaluate() -> None:
    """Evaluate models on labelled data and print honest metrics."""
