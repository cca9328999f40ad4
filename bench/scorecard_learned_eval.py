"""Learned criteria vs the rules on a held-out split of the real set (default fresh2: never trained
or tuned on).

    .venv/bin/python bench/scorecard_learned_eval.py [--split fresh2] [--min-confidence 0.9] [--warehouse URL]

Trains the per-criterion classifiers the way ``servicelens train scorecard`` does (the real set's
tune + untouched + fresh splits, plus the verdicts of ``--warehouse`` when given), then scores the
held-out split twice: rules only (no learned vote at all), and rules with every trained criterion voting (``classifier: learned``).
Prints, per trained criterion, precision / recall of both classes for each and whether the learned
vote beats the rule (more correct decisions, no class below the rule's recall). Then the demo sets
(Ladoga, ``blind`` + ``heldout``) are scored with the same votes: correct decisions of each trained
criterion, rules vs rules + learned. A learned criterion is switched on by default only where it
beats its rule on the held-out split **and** leaves the demo sets no worse (`rules/scorecards/*.yaml`).
Needs ``../shared/data``; exits with status 2 without it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.commands.evaluate_scorecard import evaluate as evaluate_demo, load_split  # noqa: E402
from pipeline.model import Channel  # noqa: E402
from pipeline.scoring import scorecard_engine  # noqa: E402
from pipeline.scoring.scorecard_engine import ScorecardEngine  # noqa: E402
from pipeline.scoring.scorecard_rules import load_scorecards  # noqa: E402
from pipeline.training.criteria import LearnedVoter, real_set_examples, train_criteria, read_verdict_examples  # noqa: E402
from pipeline.training.sentence_vote import rules_only_engine  # noqa: E402
from pipeline.training.real_reply_set import (  # noqa: E402
    CRITERION_MAP,
    REPLIES_PATH,
    ClassCounts,
    evaluate_real,
    load_labels,
    read_replies,
)


def _fmt(st: ClassCounts) -> str:
    out = []
    for cls in ("pass", "fail"):
        p, r = st.precision_recall(cls)
        out.append(f"{'–' if p is None else f'{p:.2f}'} / {'–' if r is None else f'{r:.2f}'}")
    return " | ".join(out)


def _correct(st: ClassCounts) -> int:
    return st.counts.get(("pass", "pass"), 0) + st.counts.get(("fail", "fail"), 0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-confidence", type=float, default=0.9)
    ap.add_argument("--split", default="fresh2", help="the held-out split to score (not trained on)")
    ap.add_argument("--warehouse", default=None, help="also train on this warehouse's qa_review verdicts")
    args = ap.parse_args()
    if not REPLIES_PATH.exists():
        print(f"reply texts not found: {REPLIES_PATH}")
        return 2
    replies = read_replies()
    examples = real_set_examples(replies=replies)
    n_verdicts = 0
    if args.warehouse:
        verdicts = read_verdict_examples(args.warehouse)
        n_verdicts = len(verdicts)
        examples += verdicts
    t0 = time.perf_counter()
    models, _ = train_criteria(examples)
    print(f"trained on {len(examples)} examples ({n_verdicts} reviewer verdicts) in {time.perf_counter() - t0:.1f} s; "
          f"models: {', '.join(models) or 'none'}")
    fresh = load_labels([args.split])
    rules_only = evaluate_real(fresh, replies, rules_only_engine(), Channel.EMAIL)
    scorecard_engine.register_classifier("learned_eval", LearnedVoter(models, args.min_confidence))
    cards = load_scorecards()
    for crit in cards["ru"].criteria:
        if crit.id in models:
            crit.classifier = "learned_eval"
    voted = evaluate_real(fresh, replies, ScorecardEngine({"ru": cards["ru"]}), Channel.EMAIL)
    print(f"{args.split} split: {len(fresh)} replies; P / R present | P / R absent")
    print(f"{'criterion':22} {'rules':28} {'rules + learned':28} beats the rule")
    for name, ids in CRITERION_MAP.items():
        if ids[0] not in models:
            continue
        before, after = rules_only[name], voted[name]
        beats = _correct(after) > _correct(before) and all(
            (after.precision_recall(c)[1] or 0) >= (before.precision_recall(c)[1] or 0) for c in ("pass", "fail"))
        print(f"{name:22} {_fmt(before):28} {_fmt(after):28} {'yes' if beats else 'no'}")
    demo = [rec for split in ("blind", "heldout") for rec in load_split(split)]
    demo_rules = evaluate_demo(demo, rules_only_engine())
    demo_voted = evaluate_demo(demo, ScorecardEngine({**load_scorecards(), "ru": cards["ru"]}))
    print(f"demo blind + heldout ({len(demo)} contacts): correct decisions, rules -> rules + learned")
    for crit_id in models:
        if crit_id in demo_rules:
            before_d, after_d = demo_rules[crit_id], demo_voted[crit_id]
            print(f"{crit_id:22} {before_d.correct}/{before_d.n} -> {after_d.correct}/{after_d.n}"
                  f"{'  (worse)' if after_d.correct < before_d.correct else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
