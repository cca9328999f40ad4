"""How many polite look-alikes of the phrase tests the learned sentence votes fail (issue 15, the shipping bar).

    .venv/bin/python bench/scorecard_vote_lookalikes.py [--rules-dir DIR]

The phrase tests hold polite sentences that must pass no_rudeness and no_blame_shifting with the rules alone:
the pass cases of `tests/test_compliance_phrases.py` and every parametrized test named for polite sentences,
near misses or the company's own fault in the scorecard test files below. Round 11's bar for switching a vote on by
default allows at most one of them to fail with the vote (`rules/scorecard_learned.yaml`). Prints the count and
every failing judgement; a `not_rude` test checks no_rudeness only, the others both criteria.
With ``--thresholds T …`` it counts them per criterion at each threshold instead of the trained ones (the
threshold at which a vote would meet the bar). With ``--shipped`` it scores the scorecards as they are (since round 77
the rudeness vote at vote_threshold 0.99, the blame-shifting vote off).
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.scoring.scorecard_engine import ScorecardEngine  # noqa: E402
from pipeline.training.sentence_vote import sentence_vote_engine  # noqa: E402
from scorecard_contacts import verdict  # noqa: E402

TEST_MODULES = ("test_scorecard_device_families", "test_scorecard_blind_round6", "test_scorecard_blind_round7",
                "test_scorecard_blind_round11", "test_scorecard_blind_round12", "test_scorecard_sentence_vote")
POLITE_TEST = re.compile(r"polite|near_miss|own_fault")
FAIL_TEST = re.compile(r"are_rude$|_fail$")
BOTH = ("no_rudeness", "no_blame_shifting")

Judgement = tuple[str, str, tuple[str, ...]]


def phrase_test_look_alikes() -> set[Judgement]:
    from test_compliance_phrases import CASES

    items = {(lang, crit, tuple(turns)) for lang, crit, expected, turns in CASES if crit in BOTH and expected == "pass"}
    for module_name in TEST_MODULES:
        module = importlib.import_module(module_name)
        for name in dir(module):
            if not name.startswith("test_") or not POLITE_TEST.search(name) or FAIL_TEST.search(name):
                continue
            criteria = ("no_rudeness",) if "not_rude" in name else BOTH
            for mark in getattr(getattr(module, name), "pytestmark", []):
                if mark.name != "parametrize":
                    continue
                for case in mark.args[1]:
                    values = case.values if hasattr(case, "values") else (case if isinstance(case, tuple) else (case,))
                    texts = [v for v in values if isinstance(v, str) and v not in ("ru", "en")]
                    if not texts:
                        continue
                    langs = [v for v in values if v in ("ru", "en")]
                    lang = langs[0] if langs else ("ru" if re.search("[а-яё]", texts[0].lower()) else "en")
                    items |= {(lang, crit, (texts[0],)) for crit in criteria}
    return items


def use_threshold(threshold: float) -> None:
    """Register the project's trained votes with ``threshold`` for both criteria and both languages."""
    import joblib

    from pipeline.scoring.scorecard_engine import register_classifier
    from pipeline.training.criteria import LearnedVoter, learned_model_path

    models = joblib.load(learned_model_path())
    for crit in BOTH:
        models[crit].threshold = threshold
        models[crit].thresholds = {lang: threshold for lang in models[crit].thresholds}
    register_classifier("learned", LearnedVoter(models))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules-dir", type=Path, default=None, help="rules folder (default: the project's rules/)")
    parser.add_argument("--thresholds", type=float, nargs="+", default=None, metavar="T",
                        help="instead of the trained thresholds, count the failing look-alikes per criterion at each "
                             "of these (both languages), e.g. 0.95 0.97 0.99")
    parser.add_argument("--shipped", action="store_true",
                        help="score with the scorecards as they are (each criterion's own classifier and "
                             "vote_threshold; since round 77 the rudeness vote at 0.99) instead of both votes at the "
                             "trained thresholds")
    args = parser.parse_args()
    # building either engine registers the trained votes
    voted = ScorecardEngine.from_rules(args.rules_dir) if args.shipped else sentence_vote_engine(args.rules_dir)
    items = phrase_test_look_alikes()
    if args.thresholds:
        for threshold in args.thresholds:
            use_threshold(threshold)
            alarms = [item for item in items if verdict(voted, item[0], item[1], *item[2]) == "fail"]
            counts = ", ".join(f"{crit} {sum(a[1] == crit for a in alarms)}" for crit in BOTH)
            print(f"threshold {threshold}: {counts} of {len(items)} look-alike judgements fail")
        return
    alarms = sorted(item for item in items if verdict(voted, item[0], item[1], *item[2]) == "fail")
    for crit in BOTH:
        print(f"{crit}: {sum(a[1] == crit for a in alarms)} of {sum(i[1] == crit for i in items)} fail with the vote")
    print(f"all: {len(alarms)} of {len(items)} polite look-alike judgements fail with the votes")
    for lang, crit, turns in alarms:
        print(f"  {lang} {crit}: {' / '.join(turns)}")


if __name__ == "__main__":
    main()
