"""Benchmark of the scoring stage (scorecard + QA score + flags): interactions/s on one core.

    .venv/bin/python bench/score_bench.py [--n 3000] [--repeat-texts] [--learned-votes | --rules-only]

Interactions are the 67 labelled contacts of ``tests/data/scorecard_eval`` (Russian and English
chats, emails and call transcripts, 4–11 turns), cycled to ``--n`` with a distinct id and a
distinct number appended to every turn, so that no turn's tokens come from the lemmatizer's text
cache (word-form lemmas are still cached, as on a real night). ``--repeat-texts`` keeps the texts
as they are (best case). By default the scorecards score as shipped (since round 77 the rudeness vote at 0.99);
``--learned-votes`` switches both learned sentence votes on at their trained thresholds (``classifier: learned``
for the criteria of ``rules/scorecard_learned.yaml``; needs models/scorecard_criteria/), ``--rules-only`` scores
the rules alone. Prints compile time, interactions/s (wall clock and per CPU second: the second is what the code
costs when other work shares the cores), turns/s and the QA-score spread.
The stage is single-process: on 2 cores a second worker process would roughly double it.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from pipeline.scoring.scorecard_engine import ScorecardEngine  # noqa: E402
from pipeline.scoring.stage import score_one  # noqa: E402
from pipeline.commands.evaluate_scorecard import load_split, record_to_interaction  # noqa: E402
from pipeline.nlp.lemmas import get_lemmatizer  # noqa: E402
from pipeline.scoring.flags import load_flag_rules  # noqa: E402


def build(n: int, repeat_texts: bool):
    base = [record_to_interaction(r) for s in ("dev", "heldout") for r in load_split(s)]
    out = []
    for i in range(n):
        inter = copy.deepcopy(base[i % len(base)])
        inter.interaction_id = f"{inter.interaction_id}#{i}"
        if not repeat_texts:
            for turn in inter.turns:
                turn.text = f"{turn.text} {i}"
        out.append(inter)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--repeat-texts", action="store_true")
    parser.add_argument("--learned-votes", action="store_true", help="both learned sentence votes switched on")
    parser.add_argument("--rules-only", action="store_true", help="every learned vote switched off")
    args = parser.parse_args()
    console = Console()

    t0 = time.perf_counter()
    get_lemmatizer()
    t_lem = time.perf_counter() - t0
    t0 = time.perf_counter()
    if args.learned_votes:
        from pipeline.training.sentence_vote import sentence_vote_scorecards

        engine = ScorecardEngine(sentence_vote_scorecards())
    elif args.rules_only:
        from pipeline.training.sentence_vote import rules_only_engine

        engine = rules_only_engine()
    else:
        engine = ScorecardEngine.from_rules()
    flags = load_flag_rules()
    t_compile = time.perf_counter() - t0
    interactions = build(args.n, args.repeat_texts)
    turns = sum(len(i.turns) for i in interactions)

    with console.status(f"scoring {len(interactions)} interactions…"):
        t0, c0 = time.perf_counter(), time.process_time()
        for inter in interactions:
            score_one(inter, engine, flags)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0

    scores = [i.qa_score for i in interactions if i.qa_score is not None]
    n_flags = sum(len(i.flags) for i in interactions)
    table = Table(title="scoring stage benchmark", header_style="bold")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("lemmatizer start (spaCy blank + pymorphy3)", f"{t_lem:.2f} s")
    table.add_row("scorecards + flags compile", f"{t_compile:.2f} s")
    table.add_row("interactions", f"{len(interactions)}")
    table.add_row("turns", f"{turns}")
    table.add_row("scoring time", f"{elapsed:.2f} s")
    table.add_row("[bold]interactions/s (1 process)[/]", f"[bold]{len(interactions) / elapsed:.0f}[/]")
    table.add_row("interactions per CPU second", f"{len(interactions) / cpu:.0f}")
    table.add_row("[bold]CPU ms per interaction[/]", f"[bold]{1000 * cpu / len(interactions):.2f}[/]")
    table.add_row("turns/s", f"{turns / elapsed:.0f}")
    table.add_row("criteria per interaction", f"{sum(len(i.criteria) for i in interactions) / len(interactions):.1f}")
    table.add_row("QA score median / mean", f"{statistics.median(scores):.1f} / {statistics.mean(scores):.1f}")
    table.add_row("flags per interaction", f"{n_flags / len(interactions):.2f}")
    console.print(table)


if __name__ == "__main__":
    main()
