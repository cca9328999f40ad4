"""The hand-labelled complaint set: the committed labels, the fixed tune/report split, the CLI on it."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest
from click.testing import CliRunner

from pipeline.training.complaint_set import (
    DATA_DIR,
    LABELS_PATH,
    LANGUAGE,
    SAMPLE_PLAN,
    draw_sample,
    load_labelled,
    read_labels,
    split_of,
)

needs_data = pytest.mark.skipif(not (DATA_DIR / "spb_citizen_complaints_ru" / "appeals.csv").exists(),
                                reason="../shared/data not present")


def test_labels_file_holds_ids_and_labels_only() -> None:
    with LABELS_PATH.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["source", "id", "label", "note"]
        rows = list(reader)
    assert len(rows) >= 400
    assert max(len(r["note"]) for r in rows) <= 60  # a reason, never a quoted text
    labels = read_labels()
    assert len({(s, i) for s, i, _ in labels}) == len(labels)  # no id twice
    per_source = Counter(s for s, _, _ in labels)
    assert per_source == {p.source: p.size for p in SAMPLE_PLAN}
    per_language = Counter((LANGUAGE[s], y) for s, _, y in labels)
    for lang in ("ru", "en"):
        assert per_language[(lang, 1)] >= 40 and per_language[(lang, 0)] >= 40


def test_split_is_fixed_and_stratified_by_source() -> None:
    labels = [(s, i) for s, i, _ in read_labels()]
    split = split_of(labels)
    assert split == split_of(list(reversed(labels)))  # order of the file does not matter
    for source in {s for s, _ in labels}:
        parts = Counter(split[(s, i)] for s, i in labels if s == source)
        assert parts["tune"] == round((parts["tune"] + parts["report"]) * 0.6)
    report = sum(1 for v in split.values() if v == "report")
    assert 0.35 <= report / len(split) <= 0.45


def test_split_of_one_id_does_not_depend_on_the_others() -> None:
    ids = [("banking77", f"test_{k}") for k in range(100)]
    a, b = split_of(ids), split_of(ids + [("banking77", "test_999")])
    moved = [k for k in ids if a[k] != b[k]]
    assert len(moved) <= 1  # adding one id moves at most the one on the boundary


@needs_data
def test_sample_is_reproducible_and_labelled() -> None:
    sample = draw_sample()
    assert [(m.source, m.id) for m in sample] == [(m.source, m.id) for m in draw_sample()]
    assert {(m.source, m.id) for m in sample} == {(s, i) for s, i, _ in read_labels()}


@needs_data
def test_texts_are_read_back_by_id() -> None:
    report = load_labelled("report")
    assert report and {it.split for it in report} == {"report"}
    assert all(it.text.strip() for it in report)


@needs_data
@pytest.mark.slow
def test_evaluate_complaint_scores_the_report_split_only() -> None:
    from pipeline.commands.evaluate_complaint import complaint

    result = CliRunner().invoke(complaint, ["--split", "report", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    expected = Counter(v for v in split_of((s, i) for s, i, _ in read_labels()).values())["report"]
    assert report["splits_seen"] == ["report"]
    o = report["overall"]
    assert o["n"] == expected == o["tp"] + o["fp"] + o["fn"] + o["tn"]
    assert sum(c["n"] for c in report["by_language"].values()) == expected
    assert sum(c["n"] for c in report["by_source"].values()) == expected
    assert set(report["by_source"]) == {p.source for p in SAMPLE_PLAN}
    assert o["precision"] == pytest.approx(o["tp"] / (o["tp"] + o["fp"]))
    text = CliRunner().invoke(complaint, ["--split", "report"]).output
    assert "lang ru" in text and "src spb" in text and "overall" in text


@needs_data
@pytest.mark.slow
def test_training_never_sees_the_report_part(tmp_path) -> None:
    import joblib

    from pipeline.training.complaint import WeakSizes, train_complaint, weak_examples

    labelled = {(s, i) for s, i, _ in read_labels()}
    weak = weak_examples(labelled, WeakSizes(banking77=400, spb=400, sentirueval=400, tweeteval=400))
    origin_source = {"banking77-train": "banking77-train", "spb-appeals": "spb",
                     "sentirueval-neutral-positive": "sentirueval", "tweeteval": "tweeteval"}
    assert not {(origin_source[e.origin], e.id) for e in weak} & labelled
    assert {e.id for e in weak if e.origin == "banking77-train"} and \
        all(e.id.startswith("train_") for e in weak if e.origin == "banking77-train")  # the labelled ones are test_

    meta = train_complaint(tmp_path, folds=2, sizes=WeakSizes(banking77=150, spb=150, sentirueval=150, tweeteval=150))
    report_ids = {(it.source, it.id) for it in load_labelled("report")}
    assert meta["tune_messages"] == len(load_labelled("tune"))
    assert not {(r["source"], r["id"]) for r in meta["tune_oof"]} & report_ids
    model = joblib.load(tmp_path / "complaint" / "model.joblib")
    assert model.complaint_definition_ == "dissatisfaction_or_problem"
    high, low = model.predict_proba(["My card doesn't work and I was charged twice", "What is the exchange rate?"])[:, 1]
    assert high > low


def test_evaluate_complaint_without_the_data_fails_clearly(tmp_path) -> None:
    from pipeline.commands.evaluate_complaint import complaint

    result = CliRunner().invoke(complaint, ["--data-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "not found" in result.output and "shared/data" in result.output
