"""Score a rules folder on every scored demo split (and the real replies) and compare two such runs.

Each round of phrase tuning (issue 15) is checked split by split against the round before it: no split
may gain an error. This script writes every disagreement with the labels to a JSON file and lists what
changed between two files.

    python scripts/scorecard_splits.py run RULES OUT.json [--splits blind211,blind212] [--real] [-j 2]
    python scripts/scorecard_splits.py diff BEFORE.json AFTER.json

``RULES`` is a rules folder (copy ``rules/`` before editing it, and score the copy). A blind batch is
scored as its README row says (``init-rules --company … --domain …`` written from ``RULES``); a batch
whose row says "not scored yet" is skipped unless named with ``--splits``. Scores are of the rules
alone (every learned vote off) unless ``--mode shipped`` (the scorecards as shipped) or ``--mode votes``
(every learned vote on). ``--real`` also scores the hand-labelled real replies, each as an email and as a
one-reply chat. A full run (232 splits and the real replies, 2 processes) takes about 9 minutes here.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.commands.evaluate_scorecard import EVAL_DIR, demo_splits, demo_view, load_split, record_to_interaction  # noqa: E402,E501

README = EVAL_DIR / "README.md"


def split_rows(readme: Path = README) -> dict[str, str]:
    """The README table row of each split file (``blind12`` -> its row's text)."""
    rows: dict[str, str] = {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `(\w+)\.jsonl` \|", line)
        if m:
            rows[m.group(1)] = line
    return rows


# blind6–blind10 were scored with their company's init-rules folder before the table's rows named the command; these
# are the commands of models/scorecard_criteria/HELDOUT.md (blind6's of this folder's README, "init-rules folder")
EARLY_COMPANIES = {
    "blind6": '--company "Вольт Маркет" --alias "Volt Market" --domain retail',
    "blind7": '--company "Пятый Океан" --alias "Fifth Ocean Airlines" --alias "Fifth Ocean" --alias "Пятого Океана" '
              '--domain public-services',
    "blind8": '--company "Сытый Кот" --alias "Full Cat" --alias "Сытого Кота" --alias "Сытом Коте" --domain retail',
    "blind9": '--company "Тёплый Двор" --alias "Warm Yard" --alias "Тёплого Двора" --alias "Тёплом Дворе" '
              '--domain public-services',
    "blind10": '--company "Тихая Гавань" --alias "Safe Harbour Insurance" --alias "Safe Harbour" --alias "Тихой Гавани" '
               '--alias "Тихую Гавань" --domain bank',
}


def init_rules_args(row: str, split: str = "") -> tuple[str, tuple[str, ...], str] | None:
    """Company, aliases and domain of the row's ``init-rules`` command (or of ``EARLY_COMPANIES``), or None: the
    demo splits are scored with the rules as they are."""
    m = re.search(r"init-rules (--company [^`]*?--domain [\w-]+)", row)
    if not m and split not in EARLY_COMPANIES:
        return None
    words = shlex.split(m.group(1) if m else EARLY_COMPANIES[split])
    company, aliases, domain = "", [], ""
    for flag, value in zip(words[::2], words[1::2]):
        if flag == "--company":
            company = value
        elif flag == "--alias":
            aliases.append(value)
        elif flag == "--domain":
            domain = value
    return company, tuple(aliases), domain


def scored_splits(rows: dict[str, str]) -> list[str]:
    return [s for s in demo_splits() if "not scored yet" not in rows.get(s, "")]


def _engine(rules_dir: Path, mode: str):
    if mode == "votes":
        from pipeline.training.sentence_vote import sentence_vote_engine

        return sentence_vote_engine(rules_dir)
    if mode == "shipped":
        from pipeline.scoring.scorecard_engine import ScorecardEngine

        return ScorecardEngine.from_rules(rules_dir)
    from pipeline.training.sentence_vote import rules_only_engine

    return rules_only_engine(rules_dir)


def score_split(split: str, rules: Path, row: str, mode: str) -> dict:
    from pipeline.commands.init_rules import init_rules

    args = init_rules_args(row, split)
    with tempfile.TemporaryDirectory() as tmp:
        rules_dir = rules
        if args is not None:
            rules_dir = Path(tmp) / "rules"
            company, aliases, domain = args
            init_rules(rules_dir, company, domain, aliases, source=rules)
        engine = _engine(rules_dir, mode)
        errors, n = [], 0
        for rec in load_split(split):
            predicted = demo_view({r.criterion_id: r.result for r in engine.evaluate(record_to_interaction(rec))})
            for cid, gold in rec["gold"].items():
                n += 1
                pred = predicted.get(cid, "na")
                if pred != gold:
                    errors.append([rec["id"], cid, gold, pred])
    return {"n": n, "errors": errors, "accuracy": round(1 - len(errors) / max(n, 1), 4)}


def score_real(rules: Path, mode: str) -> dict:
    from pipeline.model import Channel
    from pipeline.training.real_reply_set import SPLITS, evaluate_real, load_labels, read_replies

    records, replies = load_labels(SPLITS), read_replies()
    engine = _engine(rules, mode)
    out = {}
    for channel in (Channel.EMAIL, Channel.CHAT):
        stats = evaluate_real(records, replies, engine, channel)
        out[channel.value] = {"errors": sorted(f"{name} {err}" for name, st in stats.items() for err in st.errors)}
    return out


def run(args: argparse.Namespace) -> None:
    rows = split_rows()
    rules = Path(args.rules).resolve()
    splits = args.splits.split(",") if args.splits else scored_splits(rows)
    result: dict = {"rules": str(rules), "mode": args.mode, "splits": {}}
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = {s: pool.submit(score_split, s, rules, rows.get(s, ""), args.mode) for s in splits}
        real = pool.submit(score_real, rules, args.mode) if args.real else None
        for s, fut in futures.items():
            result["splits"][s] = fut.result()
        if real is not None:
            result["real"] = real.result()
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")
    n = sum(v["n"] for v in result["splits"].values())
    e = sum(len(v["errors"]) for v in result["splits"].values())
    print(f"{len(splits)} splits, {n} judgements, {e} errors", end="")
    if args.real:
        print(", real: " + ", ".join(f"{c} {len(v['errors'])} errors" for c, v in result["real"].items()), end="")
    print()
    if args.splits:
        for s in splits:
            print(f"  {s}: accuracy {result['splits'][s]['accuracy']:.3f}")


def diff(args: argparse.Namespace) -> None:
    a = json.loads(Path(args.before).read_text(encoding="utf-8"))
    b = json.loads(Path(args.after).read_text(encoding="utf-8"))
    total_fixed = total_new = 0
    for s in b["splits"]:
        if s not in a["splits"]:
            continue
        ea = {tuple(x) for x in a["splits"][s]["errors"]}
        eb = {tuple(x) for x in b["splits"][s]["errors"]}
        fixed, new = ea - eb, eb - ea
        total_fixed += len(fixed)
        total_new += len(new)
        if fixed or new or args.all:
            print(f"{s}: fixed {len(fixed)}, new {len(new)} "
                  f"(accuracy {a['splits'][s]['accuracy']:.3f} -> {b['splits'][s]['accuracy']:.3f})")
            for x in sorted(fixed):
                print("   fixed", *x)
            for x in sorted(new):
                print("   NEW  ", *x)
    print(f"in all: fixed {total_fixed}, new {total_new}")
    for channel in b.get("real", {}):
        if channel not in a.get("real", {}):
            continue
        ra = set(a["real"][channel]["errors"])
        rb = set(b["real"][channel]["errors"])
        print(f"real {channel}: fixed {len(ra - rb)}, new {len(rb - ra)}")
        for x in sorted(rb - ra):
            print("   NEW  ", x)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="score RULES on the splits, errors into OUT")
    p.add_argument("rules")
    p.add_argument("out")
    p.add_argument("--splits", help="comma-separated split names (default: every scored split)")
    p.add_argument("--real", action="store_true", help="also the hand-labelled real replies")
    p.add_argument("--mode", choices=("rules", "shipped", "votes"), default="rules",
                   help="rules: every learned vote off (default); shipped: the scorecards as shipped (the rudeness "
                        "vote); votes: the learned sentence vote on for all its criteria (--learned-votes)")
    p.add_argument("-j", "--jobs", type=int, default=2)
    p.set_defaults(func=run)
    d = sub.add_parser("diff", help="what changed between two runs")
    d.add_argument("before")
    d.add_argument("after")
    d.add_argument("--all", action="store_true", help="list unchanged splits too")
    d.set_defaults(func=diff)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
