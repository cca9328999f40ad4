"""A small, varied complaint corpus for theme tests: three configured topics and one new problem."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

from pipeline.themes.model import ThemeDoc

OPENERS = ["", "Здравствуйте. ", "Добрый день! ", "Сколько можно? ", "Уже третий раз пишу. "]
CLOSERS = ["", " Разберитесь, пожалуйста.", " Жду ответа.", " Это безобразие.", " Помогите."]

KNOWN = {
    "payment_charges": [
        "С карты списали {amount} рублей дважды за один месяц",
        "Пришел счет на {amount} рублей, хотя тариф дешевле",
        "Непонятное списание {amount} рублей с баланса",
        "Вернуть деньги за двойное списание {amount} рублей",
    ],
    "order_delivery": [
        "Заказ {order} до сих пор не доставлен, курьер не приехал",
        "Доставка заказа {order} задерживается уже неделю",
        "Курьер привез не тот заказ {order}",
        "Где мой заказ {order}, трек-номер не отслеживается",
    ],
    "internet_outage": [
        "Нет интернета дома с {hour} часов, роутер мигает",
        "Домашний интернет пропадает каждые {hour} минут",
        "Очень низкая скорость интернета, меньше {hour} мегабит",
        "Интернет не работает второй день, индикатор горит красным",
    ],
}
NEW = [
    "После обновления приложение вылетает при входе",
    "Мобильное приложение закрывается сразу после обновления версии {version}",
    "Не могу войти в приложение после обновления, оно падает",
    "Приложение зависает и вылетает на экране входа после апдейта {version}",
]


def _fill(template: str, rnd: random.Random) -> str:
    return template.format(amount=rnd.choice([199, 350, 499, 650, 1200]), order=rnd.randint(10000, 99999),
                           hour=rnd.choice([5, 8, 10, 20]), version=rnd.choice(["4.2", "4.3", "5.0"]))


def corpus(night: date, per_topic: int = 40, new: int = 30, window: int = 14, seed: int = 7,
           new_from_day: int = 11) -> list[ThemeDoc]:
    """``per_topic`` contacts per known topic spread over the window, ``new`` contacts of the new
    problem from day ``new_from_day`` of the window on (topic 'other', as a classifier would say)."""
    rnd = random.Random(seed)
    start = night - timedelta(days=window - 1)
    docs: list[ThemeDoc] = []
    serial = itertools.count()
    for topic, templates in KNOWN.items():
        for _ in range(per_topic):
            text = rnd.choice(OPENERS) + _fill(rnd.choice(templates), rnd) + rnd.choice(CLOSERS)
            docs.append(ThemeDoc(f"chat:k{next(serial)}", start + timedelta(days=rnd.randrange(window)), text,
                                 channel=rnd.choice(["chat", "email"]), queue="support", topic=topic,
                                 topic_confidence=0.8))
    for _ in range(new):
        text = rnd.choice(OPENERS) + _fill(rnd.choice(NEW), rnd) + rnd.choice(CLOSERS)
        day = start + timedelta(days=rnd.randrange(new_from_day - 1, window))
        docs.append(ThemeDoc(f"chat:n{next(serial)}", day, text, channel="chat", queue="mobile_app",
                             topic="other", topic_confidence=0.3, is_repeat=rnd.random() < 0.3,
                             negative_end=rnd.random() < 0.5))
    return docs
