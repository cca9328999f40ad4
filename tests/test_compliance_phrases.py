"""Phrase families of the scorecard rules (rules/scorecards/{ru,en}.yaml) on sentences written for
these tests — not taken from any evaluation file. Each family has positive forms and precision
traps (polite wording, negation, farewells, the customer's [NAME], the customer's own turns)."""

from __future__ import annotations


import pytest

from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.model import Channel
from scorecard_contacts import verdict



@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    return ScorecardEngine.from_rules()



CASES = [
    # greeting: misspellings, ASR, "рада вас слышать", thanks-for-calling openers ...
    ("ru", "greeting", "pass", ["Здраствуйте! Чем могу помочь?"]),
    ("ru", "greeting", "pass", ["Доброй ночи, [NAME]. Слушаю вас."]),
    ("ru", "greeting", "pass", ["Рада вас слышать, [NAME]! Чем помочь?"]),
    ("ru", "greeting", "pass", ["Ладога Телеком, спасибо за звонок, меня зовут Анна"]),
    ("en", "greeting", "pass", ["Thanks for reaching out to Ladoga Telecom! What seems to be the problem?"]),
    ("en", "greeting", "pass", ["Hiya, what can I do for you?"]),
    # ... but a goodbye in the agent's second turn is not a greeting
    ("ru", "greeting", "fail", ["Номер договора?", "Готово, заявку оформила. Доброго дня!"]),
    ("ru", "greeting", "fail", ["Слушаю.", "Спасибо, что обратились, доброго вечера!"]),
    ("en", "greeting", "fail", ["What's your account number?", "Done. Have a good day!"]),
    ("en", "greeting", "fail", ["What do you need?", "You're welcome to call back any time."]),
    # introduction: the agent's name kept or redacted, many formulas
    ("ru", "introduction", "pass", ["Здравствуйте! Вас приветствует [NAME], «Ладога Телеком»."]),
    ("ru", "introduction", "pass", ["Добрый день! С вами [NAME], компания Ладога Телеком."]),
    ("ru", "introduction", "pass", ["Здравствуйте! Вам отвечает Мария, служба поддержки «Ладога Телеком»."]),
    ("en", "introduction", "pass", ["Hi, [NAME] here from Ladoga Telecom."]),
    ("en", "introduction", "pass", ["Hello! You are now chatting with [NAME] at Ladoga Telecom."]),
    # ... the company alone, the customer's [NAME] or "I'm sorry," is not an introduction
    ("ru", "introduction", "fail", ["Здравствуйте, [NAME]! Ладога Телеком на связи."]),
    ("ru", "introduction", "fail", ["Здравствуйте. На линии ведутся работы, Ладога Телеком приносит извинения."]),
    ("en", "introduction", "fail", ["Hi [NAME], I'm sorry, Ladoga Telecom has an outage."]),
    ("en", "introduction", "fail", ["Hi [NAME], here's what I found on your Ladoga Telecom account."]),
    # blame-shifting: onto the bank, the system, colleagues, the customer; redirect without transfer
    ("ru", "no_blame_shifting", "fail", ["Мы за это не отвечаем, это банк задержал платёж."]),
    ("ru", "no_blame_shifting", "fail", ["Я тут ни при чём, это система так посчитала."]),
    ("ru", "no_blame_shifting", "fail", ["Вам нужно обратиться в банк, который выпустил карту."]),
    ("ru", "no_blame_shifting", "fail", ["это монтажник напортачил не я"]),
    ("en", "no_blame_shifting", "fail", ["That's not on us, it's the bank's problem."]),
    ("en", "no_blame_shifting", "fail", ["You'll need to get in touch with your bank."]),
    ("en", "no_blame_shifting", "fail", ["It's out of my hands, I just work here."]),
    # ... a transfer, the agent calling someone themself, an invitation to come back, reassurance
    ("ru", "no_blame_shifting", "pass", ["Этим занимается другой отдел, сейчас переведу вас на специалиста."]),
    ("ru", "no_blame_shifting", "pass", ["Я напишу в техподдержку и сообщу результат до 17:00."]),
    ("ru", "no_blame_shifting", "pass", ["Если возникнут вопросы, пишите в поддержку в любое время."]),
    ("en", "no_blame_shifting", "pass", ["That's handled by our billing team, let me transfer you now."]),
    ("en", "no_blame_shifting", "pass", ["You don't need to contact the bank, we'll reverse the charge ourselves."]),
    ("en", "no_blame_shifting", "pass", ["It's nobody's fault, the storm cut the line."]),
    # rudeness and condescension
    ("ru", "no_rudeness", "fail", ["Я вам уже два раза объяснила, что тариф нельзя поменять."]),
    ("ru", "no_rudeness", "fail", ["Что непонятного? Всё написано на сайте."]),
    ("ru", "no_rudeness", "fail", ["Вам русским языком сказали: мастер будет завтра."]),
    ("ru", "no_rudeness", "fail", ["Сделают, когда сделают."]),
    ("en", "no_rudeness", "fail", ["I've explained this twice now."]),
    ("en", "no_rudeness", "fail", ["If you don't like it, go elsewhere."]),
    ("en", "no_rudeness", "fail", ["Did you even read my message?"]),
    # ... polite formulas and look-alikes are not rude
    ("ru", "no_rudeness", "pass", ["К сожалению, придётся подождать до завтра."]),
    ("ru", "no_rudeness", "pass", ["Мне всё равно нужно уточнить адрес."]),
    ("ru", "no_rudeness", "pass", ["Что именно вам непонятно в счёте? Поясню."]),
    ("ru", "no_rudeness", "pass", ["Повторяю ещё раз номер заявки: 4521."]),
    ("en", "no_rudeness", "pass", ["Unfortunately the engineer can't come before Friday."]),
    ("en", "no_rudeness", "pass", ["So what would you like to do next?"]),
    ("en", "no_rudeness", "pass", ["Make sure you have the router switched on."]),
    ("en", "no_rudeness", "pass", ["If you don't like the new package, we can switch you back free of charge."]),
    # solution and next steps: a concrete action and a time frame; vague promises do not count
    ("ru", "solution_next_steps", "pass", ["Подписку отключил, с завтрашнего дня списаний не будет."]),
    ("ru", "solution_next_steps", "fail", ["Постараемся решить как можно скорее."]),
    ("en", "solution_next_steps", "pass", ["I've booked an engineer for Wednesday morning."]),
    ("en", "solution_next_steps", "fail", ["I will be honest, today is busy."]),
    ("en", "solution_next_steps", "fail", ["We'll look into it and get back to you."]),
]


