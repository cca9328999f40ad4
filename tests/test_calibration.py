"""Class offsets, expected calibration error and the reliability diagram (issue 11)."""

from __future__ import annotations

import numpy as np

from pipeline.training.calibration import (expected_calibration_error, reliability_diagram, reliability_table,
                                          tune_class_bias)
from pipeline.analyse.linear_text import LinearTextClassifier
from pipeline.training.sentiment_calibration import f1_pos_neg_index


def test_tuned_offsets_move_the_neutral_margin():
    # neutral decision values are inflated by 0.5: argmax calls every polar row neutral
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 600)
    d = rng.normal(0, 0.3, (600, 3))
    d[np.arange(600), y] += 1.0
    d[:, 1] += 1.2
    before = f1_pos_neg_index(y, d.argmax(axis=1))
    bias, after = tune_class_bias(d, y, f1_pos_neg_index, free=[0, 2])
    assert bias[1] == 0.0 and bias[0] > 0.5 and bias[2] > 0.5
    assert after > before + 0.3
    assert after == f1_pos_neg_index(y, (d + bias).argmax(axis=1))


def test_no_offset_when_nothing_to_gain():
    y = np.array([0, 1, 2, 0, 1, 2])
    d = np.eye(3)[y] * 2.0
    bias, score = tune_class_bias(d, y, f1_pos_neg_index, free=[0, 2])
    assert score == 1.0 and not bias.any()


def test_expected_calibration_error():
    conf = np.array([0.9] * 10 + [0.6] * 10)
    correct = np.array([1] * 9 + [0] + [1] * 6 + [0] * 4)
    assert expected_calibration_error(conf, correct) < 1e-9  # 90 % right at 0.9, 60 % at 0.6
    overconfident = np.array([1] * 5 + [0] * 5 + [1] * 6 + [0] * 4)
    assert abs(expected_calibration_error(conf, overconfident) - 0.5 * 0.4) < 1e-9
    rows = reliability_table(conf, correct)
    assert sum(r["rows"] for r in rows) == 20 and rows[8]["accuracy"] == 0.9


def test_reliability_diagram_png(tmp_path):
    conf = np.linspace(0.34, 1.0, 50)
    path = reliability_diagram({"model": (conf, conf > 0.5)}, tmp_path / "r.png", "test")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_class_bias_and_lexicon_features_change_a_linear_head():
    texts = ["I love it, great", "awful, I hate this", "what time is it", "really good job", "terrible service",
             "where is the office", "thank you so much, wonderful", "worst ever, angry", "is it open today"] * 3
    labels = ["positive", "negative", "neutral"] * 9
    plain = LinearTextClassifier(C=1.0).fit(texts, labels)
    lex = LinearTextClassifier(C=1.0, lexicon="vader").fit(texts, labels)
    assert lex.decision_function(["so happy"]).shape == (1, 3)
    assert not np.allclose(plain.decision_function(["so happy"]), lex.decision_function(["so happy"]))
    lex.class_bias_ = np.array([0.0, 10.0, 0.0], dtype=np.float32)
    assert list(lex.predict(["I love it", "I hate it"])) == ["neutral", "neutral"]
