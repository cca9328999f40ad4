"""Round 12 of the scorecard rules (issue 15, blind7 tuned on): phrase families for rudeness (mocking distress,
weary condescension, flaunted indifference, belittling address, passive aggression, doubting honesty, sarcastic
thanks, mock politeness) and blame-shifting (no relation to the other party, "let them deal with it", "it's down
to them", "no say in their timelines", "the claim belongs with …", "we only pass it along"), introductions with
the line of business between name and company, travel wishes as a goodbye — checked on sentences written for these
tests (not copied from any evaluation file). The "fail" / "pass" cases of the families fail on the rules as they
were before the round (counts in the evaluation README); the polite near-misses guard against over-reach (they
pass before and after)."""

from __future__ import annotations

import pytest

from pipeline.model import Channel
from pipeline.scoring.scorecard_engine import ScorecardEngine
from scorecard_contacts import UPSET, verdict


@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


# --- no_rudeness: mocking distress, weary condescension, «вы всерьёз думали», indifference, belittling address,
# «как все нормальные люди», irony about the customer's know-how, passive aggression in letters --------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Опять эти драмы из-за опоздавшего такси, честное слово."),
    ("ru", "Ну не драматизируйте, подумаешь, задержка на час."),
    ("ru", "Ладно, повторю ещё раз помедленнее: вход через терминал B."),
    ("ru", "Записывайте по слогам: тер-ми-нал."),
    ("ru", "Может, вам ещё картинку нарисовать, где эта кнопка?"),
    ("ru", "Вы что, серьёзно думали, что самолёт будет вас ждать?"),
    ("ru", "Меня это совсем не интересует, выбирайте рейс."),
    ("ru", "Мне без разницы, какой рейс вы возьмёте."),
    ("ru", "Определяйтесь уже, у меня ещё пять звонков."),
    ("ru", "Милочка, посадка давно закончилась."),
    ("ru", "Приходите за два часа, как все нормальные пассажиры."),
    ("ru", "Ну только не начинайте опять про компенсацию."),
    ("ru", "И чего вы хотите от меня в пять утра?"),
    ("ru", "Раз вы у нас такая знающая, оформляйте сами."),
    ("ru", "Правила на сайте для кого написаны?"),
    ("ru", "Могли бы и сами догадаться распечатать талон."),
    ("ru", "До письма с инструкцией у вас, видимо, не дошли руки."),
    ("ru", "При большом желании это можно прочитать на первой странице."),
    ("ru", "Позволю себе ещё раз напомнить: пункт 4 договора."),
    ("ru", "Надеюсь, больше к этому вопросу возвращаться не придётся."),
    ("en", "As per my last email, the voucher expired in June."),
    ("en", "I did explain this in the chat yesterday."),
    ("en", "Let's not keep going around in circles about the fee."),
    ("en", "Funny how the bag only goes missing on the return leg."),
    ("en", "How do I know you're not just after a free upgrade?"),
    ("en", "Fine, I'll look it up, because I have to."),
    ("en", "Thanks so much for reading the terms back to me."),
    ("en", "I'm sure the crew will be thrilled to hear that."),
    ("en", "We do appreciate your creativity with the dates."),
    ("en", "As you can surely work out, 30 minutes is not an hour."),
    ("en", "I trust this answers the question once and for all."),
    ("en", "We shouldn't need to discuss it again."),
])
def test_condescension_sarcasm_and_mock_politeness_are_rude(engine, lang, reply):
    assert verdict(engine, lang, "no_rudeness", reply) == "fail"


