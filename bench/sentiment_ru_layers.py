"""Issue 11, item 1: a shallower fast-e5 encoder (layer truncation) for the Russian sentiment cascade.

    python bench/sentiment_ru_layers.py validate [--ks 4,6,8,12]      # (1) speed + VALIDATION F1 per k, the rule's choice
    python bench/sentiment_ru_layers.py later --k K --share S          # (2) the later-period slice, read ONCE
    python bench/sentiment_ru_layers.py speed --k K --share S          # (3) the stage's sentiment step, k-layer cascade

multilingual-e5-small is a post-layer-norm encoder: cut after its first k layers (``build_model(layers=k)``, folder
``e5-small-ct2-int8-L{k}``), the k-th layer's output is mean-pooled exactly as the 12th's is. Nothing here changes
the shipped defaults (``rules/risk.yaml``, ``models/``); encodings and encoders go to ``$SERVICELENS_CACHE_DIR``
(``/tmp/servicelens-e5-layers`` when unset), never into the project tree.

(1) ``validate``: per k, encoding speed (texts/s of 2,000 real Russian tweets, 1 and 2 threads, best of two
    interleaved rounds, load average noted) and the e5 head (the ``servicelens train sentiment-e5`` recipe: fitted
    on the earliest 64 % of the dated tweets, F1(pos,neg) on the next 16 %, temperature only, no offsets) — the
    VALIDATION slice only; the later 20 % is never touched. Then the rule declared before any later-period number:
    k = the smallest k whose validation F1 is within 1.0 point of the 12-layer head's; share s_k such that
    s_k × cost(k) = 0.2 × cost(12), cost = 1 / (texts/s at 1 thread), capped at 1.0.
(2) ``later``: the latest 20 % scored once (``pipeline.training.sentiment_e5.later_period``: both heads refitted on
    the earliest 80 %, offsets / temperatures / threshold from the validation slice) for the k-layer e5 head alone
    and the k-layer cascade at s_k; refuses to run a second time for the same (k, share) (the result file stays).
(3) ``speed``: ``bench/sentiment_ru_wave7.py speed``'s method (6,000 Russian customer turns, ``Analyser._sentiment``,
    chunks of 500 contacts) with the k-layer cascade at s_k (head fitted on every row, like a shipped head), the fast
    head alone and the shipped 12-layer cascade at 0.2 as references. Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_siblings import load_sibling  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
os.environ.setdefault("SERVICELENS_CACHE_DIR", "/tmp/servicelens-e5-layers")
FULL = 12
RULE_F1_POINTS = 1.0  # within 1.0 F1 point of the 12-layer head on the validation slice
BASE_SHARE = 0.2  # the 12-layer cascade's share: equal e5 cost per turn


def bench_dir() -> Path:
    from pipeline.nlp.embeddings import cache_dir

    d = cache_dir() / "e5-layers-bench"
    if ROOT in d.resolve().parents:
        raise SystemExit(f"{d} is inside the project tree; set SERVICELENS_CACHE_DIR")
    d.mkdir(parents=True, exist_ok=True)
    return d


def layers_arg(k: int) -> int | None:
    return None if k == FULL else k  # 12 = the default, unchanged encoder folder


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def tweets() -> list[str]:
    import pandas as pd

    out: list[str] = []
    for name in ("bank_train.csv", "ttk_train.csv"):
        out += pd.read_csv(SHARED / "sentirueval2016_ru" / name, dtype=str, keep_default_na=False)["text"].tolist()
    return [t for t in out if t.strip()]


def training_memo(k: int, texts: list[str]) -> tuple[list[str], np.ndarray]:
    """k-layer vectors of every distinct training input (cached as .npz in the bench folder)."""
    from pipeline.analyse.sentiment_cascade import E5TextClassifier
    from pipeline.nlp.e5_fast import encode

    inputs = sorted(set(E5TextClassifier().embedded_inputs(texts)))
    path = bench_dir() / f"train-vectors-L{k}.npz"
    if path.exists():
        z = np.load(path, allow_pickle=False)
        if list(z["inputs"]) == inputs:
            return inputs, z["vectors"]
    t0 = time.perf_counter()
    vecs = np.vstack([encode(inputs[s : s + 2000], layers=layers_arg(k)) for s in range(0, len(inputs), 2000)])
    print(f"  L{k}: encoded {len(inputs)} training inputs in {time.perf_counter() - t0:.0f} s", flush=True)
    np.savez(path, inputs=np.asarray(inputs), vectors=vecs)
    return inputs, vecs


class _NoEncoder:
    """Guards the F1 readings: every vector must come from the k-layer memo, never from an encoder call."""

    def __enter__(self):
        import pipeline.nlp.e5_fast as e5_fast

        self._orig = e5_fast.encode

        def refuse(*_a, **_k):
            raise RuntimeError("an e5 vector outside the k-layer memo was requested")

        e5_fast.encode = refuse
        return self

    def __exit__(self, *exc):
        import pipeline.nlp.e5_fast as e5_fast

        e5_fast.encode = self._orig


def data():
    from pipeline.training.sentiment import load_training_data
    from pipeline.training.sentiment_e5 import time_splits

    texts, labels, _, dates = load_training_data(SHARED / "sentirueval2016_ru", with_dates=True)
    return texts, np.asarray(labels), time_splits(dates)


def speed_sweep(ks: list[int], n: int, threads: list[int], rounds: int) -> dict:
    from pipeline.nlp.e5_fast import FastE5

    rng = np.random.default_rng(11)
    pool = tweets()
    sample = [pool[i] for i in rng.choice(len(pool), n, replace=False)]
    out: dict = {}
    for th in threads:
        encs = {k: FastE5(threads=th, layers=layers_arg(k)) for k in ks}
        for e in encs.values():
            e.encode(sample[:50])  # warm-up
        for r in range(rounds):
            for k in ks:
                la = loadavg()
                t = time.perf_counter()
                encs[k].encode(sample)
                rate = n / (time.perf_counter() - t)
                rec = out.setdefault(f"L{k}", {}).setdefault(f"threads{th}", {"rates": [], "load": []})
                rec["rates"].append(round(rate, 1))
                rec["load"].append(la)
                print(f"  L{k} threads {th} round {r + 1}: {rate:6.1f} texts/s (load {la})", flush=True)
        del encs
    for k in ks:
        for th in threads:
            rec = out[f"L{k}"][f"threads{th}"]
            rec["best"] = max(rec["rates"])
    return out


def validation_f1(k: int, texts, y, fit_i, val_i) -> dict:
    from pipeline.training.calibration import expected_calibration_error, fit_temperature_ece
    from pipeline.analyse.linear_text import softmax
    from pipeline.training.sentiment_calibration import CLASSES, f1_pos_neg_index
    from pipeline.training.sentiment_e5 import e5_spec

    memo = training_memo(k, texts)
    t = lambda idx: [texts[i] for i in idx]  # noqa: E731
    y_val = np.searchsorted(CLASSES, y[val_i])
    t0 = time.perf_counter()
    with _NoEncoder():
        d = e5_spec(memo).fit(t(fit_i), y[fit_i]).decision_function(t(val_i))
    temp = float(fit_temperature_ece(d, y_val))
    p = softmax(d, temp)
    pred = p.argmax(axis=1)
    ece = expected_calibration_error(p[np.arange(len(pred)), pred], pred == y_val)
    r = {"f1_pos_neg": round(f1_pos_neg_index(y_val, d.argmax(axis=1)), 4), "temperature": round(temp, 4),
         "ece": round(float(ece), 4), "fit_s": round(time.perf_counter() - t0, 1)}
    print(f"  L{k}: validation F1(pos,neg) {r['f1_pos_neg']:.4f} (ECE {r['ece']:.4f}, {r['fit_s']} s)", flush=True)
    return r


def rule(table: dict, ks: list[int]) -> dict:
    """The pre-declared choice (validation F1 and encoder cost only)."""
    ref = table[f"L{FULL}"]["validation"]["f1_pos_neg"]
    ok = [k for k in sorted(ks) if table[f"L{k}"]["validation"]["f1_pos_neg"] >= ref - RULE_F1_POINTS / 100]
    k = ok[0]
    cost = lambda kk: 1.0 / table[f"L{kk}"]["speed"]["threads1"]["best"]  # noqa: E731
    share = min(1.0, BASE_SHARE * cost(FULL) / cost(k))
    return {"k": k, "share": round(share, 2), "share_exact": round(share, 4),
            "cost_ratio_1thread": round(cost(k) / cost(FULL), 4),
            "cost_ratio_2threads": round(table[f"L{FULL}"]["speed"]["threads2"]["best"]
                                         / table[f"L{k}"]["speed"]["threads2"]["best"], 4),
            "ref_f1": ref, "eligible": ok}


def validate(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ks", default="4,6,8,12")
    ap.add_argument("--n", type=int, default=2000, help="tweets for the speed reading")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    ks = sorted(int(k) for k in args.ks.split(","))
    if FULL not in ks:
        raise SystemExit("the sweep needs k = 12 (the reference)")
    out_path = bench_dir() / "validation.json"
    print(f"encoders and encodings under {bench_dir().parent}; load {loadavg()}", flush=True)
    speed = speed_sweep(ks, args.n, [int(t) for t in args.threads.split(",")], args.rounds)
    texts, y, (fit_i, val_i, _test_i) = data()
    print(f"validation: fit on {len(fit_i)} (earliest 64 %), scored on {len(val_i)} (next 16 %)", flush=True)
    table = {f"L{k}": {"speed": speed[f"L{k}"], "validation": validation_f1(k, texts, y, fit_i, val_i)} for k in ks}
    choice = rule(table, ks)
    out_path.write_text(json.dumps({"table": table, "choice": choice}, indent=2) + "\n")
    print("| k | validation F1(pos,neg) | ECE (val) | texts/s 1 thread | texts/s 2 threads |")
    print("|---|---|---|---|---|")
    for k in ks:
        r = table[f"L{k}"]
        print(f"| {k} | {r['validation']['f1_pos_neg']:.4f} | {r['validation']['ece']:.4f} | "
              f"{r['speed']['threads1']['best']:.0f} | {r['speed']['threads2']['best']:.0f} |")
    print(f"rule: smallest k within {RULE_F1_POINTS} point of L12 ({choice['ref_f1']:.4f}): eligible {choice['eligible']} "
          f"-> k = {choice['k']}; share s_k = min(1, 0.2 x cost12/cost_k) = {choice['share_exact']} -> {choice['share']} "
          f"(cost ratio 1 thread {choice['cost_ratio_1thread']}, 2 threads {choice['cost_ratio_2threads']})")
    print(f"written to {out_path}")


def later(argv=None) -> None:
    from pipeline.training.sentiment_e5 import calibrate, later_period

    ap = argparse.ArgumentParser()
    ap.add_argument("--k", type=int, required=True)
    ap.add_argument("--share", type=float, required=True)
    args = ap.parse_args(argv)
    out_path = bench_dir() / f"later-L{args.k}-s{args.share}.json"
    if out_path.exists():
        print(f"already read once: {out_path}\n{out_path.read_text()}")
        return
    texts, y, (fit_i, val_i, test_i) = data()
    memo = training_memo(args.k, texts)
    t0 = time.perf_counter()
    with _NoEncoder():
        cal = calibrate(texts, y, fit_i, val_i, memo)
        r = later_period(texts, y, fit_i + val_i, test_i, cal, memo, args.share)
    r["validation"] = {k: {kk: vv for kk, vv in v.items() if kk != "bias"} for k, v in cal.items() if k != "margins"}
    out_path.write_text(json.dumps(r, indent=2, default=float) + "\n")
    print(f"later-period slice (read once): {r['rows']} tweets; L{args.k}; share {r['share']} -> threshold "
          f"{r['threshold']} (validation), took {r['share_taken']:.1%} of the slice; {time.perf_counter() - t0:.0f} s")
    load_sibling("sentiment_ru_wave7").print_later_table(r)
    print(f"written to {out_path}")


def speed(argv=None) -> None:
    from pipeline.analyse.sentiment import load_sentiment_model
    from pipeline.analyse.sentiment_cascade import E5Cascade, E5TextClassifier
    from pipeline.analyse.stage import Analyser
    from pipeline.training.sentiment_e5 import calibrate
    wave7 = load_sibling("sentiment_ru_wave7")
    customer_turn_texts, peak_rss_mb, vm_rss_mb = wave7.customer_turn_texts, wave7.peak_rss_mb, wave7.vm_rss_mb

    class E5LayersClassifier(E5TextClassifier):
        """The e5 head over the k-layer encoder (vectors of unseen texts from ``encode(layers=k)``)."""

        encoder_layers: int | None = None

        def _embed(self, texts):
            from pipeline.nlp.e5_fast import encode

            inputs = self._inputs(texts)
            memo: dict = self.__dict__.get("_memo") or {}
            missing = sorted({t for t in inputs if t not in memo})
            found = dict(zip(missing, encode(missing, layers=self.encoder_layers))) if missing else {}
            return np.vstack([memo[t] if t in memo else found[t] for t in inputs]).astype(np.float32)

    ap = argparse.ArgumentParser()
    ap.add_argument("--k", type=int, required=True)
    ap.add_argument("--share", type=float, required=True)
    ap.add_argument("--turns", type=int, default=6000)
    ap.add_argument("--chunk", type=int, default=500)
    ap.add_argument("--no-shipped", action="store_true", help="skip the shipped 12-layer cascade at 0.2")
    args = ap.parse_args(argv)
    texts, y, (fit_i, val_i, _test_i) = data()
    memo = training_memo(args.k, texts)
    with _NoEncoder():
        cal = calibrate(texts, y, fit_i, val_i, memo)
        head = E5LayersClassifier(C=0.5, class_weight="balanced", word_vectors="navec", encoder_normalise=True)
        head.encoder_layers = layers_arg(args.k)
        head.remember(*memo)
        head.fit(texts, y)  # every row, like `servicelens train sentiment-e5`'s shipped fit
    head.class_bias_ = cal["e5"]["bias"]
    head.temperature = cal["e5"]["temperature"]
    head.__dict__.pop("_memo", None)  # the turns below are training tweets: no memo, every vector is encoded
    turns = customer_turn_texts(SHARED, args.turns)
    analyser = Analyser()
    off = load_sentiment_model(None, e5_share=0)
    ours = replace(off, e5_cascade=E5Cascade(head=head, margins=cal["margins"], share=args.share))
    shipped = load_sentiment_model(None, e5_share=BASE_SHARE)
    print(f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', '')}; {len(turns)} Russian customer turns; "
          f"load {loadavg()}; RSS {vm_rss_mb():.0f} MB before any e5 call", flush=True)

    def run(model, label: str) -> float:
        secs = wave7.time_sentiment_step(analyser, model, turns, args.chunk)
        print(f"  {label}: {len(turns) / secs:,.0f} turns/s ({secs:.1f} s; load {loadavg()})", flush=True)
        return len(turns) / secs

    res: dict = {"k": args.k, "share": args.share, "fast": run(off, "fast head alone (share 0)")}
    chosen = np.concatenate([ours.e5_cascade.chosen(ours.russian.decision_function(turns[s : s + 1000]))
                             for s in range(0, len(turns), 1000)]).size
    print(f"  turns below the L{args.k} threshold {ours.e5_cascade.threshold:.4f}: {chosen} ({chosen / len(turns):.1%})")
    rss0 = vm_rss_mb()
    ours.predict(turns[:20], ["ru"] * 20)  # loads the k-layer encoder
    rss1 = vm_rss_mb()
    print(f"  resident memory added by the L{args.k} encoder: {rss1 - rss0:+.0f} MB (VmRSS {rss0:.0f} -> {rss1:.0f})")
    res["rss_added_mb"] = round(rss1 - rss0)
    res["cascade"] = [run(ours, f"cascade L{args.k}, share {args.share}"),
                      run(ours, f"cascade L{args.k}, share {args.share}, again")]
    if not args.no_shipped and shipped.e5_cascade is not None:
        res["shipped_cascade_L12_0.2"] = run(shipped, "shipped cascade L12, share 0.2 (reference)")
    res["fast_again"] = run(off, "fast head alone, again")
    res["peak_rss_mb"] = round(peak_rss_mb())
    print(f"peak RSS {res['peak_rss_mb']} MB")
    (bench_dir() / f"speed-L{args.k}-s{args.share}-omp{os.environ.get('OMP_NUM_THREADS', '')}.json").write_text(
        json.dumps(res, indent=2) + "\n")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    {"validate": validate, "later": later, "speed": speed}.get(cmd, lambda _a: print(__doc__))(sys.argv[2:])
