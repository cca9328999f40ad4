"""Fitting the request-negativity gate (:mod:`pipeline.analyse.request_gate`) on hand-labelled requests.

Data: the SPb appeals of the splits ``fit_splits`` of ``rules/request_gate.yaml`` (``tune`` … ``tune4``); the
``report``, ``report2`` rows choose nothing. The gate's model (:class:`pipeline.analyse.request_text.RequestTextModel`) is
fitted on all those appeals (neutral vs negative), the head's outputs among its features; at night it only sees the
texts the head calls negative. C and the threshold come from repeated stratified cross-validation: out-of-fold
probabilities (mean over the repeats), then the threshold of best recall of the whole rule (head negative *and*
gate ≥ threshold) over all tune appeals whose precision reaches the target (else the best F0.5); the C of best
recall at the target. Then one fit on all of them. Reproducible: fixed seed.
"""

from __future__ import annotations

import numpy as np

from pipeline.analyse.request_gate import RequestGate, RequestGateRules, feature_names, gate_features
from pipeline.analyse.sentiment_cues import NEGATIVE, SentimentCues
from pipeline.analyse.request_text import RequestTextModel
from pipeline.training.request_margin import call_figures, f_half, load_request_set, report_sets

SEED = 29
THRESHOLDS = tuple(float(t) for t in np.round(np.arange(0.05, 0.951, 0.01), 2))


def rule_figures(called: np.ndarray, passed: np.ndarray, gold: np.ndarray) -> dict:
    """Negative precision / recall of the rule "head negative and gate passes" against ``gold`` (bools)."""
    return call_figures(called & passed, gold)


def choose_threshold(called: np.ndarray, proba: np.ndarray, gold: np.ndarray, target: float,
                     grid=THRESHOLDS) -> tuple[float, dict]:
    """The threshold of best recall reaching ``target`` precision (ties: higher precision, then the lower
    threshold), else the best F0.5. ``proba`` has one value per row (ignored where not ``called``)."""
    by_t = {t: rule_figures(called, proba >= t, gold) for t in grid}
    ok = [t for t in grid if by_t[t]["negative_precision"] >= target and by_t[t]["called_negative"]]
    if ok:
        best = max(ok, key=lambda t: (by_t[t]["negative_recall"], by_t[t]["negative_precision"], -t))
        return best, by_t
    return max(grid, key=lambda t: (f_half(by_t[t]), -t)), by_t


def out_of_fold(texts: list[str], x: np.ndarray, y: np.ndarray, rules: RequestGateRules) -> dict[float, np.ndarray]:
    """Per C of ``rules.C_grid``: the mean out-of-fold P(negative) over ``rules.repeats`` stratified
    ``rules.folds``-fold splits (the text blocks are fitted on each training part, once for every C)."""
    from sklearn.model_selection import RepeatedStratifiedKFold

    folds = max(2, min(rules.folds, int(y.sum()), int((~y).sum())))
    total = {C: np.zeros(len(y)) for C in rules.C_grid}
    seen = np.zeros(len(y))
    splitter = RepeatedStratifiedKFold(n_splits=folds, n_repeats=rules.repeats, random_state=SEED)
    for tr, te in splitter.split(x, y):
        blocks = RequestTextModel(rules.text)
        x_tr = blocks.fit_blocks([texts[i] for i in tr], x[tr])
        x_te = blocks.matrix([texts[i] for i in te], x[te])
        for C in rules.C_grid:
            total[C][te] += blocks.fit_lr(x_tr, y[tr], C).lr.predict_proba(x_te)[:, 1]
        seen[te] += 1
    return {C: t / np.maximum(seen, 1) for C, t in total.items()}


