"""Criteria that learn: per-criterion classifiers from labelled replies and reviewer verdicts."""

from __future__ import annotations

from datetime import datetime, timezone

from click.testing import CliRunner

from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.training.criteria import (
    LabelledText,
    LearnedVoter,
    model_card,
    train_criteria,
    verdict_examples,
)
from pipeline.scoring.scorecard_rules import load_scorecards
from pipeline.model import Channel, Interaction, Speaker, Turn
from pipeline.warehouse.backend import Warehouse
from pipeline.warehouse.schema import ensure_schema

OFFERS = ["Если вопрос останется, пишите нам снова.", "Будем рады помочь и дальше, пишите нам.",
          "Если не заработает, напишите нам ещё раз.", "Обращайтесь к нам в любое время.",
          "Если понадобится помощь, мы на связи.", "Будем рады помочь, если что-то ещё понадобится.",
          "Если снова пропадёт звук, пишите нам.", "Пишите нам, если что-то пойдёт не так."]
NO_OFFERS = ["Ремонт кровли выполнен.", "Мусор вывезен, площадка убрана.", "Колодец закрыт.",
             "Протечка устранена, подвал осушен.", "Конструкция демонтирована.", "Фасад окрашен.",
             "Проблема не подтвердилась.", "Окна в подвал закрыты."]


def _examples() -> list[LabelledText]:
    return ([LabelledText(t, "more_help", "pass", "real_set") for t in OFFERS]
            + [LabelledText(t, "more_help", "fail", "real_set") for t in NO_OFFERS]
            + [LabelledText(t, "empathy", "fail", "real_set") for t in NO_OFFERS])


def test_a_model_per_criterion_with_both_classes():
    models, counts = train_criteria(_examples(), min_per_class=5, folds=4)
    assert set(models) == {"more_help"}                    # empathy: one class only
    model = models["more_help"]
    assert (model.n_pass, model.n_fail) == (8, 8)
    assert set(model.cv) >= {"P_pass", "R_pass", "P_fail", "R_fail"}
    assert model.probability_pass("Если что-то не получится, пишите нам снова.") > 0.5
    assert model.probability_pass("Подвал осушен, протечка устранена.") < 0.5
    card = model_card(models, counts)
    assert "| more_help | 8 / 8 | 0 / 0 | trained |" in card and "too few of one class" in card


def test_reviewer_verdicts_become_labels(tmp_path):
    wh = Warehouse.connect(f"duckdb:///{tmp_path / 'w.duckdb'}")
    try:
        ensure_schema(wh)
        t0 = datetime(2026, 11, 20, tzinfo=timezone.utc)
        wh.insert_rows("fct_turn", ["interaction_id", "turn_index", "speaker", "text", "started_at"], [
            ("chat:1", 0, "customer", "Нет интернета", t0), ("chat:1", 1, "agent", "Перезагрузите роутер.", t0),
            ("chat:1", 2, "agent", "Если не поможет, пишите нам.", t0),
            ("chat:2", 0, "agent", "До свидания.", t0)])
        wh.insert_rows("qa_review", ["review_id", "interaction_id", "criterion_id", "verdict", "auto_result"], [
            ("r1", "chat:1", "more_help", "disagree", "fail"),     # the rule missed the offer
            ("r2", "chat:2", "closing", "agree", "fail"),
            ("r3", "chat:2", "empathy", "agree", "na")])          # na: not a label
        examples = sorted(verdict_examples(wh), key=lambda e: e.criterion)
    finally:
        wh.close()
    assert [(e.criterion, e.label, e.source) for e in examples] == [
        ("closing", "fail", "qa_review"), ("more_help", "pass", "qa_review")]
    assert examples[1].text == "Перезагрузите роутер.\nЕсли не поможет, пишите нам."


def test_the_learned_vote_keeps_the_rules_evidence(tmp_path):
    models, _ = train_criteria(_examples(), min_per_class=5, folds=0)
    voter = LearnedVoter(models, min_confidence=0.5)
    crit = load_scorecards()["ru"].criterion("more_help")
    t0 = datetime(2026, 11, 20, tzinfo=timezone.utc)

    def chat(agent: str) -> Interaction:
        return Interaction("chat:v", Channel.CHAT, t0, language="ru",
                           turns=[Turn(0, Speaker.CUSTOMER, "…", started_at=t0), Turn(1, Speaker.AGENT, agent, started_at=t0)])

    assert voter(chat("Если звук снова пропадёт, пишите нам."), crit)[0] == "pass"
    assert voter(chat("Фасад окрашен, мусор вывезен."), crit)[0] == "fail"
    assert voter(chat("Фасад окрашен."), load_scorecards()["ru"].criterion("greeting")) is None

    from pipeline.scoring import scorecard_engine as compliance

    compliance.register_classifier("learned_test", lambda inter, c: ("pass", 0.99))
    cards = load_scorecards()
    cards["ru"].criterion("more_help").classifier = "learned_test"
    engine = ScorecardEngine({"ru": cards["ru"]})
    result = next(r for r in engine.evaluate(chat("Фасад окрашен.")) if r.criterion_id == "more_help")
    assert (result.result, result.note, result.evidence) == ("pass", "classifier learned_test", [])


def test_train_scorecard_command_writes_model_and_card(tmp_path):
    from pipeline.commands.train import train

    url = f"duckdb:///{tmp_path / 'w.duckdb'}"
    wh = Warehouse.connect(url)
    try:
        ensure_schema(wh)
        t0 = datetime(2026, 11, 20, tzinfo=timezone.utc)
        texts = [(f"chat:{i}", t, "pass" if i < len(OFFERS) else "fail") for i, t in enumerate(OFFERS + NO_OFFERS)]
        wh.insert_rows("fct_turn", ["interaction_id", "turn_index", "speaker", "text", "started_at"],
                       [(iid, 0, "agent", t, t0) for iid, t, _ in texts])
        wh.insert_rows("qa_review", ["review_id", "interaction_id", "criterion_id", "verdict", "auto_result"],
                       [(f"r{iid}", iid, "more_help", "agree", label) for iid, _, label in texts])
    finally:
        wh.close()
    result = CliRunner().invoke(train, ["scorecard", "--no-real-set", "--no-sentence-votes", "--warehouse", url,
                                        "--models-dir", str(tmp_path / "models")])
    assert result.exit_code == 0, result.output
    card = (tmp_path / "models" / "scorecard_criteria" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "Reviewer verdicts used: 16." in card
    assert (tmp_path / "models" / "scorecard_criteria" / "model.joblib").is_file()
