"""Precision of English person-name redaction on real English texts (hand-checked).

Runs the name finder of ``rules/pii.yaml`` (cues, known names; English has no NER) over texts the
rules were NOT tuned on — BANKING77 *test*, TweetEval *val*, NLU++ (banking + hotels) — from
``../shared/data`` and prints every span it would redact as ``[NAME]``. Each span was judged by
hand (is it a person's name?); the verdicts are in ``bench/name_precision_labels.json``, keyed by
``dataset:row:start:end`` (no text from the data is stored in the repository). Prints precision
over the judged spans and lists spans that have no verdict yet (judge them with ``--show``).

    python bench/name_precision_eval.py [--show] [--data ../shared/data]

The tuning sample (BANKING77 train, TweetEval train) was used to find over-redactions; the
figures here come from the other files.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
LABELS = PROJECT / "bench" / "name_precision_labels.json"


def texts(data: Path) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    with open(data / "banking77_en" / "test.csv", encoding="utf-8") as fh:
        out += [(f"banking77-test:{row['id']}", row["text"]) for row in csv.DictReader(fh)]
    with open(data / "tweeteval_sentiment_en" / "val.csv", encoding="utf-8") as fh:
        out += [(f"tweeteval-val:{i}", row["text"]) for i, row in enumerate(csv.DictReader(fh))]
    for domain in ("banking", "hotels"):
        with open(data / "nlupp_en" / f"{domain}.jsonl", encoding="utf-8") as fh:
            out += [(f"nlupp:{rec['id']}", rec["text"]) for rec in map(json.loads, fh)]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=PROJECT.parent / "shared" / "data")
    ap.add_argument("--show", action="store_true", help="print every span with its context")
    args = ap.parse_args()
    if not (args.data / "banking77_en").is_dir():
        print(f"data absent under {args.data}: nothing to measure")
        return 0
    from pipeline.nlp.pii import PiiRedactor

    finder = PiiRedactor().name_finder
    import time

    t0 = time.perf_counter()
    labels = json.loads(LABELS.read_text(encoding="utf-8")) if LABELS.exists() else {}
    corpus = texts(args.data)
    spans = []
    for key, text in corpus:
        for sp in finder.find_batch([text], ["en"])[0]:
            spans.append((f"{key}:{sp.start}:{sp.end}", text, sp))
    judged = [labels[k] for k, _, _ in spans if k in labels]
    correct = sum(1 for v in judged if v)
    for k, text, sp in spans:
        if args.show or k not in labels:
            mark = {True: "ok ", False: "BAD"}.get(labels.get(k), "???")
            print(f"{mark} {k}: …{text[max(0, sp.start - 30):sp.start]}[{text[sp.start:sp.end]}]{text[sp.end:sp.end + 20]}…")
    print(f"name finder: {len(corpus) / (time.perf_counter() - t0):.0f} texts/s (2 shared cores, pessimistic)")
    texts_with = len({k.rsplit(':', 2)[0] for k, _, _ in spans})
    print(f"texts scanned: {len(corpus)}; texts with a [NAME] redaction: {texts_with}; spans: {len(spans)}")
    if judged:
        print(f"name precision (hand-checked): {correct}/{len(judged)} = {correct / len(judged):.3f}")
    # addresses and IBANs the detectors find in the same texts (hand-check them: few texts hold any)
    redactor = PiiRedactor()
    alarms = [(key, text[a:b], ent) for key, text in corpus for a, b, ent in
              ((sp.start, sp.end, sp.entity) for sp in redactor.structured_spans(text)) if ent in ("address", "iban")]
    for key, value, ent in alarms:
        print(f"{ent} found: {key}: {value!r}")
    print(f"address/IBAN detections on these texts: {len(alarms)} (hand-checked 2026-12-02: 4 of 4 real addresses)")
    missing = len(spans) - len(judged)
    if missing:
        print(f"{missing} spans have no verdict in {LABELS.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
