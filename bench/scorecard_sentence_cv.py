"""Leave-one-batch-out cross-validation of the sentence votes (how ``C`` in ``rules/scorecard_learned.yaml``
was chosen), on the tuning data only: the demo splits of ``demo_splits`` and the real set's training splits.

    .venv/bin/python bench/scorecard_sentence_cv.py [--criterion no_rudeness] [--C 1 3 10]

For each criterion and C: the threshold :func:`pipeline.training.sentence_vote.choose_threshold` picks and
the out-of-fold figures of rule-or-vote there (fail / pass precision and recall on the demo folds, the
rule's own fail recall, the false alarms on the real pass replies). Never reads blind4 or blind5.
A few minutes per C on two busy cores. Needs ``../shared/data`` for the real set (skipped without it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.training.real_reply_set import REPLIES_PATH, TRAINING_SPLITS, read_replies  # noqa: E402
from pipeline.training.sentence_vote import (  # noqa: E402
    choose_threshold,
    demo_bags,
    load_settings,
    out_of_fold,
    real_bags,
    rules_only_engine,
    written_bags,
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--criterion", action="append", default=None)
    ap.add_argument("--C", dest="cs", type=float, nargs="+", default=[1.0, 3.0, 10.0])
    args = ap.parse_args()
    settings = load_settings()
    engine = rules_only_engine()
    replies = read_replies() if REPLIES_PATH.exists() else None
    for criterion in args.criterion or list(settings.sentence_criteria):
        bags = written_bags(criterion, settings.written_path()) + demo_bags(criterion, settings.demo_splits, engine)
        if replies is not None:
            bags += real_bags(criterion, TRAINING_SPLITS, engine, replies)
        for c in args.cs:
            oof = out_of_fold(bags, c, settings.rounds)
            demo = [(b.label, b.rule, oof[i]) for i, b in enumerate(bags) if i in oof and b.fold.startswith("demo:")]
            real = [(b.label, b.rule, oof[i]) for i, b in enumerate(bags) if i in oof and b.fold.startswith("real:")]
            t, cv = choose_threshold(demo, real, settings)
            print(f"{criterion:18} C={c:<5g} threshold {t:.2f}: fail P {cv['P_fail']:.2f} R {cv['R_fail']:.2f} "
                  f"(rule alone R {cv['rule_R_fail']:.2f}) | pass P {cv['P_pass']:.2f} R {cv['R_pass']:.2f} | "
                  f"real false alarms {cv['real_false_alarms']:.0f}/{cv['real_pass']:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
