"""Round 8 (issue 15): short generic offers of more help the rules missed before the round
(«Обращайтесь!», «остаюсь на связи», "give us a shout if…"), on contacts written for these tests;
the near-misses (a redirect «обращайтесь в банк», "let me know if that works") must not count."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.model import Channel, Interaction, Speaker, Turn
from pipeline.scoring.scorecard_engine import ScorecardEngine

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def more_help(engine: ScorecardEngine, lang: str, reply: str) -> str:
    turns = [Turn(0, Speaker.CUSTOMER, "...", started_at=T0),
             Turn(1, Speaker.AGENT, reply, started_at=T0 + timedelta(seconds=30))]
    inter = Interaction("chat:r8", Channel.CHAT, T0, turns=turns, language=lang)
    return next(r.result for r in engine.evaluate(inter) if r.criterion_id == "more_help")


@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Готово, тариф сменён. Обращайтесь!"),
    ("ru", "Готово. Остаюсь на связи."),
    ("ru", "Будут вопросы — пишите, поможем."),
    ("ru", "Нужна ещё какая-то помощь?"),
    ("ru", "Пишите в любое время."),
    ("ru", "Обращайтесь, всегда рады."),
    ("en", "Let me know if there's more I can do."),
    ("en", "Give us a shout if it happens again."),
    ("en", "We're around if you need us."),
    ("en", "Drop me a line whenever you need."),
])
def test_generic_offers_of_more_help_pass(engine, lang, reply):
    assert more_help(engine, lang, reply) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "По возврату обращайтесь в банк."),
    ("ru", "Обращайтесь в банк, мы этим не занимаемся."),
    ("ru", "Пишите заявление в свободной форме."),
    ("en", "Let me know if that works."),
])
def test_redirects_and_plain_requests_are_no_offer(engine, lang, reply):
    assert more_help(engine, lang, reply) == "fail"
