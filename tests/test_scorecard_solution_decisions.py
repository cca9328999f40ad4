"""solution_next_steps: decisions that carry no action verb (issue 15, the false alarms left on the
old untouched third). Sentences written for this test in the style of official replies; they fail
on the rules before this fix, and process talk still fails after it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.model import Channel, Interaction, Speaker, Turn
from pipeline.scoring.scorecard_engine import ScorecardEngine

T0 = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)


def solution(engine: ScorecardEngine, reply: str) -> str:
    turns = [Turn(0, Speaker.CUSTOMER, "Прошу разобраться.", started_at=T0),
             Turn(1, Speaker.AGENT, reply, started_at=T0 + timedelta(minutes=1))]
    inter = Interaction("email:sol", Channel.EMAIL, T0, turns=turns, language="ru")
    return next(r.result for r in engine.evaluate(inter) if r.criterion_id == "solution_next_steps")


@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


@pytest.mark.parametrize("reply", [
    "Уважаемый Пользователь! Сведения о нарушении не нашли своего подтверждения.",
    "Факт засора подтверждения не нашёл.",
    "Мусор на газоне отсутствует, площадка в порядке.",
    "Угрозы обрушения нет.",
    "Размещение киоска согласовано решением общего собрания собственников.",
    "Владельцу вывески выдано разрешение на её размещение.",
    "На установку ограждения выдан ордер.",
    "Нарушения устранены/",
    "Окно в подвал закрыто.",
])
def test_a_decision_without_an_action_verb_is_a_solution(engine, reply):
    assert solution(engine, reply) == "pass"


@pytest.mark.parametrize("reply", [
    "Ваше сообщение принято, информация будет направлена дополнительно.",
    "Обращение направлено в управляющую компанию для рассмотрения.",
    "Вопрос находится на контроле.",
])
def test_process_talk_is_still_no_solution(engine, reply):
    assert solution(engine, reply) == "fail"
