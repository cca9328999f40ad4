"""Round 11 of the scorecard rules (issue 15, blind6 tuned on): own-fault admissions are not blame-shifting,
and phrase families for blame-shifting, rudeness, empathy, solutions, need identification and complaint
handling, checked on sentences written for these tests (not copied from any evaluation file). Each "fail" /
"pass" case below fails on the rules as they were before the round; the polite near-misses guard against
over-reach (they pass before and after)."""

from __future__ import annotations

import pytest

from pipeline.scoring.scorecard_engine import ScorecardEngine
from scorecard_contacts import UPSET, verdict


@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()


# --- no_blame_shifting: owning the fault is not shifting it ---------------------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Задержка вышла по нашей вине, курьер привезёт заказ завтра до 18:00."),
    ("ru", "Это вина нашей компании, простите, бонусы уже начислены."),
    ("ru", "По нашей же вине банк получил неверную сумму, мы пересчитали график."),
    ("en", "Our mistake, not the courier's fault: we gave him the old address. It ships Friday."),
    ("en", "We got it wrong, it's not the warehouse's fault; the label was ours."),
    ("en", "The error was ours, not the bank's fault, and the fee is refunded."),
])
def test_own_fault_admission_is_not_blame(engine, lang, reply):
    assert verdict(engine, lang, "no_blame_shifting", reply) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Признаю, это наша недоработка: курьера вообще не назначили."),
    ("ru", "Вина тут целиком наша, склад перепутал модель, замену отправим в пятницу."),
    ("en", "That's on us, the courier was never booked; a new slot is Friday."),
])
def test_other_own_fault_wordings_still_pass(engine, lang, reply):
    assert verdict(engine, lang, "no_blame_shifting", reply) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Это не наша вина, вопросы к курьеру."),
    ("ru", "Вина не наша, это курьер напутал."),
    ("ru", "Это не по нашей вине, вина курьера."),
    ("en", "It's not our fault, take it up with the courier."),
    ("en", "That isn't our mistake, the fault is with your bank."),
])
def test_denied_fault_is_still_blame(engine, lang, reply):
    assert verdict(engine, lang, "no_blame_shifting", reply) == "fail"


# --- no_blame_shifting: the other party owns it, in words of its own ------------------------------------
# «их зона ответственности», «забота производителя», «дальше отвечает перевозчик», «мы лишь посредник»,
# «как система решит», «не наши сотрудники», «напрямую им», "at their end", "a matter for the bank",
# "between you and the seller", "where our part ends", "the system's call", "go through the seller"
@pytest.mark.parametrize(("lang", "reply"), [
    ('ru', 'Сроки ремонта — это их зона ответственности, звоните в сервис.'),
    ('ru', 'Возврат по браку — забота производителя, не наша.'),
    ('ru', 'После отгрузки отвечает уже перевозчик, мы тут бессильны.'),
    ('ru', 'Мы лишь посредник между вами и продавцом.'),
    ('ru', 'Отменить списание могут только в вашем банке, спросите там.'),
    ('ru', 'Сколько начислить баллов — как программа посчитает.'),
    ('ru', 'Алгоритм так решил, а с алгоритмом не поспоришь.'),
    ('ru', 'Мастера там его, а не наши, спрашивайте с него.'),
    ('ru', 'Свяжитесь с доставкой напрямую, телефон на сайте.'),
    ('ru', 'Жаловаться на грубость нужно владельцу пункта.'),
    ('en', "Delays like that happen on their side, so I can't help."),
    ('en', 'Card disputes are a matter for your bank.'),
    ('en', "Screen faults are their warranty to honour rather than ours."),
    ('en', "That's between you and the seller."),
    ('en', "Once it leaves the depot, that's where our part ends."),
    ('en', "The app decides on its own, it's the system's call."),
    ('en', 'Refunds for marketplace items go through the seller.'),
    ('en', 'Please book the repair directly with the manufacturer.'),
])
def test_other_party_owns_it_is_blame_shifting(engine, lang, reply):
    assert verdict(engine, lang, "no_blame_shifting", reply) == "fail"