# --- no_blame_shifting: the other party owns it, in words of its own -----------------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Мы к этому туроператору никакого отношения не имеем."),
    ("ru", "Пусть гостиница сама разбирается со своими бронями."),
    ("ru", "Раз страховку оформляли они, то и платить им."),
    ("ru", "Тарифы придумываю не я, все претензии к руководству."),
    ("ru", "За туман в аэропорту авиакомпания ответственности не несёт."),
    ("ru", "Оформление визы — забота вашего работодателя."),
    ("ru", "Мы вмешиваться не будем, это решает отель."),
    ("ru", "Направьте жалобу в аэропорт напрямую."),
    ("ru", "Авиакомпания на сроки возврата от банка никак не влияет."),
    ("en", "Sorting out the seat map is really down to the agency."),
    ("en", "Honestly, they're the ones holding up your refund."),
    ("en", "We have no say in how they process claims."),
    ("en", "The complaint really belongs with the hotel."),
    ("en", "Any change has to come from the agency, I'm afraid."),
    ("en", "We here only pass claims on to the insurer."),
    ("en", "Chasing the hotel is not part of what we do."),
    ("en", "Their online form is the place to complain."),
    ("en", "The fastest way is to email them yourself."),
    ("en", "The airline isn't responsible for fog, so there's no hotel."),
])
def test_other_party_owns_it_is_blame_shifting(engine, lang, reply):
    assert verdict(engine, lang, "no_blame_shifting", reply) == "fail"


# --- polite near-misses of both families: must pass both criteria --------------------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Понимаю, какая это неприятность — задержка на пять часов. Новый рейс в 14:00."),
    ("ru", "Давайте я объясню ещё раз, по шагам: откройте приложение, раздел «Поездки»."),
    ("ru", "Могу прислать схему терминала на почту."),
    ("ru", "Вы серьёзно пострадали при падении? Я сразу оформлю страховой случай."),
    ("ru", "Меня это тоже беспокоит, поэтому я сама передала запрос старшему смены."),
    ("ru", "Не переживайте, такое бывает, сейчас всё исправим."),
    ("ru", "Не начинайте регистрацию заново — она сохранилась."),
    ("ru", "Что вы хотите сделать с билетом: вернуть или обменять?"),
    ("ru", "Надеюсь, больше вам не придётся сталкиваться с такими задержками."),
    ("ru", "Позвольте напомнить: регистрация закрывается за 40 минут."),
    ("ru", "Пусть ваш коллега свяжется с нами по этому номеру, мы всё оформим."),
    ("ru", "Раз билет куплен у нас, то и вернём его мы: деньги придут за 7 дней."),
    ("ru", "Решение принимаю не я, но я сама передам ваш запрос руководителю сегодня."),
    ("ru", "Это не имеет отношения к вашему тарифу: сбор аэропорта вернём за 7 дней."),
    ("en", "As per your request, I've moved the flight to Friday."),
    ("en", "I did check twice: the refund left us on Monday and reaches you by Friday."),
    ("en", "Funny how things work out: a seat just opened on the earlier flight!"),
    ("en", "How would I know which bag is yours? Could you describe it?"),
    ("en", "Thanks so much for sharing that, it helps me trace the bag."),
    ("en", "I'm sure you'll be thrilled to hear your bag has been found."),
    ("en", "We appreciate your patience while we sort this out."),
    ("en", "As you may know, we changed the baggage rules in May."),
    ("en", "The delay is on us, and I've booked you on the 6 pm flight."),
    ("en", "I'll pass it along to the baggage team right now and call you back by 4 pm."),
    ("en", "The hotel is their partner, but I've already contacted them and your room is confirmed for tonight."),
    ("en", "Safe travels, and thanks again for your patience."),
])
def test_polite_near_misses_pass(engine, lang, reply):
    assert verdict(engine, lang, "no_rudeness", reply) == "pass"
    assert verdict(engine, lang, "no_blame_shifting", reply) == "pass"


# --- introduction: the line of business between name and company; «… из «…»»; greeting before the name ------
@pytest.mark.parametrize(("lang", "channel", "reply", "expected"), [
    ("ru", Channel.CHAT, "Это Олег, компания «Ладога Телеком». Чем помочь?", "pass"),
    ("ru", Channel.CHAT, "Я Вера, компания «Ладога Телеком». Слушаю вас.", "pass"),
    ("ru", Channel.CHAT, "Привет! Денис из «Ладога Телеком» на связи.", "pass"),
    ("ru", Channel.CALL, "ладога телеком добрый день ольга слушаю", "pass"),
    ("ru", Channel.CHAT, "Добрый день! Компания «Ладога Телеком», слушаю вас.", "fail"),
    ("en", Channel.EMAIL, "Hello,\n\nYour router ships today.\n\nThanks again for your patience!\n\nBest,\n"
                          "The Ladoga Telecom team", "fail"),
    ("en", Channel.EMAIL, "Hello,\n\nYour router ships today.\n\nThanks again and have a lovely weekend,\nMaya\n"
                          "Ladoga Telecom", "pass"),
])
def test_introduction_wordings(engine, lang, channel, reply, expected):
    assert verdict(engine, lang, "introduction", reply, channel=channel) == expected


