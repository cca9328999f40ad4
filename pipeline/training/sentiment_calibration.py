"""Neutral margin and confidence calibration of the sentiment heads, on validation slices only.

Russian (fast head): on the dated SentiRuEval rows, the earliest 64 % fit a model, the next 16 %
(validation slice) choose the class offsets (:func:`~pipeline.training.calibration.tune_class_bias`,
F1(pos,neg)) and the softmax temperature; the latest 20 % (the later-period test slice) only
report: before (plain SVM, CV temperature) and after (offsets + temperature).

English: TweetEval tweets (``train.csv``), a stratified 20 % held out for reporting; of the rest,
15 % is the validation slice for C, offsets and temperature. ``val.csv`` (another period and
label mix) is reported as a second, shifted test. VADER is scored on the same rows.
"""

from __future__ import annotations

import numpy as np

from pipeline.training.calibration import expected_calibration_error, fit_temperature_ece, tune_class_bias
from pipeline.training.request_margin import RequestSet, apply_cue_margin, tune_cue_margin
from pipeline.analyse.linear_text import LinearTextClassifier, fit_temperature, softmax
from pipeline.training.model_io import sentiment_summary

CLASSES = np.array(["negative", "neutral", "positive"])
SEED = 13
FIGURES = ("accuracy", "macro_f1", "macro_recall", "f1_pos", "f1_neg", "f1_pos_neg")


def f1_pos_neg_index(y_idx: np.ndarray, pred_idx: np.ndarray) -> float:
    return sentiment_summary(CLASSES[y_idx], CLASSES[pred_idx])["f1_pos_neg"]


def figures(y: np.ndarray, decisions: np.ndarray, temperature: float) -> dict:
    """Sentiment figures of argmax(decisions) + ECE of softmax(decisions / T)."""
    pred = decisions.argmax(axis=1)
    s = sentiment_summary(y, CLASSES[pred])
    proba = softmax(decisions, temperature)
    conf = proba[np.arange(len(pred)), pred]
    out = {k: round(float(s[k]), 4) for k in FIGURES}
    out["ece"] = round(expected_calibration_error(conf, CLASSES[pred] == y), 4)
    out["rows"] = int(len(y))
    return out


def confidences(y: np.ndarray, decisions: np.ndarray, temperature: float) -> tuple[np.ndarray, np.ndarray]:
    pred = decisions.argmax(axis=1)
    return softmax(decisions, temperature)[np.arange(len(pred)), pred], CLASSES[pred] == y


def calibrate(fit: LinearTextClassifier, val_texts: list[str], val_y: np.ndarray) -> tuple[np.ndarray, float, float]:
    """Offsets (negative, positive free) and temperature from a model's validation decisions."""
    d = fit.decision_function(val_texts)
    y_idx = np.searchsorted(CLASSES, val_y)
    bias, score = tune_class_bias(d, y_idx, f1_pos_neg_index, free=[0, 2])
    return bias, fit_temperature(d + bias, y_idx), score


def russian_time_split(texts: list[str], labels: list[str], dates: list, make_model, old_temperature: float,
                       share: float = 0.2, cues=None, tune: RequestSet | None = None) -> dict:
    """Before/after figures of the later-period split and the offsets + temperature to ship.

    Offsets: best F1(pos,neg) on the validation slice. Temperature: least ECE of the predicted
    class's confidence on the validation slice (:func:`fit_temperature_ece`). With ``cues`` and a
    ``tune`` request set, also the cue margin of this model (chosen on ``tune``) and the tweets'
    figures with the margin on (what the ``requests`` definition costs on tweet labels)."""
    dated = sorted((i for i, d in enumerate(dates) if d is not None), key=lambda i: dates[i])
    cut = int(len(dated) * (1 - share))
    train, test = dated[:cut], dated[cut:]
    vcut = int(len(train) * (1 - share))
    fit_i, val_i = train[:vcut], train[vcut:]
    y = np.asarray(labels)
    t = lambda idx: [texts[i] for i in idx]  # noqa: E731
    fitted = make_model().fit(t(fit_i), y[fit_i])
    val_d = fitted.decision_function(t(val_i))
    val_y = np.searchsorted(CLASSES, y[val_i])
    bias, val_score = tune_class_bias(val_d, val_y, f1_pos_neg_index, free=[0, 2])
    temperature = fit_temperature_ece(val_d + bias, val_y)
    model = make_model().fit(t(train), y[train])
    d = model.decision_function(t(test))
    requests = None
    if cues is not None and tune is not None and len(tune.texts):
        margin, by_margin = tune_cue_margin(model.decision_function(tune.texts) + bias, cues.has_cue(tune.texts),
                                            tune.labels)
        gated = apply_cue_margin(d + bias, cues.has_cue(t(test)), margin)
        requests = {"cue_margin": margin, "tune": by_margin[margin],
                    "tweets_with_margin": figures(y[test], gated, temperature)}
    return {
        "split": f"earliest {int(100 * (1 - share))} % → latest {int(100 * share)} % (validation slice: the "
                 f"latest {int(100 * share)} % of the training part)",
        "bias": [round(float(b), 2) for b in bias], "temperature": round(float(temperature), 4),
        "validation_f1_pos_neg": round(val_score, 4),
        "before": figures(y[test], d, old_temperature),
        "after": figures(y[test], d + bias, temperature),
        "requests_definition": requests,
        "_curves": {"before": confidences(y[test], d, old_temperature),
                    "after": confidences(y[test], d + bias, temperature)},
    }