@pytest.mark.parametrize(("lang", "criterion", "expected", "agent_turns"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_phrase_families(engine, lang, criterion, expected, agent_turns):
    assert verdict(engine, lang, criterion, *agent_turns) == expected


def test_asr_call_introduction_with_kept_name_and_no_name(engine):
    assert verdict(engine, "ru", "introduction", "ладога телеком анна здравствуйте", channel=Channel.CALL) == "pass"
    assert verdict(engine, "ru", "introduction", "ладога телеком здравствуйте чем могу помочь",
                   channel=Channel.CALL) == "fail"
    assert verdict(engine, "en", "introduction", "hello you've reached ladoga telecom how can i help",
                   channel=Channel.CALL) == "fail"
    assert verdict(engine, "en", "introduction", "good afternoon you've reached ladoga telecom [NAME] speaking",
                   channel=Channel.CALL) == "pass"


def test_the_customers_words_never_count_for_the_agent(engine):
    rude_customer = "Вы что, не понимаете? Это ваши проблемы, я же вам сказал! Обращайтесь в банк сами."
    polite = "Здравствуйте! Понимаю вас, сейчас проверю."
    assert verdict(engine, "ru", "no_rudeness", polite, customer=rude_customer) == "pass"
    assert verdict(engine, "ru", "no_blame_shifting", polite, customer=rude_customer) == "pass"
    assert verdict(engine, "en", "no_rudeness", "Hi, let me check that for you.",
                   customer="Calm down? I've told you twice, read the contract!") == "pass"


def test_complaint_ownership_by_the_agents_own_action(engine):
    # apology + the agent personally acting (escalation / fix with a time frame) = handled
    assert verdict(engine, "en", "complaint_handling",
                   "I'm really sorry about this. I've escalated it to our network team as urgent and they "
                   "will call you within 24 hours.", complaint=True) == "pass"
    assert verdict(engine, "ru", "complaint_handling",
                   "Простите, это наша ошибка. Я сделала перерасчёт, деньги вернутся в течение 3 дней.",
                   complaint=True) == "pass"
    # an apology with a vague promise is not
    assert verdict(engine, "en", "complaint_handling", "Sorry about that. We'll look into it.", complaint=True) == "fail"
    assert verdict(engine, "ru", "complaint_handling", "Извините за неудобства. Постараемся исправить.",
                   complaint=True) == "fail"
    # round 25: owning and fixing it is handling the complaint, with or without an apology (the standards ask for a
    # resolution; every blind batch labels it so)
    assert verdict(engine, "en", "complaint_handling",
                   "I've refunded the £12 myself; it reaches your card within 3 working days.", complaint=True) == "pass"
    assert verdict(engine, "ru", "complaint_handling",
                   "Я сама сделала перерасчёт, деньги вернутся в течение 3 дней.", complaint=True) == "pass"