# --- closing: a travel wish is a goodbye (thanks still needed) ------------------------------------------------
@pytest.mark.parametrize(("reply", "expected"), [
    ("Thanks for flying with us, and safe travels!", "pass"),
    ("Thank you for your patience. Have a safe flight!", "pass"),
    ("Happy travels!", "fail"),
])
def test_travel_wish_is_a_goodbye(engine, reply, expected):
    assert verdict(engine, "en", "closing", "Your seat is 12A.", reply) == expected


# --- empathy: «представляю, каково это», "no fun at all", "the last thing you need", "I can only imagine how" ---


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Представляю, каково это — ждать багаж три часа. Сейчас всё выясню."),
    ("ru", "Могу себе представить, как это обидно. Компенсацию оформлю сегодня."),
    ("en", "A cancelled honeymoon flight is no fun at all. Let me rebook you."),
    ("en", "A soaked suitcase is the last thing you need after a long flight."),
    ("en", "I can only imagine how tiring that was."),
])
def test_empathy_in_other_words(engine, lang, reply):
    assert verdict(engine, lang, "empathy", reply, complaint=True, customer=UPSET[lang]) == "pass"


# --- solution_next_steps / time_frame: the agent's done action in other words, a transfer now, a colleague's step,
# a claim filed, money to be paid; "within the hour", «до вылета», "Done," (done now) ------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Я пересадила вас на рейс в 9:40, место 12C."),
    ("ru", "Заявку на розыск я уже завела, номер 5512."),
    ("ru", "Готово, новая квитанция у вас на почте."),
    ("ru", "Оплатите выбор места в приложении."),
    ("en", "I'm transferring you to the baggage desk now."),
    ("en", "He'll email you the new itinerary."),
    ("en", "Your refund request is approved."),
    ("en", "The compensation will be paid to your card."),
])
def test_done_action_is_a_solution(engine, lang, reply):
    assert verdict(engine, lang, "solution_next_steps", reply) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Оплатите выбор места в приложении до вылета."),
    ("ru", "Готово, новая квитанция у вас на почте."),
    ("en", "The miles should appear within the hour."),
    ("en", "Done, your seat is 3F."),
])
def test_time_frame_in_other_words(engine, lang, reply):
    assert verdict(engine, lang, "time_frame", reply) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Не знаю, где ваш багаж, ищите сами."),
    ("en", "I'm not sure what happened to it."),
])
def test_no_action_is_still_no_solution(engine, lang, reply):
    assert verdict(engine, lang, "solution_next_steps", reply) == "fail"


# --- complaint_handling: owning the fix in the words of rebooking («пересадила вас», "I've rebooked you") --------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Мне очень жаль, что так вышло. Я пересадила вас на утренний рейс, билет придёт на почту через 10 минут."),
    ("en", "I'm so sorry about that. I've rebooked you on the 7 am flight, the new ticket reaches you within 10 minutes."),
])
def test_rebooking_owns_the_complaint(engine, lang, reply):
    assert verdict(engine, lang, "complaint_handling", reply, complaint=True, customer=UPSET[lang]) == "pass"


# --- email greeting: an informal opening is a greeting -----------------------------------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Привет, [NAME]!\n\nМили уже на счёте.\n\nСпасибо, что написали!\nОльга"),
    ("en", "Hey [NAME]!\n\nThe miles are on your account now.\n\nThanks for writing in!\nOlga"),
])
def test_informal_email_opening_is_a_greeting(engine, lang, reply):
    assert verdict(engine, lang, "email_greeting", reply, channel=Channel.EMAIL) == "pass"