# --- no_rudeness: «ты»-forms, lecturing «на будущее», belittling, refusing to explain, mock irony, hurrying
# off; "let me guess", "buddy", "we're done here", "take it or leave it", "full stop", "a matter for you" ---
@pytest.mark.parametrize(("lang", "reply"), [
    ('ru', 'Ну смотри, ты же сам выбрал доставку на выходные.'),
    ('ru', 'Номер телефона кинь, гляну.'),
    ('ru', 'Впредь, будьте добры, проверяйте адрес перед оплатой.'),
    ('ru', 'Учтите на будущее: срок хранения семь дней.'),
    ('ru', 'Сначала читаем условия, а потом жалуемся.'),
    ('ru', 'Такие вещи знает любой первоклассник.'),
    ('ru', 'Как заряжать батарею — это азы.'),
    ('ru', 'Чек-то хоть сможете сохранить?'),
    ('ru', 'Пояснять разницу между тарифами мы не обязаны.'),
    ('ru', 'Вы, представьте себе, не первый, кто об этом спрашивает.'),
    ('ru', 'Надеюсь, дойти до почты не станет для вас непосильной задачей.'),
    ('ru', 'У меня в очереди таких как вы ещё двадцать человек.'),
    ('ru', 'Давайте не будем затягивать, говорите номер.'),
    ('en', "Let me guess, you didn't restart the router?"),
    ('en', 'Wow, what a shock, the battery is flat.'),
    ('en', "Sure thing, buddy, it's in the post."),
    ('en', 'Listen pal, the code expired last week.'),
    ('en', "Right, we're done here, the refund is processed."),
    ('en', "Honestly, I've got other calls to take."),
    ('en', "Can we hurry up, I've got other customers waiting."),
    ('en', 'Yeah yeah, it will arrive Monday.'),
    ('en', "Don't bother asking about the fee again."),
    ('en', 'In future, check the dates yourself rather than expecting us to extend them.'),
    ('en', 'Where you keep your receipts is a matter for you to work out.'),
    ('en', 'Returns close after 14 days, full stop.'),
    ('en', "You're not the first to forget a PIN, and you won't be the last."),
    ('en', "I'm not chasing after the courier for you."),
])
def test_familiar_lecturing_and_mocking_is_rude(engine, lang, reply):
    assert verdict(engine, lang, "no_rudeness", reply) == "fail"


# --- polite near-misses of both families: must pass both criteria ----------------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ('ru', 'Вернуть деньги может только банк, но я сама отправлю запрос сегодня и напишу вам до пятницы.'),
    ('ru', 'Посылка задержалась у курьерской службы-партнёра, но отвечаем за неё мы: новую отправим 4 декабря.'),
    ('ru', 'Посмотрите, пожалуйста: кнопка «Вернуть» в карточке заказа.'),
    ('ru', 'Смотрите, промокод вводится в корзине до оплаты — я начислю бонусы вручную.'),
    ('ru', 'На будущее подскажу: промокод можно ввести в корзине до оплаты.'),
    ('ru', 'В следующий раз можно сразу написать номер заказа — так будет быстрее.'),
    ('ru', 'Ничего сложного: откройте заказ и нажмите «Вернуть».'),
    ('ru', 'Объяснять тут нечего, всё уже исправлено, деньги вернутся завтра.'),
    ('ru', 'Давайте я сама оформлю возврат, курьер заберёт товар в среду.'),
    ('ru', 'Представьте, как удобно: статус заказа теперь видно в приложении.'),
    ('ru', 'Перепутать пункты очень легко, я перенесу заказ бесплатно, он будет там 2 декабря.'),
    ('ru', 'Сервисный центр отвечает за сроки ремонта, но я сама их потороплю и позвоню вам до 3 декабря.'),
    ('en', "The hold-up is at their end, but I've chased them and you'll have it by Thursday."),
    ('en', 'Let me check that for you.'),
    ('en', 'What a lovely surprise to hear from you again!'),
    ('en', "I'd love to help with that."),
    ('en', 'Please keep your receipt for the warranty.'),
    ('en', 'In future, you can also track the parcel in the app.'),
    ('en', "No problem at all, I'm done with the check: it ships tomorrow."),
    ('en', "The delivery slot is 9 to 1; if that doesn't suit, I can move it to Friday."),
    ('en', 'You can contact us directly on this chat any time.'),
    ('en', "I'll contact the courier directly and call you back by 5 pm."),
    ('en', "It's not rocket... no, sorry, let me explain properly: the code applies at checkout."),
    ('en', 'Of course, let me go over it once more.'),
])
def test_polite_near_misses_pass(engine, lang, reply):
    assert verdict(engine, lang, "no_rudeness", reply) == "pass"
    assert verdict(engine, lang, "no_blame_shifting", reply) == "pass"


