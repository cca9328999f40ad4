"""ECE of the 8-layer cascade's stored confidence: one calibration variant, chosen on the validation slice only.

Variant (fixed before any figure was read): **per-head temperatures fitted on the validation turns each head
decides** at share 0.32 (the e5 head's on the turns below the threshold, the fast head's on the rest), in place of
each head's temperature fitted on every validation turn. Temperatures never move an argmax: F1 is unchanged.

    .venv/bin/python bench/sentiment_ru_ece.py validate   # baseline vs variant, validation ECE only
    .venv/bin/python bench/sentiment_ru_ece.py later      # the later-period slice, read once for the variant
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from pipeline.analyse.linear_text import softmax
from pipeline.training.calibration import expected_calibration_error, fit_temperature_ece, tune_class_bias
from pipeline.training.sentiment_calibration import CLASSES, f1_pos_neg_index
from pipeline.training.sentiment_e5 import (
    e5_spec,
    encode_training_texts,
    fast_spec,
    margin_table,
    threshold_for,
    time_splits,
    top_two_margin,
)

SHARE = 0.32
LAYERS = 8


def ece(proba: np.ndarray, y_idx: np.ndarray) -> float:
    pred = proba.argmax(axis=1)
    return round(expected_calibration_error(proba[np.arange(len(pred)), pred], pred == y_idx), 4)


def main() -> None:
    from pipeline.training.sentiment import load_training_data

    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=["validate", "later"])
    ap.add_argument("--data-dir", default=None)
    args = ap.parse_args()
    texts, labels, _s, dates = load_training_data(args.data_dir, with_dates=True)
    y = np.asarray(labels)
    memo = encode_training_texts(texts, layers=LAYERS)
    fit_i, val_i, test_i = time_splits(dates)
    t = lambda idx: [texts[i] for i in idx]  # noqa: E731
    yv = np.searchsorted(CLASSES, y[val_i])
    fast = fast_spec().fit(t(fit_i), y[fit_i])
    e5 = e5_spec(memo, LAYERS).fit(t(fit_i), y[fit_i])
    df, de = fast.decision_function(t(val_i)), e5.decision_function(t(val_i))
    fb, _ = tune_class_bias(df, yv, f1_pos_neg_index, free=[0, 2])  # the fast head's offsets; e5: none
    df = df + fb
    table = margin_table(top_two_margin(df))
    thr = threshold_for(table, SHARE)
    low = top_two_margin(df) < thr
    tf_all, te_all = fit_temperature_ece(df, yv), fit_temperature_ece(de, yv)  # as shipped
    tf_sub, te_sub = fit_temperature_ece(df[~low], yv[~low]), fit_temperature_ece(de[low], yv[low])  # variant
    base = np.where(low[:, None], softmax(de, te_all), softmax(df, tf_all))
    var = np.where(low[:, None], softmax(de, te_sub), softmax(df, tf_sub))
    out = {"validation": {"rows": len(val_i), "share_taken": round(float(low.mean()), 4),
                          "temperatures_all": [round(tf_all, 4), round(te_all, 4)],
                          "temperatures_by_decider": [round(tf_sub, 4), round(te_sub, 4)],
                          "ece_baseline": ece(base, yv), "ece_variant": ece(var, yv)}}
    if args.step == "later":
        yt = np.searchsorted(CLASSES, y[test_i])
        fast = fast_spec().fit(t(fit_i + val_i), y[fit_i + val_i])
        e5 = e5_spec(memo, LAYERS).fit(t(fit_i + val_i), y[fit_i + val_i])
        dft, det = fast.decision_function(t(test_i)) + fb, e5.decision_function(t(test_i))
        lowt = top_two_margin(dft) < thr
        var_t = np.where(lowt[:, None], softmax(det, te_sub), softmax(dft, tf_sub))
        base_t = np.where(lowt[:, None], softmax(det, te_all), softmax(dft, tf_all))
        out["later"] = {"rows": len(test_i), "share_taken": round(float(lowt.mean()), 4),
                        "f1_pos_neg_variant": round(f1_pos_neg_index(yt, var_t.argmax(axis=1)), 4),
                        "f1_pos_neg_baseline": round(f1_pos_neg_index(yt, base_t.argmax(axis=1)), 4),
                        "ece_variant": ece(var_t, yt), "ece_baseline (known: 0.0616)": ece(base_t, yt)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
