"""Wave-7 Russian nightly sentiment: the fast-e5 cascade (fast head + e5 head on the least confident turns).

    python bench/sentiment_ru_wave7.py later [--data DATA_DIR] [--share 0.2]     # (a) later-period slice, once
    python bench/sentiment_ru_wave7.py speed [--data SHARED_DATA] [--turns 6000]  # (b) stage throughput + RSS
    python bench/sentiment_ru_wave7.py spb [--data SHARED_DATA]                  # (c) SPb report negative precision

(a) Both heads fitted on the earliest 80 % of the dated SentiRuEval-2016 train tweets (offsets, temperatures and the
    cascade threshold from the earliest 64 % → next 16 %, exactly as ``servicelens train sentiment-e5``), the latest
    20 % scored ONCE with the share fixed beforehand: F1(pos,neg) of the fast head alone, the cascade and the e5 head
    alone, and the ECE of the stored confidence (:func:`pipeline.training.sentiment_e5.later_period`).
(b) Russian customer turns (real texts: SentiRuEval tweets and SPb appeals cut to 200 characters, 5 per contact)
    through the analysis stage's sentiment step (``Analyser._sentiment``, the nightly code path, models and
    ``rules/risk.yaml`` as shipped), cascade on (the rules' share) and off (share 0): turns/s and the resident memory
    the cascade adds (VmRSS after − before its first call; peak RSS of the process).
(c) Negative precision / recall on the hand-labelled SPb appeals that choose nothing (``report``, its blind relabel,
    ``report2``), the nightly Russian path under ``requests``, cascade off and on.
Timings are printed, never asserted (2 shared cores).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def vm_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def print_later_table(r: dict) -> None:
    """The later-period reading of :func:`pipeline.training.sentiment_e5.later_period` as a Markdown table."""
    print("| head | F1(pos,neg) | plain argmax | F1 pos | F1 neg | accuracy | ECE |")
    for name in ("fast", "cascade", "e5"):
        f = r[name]
        print(f"| {name} | {f['f1_pos_neg']:.4f} | {f['f1_pos_neg_plain']:.4f} | {f['f1_pos']:.4f} | {f['f1_neg']:.4f} "
              f"| {f['accuracy']:.4f} | {f['ece']:.4f} |")


def later(argv=None) -> None:
    from pipeline.training.sentiment import load_training_data
    from pipeline.training.sentiment_e5 import calibrate, encode_training_texts, later_period, time_splits

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(SHARED / "sentirueval2016_ru"))
    ap.add_argument("--share", type=float, default=0.2)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    texts, labels, _, dates = load_training_data(args.data, with_dates=True)
    y = np.asarray(labels)
    memo = encode_training_texts(texts)
    fit_i, val_i, test_i = time_splits(dates)
    cal = calibrate(texts, y, fit_i, val_i, memo)
    r = later_period(texts, y, fit_i + val_i, test_i, cal, memo, args.share)
    print(f"later-period slice: {r['rows']} tweets; share {r['share']} -> threshold {r['threshold']} "
          f"(validation), took {r['share_taken']:.1%} of the slice; {time.perf_counter() - t0:.0f} s")
    print_later_table(r)
    w = r["with_e5_offsets"]
    print(f"e5 head with its validation offsets {w['e5_bias']} (first reading, not shipped): cascade "
          f"{w['cascade']['f1_pos_neg']:.4f} (ECE {w['cascade']['ece']:.4f}), e5 alone {w['e5']['f1_pos_neg']:.4f}")
    print("validation:", {k: v for k, v in cal.items() if k != "margins"})


def customer_turn_texts(data: Path, n: int) -> list[str]:
    import pandas as pd

    tweets = []
    for name in ("bank_train.csv", "ttk_train.csv"):
        tweets += pd.read_csv(data / "sentirueval2016_ru" / name, dtype=str, keep_default_na=False)["text"].tolist()
    appeals = pd.read_csv(data / "spb_citizen_complaints_ru" / "appeals.csv", dtype=str, keep_default_na=False,
                          usecols=["text"])["text"].tolist()
    rng = np.random.default_rng(7)
    half = n // 2
    picked = [tweets[i] for i in rng.choice(len(tweets), half, replace=False)]
    picked += [" ".join(a.split())[:200] for a in (appeals[i] for i in rng.choice(len(appeals), n - half, replace=False))]
    rng.shuffle(picked)
    return picked


def time_sentiment_step(analyser, model, texts: list[str], chunk: int) -> float:
    """Seconds the stage's sentiment step (``Analyser._sentiment``, the nightly code path) takes with ``model`` over
    ``texts`` as customer turns, 5 per contact, ``chunk`` contacts at a time."""
    analyser.models.sentiment = model
    items = contacts(texts)
    t = time.perf_counter()
    for c in range(0, len(items), chunk):
        batch = items[c : c + chunk]
        analyser._sentiment(batch, list(range(len(batch))), {})
    return time.perf_counter() - t


def contacts(texts: list[str], per: int = 5):
    from pipeline.model import Channel, CustomerRef, Interaction, Speaker, Turn

    out = []
    start = datetime(2026, 11, 20, 9, 0)
    for c in range(0, len(texts), per):
        turns = [Turn(k, Speaker.CUSTOMER, t, started_at=start + timedelta(seconds=30 * k), language="ru")
                 for k, t in enumerate(texts[c : c + per])]
        out.append(Interaction(f"chat:wave7-{c}", Channel.CHAT, start, customer=CustomerRef(name="x"), turns=turns,
                               language="ru", source_path="bench"))
    return out


def speed(argv=None) -> None:
    from pipeline.analyse.sentiment import load_sentiment_model
    from pipeline.analyse.stage import Analyser

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(SHARED))
    ap.add_argument("--turns", type=int, default=6000)
    ap.add_argument("--chunk", type=int, default=500, help="contacts per stage call (the night's chunking)")
    ap.add_argument("--models-dir", default=None)
    ap.add_argument("--whole", action="store_true", help="also time the whole stage (Analyser.run), cascade on/off")
    ap.add_argument("--share", type=float, default=None,
                    help="cascade share (default: sentiment.e5_cascade_share of rules/risk.yaml)")
    args = ap.parse_args(argv)
    texts = customer_turn_texts(Path(args.data), args.turns)
    analyser = Analyser(models_dir=args.models_dir)
    share = analyser.risk_settings.sentiment.e5_cascade_share if args.share is None else args.share
    on = analyser.models.sentiment if args.share is None else load_sentiment_model(args.models_dir, e5_share=share)
    off = load_sentiment_model(args.models_dir, e5_share=0)
    print(f"cascade {'on' if on.e5_cascade is not None else 'OFF (no e5 head?)'}, share {share}; "
          f"{len(texts)} Russian customer turns; RSS {vm_rss_mb():.0f} MB before any e5 call")

    def run(model, label: str) -> float:
        secs = time_sentiment_step(analyser, model, texts, args.chunk)
        print(f"  {label}: {len(texts) / secs:,.0f} turns/s ({secs:.1f} s)", flush=True)
        return secs

    run(off, "fast head alone (share 0)")
    rss0 = vm_rss_mb()
    if on.e5_cascade is not None:
        chosen = np.concatenate([on.e5_cascade.chosen(on.russian.decision_function(texts[s : s + 1000]))
                                 for s in range(0, len(texts), 1000)]).size
        print(f"  turns below the threshold {on.e5_cascade.threshold:.4f}: {chosen} ({chosen / len(texts):.1%})")
        on.predict(texts[:20], ["ru"] * 20)  # loads the encoder (lazily, as the first night's chunk does)
        rss1 = vm_rss_mb()
        print(f"  resident memory added by the cascade: {rss1 - rss0:+.0f} MB (VmRSS {rss0:.0f} -> {rss1:.0f})")
        run(on, f"cascade (share {share})")
        run(on, f"cascade (share {share}), again")
    if args.whole:
        for model, label in ((off, "whole stage, fast head alone"), (on, f"whole stage, cascade {share}")):
            analyser.models.sentiment = model
            items = contacts(texts)
            t = time.perf_counter()
            for c in range(0, len(items), args.chunk):
                analyser.run(items[c : c + args.chunk], progress=False)
            secs = time.perf_counter() - t
            print(f"  {label}: {len(texts) / secs:,.0f} turns/s ({secs:.1f} s)", flush=True)
    print(f"peak RSS {peak_rss_mb():.0f} MB")


def spb(argv=None) -> None:
    from pipeline.analyse.sentiment import load_sentiment_model
    from pipeline.training.request_margin import call_figures, report_sets

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(SHARED))
    ap.add_argument("--share", type=float, default=0.2)
    ap.add_argument("--models-dir", default=None)
    args = ap.parse_args(argv)
    sets = report_sets(Path(args.data) / "spb_citizen_complaints_ru" / "appeals.csv")
    off = load_sentiment_model(args.models_dir, e5_share=0)
    on = load_sentiment_model(args.models_dir, e5_share=args.share)
    neg = list(off.russian.classes_).index("negative")
    print("| set | path | called / gold negative | negative precision | negative recall | re-decided by e5 |")
    for name, rs in sets.items():
        gold = np.asarray(rs.labels) == "negative"
        for label, model in (("fast head + gate (before)", off), (f"cascade {args.share} + gate", on)):
            called = model.russian_proba(rs.texts).argmax(axis=1) == neg
            f = call_figures(called, gold)
            moved = (len(model.e5_cascade.chosen(model.russian.decision_function(rs.texts)))
                     if model.e5_cascade is not None else 0)
            print(f"| {name} | {label} | {f['called_negative']} / {f['gold_negative']} | {f['negative_precision']:.3f} | "
                  f"{f['negative_recall']:.3f} | {moved} / {len(rs.texts)} |")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    {"later": later, "speed": speed, "spb": spb}.get(cmd, lambda _a: print(__doc__))(sys.argv[2:])
