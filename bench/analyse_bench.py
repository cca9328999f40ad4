"""Benchmark of the analysis stage: interactions/s and peak memory on realistic ru/en chats.

    .venv/bin/python bench/analyse_bench.py [--n 2000] [--turns 15] [--no-models] [--parts]

Chats are built from phrase lists (Russian 70 %, English 30 %): greetings with the agent's name,
a customer problem, clarifying questions, PII now and then (phones, cards, emails, passport,
names), escalation / churn / legal threats and rude words in some, and short turns ("ок", "да").
``--parts`` also times language detection, PII redaction and risk matching on their own.
Prints interactions/s, turns/s and the peak RSS of the process.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.model import Channel, CustomerRef, Interaction, Speaker, Turn  # noqa: E402

RU = {
    "agents": ["Ольга", "Анна", "Дмитрий", "Сергей", "Мария", "Екатерина", "Алексей", "Наталья"],
    "customers": ["Иван Петров", "Елена Смирнова", "Андрей Кузнецов", "Татьяна Волкова", "Павел Соколов"],
    "greet": ["Здравствуйте! Меня зовут {agent}, чем могу помочь?", "Добрый день, оператор {agent}, слушаю вас.",
              "Здравствуйте, {agent}, служба поддержки. Чем могу быть полезна?"],
    "problem": ["У меня уже третий день не работает интернет, роутер мигает красным.",
                "С карты списали 1500 рублей за услугу, которую я не подключал.",
                "Заказ №{order} так и не доставили, хотя обещали во вторник.",
                "Не могу войти в личный кабинет, пишет неверный пароль.",
                "Хочу узнать, какой тариф мне лучше подключить, сейчас плачу слишком много.",
                "Пришёл бракованный телефон, экран не включается.",
                "Верните деньги за возврат, я отправил товар две недели назад."],
    "pii": ["Мой номер +7 (916) {p3}-{p2}-{q2}", "Телефон для связи 8 903 {p3} {p2} {q2}",
            "Почта {mail}@mail.ru", "Карта 4276 3800 1234 5679", "Паспорт 45 10 {p6}",
            "Меня зовут {customer}", "Я {customer}, договор оформлен на меня"],
    "agent": ["Уточните, пожалуйста, номер договора.", "Одну минуту, проверяю информацию.",
              "Спасибо за ожидание. Я вижу проблему на линии.", "Я передала заявку техническим специалистам.",
              "Приношу извинения за неудобства.", "Могу ли я ещё чем-то помочь?",
              "Деньги вернутся на карту в течение 5 рабочих дней.", "Попробуйте перезагрузить роутер."],
    "customer": ["Хорошо, жду.", "А сколько это займёт времени?", "Я уже перезагружал, не помогает.",
                 "Понятно, спасибо.", "Это уже не первый раз!", "Когда будет мастер?",
                 "Сколько можно ждать, до сих пор ничего не работает", "Ладно, давайте попробуем."],
    "risk": ["Позовите, пожалуйста, руководителя.", "Если не решите, расторгну договор и перейду в МТС.",
             "Я подам на вас в суд и напишу в Роспотребнадзор!", "Вы там все идиоты что ли?",
             "Я не буду расторгать договор, просто почините."],
    "short": ["ок", "да", "нет", "спасибо", "+", "угу"],
    "bye": ["Спасибо за обращение, хорошего дня!", "Всего доброго!"],
    "filler": ["пожалуйста", "вот", "короче", "кстати", "честно говоря", "в общем", "смотрите", "сегодня",
               "опять", "ещё", "вчера вечером", "как я понимаю", "ну", "просто", "всё-таки"],
    "tail": ["Проверьте, пожалуйста.", "Я жду ответа с утра.", "Номер заявки {order}.", "Адрес не менялся.",
             "У соседей тоже так.", "Раньше такого не было.", "Сумма {p3} рублей.", "Это было {p2} числа."],
}
EN = {
    "agents": ["Kate", "John", "Emily", "Michael", "Sarah"],
    "customers": ["Peter Brown", "Linda Johnson", "Mark Wilson", "Susan Clark"],
    "greet": ["Hello, my name is {agent}, how can I help you today?", "Hi, this is {agent} from support."],
    "problem": ["My internet has been down since yesterday and the router light is red.",
                "I was charged twice for my last order #{order}.",
                "The parcel never arrived although tracking says delivered.",
                "I can't log into my account, it says the password is wrong.",
                "The headphones I bought stopped working after a week."],
    "pii": ["You can call me at +44 20 7946 {p4}", "My email is {mail}@gmail.com",
            "Card number 4111 1111 1111 1111", "My name is {customer}", "Phone +1 (555) {p3}-{p4}"],
    "agent": ["Could you confirm your account number please?", "Let me check that for you.",
              "Thanks for waiting, I can see the issue.", "I have raised a ticket with our engineers.",
              "I'm sorry for the inconvenience.", "Is there anything else I can help with?"],
    "customer": ["Okay, thanks.", "How long will it take?", "I already restarted it twice.",
                 "This is the third time this month!", "Fine, let's try that.", "When will the engineer come?"],
    "risk": ["I want to speak to your manager.", "If this isn't fixed I'll cancel my subscription and switch to Verizon.",
             "I will take legal action and report you to the regulator.", "This is bullshit, you are useless.",
             "I don't want to cancel my account, just fix it."],
    "short": ["ok", "yes", "no", "thanks", "sure"],
    "bye": ["Thank you for contacting us, have a great day!", "Goodbye!"],
    "filler": ["please", "actually", "honestly", "again", "today", "just", "really", "by the way", "still"],
    "tail": ["Please check.", "I have been waiting since morning.", "Ticket {order}.", "Nothing changed at my end.",
             "My neighbours have the same.", "It never happened before.", "It was {p3} dollars."],
}


def _fill(rng: random.Random, template: str, agent: str, customer: str) -> str:
    return template.format(agent=agent, customer=customer, order=rng.randint(100000, 999999),
                           p3=rng.randint(100, 999), p2=rng.randint(10, 99), q2=rng.randint(10, 99), p4=rng.randint(1000, 9999),
                           p6=rng.randint(100000, 999999), mail=f"user{rng.randint(1, 9999)}")


def _vary(rng: random.Random, lang: dict, text: str) -> str:
    """Make a phrase-list turn unique, as real turns are: a filler word inside, a clause after."""
    if len(text) < 12:
        return text
    words = text.split(" ")
    if rng.random() < 0.7:
        words.insert(rng.randint(1, len(words)), rng.choice(lang["filler"]))
    if rng.random() < 0.5:
        words.append(rng.choice(lang["tail"]))
    return " ".join(words)


def make_chat(rng: random.Random, i: int, n_turns: int) -> Interaction:
    """One synthetic chat of about ``n_turns`` turns."""
    lang = RU if rng.random() < 0.7 else EN
    agent, customer = rng.choice(lang["agents"]), rng.choice(lang["customers"])
    start = datetime(2026, 11, 20, 9, 0) + timedelta(minutes=i)
    texts: list[tuple[Speaker, str]] = [(Speaker.AGENT, rng.choice(lang["greet"])),
                                        (Speaker.CUSTOMER, rng.choice(lang["problem"]))]
    while len(texts) < n_turns - 1:
        speaker = Speaker.AGENT if len(texts) % 2 == 0 else Speaker.CUSTOMER
        if speaker == Speaker.AGENT:
            texts.append((speaker, _vary(rng, lang, rng.choice(lang["agent"]))))
            continue
        roll = rng.random()
        pool = "pii" if roll < 0.15 else "risk" if roll < 0.22 else "short" if roll < 0.45 else "customer"
        text = rng.choice(lang[pool])
        texts.append((speaker, text if pool == "pii" else _vary(rng, lang, text)))
    texts.append((Speaker.AGENT, rng.choice(lang["bye"])))
    turns = [Turn(k, sp, _fill(rng, t, agent, customer), started_at=start + timedelta(seconds=30 * k))
             for k, (sp, t) in enumerate(texts)]
    return Interaction(f"chat:bench-{i}", Channel.CHAT, start, customer=CustomerRef(name=customer),
                       turns=turns, metadata={"agent_name": agent}, source_path="bench")


def make_chats(n: int, n_turns: int, seed: int = 7) -> list[Interaction]:
    rng = random.Random(seed)
    return [make_chat(rng, i, n_turns) for i in range(n)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="interactions")
    ap.add_argument("--turns", type=int, default=15, help="turns per chat")
    ap.add_argument("--no-models", action="store_true", help="without the topic/sentiment models")
    ap.add_argument("--models-dir", default=None, help="models folder (default: models/)")
    ap.add_argument("--parts", action="store_true", help="also time language, PII and risk alone")
    args = ap.parse_args(argv)

    from pipeline.analyse.stage import Analyser

    t0 = time.perf_counter()
    analyser = Analyser(models_dir=args.models_dir, use_models=not args.no_models)
    load_s = time.perf_counter() - t0
    print(f"loaded in {load_s:.1f} s; topics={'on' if analyser.models.topics else 'off'} "
          f"sentiment={'on' if analyser.models.sentiment else 'off'}; peak RSS {peak_rss_mb():.0f} MB")
    analyser.run(make_chats(50, args.turns, seed=1), progress=False)  # warm-up: natasha, caches

    chats = make_chats(args.n, args.turns)
    n_turns = sum(len(c.turns) for c in chats)
    if args.parts:
        parts = make_chats(args.n, args.turns, seed=3)
        t = time.perf_counter()
        for it in parts:
            analyser.language.detect_interaction(it)
        lang_s = time.perf_counter() - t
        calls_before = analyser.redactor.name_finder.ner_calls if analyser.redactor.name_finder else 0
        t = time.perf_counter()
        analyser.redactor.redact_interactions(parts)
        pii_s = time.perf_counter() - t
        ner_calls = (analyser.redactor.name_finder.ner_calls if analyser.redactor.name_finder else 0) - calls_before
        t = time.perf_counter()
        for it in parts:
            analyser.risk.detect(it)
        risk_s = time.perf_counter() - t
        pt = sum(len(c.turns) for c in parts)
        print(f"language: {pt / lang_s:,.0f} turns/s | PII: {pt / pii_s:,.0f} turns/s "
              f"({ner_calls} of {pt} turns sent to natasha) | risk: {args.n / risk_s:,.0f} interactions/s")

    t, c = time.perf_counter(), time.process_time()
    result = analyser.run(chats, progress=False)
    secs, cpu = time.perf_counter() - t, time.process_time() - c
    print(f"stage: {args.n} chats, {n_turns} turns in {secs:.2f} s wall / {cpu:.2f} s CPU -> "
          f"{args.n / secs:,.0f} interactions/s wall ({args.n / cpu:,.0f}/s per CPU-second), "
          f"{n_turns / secs:,.0f} turns/s; rejected {len(result.rejected)}; peak RSS {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
