"""Rule fixes of the fresh2 round (issue 15): implicit and unconditional offers of more help, and
blame-shifting that blames the resident or names another body while nothing is done. Replies
written for this test in the style of official replies (no real text); each positive case failed
on the rules before this round, the negative cases are the traps that must stay as they were."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.model import Channel, Interaction, Speaker, Turn
from pipeline.scoring.scorecard_engine import ScorecardEngine

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)


def result(engine: ScorecardEngine, criterion: str, reply: str) -> str:
    turns = [Turn(0, Speaker.CUSTOMER, "Во дворе сломан фонарь, прошу починить.", started_at=T0),
             Turn(1, Speaker.AGENT, reply, started_at=T0 + timedelta(minutes=5))]
    inter = Interaction("email:fresh2", Channel.EMAIL, T0, turns=turns, language="ru")
    return next(r.result for r in engine.evaluate(inter) if r.criterion_id == criterion)


@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


@pytest.mark.parametrize("reply", [
    # implicit: where to ask for more, with no «если … обращайтесь» frame
    "Фонарь обслуживает подрядчик. Для получения более подробной информации следует обратиться "
    "в ООО «Свет-Сервис» по телефону 111-22-33.",
    "Опора освещения исправна. Для получения дополнительной консультации Вы можете позвонить мастеру участка.",
    # unconditional invitations to come back with a corrected message
    "На указанном месте фонаря нет. Вы можете направить новое обращение с указанием точного места.",
    "Координаты на карте не совпадают с фото. Рекомендуем пользователю оформить новое сообщение.",
    "Фото сделано в другом дворе. Предлагаем разместить актуальную фотографию места.",
])
def test_implicit_and_unconditional_offers_are_more_help(engine, reply):
    assert result(engine, "more_help", reply) == "pass"


@pytest.mark.parametrize("reply", [
    "Фонарь заменён. Вы можете обратиться в управляющую компанию для проведения перерасчета.",
    "Для перерасчета платы необходимо обратиться в УК с письменным заявлением.",
    "Фонарь заменён 12.11.2026. Информация о работах размещена на сайте.",
    "Новое обращение по этому адресу объединено с предыдущим.",
])
def test_referrals_and_procedure_are_no_more_help(engine, reply):
    assert result(engine, "more_help", reply) == "fail"


@pytest.mark.parametrize("reply", [
    # blames the resident, does nothing
    "Проведена проверка: фотография взята из другого сообщения. Таким образом, автором обращения "
    "были нарушены правила модерации портала. Ваше сообщение подлежит отклонению.",
    "При повторном нарушении учетная запись пользователя может быть заблокирована.",
    "Основанием для отклонения является допущенное пользователем нарушение пользовательского соглашения.",
    # another body's responsibility, nothing done
    "Опора не числится на балансе района. Данная деятельность не входит в рамки ответственности управляющей компании.",
])
def test_blaming_the_resident_or_another_body_without_action_is_blame_shifting(engine, reply):
    assert result(engine, "no_blame_shifting", reply) == "fail"


@pytest.mark.parametrize("reply", [
    "Указанное Вами нарушение устранено: фонарь заменён.",
    "Заявителем неверно указан адрес. Вы можете подать новое сообщение с корректным адресом.",
    "Автором обращения нарушены правила портала, однако фонарь заменён и освещение восстановлено.",
    "Ремонт опоры не входит в рамки ответственности управляющей компании; заявка направлена в "
    "СПб ГБУ «Ленсвет», работы будут выполнены до 30.11.2026.",
    # a gerund names a way to do it, not a redirect (untouched 3146265:0, a false alarm before)
    "Плафон житель может заменить самостоятельно или обратившись в УК с коммерческой заявкой по телефону.",
])
def test_facts_and_referrals_with_action_are_no_blame_shifting(engine, reply):
    assert result(engine, "no_blame_shifting", reply) == "pass"


def result_en(engine: ScorecardEngine, criterion: str, reply: str) -> str:
    turns = [Turn(0, Speaker.CUSTOMER, "The street light outside my house is broken, please fix it.", started_at=T0),
             Turn(1, Speaker.AGENT, reply, started_at=T0 + timedelta(minutes=5))]
    inter = Interaction("email:fresh2-en", Channel.EMAIL, T0, turns=turns, language="en")
    return next(r.result for r in engine.evaluate(inter) if r.criterion_id == criterion)


@pytest.mark.parametrize("reply,criterion,expected", [
    ("The light belongs to the utility. For more details, please call Citylight on 0123 456.", "more_help", "pass"),
    ("There is no light at that spot. You can submit a new request with the exact location.", "more_help", "pass"),
    ("The photo shows another street. Please post an up-to-date photo of the light.", "more_help", "pass"),
    ("The light was replaced. You can ask the council for a refund of the fee.", "more_help", "fail"),
    ("The photo was copied from another report, so you have violated the user agreement. "
     "Your account may be blocked.", "no_blame_shifting", "fail"),
    ("Your request was rejected because you attached a photo of another street.", "no_blame_shifting", "fail"),
    ("You have violated the terms, but the light has been fixed anyway.", "no_blame_shifting", "pass"),
])
def test_the_english_scorecard_has_the_same_forms(engine, reply, criterion, expected):
    assert result_en(engine, criterion, reply) == expected
