"""Written replies (issue 15, fresh split): a closing thanks as the last sentence and an invitation
to come back with a new message are what the labelling guide calls closing and more help.
Sentences written for this test in the style of official replies, with traps that must not count."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.model import Channel, Interaction, Speaker, Turn
from pipeline.scoring.scorecard_engine import ScorecardEngine

T0 = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)


def result(engine: ScorecardEngine, criterion: str, reply: str) -> str:
    turns = [Turn(0, Speaker.CUSTOMER, "Прошу разобраться.", started_at=T0),
             Turn(1, Speaker.AGENT, reply, started_at=T0 + timedelta(minutes=1))]
    inter = Interaction("email:end", Channel.EMAIL, T0, turns=turns, language="ru")
    return next(r.result for r in engine.evaluate(inter) if r.criterion_id == criterion)


@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


@pytest.mark.parametrize("reply", [
    "Уважаемый пользователь! Сообщение отклонено: адрес указан неверно.\nСпасибо за понимание.",
    "Уважаемый пользователь! Ограждение установлено.\nБлагодарим за понимание.\nМатериалы прилагаются.",
    "Уважаемый пользователь! Снег с кровли убран. Благодарим Вас за активную гражданскую позицию!",
    "Уважаемый пользователь! Снег с кровли убран. Спасибо за обращение! С уважением, ЖКС № 3.",
])
def test_a_final_thanks_formula_closes_a_written_reply(engine, reply):
    assert result(engine, "closing", reply) == "pass"


@pytest.mark.parametrize("reply", [
    "Спасибо за обращение. Снег с кровли убран, наледь удалена.",          # thanks at the start
    "Снег с кровли убран. Спасибо за обращение!",                          # no goodbye: as in chats
    "Уважаемый пользователь! Снег с кровли убран.",
    "Благодарим за понимание того, что работы требуют времени: они будут выполнены в мае.",
])
def test_thanks_that_is_not_the_last_sentence_is_no_closing(engine, reply):
    assert result(engine, "closing", reply) == "fail"


@pytest.mark.parametrize("reply", [
    "Проблемы по указанному адресу нет. Если проблема сохраняется, Вы можете подать новое сообщение, указав адрес.",
    "Если течь появится снова, направьте новое обращение.",
    "Уборка выполнена. Просьба при повторном образовании наледи размещать новое обращение.",
    "Домофон обслуживает подрядчик. За консультативной помощью Вы можете обратиться в управляющую компанию.",
    "Адрес указан неверно. В случае если вопрос не решён, Вы можете, подать новое сообщение.",
    # unconditional: the guide's call of the fresh split (an invitation to come back), see fresh2
    "Адрес указан неверно. Вы можете подать новое сообщение с верным адресом.",
])
def test_an_invitation_to_come_back_is_more_help(engine, reply):
    assert result(engine, "more_help", reply) == "pass"


@pytest.mark.parametrize("reply", [
    "Новое сообщение по этому адресу объединено с предыдущим.",
    "Заявка на ремонт подана в управляющую компанию.",
    "Вы можете ознакомиться с программой капитального ремонта на сайте фонда.",
])
def test_no_invitation_no_more_help(engine, reply):
    assert result(engine, "more_help", reply) == "fail"