def fit_request_gate(texts: list[str], labels, decisions: np.ndarray, temperature: float,
                     cues: SentimentCues | None, rules: RequestGateRules) -> RequestGate | None:
    """The gate fitted on the labelled requests ``texts`` / ``labels`` given the head's ``decisions``;
    None when the head calls too few of them negative to fit anything."""
    d = np.asarray(decisions)
    gold = np.asarray(labels) == "negative"
    called = d.argmax(axis=1) == NEGATIVE
    if called.sum() < 10 or gold[called].sum() < 3 or (~gold[called]).sum() < 3:
        return None
    x = gate_features(texts, d, temperature, rules, cues)
    by_c = {}
    for C, proba in out_of_fold(list(texts), x, gold, rules).items():
        threshold, by_t = choose_threshold(called, proba, gold, rules.target_precision)
        by_c[C] = (threshold, by_t[threshold])
    best_c = max(rules.C_grid, key=lambda c: (by_c[c][1]["negative_precision"] >= rules.target_precision,
                                              by_c[c][1]["negative_recall"], by_c[c][1]["negative_precision"], -c))
    threshold = by_c[best_c][0]
    model = RequestTextModel(rules.text, C=best_c).fit(list(texts), x, gold)
    figures = {"fitted_on": int(len(gold)), "fitted_negative": int(gold.sum()), "head_called": int(called.sum()),
               "threshold": threshold, "C": best_c, "splits": list(rules.fit_splits),
               "cv": by_c[best_c][1], "cv_by_C": {str(c): {"threshold": t, **f} for c, (t, f) in by_c.items()},
               "head_alone": rule_figures(called, np.ones_like(called), gold),
               "target_precision": rules.target_precision, "folds": rules.folds, "repeats": rules.repeats}
    gate = RequestGate(rules=rules, model=model, threshold=threshold, names=feature_names(rules), figures=figures)
    figures["coefficients"] = gate.coefficients()
    figures["top_terms"] = model.top_terms()
    return gate


def shipped_request_gate(model, cues: SentimentCues | None, report, rules_dir=None,
                         appeals_csv=None) -> tuple[RequestGate | None, dict | None]:
    """The gate of the shipped nightly head ``model`` (a fitted LinearTextClassifier with its class offsets),
    fitted on the requests of ``fit_splits`` (``rules/request_gate.yaml``), and the figures of head + gate on
    the requests that choose nothing: ``report`` (the given set, first labels) and, where present, the same
    appeals relabelled blind (``report_relabel``) and ``report2``. (None, None) without tune requests."""
    from pipeline.analyse.request_gate import load_request_gate_rules

    rules = load_request_gate_rules(rules_dir)
    tune = load_request_set(tuple(rules.fit_splits), appeals_csv)
    if tune is None or not len(tune.texts):
        return None, None
    gate = fit_request_gate(tune.texts, tune.labels, model.decision_function(tune.texts), model.temperature, cues,
                            rules)
    if gate is None:
        return None, None
    meta = {"tune": dict(gate.figures), "rows_tune": len(tune.texts)}
    held_out = report_sets(appeals_csv)
    if report is not None and len(report.texts):
        held_out["report"] = report
    for name, requests in held_out.items():
        d = model.decision_function(requests.texts)
        gold = np.asarray(requests.labels) == "negative"
        called = d.argmax(axis=1) == NEGATIVE
        meta[name] = {"head alone (tweet offsets)": rule_figures(called, np.ones_like(called), gold),
                      "head + request gate (shipped, requests)": rule_figures(
                          gate.apply(requests.texts, d, model.temperature, cues).argmax(axis=1) == NEGATIVE,
                          np.ones_like(called), gold)}
    return gate, meta


def refit_request_gate(models_dir=None, rules_dir=None, appeals_csv=None) -> dict | None:
    """Fit the gate for the artifact already in ``models_dir/sentiment`` (the same step
    ``servicelens train sentiment`` runs, without retraining the heads) and rewrite the artifact, its
    metrics.json and model card. Returns the gate's figures (None when the appeals are absent)."""
    import json
    from pathlib import Path

    import joblib

    from pipeline.analyse.sentiment import model_path
    from pipeline.analyse.sentiment_cues import load_sentiment_cues
    from pipeline.training.sentiment import sentiment_model_card

    path = model_path(models_dir)
    artifact = joblib.load(path)
    cues = load_sentiment_cues(rules_dir)
    report = load_request_set("report", appeals_csv)
    gate, meta = shipped_request_gate(artifact["russian"], cues, report, rules_dir, appeals_csv)
    if gate is None:
        return None
    artifact["request_gate"], artifact["request_gate_figures"] = gate, meta
    joblib.dump(artifact, path, compress=3)
    metrics_path = Path(path).parent / "metrics.json"
    metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    metrics["request_gate_figures"] = meta
    metrics["artifact_bytes"] = Path(path).stat().st_size
    metrics_path.write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (Path(path).parent / "MODEL_CARD.md").write_text(sentiment_model_card(metrics), encoding="utf-8")
    return meta
