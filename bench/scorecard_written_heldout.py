"""The rules and the rule-or-vote on the held-out third of the round-35 written sentences (issue 15).

    .venv/bin/python bench/scorecard_written_heldout.py [--rules-dir DIR] [--show]

`tests/data/scorecard_written/sentences_w35_eval.jsonl` holds 233 agent sentences a blind helper wrote as hard
negatives (polite sentences that share words or shape with rudeness or blame-shifting) and close-in-form fails; a
seeded split kept this third out of `written:` in `rules/scorecard_learned.yaml`, so the vote never trained on it.
Each sentence is scored as a one-reply chat. Prints, per criterion and language, the polite near misses failed
(false alarms) and the fails found, for the rules alone and for the rules with the learned vote.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.scoring.scorecard_engine import ScorecardEngine  # noqa: E402
from pipeline.training.sentence_vote import sentence_vote_engine  # noqa: E402
from scorecard_contacts import verdict  # noqa: E402

HELDOUT = ROOT / "tests" / "data" / "scorecard_written" / "sentences_w35_eval.jsonl"
FAIL_KIND = {"no_rudeness": "rude", "no_blame_shifting": "blame_shifting"}


def score(engine, rows: list[dict]) -> tuple[Counter, list[tuple[str, str, str]]]:
    counts: Counter = Counter()
    wrong = []
    for row in rows:
        for criterion, gold in row["gold"].items():
            got = verdict(engine, row["language"], criterion, row["text"])
            counts[(criterion, row["kind"], row["language"], got)] += 1
            if got != gold:
                wrong.append((criterion, row["id"], row["text"]))
    return counts, wrong


def tally(counts: Counter, criterion: str, kind: str, lang: str, got: str | None = None) -> int:
    return sum(v for (c, k, lg, g), v in counts.items()
               if c == criterion and k == kind and lg == lang and (got is None or g == got))


def report(name: str, counts: Counter) -> None:
    print(f"== {name}")
    for criterion, fail_kind in FAIL_KIND.items():
        for lang in ("ru", "en"):
            near = tally(counts, criterion, "near_miss", lang)
            false_fails = tally(counts, criterion, "near_miss", lang, "fail")
            fails = tally(counts, criterion, fail_kind, lang)
            found = tally(counts, criterion, fail_kind, lang, "fail")
            print(f"  {criterion:18s} {lang}: polite near misses failed {false_fails}/{near}, fails found {found}/{fails}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules-dir", type=Path, default=None, help="rules folder (default: the project's rules/)")
    parser.add_argument("--show", action="store_true", help="print every sentence judged wrongly")
    args = parser.parse_args()
    rows = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    engines = {"rules": ScorecardEngine.from_rules(args.rules_dir),
               "rules + learned vote": sentence_vote_engine(args.rules_dir)}
    for name, engine in engines.items():
        counts, wrong = score(engine, rows)
        report(name, counts)
        if args.show:
            for item in wrong:
                print("    ", *item)


if __name__ == "__main__":
    main()
