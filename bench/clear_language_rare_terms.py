"""clear_language with the rare-term detector off (the default) and on, per split of the real set.

    .venv/bin/python bench/clear_language_rare_terms.py [--splits tune untouched fresh fresh2 fresh3 fresh4]
                                                         [--zipf-below 0.5] [--min-length 9]

Copies ``rules/`` to a temporary folder, switches ``rare_terms`` on in the ru scorecard's
``clear_language`` settings (with the given Zipf threshold and word length), and scores both rule sets
on each split (relabelled labels). Prints precision / recall of both classes and the replies whose
decision the switch changes. The default stays what the tuning splits say (RESULTS.md, round 5);
a held-out split's line is a measurement, not a reason to switch. Needs ``../shared/data``; exits with
status 2 without it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.config import DEFAULT_RULES_DIR  # noqa: E402
from pipeline.scoring.scorecard_engine import ScorecardEngine  # noqa: E402
from pipeline.training.real_reply_set import REPLIES_PATH, SPLITS, evaluate_real, load_labels, read_replies  # noqa: E402


def rare_terms_rules(target: Path, zipf_below: float, min_length: int) -> Path:
    shutil.copytree(DEFAULT_RULES_DIR, target)
    card = target / "scorecards" / "ru.yaml"
    text = card.read_text(encoding="utf-8")
    text, n = re.subn(r"(\n\s+)rare_terms: false", r"\1rare_terms: true", text)
    if n != 1:
        raise SystemExit(f"expected one 'rare_terms: false' in {card}, found {n}")
    text = re.sub(r"rare_zipf_below: [\d.]+", f"rare_zipf_below: {zipf_below}", text)
    text = re.sub(r"rare_min_length: \d+", f"rare_min_length: {min_length}", text)
    card.write_text(text, encoding="utf-8")
    return target


def fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--splits", nargs="+", default=list(SPLITS), choices=SPLITS)
    ap.add_argument("--zipf-below", type=float, default=0.5)
    ap.add_argument("--min-length", type=int, default=9)
    args = ap.parse_args()
    if not REPLIES_PATH.exists():
        print(f"The reply texts are not here: {REPLIES_PATH}", file=sys.stderr)
        raise SystemExit(2)
    replies = read_replies()
    off = ScorecardEngine.from_rules()
    with tempfile.TemporaryDirectory() as tmp:
        on = ScorecardEngine.from_rules(rare_terms_rules(Path(tmp) / "rules", args.zipf_below, args.min_length))
        print(f"rare_terms on: Zipf < {args.zipf_below}, ≥ {args.min_length} letters")
        print(f"{'split':10} {'n':>4}  {'off: P/R present':>17} {'P/R absent':>11}  {'on: P/R present':>16} {'P/R absent':>11}  changed")
        for split in args.splits:
            records = load_labels([split])
            if not records:
                continue
            row = []
            errors = []
            for engine in (off, on):
                st = evaluate_real(records, replies, engine)["clear_language"]
                row.append((st.precision_recall("pass"), st.precision_recall("fail")))
                errors.append(set(st.errors))
            (pp0, pf0), (pp1, pf1) = row
            changed = sorted(errors[0] ^ errors[1])
            print(f"{split:10} {len(records):4}  {fmt(pp0[0]):>8}/{fmt(pp0[1]):<8} {fmt(pf0[0]):>5}/{fmt(pf0[1]):<5}  "
                  f"{fmt(pp1[0]):>7}/{fmt(pp1[1]):<8} {fmt(pf1[0]):>5}/{fmt(pf1[1]):<5}  {len(changed)}")
            for err in changed:
                print(f"    {'new error' if err in errors[1] else 'fixed   '} {err}")


if __name__ == "__main__":
    main()