# --- empathy: the situation acknowledged in the agent's own words; a bare "I understand, but …" is none ----


@pytest.mark.parametrize(("lang", "reply", "expected"), [
    ("ru", "Понимаю, неделя без холодильника — это очень тяжело. Мастер приедет завтра.", "pass"),
    ("ru", "Ох, неприятно такое слышать, простите нас. Сейчас разберусь.", "pass"),
    ("ru", "Понимаю вас, но сделать ничего не могу.", "fail"),
    ("en", "I totally see why you're upset, a week without a fridge is a lot. An engineer comes tomorrow.", "pass"),
    ("en", "Ten days is a really long wait for a refund, sorry. I've chased it.", "pass"),
    ("en", "I understand, but the policy is the policy.", "fail"),
])
def test_empathy_in_own_words(engine, lang, reply, expected):
    assert verdict(engine, lang, "empathy", reply, complaint=True, customer=UPSET[lang]) == expected


def test_understanding_how_it_feels_is_still_empathy(engine):
    reply = "I understand how frustrating this is, but the engineer is booked for Monday."
    assert verdict(engine, "en", "empathy", reply, complaint=True, customer=UPSET["en"]) == "pass"


# --- complaint_handling: owning it in other words, the agent's own offer -----------------------------------
@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "That's on us, and you shouldn't have had to chase. I've refunded the delivery fee and the order "
           "ships today."),
    ("en", "I'm sorry it's past the 30 days. What I can offer instead is store credit for 70% of the price, "
           "added within 2 days."),
    ("ru", "Понимаю, как обидно, когда покупка не радует. Я сейчас оформлю заявку на проверку, результат будет "
           "через 10 дней."),
    ("ru", "Ой, неприятно такое слышать. Я сама оформлю возврат, деньги придут за 3 дня."),
])
def test_complaint_acknowledged_owned_and_resolved(engine, lang, reply):
    assert verdict(engine, lang, "complaint_handling", reply, complaint=True, customer=UPSET[lang]) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "I understand, but that's the policy. Anything else?"),
    ("ru", "Понимаю вас, но правила есть правила."),
])
def test_bare_understanding_does_not_handle_a_complaint(engine, lang, reply):
    assert verdict(engine, lang, "complaint_handling", reply, complaint=True, customer=UPSET[lang]) == "fail"


# --- solution_next_steps: the order waits until a date, what to do yourself, a transfer now, a reactivation --
@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Заказ будет ждать вас в пункте до пятницы, приходите с паспортом."),
    ("ru", "Посылка хранится на почте до 10 декабря."),
    ("ru", "Распечатайте бланк и предъявите его в пункте выдачи."),
    ("en", "I'll put you through to billing now, it takes about a minute."),
    ("en", "We have reactivated your card until the end of the year."),
])
def test_next_step_in_other_words(engine, lang, reply):
    assert verdict(engine, lang, "solution_next_steps", reply) == "pass"


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Посылка пока лежит на складе, больше ничего сказать не могу."),
    ("en", "I can't put you through, sorry."),
])
def test_no_next_step_is_no_next_step(engine, lang, reply):
    assert verdict(engine, lang, "solution_next_steps", reply) == "fail"
