"""Check and merge written training sentences for the sentence votes into ``tests/data/scorecard_written/``.

    .venv/bin/python scripts/merge_written_sentences.py OUT.jsonl IN.jsonl [IN.jsonl ...]

Each input line is ``{"id", "language", "kind", "text", "gold"}`` (``sentences.jsonl``'s format). A line is
kept when its kind and gold agree (rude → ``no_rudeness: fail``; blame_shifting → ``no_blame_shifting:
fail``; near_miss → both ``pass``), its language is ru or en, its id is new, and its text (lower case,
spaces collapsed) is in no committed written file, no earlier input line, and no evaluation batch
(``tests/data/scorecard_eval/*.jsonl``). Prints what was dropped and why, and the counts kept.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.training.sentence_vote import sentences  # noqa: E402

WRITTEN = Path(__file__).resolve().parent.parent / "tests" / "data" / "scorecard_written"
EVAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "scorecard_eval"
GOLD = {
    "rude": {"no_rudeness": "fail"},
    "blame_shifting": {"no_blame_shifting": "fail"},
    "near_miss": {"no_rudeness": "pass", "no_blame_shifting": "pass"},
}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def eval_sentences() -> set[str]:
    out = set()
    for path in EVAL.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for turn in json.loads(line)["turns"]:
                    out |= {norm(s) for s in sentences(turn["text"] or "")} | {norm(turn["text"] or "")}
    return out


def main(out_path: str, *inputs: str) -> int:
    out = Path(out_path)
    seen_ids, seen = set(), set()
    for path in WRITTEN.glob("*.jsonl"):
        if path.resolve() != out.resolve():
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                seen_ids.add(rec["id"])
                seen.add(norm(rec["text"]))
    held = eval_sentences()
    kept, dropped = [], Counter()
    for path in inputs:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                key = norm(rec["text"])
                why = ("gold" if GOLD.get(rec["kind"]) != rec["gold"] and not (
                        rec["kind"] == "near_miss" and rec["gold"] and set(rec["gold"].values()) == {"pass"})
                       else "language" if rec["language"] not in ("ru", "en")
                       else "empty" if not key
                       else "duplicate id" if rec["id"] in seen_ids
                       else "duplicate text" if key in seen
                       else "evaluation batch wording" if key in held else None)
            except (ValueError, KeyError, TypeError):
                why = "malformed"
            if why:
                dropped[why] += 1
                print(f"drop {path}:{n} ({why}): {line[:120]}", file=sys.stderr)
                continue
            seen_ids.add(rec["id"])
            seen.add(key)
            kept.append({k: rec[k] for k in ("id", "language", "kind", "text", "gold")})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
    print(f"kept {len(kept)}: {dict(Counter((r['kind'], r['language']) for r in kept))}; dropped {dict(dropped)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
