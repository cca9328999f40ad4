"""Round 11 (issue 15): leave-one-batch-out cross-validation of sentence-vote variants, on the tuning data only
(``demo_splits`` of ``rules/scorecard_learned.yaml``, blind6 and blind7 included since rounds 11 and 12, and the real training
splits; written sentences always train). Same folds, multiple-instance fit and threshold choice as
``bench/scorecard_sentence_cv.py``; the variants:

* ``tfidf``: the shipped vote (words 1-2 + characters 2-5, logistic regression);
* ``gated-use a=W g=G``: a sentence the TF-IDF vote scores ≥ G is also embedded (USE multilingual, the
  project's offline encoder) and scored by a logistic regression on the embeddings (trained on the same
  instances); its score is (1-W)·tfidf + W·use; below G the TF-IDF score stands (so the encoder runs only
  on suspicious sentences);
* ``cues``: TF-IDF on the sentence plus cue tokens (``ты``-forms, familiar address, second-person
  imperatives, sarcasm markers, other-party responsibility words).

    OMP_NUM_THREADS=1 .venv/bin/python bench/scorecard_sentence_variants.py [--criterion no_rudeness]
        [--cache /tmp/emb.sqlite] [--no-use] [--no-cues]

Never reads the untouched batch (blind10; blind8 and blind9 are tuning folds since round 13; ``--extra-splits`` adds
splits for one run). ``--encoder e5`` uses the fast multilingual-e5-small (pipeline/nlp/e5_fast.py) instead of USE;
``--show-folds`` prints each named fold's own out-of-fold figures. Minutes per criterion on two busy cores.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.training.real_reply_set import REPLIES_PATH, read_replies  # noqa: E402
from pipeline.training.sentence_vote import (  # noqa: E402
    Bag,
    Features,
    _positive,
    cv_choices,
    figures,
    fit_sentences,
    load_settings,
    rules_only_engine,
    training_bags,
)

_CUES = [
    ("CUE_TY", re.compile(r"\b(ты|тебе|тебя|тобой|твой|твоя|твое|твои)\b")),
    ("CUE_FAMILIAR", re.compile(r"\b(dude|buddy|mate|pal|bro|скинь|кинь|глянь|слышь|запомни)\b")),
    ("CUE_SARCASM", re.compile(r"\b(oh|wow|marvellous|brilliant|truly|surely|представьте|ну\s+конечно|"
                               r"ну\s+вот|разумеется|let\s+me\s+guess|what\s+a)\b|!\?|\?!")),
    ("CUE_LECTURE", re.compile(r"\b(in\s+future|next\s+time|на\s+будущее|в\s+следующий\s+раз|впредь|сначала|"
                               r"should\s+have|надо\s+было|нужно\s+было)\b")),
    ("CUE_THEIRS", re.compile(r"\b(their|them|they|its\s+own|их|им|они|сами|напрямую|directly)\b")),
    ("CUE_YOU_IMPER", re.compile(r"(^|[.!?]\s+)(don'?t|do\s+not|stop|just|go|read|check|wait|не\s+надо|хватит)\b")),
]


def cue_text(text: str) -> str:
    low = text.lower().replace("ё", "е")
    extra = [name for name, rx in _CUES if rx.search(low)]
    return text + (" " + " ".join(extra) if extra else "")


def _map_bags(bags: list[Bag], fn) -> list[Bag]:
    return [Bag(tuple(fn(s) for s in b.sentences), b.label, b.fold, b.rule, b.known, b.language) for b in bags]


def oof_sentences(bags: list[Bag], c: float, rounds: int, feats: Features, emb: dict[str, np.ndarray] | None,
                  emb_c: float) -> tuple[dict[int, list[float]], dict[int, list[float]]]:
    """Per held-out bag: the TF-IDF probability of each sentence and (with ``emb``) the embedding one."""
    from sklearn.linear_model import LogisticRegression

    folds = sorted({b.fold for b in bags if not b.known and b.fold not in ("written", "qa_review")})
    tf: dict[int, list[float]] = {}
    us: dict[int, list[float]] = {}
    for fold in folds:
        train = [b for b in bags if b.fold != fold]
        model = fit_sentences(train, c, rounds, feats)
        held = [(i, b) for i, b in enumerate(bags) if b.fold == fold and b.sentences]
        flat = [s for _, b in held for s in b.sentences]
        probs = list(_positive(model, flat)) if flat else []
        pos = 0
        for i, b in held:
            tf[i] = [float(p) for p in probs[pos:pos + len(b.sentences)]]
            pos += len(b.sentences)
        if emb is None:
            continue
        # the same instances: known sentences, pass bags, and each fail bag's sentence the TF-IDF model picks
        xs, ys = [], []
        fail_bags = []
        for b in train:
            if b.known:
                xs += list(b.sentences); ys += [int(b.label == "fail")] * len(b.sentences)
            elif b.label == "pass":
                xs += list(b.sentences); ys += [0] * len(b.sentences)
            elif b.sentences:
                fail_bags.append(b.sentences)
        fflat = [s for sents in fail_bags for s in sents]
        fp = list(_positive(model, fflat)) if fflat else []
        pos = 0
        for sents in fail_bags:
            part = fp[pos:pos + len(sents)]
            xs.append(sents[int(np.argmax(part))]); ys.append(1)
            pos += len(sents)
        lr = LogisticRegression(C=emb_c, max_iter=3000, class_weight="balanced")
        lr.fit(np.stack([emb[s] for s in xs]), ys)
        hp = lr.predict_proba(np.stack([emb[s] for s in flat]))[:, 1] if flat else []
        pos = 0
        for i, b in held:
            us[i] = [float(p) for p in hp[pos:pos + len(b.sentences)]]
            pos += len(b.sentences)
    return tf, us


SHOW_FOLDS: list[str] = []  # demo splits whose own out-of-fold figures are printed (--show-folds)


def _fold_lines(oof: dict[int, float], bags: list[Bag], threshold: float | dict[str, float]) -> str:
    """Rule-or-vote fail P / R inside each fold of SHOW_FOLDS, at the thresholds chosen on all folds."""
    out = []
    for fold in SHOW_FOLDS:
        rows = [(b.label, b.rule, oof[i], b.language or "ru") for i, b in enumerate(bags)
                if i in oof and b.fold == f"demo:{fold}"]
        if rows:
            f = figures(rows, [], threshold)
            out.append(f"{fold} {f['P_fail']:.2f}/{f['R_fail']:.2f}")
    return (" | folds fail P/R " + ", ".join(out)) if out else ""


def _report(name: str, oof: dict[int, float], bags: list[Bag], settings, gated: float | None = None) -> None:
    for per_lang in (False, True):
        t, langs, cv = cv_choices(oof, bags, settings, per_lang)
        where = f"t {t:.2f}" + (" " + " ".join(f"{k} {v:.2f}" for k, v in langs.items()) if langs else "")
        extra = f" | gated share {gated:.2f}" if gated is not None else ""
        print(f"  {name:28} {where:22}: fail P {cv['P_fail']:.2f} R {cv['R_fail']:.2f} (rule R "
              f"{cv['rule_R_fail']:.2f}, n {cv['demo_fail']:.0f}) | pass P {cv['P_pass']:.2f} R {cv['R_pass']:.2f}"
              f" | real FA {cv['real_false_alarms']:.0f}/{cv['real_pass']:.0f} (vote adds {cv['real_added']:.0f})"
              f"{extra}{_fold_lines(oof, bags, langs or t)}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--criterion", action="append", default=None)
    ap.add_argument("--cache", type=Path, default=None, help="embedding cache (SQLite)")
    ap.add_argument("--no-use", action="store_true")
    ap.add_argument("--no-cues", action="store_true")
    ap.add_argument("--emb-C", type=float, nargs="+", default=[1.0, 10.0])
    ap.add_argument("--encoder", choices=["use", "e5"], default="use",
                    help="sentence encoder of the embedding vote: USE multilingual or the fast multilingual-e5-small")
    ap.add_argument("--extra-splits", nargs="*", default=[],
                    help="demo splits added to the settings' demo_splits for this run (a round's new tuning data)")
    ap.add_argument("--show-folds", nargs="*", default=[], help="demo splits whose own out-of-fold figures to print")
    args = ap.parse_args()
    settings = load_settings()
    if args.extra_splits:
        settings = settings.model_copy(update={"demo_splits": [*settings.demo_splits, *args.extra_splits]})
    SHOW_FOLDS[:] = args.show_folds
    engine = rules_only_engine()
    replies = read_replies() if REPLIES_PATH.exists() else None
    print(f"demo splits: {settings.demo_splits}", flush=True)
    for criterion in args.criterion or list(settings.sentence_criteria):
        t0 = time.perf_counter()
        bags = training_bags(criterion, settings, engine, replies)
        c = settings.sentence_criteria[criterion].C
        feats = Features.of(settings, criterion)
        print(f"{criterion}: {len(bags)} bags, C {c:g}", flush=True)
        emb = None
        if not args.no_use:
            texts = sorted({s for b in bags for s in b.sentences})
            if args.encoder == "e5":
                from pipeline.nlp.e5_fast import encode as e5_encode

                vecs = np.vstack([e5_encode(texts[k:k + 256]) for k in range(0, len(texts), 256)])
            else:
                from pipeline.nlp.embeddings import get_encoder

                vecs = get_encoder("use", cache_path=args.cache).encode(texts)
            emb = dict(zip(texts, vecs))
            print(f"  embedded {len(texts)} sentences [{time.perf_counter() - t0:.0f} s]", flush=True)
        for emb_c in args.emb_C if emb is not None else [None]:
            tf, us = oof_sentences(bags, c, settings.rounds, feats, emb, emb_c or 1.0)
            if emb_c == (args.emb_C[0] if emb is not None else None):
                _report("tfidf", {i: max(v) for i, v in tf.items()}, bags, settings)
            if emb is None:
                break
            _report(f"{args.encoder} alone C={emb_c:g}", {i: max(v) for i, v in us.items()}, bags, settings)
            for gate in (0.3, 0.5):
                for w in (0.3, 0.5, 0.7):
                    oof = {i: max(p if p < gate else (1 - w) * p + w * q for p, q in zip(tf[i], us[i])) for i in tf}
                    share = float(np.mean([max(tf[i]) >= gate for i in tf]))
                    _report(f"gated-{args.encoder} C={emb_c:g} a={w} g={gate}", oof, bags, settings, share)
            print(f"  [{time.perf_counter() - t0:.0f} s]", flush=True)
        if not args.no_cues:
            cbags = _map_bags(bags, cue_text)
            tf, _ = oof_sentences(cbags, c, settings.rounds, feats, None, 1.0)
            _report("cues", {i: max(v) for i, v in tf.items()}, cbags, settings)
            print(f"  [{time.perf_counter() - t0:.0f} s]", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
