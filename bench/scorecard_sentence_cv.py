"""Leave-one-batch-out cross-validation of the sentence votes (how the settings in
``rules/scorecard_learned.yaml`` were chosen), on the tuning data only: the demo splits of ``demo_splits``
(each one fold) and the real set's training splits (each one fold); written sentences always train.

    .venv/bin/python bench/scorecard_sentence_cv.py [--criterion no_rudeness] [--C 1 3 10]
        [--chars 2-5 3-5] [--class-weight balanced none] [--per-language] [--written FILE ...] [--save OOF.json]

For each criterion and variant: the threshold :func:`pipeline.training.sentence_vote.choose_threshold` picks
(and the per-language ones with ``--per-language``) and the out-of-fold figures of rule-or-vote there (fail /
pass precision and recall on the demo folds, the rule's own fail recall, the false alarms on the real pass
replies). Never reads the untouched batch (blind8; blind7 is a tuning fold since round 12). Minutes per
variant on two busy cores. Needs
``../shared/data`` for the real set (without it: demo folds only).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.training.real_reply_set import REPLIES_PATH, read_replies  # noqa: E402
from pipeline.training.sentence_vote import (  # noqa: E402
    Features,
    cv_choices,
    out_of_fold,
    load_settings,
    rules_only_engine,
    training_bags,
)


def _pair(text: str) -> tuple[int, int]:
    lo, hi = text.split("-")
    return int(lo), int(hi)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--criterion", action="append", default=None)
    ap.add_argument("--C", dest="cs", type=float, nargs="+", default=None, help="default: the settings' C")
    ap.add_argument("--chars", type=_pair, nargs="+", default=None, help="character n-gram ranges, e.g. 2-5 3-5")
    ap.add_argument("--class-weight", nargs="+", default=None, choices=["balanced", "none"])
    ap.add_argument("--per-language", action="store_true", help="also a threshold per language")
    ap.add_argument("--written", nargs="+", default=None, help="written files instead of the settings'")
    ap.add_argument("--save", type=Path, default=None,
                    help="write each variant's out-of-fold rows (gold, rule, score, language, fold) to this JSON file")
    args = ap.parse_args()
    settings = load_settings()
    if args.written:
        settings.written = args.written
    engine = rules_only_engine()
    replies = read_replies() if REPLIES_PATH.exists() else None
    saved: dict[str, list] = {}
    for criterion in args.criterion or list(settings.sentence_criteria):
        bags = training_bags(criterion, settings, engine, replies)
        base = Features.of(settings, criterion)
        cs = args.cs or [settings.sentence_criteria[criterion].C]
        chars = args.chars or [base.char_ngrams]
        weights = args.class_weight or [base.class_weight or "none"]
        for c, ch, w in itertools.product(cs, chars, weights):
            feats = Features(base.word_ngrams, ch, None if w == "none" else w)
            t0 = time.perf_counter()
            oof = out_of_fold(bags, c, settings.rounds, feats)
            saved[f"{criterion} C={c:g} chars {ch[0]}-{ch[1]} {w}"] = [
                (bags[i].label, bags[i].rule, score, bags[i].language, bags[i].fold) for i, score in oof.items()]
            if args.save:
                args.save.write_text(json.dumps(saved), encoding="utf-8")
            for per_lang in [False, True] if args.per_language else [settings.per_language]:
                _report(criterion, c, ch, w, cv_choices(oof, bags, settings, per_lang), time.perf_counter() - t0)
    return 0


def _report(criterion: str, c: float, ch: tuple[int, int], w: str,
            choice: tuple[float, dict[str, float], dict[str, float]], seconds: float) -> None:
    t, langs, cv = choice
    where = f"threshold {t:.2f}" + (" " + " ".join(f"{k} {v:.2f}" for k, v in langs.items()) if langs else "")
    print(f"{criterion:18} C={c:<4g} chars {ch[0]}-{ch[1]} {w:8} {where}: fail P {cv['P_fail']:.2f} "
          f"R {cv['R_fail']:.2f} (rule alone R {cv['rule_R_fail']:.2f}, n {cv['demo_fail']:.0f}) | pass P "
          f"{cv['P_pass']:.2f} R {cv['R_pass']:.2f} | real false alarms {cv['real_false_alarms']:.0f}/"
          f"{cv['real_pass']:.0f} (vote adds {cv['real_added']:.0f})  [{seconds:.0f} s]", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
