"""Round 7 of the scorecard rules (issue 15, blind2 tuned on): blame-shifting, rudeness, offers of
more help and introductions as phrase families and constructions, checked on contacts written for
these tests (not copied from any evaluation file). Each "fail"/"pass" case below fails on the rules
as they were before the round; the polite near-misses guard against over-reach."""

from __future__ import annotations


import pytest

from pipeline.model import Channel
from pipeline.scoring.scorecard_engine import ScorecardEngine
from scorecard_contacts import verdict




@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


# --- no_blame_shifting: blame on another party, claims sent elsewhere, no real transfer -----------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Сбой произошёл на стороне банка-эквайера, вопросы по списанию к нему."),
    ("ru", "Жалобы на качество доставки следует направлять в курьерскую службу."),
    ("ru", "Мы на сроки подключения никак не влияем, от нас это не зависит."),
    ("en", "The fault is with the building's electrician, not us."),
    ("en", "That delay is outside our control. Complaints about it should be addressed to the council."),
])
def test_blame_on_another_party_is_blame_shifting(engine, lang, reply):
    assert verdict(engine, lang, "no_blame_shifting", reply) == "fail"


def test_checking_something_is_no_transfer(engine):
    reply = "Let me check your line. Right, you'll need to call the repairs team on 0800 111 222."
    assert verdict(engine, "en", "no_blame_shifting", reply) == "fail"


def test_a_refused_put_through_is_no_transfer(engine):
    reply = "You'll need to ring the moving team yourself, I can't put you through from here."
    assert verdict(engine, "en", "no_blame_shifting", reply) == "fail"


def test_a_tariff_change_does_not_excuse_a_redirect(engine):
    assert verdict(engine, "ru", "no_blame_shifting",
                   "По скидкам это не ко мне, пишите в отдел продаж.",
                   "Перевела вас на тариф «Домашний» с понедельника.") == "fail"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Ошибка на нашей стороне, я уже вернула деньги на баланс."),
    ("ru", "Сейчас переведу вас в отдел продаж, оставайтесь на линии."),
    ("en", "I'll put you through to the moving team now, please hold."),
    ("en", "The fault is on our side, not yours. I've booked an engineer for Monday."),
])
def test_owning_the_problem_or_transferring_is_not_blame(engine, lang, reply):
    assert verdict(engine, lang, "no_blame_shifting", reply) == "pass"


# --- no_rudeness: condescension and lecturing without a stock phrase -------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "я вам ещё раз повторяю вы не слушаете нужен другой тариф"),
    ("ru", "Ну а что вы хотели, за такие деньги."),
    ("ru", "Как сказано в письме, которое вы, видимо, не прочитали, срок — пятница."),
    ("ru", "Вам что, непонятно? Кнопка справа."),
    ("ru", "Не надо на меня давить, всё по правилам."),
    ("en", "As clearly stated in our terms, which you seem not to have read, the fee applies."),
    ("en", "Like I wrote to you yesterday, the bill is correct."),
    ("en", "With all due respect, that's how the plan works."),
    ("en", "You should have checked the coverage map before ordering."),
])
def test_condescension_is_rude(engine, lang, reply):
    assert verdict(engine, lang, "no_rudeness", reply) == "fail"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Повторю ещё раз номер заявки: 4512."),
    ("ru", "Что вы хотели бы изменить в тарифе?"),
    ("ru", "Вы не слышите гудка в трубке? Тогда проверьте кабель."),
    # the one polite look-alike of the phrase tests the learned rudeness vote fails at its shipped 0.99 (the
    # round-11 bar allows one; bench/scorecard_vote_lookalikes.py): «Вы не читаете» reads as a reproach to it
    pytest.param("ru", "Вы не читаете СМС с кодом? Отправлю ещё раз.", marks=pytest.mark.xfail(
        strict=True, reason="the rudeness vote at 0.99 fails this look-alike (1 of 699; the bar allows 1)")),
    ("en", "As I mentioned, the engineer will call an hour before."),
    ("en", "You should receive the SIM within three days."),
])
def test_polite_relatives_are_not_rude(engine, lang, reply):
    assert verdict(engine, lang, "no_rudeness", reply) == "pass"


# --- more_help: question offers in other word orders ----------------------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Могу я помочь вам ещё с чем-нибудь?"),
    ("ru", "могу ещё чем нибудь быть полезна"),
    ("en", "What else could we look into for you?"),
    ("en", "Could I assist you with one more thing?"),
])
def test_question_offers_are_offers_of_more_help(engine, lang, reply):
    assert verdict(engine, lang, "more_help", reply) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Перерасчёт будет в течение трёх дней."),
    ("en", "What else did the engineer say?"),
])
def test_no_offer_is_no_offer(engine, lang, reply):
    assert verdict(engine, lang, "more_help", reply) == "fail"


# --- introduction: the name after a greeting or the company, and after more sign-offs -------------
@pytest.mark.parametrize(("lang", "channel", "reply"), [
    ("ru", Channel.CHAT, "Добрый день! Светлана, «Ладога Телеком». Чем помочь?"),
    ("ru", Channel.CALL, "ладога телеком это игорь слушаю вас"),
    ("ru", Channel.EMAIL, "Добрый день!\n\nЗаявка оформлена.\n\nДо свидания,\nАнна Петрова, «Ладога Телеком»"),
    ("en", Channel.CHAT, "Good afternoon, myself Arjun from Ladoga Telecom. How may I help?"),
    ("en", Channel.EMAIL, "Hi,\n\nYour order has shipped.\n\nBest,\nMaya | Ladoga Telecom"),
    ("en", Channel.EMAIL, "Hi,\n\nDone.\n\nAll the best,\nOwen\nLadoga Telecom"),
])
def test_name_after_greeting_company_or_sign_off_is_an_introduction(engine, lang, channel, reply):
    assert verdict(engine, lang, "introduction", reply, channel=channel) == "pass"


@pytest.mark.parametrize(("lang", "channel", "reply"), [
    ("ru", Channel.EMAIL, "Добрый день!\n\nЗаявка оформлена.\n\nДо свидания,\nслужба поддержки «Ладога Телеком»"),
    ("en", Channel.EMAIL, "Hi,\n\nDone.\n\nBest,\nSupport Team | Ladoga Telecom"),
])
def test_team_sign_off_is_no_introduction(engine, lang, channel, reply):
    assert verdict(engine, lang, "introduction", reply, channel=channel) == "fail"
