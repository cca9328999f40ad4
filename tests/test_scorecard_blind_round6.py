"""Round 6 of the scorecard rules (issue 15.4): the demo blind set's misses, fixed as phrasing
families and checked here on contacts written for these tests (not copied from any evaluation
file). Each of these fails on the rules as they were before the round."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.commands.evaluate_scorecard import evaluate
from pipeline.model import Channel
from pipeline.scoring.scorecard_engine import ScorecardEngine
from scorecard_contacts import verdict

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)



@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


# --- no_rudeness: the reproach «я же вам …» with any verb of telling; "it's trivial"; tone sarcasm --
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Я же уже написала вам выше, где эта кнопка."),
    ("ru", "Я же вам показывал, куда нажимать."),
    ("ru", "Всё же элементарно: кнопка справа внизу."),
    ("en", "Yelling at me isn't going to make the engineer arrive sooner."),
    ("en", "Getting angry won't help, the form is on the website."),
])
def test_reproach_and_sarcasm_are_rude(engine, lang, reply):
    assert verdict(engine, lang, "no_rudeness", reply) == "fail"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Я уже отправила вам инструкцию на почту, посмотрите, пожалуйста."),
    ("ru", "Это элемент питания, его нужно заменить."),
    ("en", "I'm sorry you had to chase this, let me sort it now."),
])
def test_polite_relatives_of_those_phrases_are_not_rude(engine, lang, reply):
    assert verdict(engine, lang, "no_rudeness", reply) == "pass"


# --- no_blame_shifting: a refused transfer does not excuse sending the customer elsewhere ----------
def test_a_refused_transfer_is_no_transfer(engine):
    reply = "That's the billing team, you'll have to call them. I can't transfer you."
    assert verdict(engine, "en", "no_blame_shifting", reply) == "fail"


def test_a_real_transfer_still_excuses_the_redirect(engine):
    reply = "That's for the billing team, so I'm transferring you to them now, please stay on the line."
    assert verdict(engine, "en", "no_blame_shifting", reply) == "pass"


# --- introduction in emails: the agent's name and the company, in the text or the signature -------
@pytest.mark.parametrize(("lang", "reply", "expected"), [
    ("en", "Dear [NAME],\n\nYour new SIM is on its way.\n\nKind regards,\nOlivia\nLadoga Telecom Customer Care", "pass"),
    ("en", "Dear [NAME],\n\nYour new SIM is on its way.\n\nRegards,\nCustomer Support Team, Ladoga Telecom", "fail"),
    ("ru", "Здравствуйте, [NAME]!\n\nСчёт отправлен.\n\nС уважением,\nАнтон, служба поддержки «Ладога Телеком»", "pass"),
    ("ru", "Здравствуйте!\n\nСчёт отправлен.\n\nС уважением,\nслужба поддержки «Ладога Телеком»", "fail"),
])
def test_introduction_is_judged_in_emails(engine, lang, reply, expected):
    assert verdict(engine, lang, "introduction", reply, channel=Channel.EMAIL) == expected


def test_a_greeting_label_on_an_email_is_read_from_email_greeting(engine):
    record = {
        "id": "r6-en-email", "channel": "email", "language": "en", "started_at": T0.isoformat(),
        "turns": [{"index": 0, "speaker": "customer", "text": "Where is my bill?", "started_at": T0.isoformat()},
                  {"index": 1, "speaker": "agent", "text": "Your bill is attached. Ladoga Telecom",
                   "started_at": (T0 + timedelta(minutes=5)).isoformat()}],
        "gold": {"greeting": "fail"},
    }
    stats = evaluate([record], engine)
    assert stats["greeting"].counts == {("fail", "fail"): 1}


# --- need_identification: short detail questions, unpunctuated call questions, no bare "which" ----
@pytest.mark.parametrize(("lang", "reply", "channel"), [
    ("ru", "Модель телефона?", Channel.CHAT),
    ("ru", "а сколько устройств у вас подключено", Channel.CALL),
    ("ru", "подскажите за какой месяц нужен счёт", Channel.CALL),
    ("en", "sure could i grab your postcode please", Channel.CALL),
    ("en", "right when did the buffering start", Channel.CALL),
])
def test_clarifying_questions_count(engine, lang, reply, channel):
    assert verdict(engine, lang, "need_identification", reply, channel=channel) == "pass"


def test_a_relative_which_is_no_question(engine):
    reply = "The router, which we sent on Monday, is the right model. Plug it in and it will work."
    assert verdict(engine, "en", "need_identification", reply) == "fail"


# --- solution_next_steps / time_frame ----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "reply", "channel"), [
    ("en", "no problem i've posted the new sim to your home address", Channel.CALL),
    ("en", "Thanks. Your account will unlock as soon as the payment clears.", Channel.CHAT),
    ("ru", "Здравствуйте! Счёт за ноябрь — во вложении к этому письму.", Channel.EMAIL),
])
def test_solutions_in_new_wordings(engine, lang, reply, channel):
    assert verdict(engine, lang, "solution_next_steps", reply, channel=channel) == "pass"


@pytest.mark.parametrize(("lang", "reply", "channel"), [
    ("ru", "так сейчас я соединю вас с бухгалтерией они оформят возврат", Channel.CALL),
    ("ru", "Здравствуйте! Акт сверки во вложении.", Channel.EMAIL),
])
def test_done_now_is_a_time_frame(engine, lang, reply, channel):
    assert verdict(engine, lang, "time_frame", reply, channel=channel) == "pass"


def test_a_standalone_no_does_not_negate_the_next_clause(engine):
    reply = ("i'm so sorry about that at no extra cost and no exit fee i've also raised a complaint "
             "and the manager will call you within 5 working days")
    assert verdict(engine, "en", "complaint_handling", reply, channel=Channel.CALL, complaint=True) == "pass"


def test_a_verbs_not_still_negates_across_a_subject(engine):
    reply = "i'm not sure i can help with that"
    assert verdict(engine, "en", "solution_next_steps", reply) == "fail"
