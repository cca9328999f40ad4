"""Agents, customers and the bits of world knowledge the dialogues mention."""

# Agent style knobs (probabilities per contact). ``quality`` only steers survey scores and
# resolution; behaviour itself comes from the individual knobs so scorecards differ in detail.
#   greet: greeting + self-introduction; name: uses the customer's name; clarify: asks a clarifying
#   question; empathy: acknowledges an upset customer; fix: concrete solution with a time frame
#   (otherwise a poor answer); confirm: checks the issue is solved; more: offers more help;
#   bye: thanks + goodbye; jargon / blame / rude: poor-behaviour lines; first_resp: range of
#   first-response seconds; resolve: probability the issue is actually solved.
AGENTS = [
    dict(agent_id="A-101", agent_name="Ольга Смирнова", first_name="Ольга", team="ru-1", gender="f", lang="ru",
         email="olga.smirnova", style="excellent", greet=0.97, name=0.95, clarify=0.9, empathy=0.95, fix=0.95,
         confirm=0.9, more=0.9, bye=0.97, jargon=0.0, blame=0.0, rude=0.0, first_resp=(15, 150), resolve=0.9),
    dict(agent_id="A-102", agent_name="Дмитрий Кузнецов", first_name="Дмитрий", team="ru-1", gender="m", lang="ru",
         email="dmitry.kuznetsov", style="good, terse; sometimes jargon, often skips the offer of more help",
         greet=0.85, name=0.6, clarify=0.8, empathy=0.5, fix=0.85, confirm=0.6, more=0.3, bye=0.7,
         jargon=0.25, blame=0.0, rude=0.0, first_resp=(30, 300), resolve=0.8),
    dict(agent_id="A-103", agent_name="Мария Иванова", first_name="Мария", team="ru-1", gender="f", lang="ru",
         email="maria.ivanova", style="excellent, warm, occasional emoji", greet=0.95, name=0.95, clarify=0.85,
         empathy=0.95, fix=0.9, confirm=0.9, more=0.95, bye=0.95, jargon=0.0, blame=0.0, rude=0.0,
         first_resp=(10, 200), resolve=0.88, emoji=0.3),
    dict(agent_id="A-104", agent_name="Алексей Попов", first_name="Алексей", team="ru-2", gender="m", lang="ru",
         email="alexey.popov", style="poor: no greeting, blame-shifting, rude, slow, no closing", greet=0.15,
         name=0.1, clarify=0.3, empathy=0.05, fix=0.25, confirm=0.05, more=0.05, bye=0.15, jargon=0.3,
         blame=0.6, rude=0.5, first_resp=(300, 1500), resolve=0.3),
    dict(agent_id="A-105", agent_name="Екатерина Волкова", first_name="Екатерина", team="ru-2", gender="f", lang="ru",
         email="ekaterina.volkova", style="good, thorough", greet=0.92, name=0.85, clarify=0.9, empathy=0.8,
         fix=0.88, confirm=0.8, more=0.8, bye=0.9, jargon=0.05, blame=0.0, rude=0.0, first_resp=(20, 240),
         resolve=0.85),
    dict(agent_id="A-106", agent_name="Сергей Новиков", first_name="Сергей", team="ru-2", gender="m", lang="ru",
         email="sergey.novikov", style="mediocre: jargon-heavy, slow first response, rarely closes", greet=0.6,
         name=0.3, clarify=0.6, empathy=0.2, fix=0.5, confirm=0.2, more=0.2, bye=0.3, jargon=0.7, blame=0.2,
         rude=0.05, first_resp=(240, 1300), resolve=0.5),
    dict(agent_id="A-107", agent_name="Наталья Фёдорова", first_name="Наталья", team="ru-2", gender="f", lang="ru",
         email="natalia.fedorova", style="new: polite, but vague solutions and forgets the customer's name",
         greet=0.9, name=0.2, clarify=0.7, empathy=0.6, fix=0.55, confirm=0.5, more=0.6, bye=0.85, jargon=0.1,
         blame=0.1, rude=0.0, first_resp=(60, 500), resolve=0.6),
    dict(agent_id="A-201", agent_name="James Carter", first_name="James", team="en", gender="m", lang="en",
         email="james.carter", style="excellent", greet=0.97, name=0.95, clarify=0.9, empathy=0.9, fix=0.95,
         confirm=0.9, more=0.9, bye=0.95, jargon=0.0, blame=0.0, rude=0.0, first_resp=(15, 180), resolve=0.9),
    dict(agent_id="A-202", agent_name="Emily Ross", first_name="Emily", team="en", gender="f", lang="en",
         email="emily.ross", style="good", greet=0.9, name=0.8, clarify=0.8, empathy=0.75, fix=0.85, confirm=0.7,
         more=0.7, bye=0.85, jargon=0.05, blame=0.0, rude=0.0, first_resp=(30, 300), resolve=0.8),
    dict(agent_id="A-203", agent_name="Daniel Hughes", first_name="Daniel", team="en", gender="m", lang="en",
         email="daniel.hughes", style="poor: curt, blame-shifting, jargon, slow", greet=0.25, name=0.15,
         clarify=0.4, empathy=0.1, fix=0.3, confirm=0.1, more=0.1, bye=0.2, jargon=0.5, blame=0.5, rude=0.35,
         first_resp=(300, 1400), resolve=0.35),
]

# Customers shared with the call-audio data (same ids, names, phones, emails in every channel).
SHARED_CUSTOMERS = [
    dict(customer_id="C-1001", first="Анна", patronymic="Петровна", last="Соколова", gender="f", lang="ru",
         phone="+79165550101", email="anna.sokolova@mail.ru"),
    dict(customer_id="C-1002", first="Игорь", patronymic="Викторович", last="Морозов", gender="m", lang="ru",
         phone="+79035550202", email="i.morozov@yandex.ru"),
    dict(customer_id="C-1003", first="Елена", patronymic="Сергеевна", last="Кравцова", gender="f", lang="ru",
         phone="+79265550303", email="elena.kravtsova@gmail.com"),
    dict(customer_id="C-1004", first="Павел", patronymic="Андреевич", last="Белов", gender="m", lang="ru",
         phone="+79855550404", email="pavel.belov@rambler.ru"),
    dict(customer_id="C-1005", first="Светлана", patronymic="Игоревна", last="Орлова", gender="f", lang="ru",
         phone="+79095550505", email="s.orlova@list.ru"),
    dict(customer_id="C-2001", first="Michael", patronymic="", last="Turner", gender="m", lang="en",
         phone="+447700900101", email="m.turner@gmail.com"),
    dict(customer_id="C-2002", first="Sarah", patronymic="", last="Collins", gender="f", lang="en",
         phone="+447700900202", email="sarah.collins@outlook.com"),
    dict(customer_id="C-2003", first="David", patronymic="", last="Miller", gender="m", lang="en",
         phone="+12025550103", email="dmiller@yahoo.com"),
]

# Story arcs of the shared customers: (night, channel, topic, resolved, agent, "HH:MM", previous
# contact outside this data set or None). The calls of 2026-11-20 (calls/calls.csv, written by the
# call-audio generator) continue these stories:
#   C-1001 double charge: chat 18th (A-104, unresolved) -> email 19th (A-106) -> call 20th 09:12 (A-101, solved)
#   C-1002 no internet: chat 19th -> email 20th 07:35 -> calls 20th 09:47 (A-102, rude) and 14:02;
#          complaint chat about the rude call at 11:10
#   C-1003 late order: email 18th -> chat 19th -> call 20th 10:20
#   C-1004 refund: email 19th -> email 20th 20:05 (solved); tariff chat 20th 08:50 -> outbound call 15:40
#   C-1005 price rise: chat 18th -> email 19th (unresolved) -> retention call 20th 12:31
#   C-2001 internet: chat 19th (A-203) -> email 20th 08:05; roaming calls 20th
#   C-2002 refund email 18th; internet drops: call 20th 13:22 (A-202) -> chat 20th 19:10
#   C-2003 login: chat 20th 09:30 (A-203, unresolved) -> email 20th 12:40; order call 16:48
SHARED_STORIES = {
    "C-1001": [("2026-11-18", "chat", "payment_charges", False, "A-104", "19:40", None),
               ("2026-11-19", "email", "payment_charges", False, "A-106", "21:10", None)],
    "C-1002": [("2026-11-19", "chat", "technical_problem", False, "A-106", "18:20", None),
               ("2026-11-20", "email", "technical_problem", False, "A-104", "07:35", None),
               ("2026-11-20", "chat", "staff_behaviour", True, "A-105", "11:10", "call")],
    "C-1003": [("2026-11-18", "email", "order_delivery", False, "A-107", "09:15", None),
               ("2026-11-19", "chat", "order_delivery", False, "A-106", "16:45", None)],
    "C-1004": [("2026-11-19", "email", "refund_return", False, "A-104", "12:30", None),
               ("2026-11-20", "chat", "tariff_pricing", False, "A-107", "08:50", None),
               ("2026-11-20", "email", "refund_return", True, "A-101", "20:05", None)],
    "C-1005": [("2026-11-18", "chat", "tariff_pricing", True, "A-103", "10:30", None),
               ("2026-11-19", "email", "tariff_pricing", False, "A-107", "20:15", None)],
    "C-2001": [("2026-11-19", "chat", "technical_problem", False, "A-203", "17:50", None),
               ("2026-11-20", "email", "technical_problem", True, "A-201", "08:05", None)],
    "C-2002": [("2026-11-18", "email", "refund_return", True, "A-202", "11:20", None),
               ("2026-11-20", "chat", "technical_problem", True, "A-201", "19:10", "call")],
    "C-2003": [("2026-11-20", "chat", "account_access", False, "A-203", "09:30", None),
               ("2026-11-20", "email", "account_access", True, "A-202", "12:40", None)],
}
# Case details fixed so the stories match the calls (scenario index into the topic's scenarios).
STORY_SLOTS = {
    ("C-1001", "payment_charges"): {"_scenario": 0, "amount": "500"},
    ("C-1002", "technical_problem"): {"_scenario": 0},
    ("C-1003", "order_delivery"): {"_scenario": 0, "device": "смартфон Xiaomi Redmi Note 13"},
    ("C-1005", "tariff_pricing"): {"_scenario": 1},
    ("C-2002", "technical_problem"): {"_scenario": 1},
    ("C-1004", "tariff_pricing"): {"_scenario": 0},
    ("C-1002", "staff_behaviour"): {
        "_scenario": 0,
        "_open": "Хочу пожаловаться на оператора, с которым только что говорил про интернет: ответил «это не ко мне», "
                 "нагрубил и ничего не сделал.",
        "_answer": "сегодня около 9:50, звонил с {phone_fmt}",
    },
}

RU_MALE = [("Александр", "Александрович"), ("Андрей", "Андреевич"), ("Артём", "Олегович"), ("Владимир", "Николаевич"),
           ("Никита", "Сергеевич"), ("Михаил", "Юрьевич"), ("Денис", "Игоревич"), ("Евгений", "Павлович"),
           ("Роман", "Викторович"), ("Олег", "Борисович"), ("Константин", "Дмитриевич"), ("Максим", "Алексеевич"),
           ("Илья", "Романович"), ("Георгий", "Васильевич"), ("Виктор", "Степанович"), ("Тимур", "Рашидович")]
RU_FEMALE = [("Ирина", "Владимировна"), ("Татьяна", "Николаевна"), ("Юлия", "Андреевна"), ("Ольга", "Викторовна"),
             ("Марина", "Сергеевна"), ("Дарья", "Алексеевна"), ("Ксения", "Павловна"), ("Людмила", "Ивановна"),
             ("Валентина", "Григорьевна"), ("Алина", "Рустамовна"), ("Надежда", "Петровна"), ("Вероника", "Олеговна"),
             ("Галина", "Михайловна"), ("Полина", "Денисовна"), ("Екатерина", "Юрьевна"), ("Софья", "Артёмовна")]
RU_LAST = [("Васильев", "Васильева"), ("Зайцев", "Зайцева"), ("Лебедев", "Лебедева"), ("Семёнов", "Семёнова"),
           ("Егоров", "Егорова"), ("Павлов", "Павлова"), ("Козлов", "Козлова"), ("Степанов", "Степанова"),
           ("Николаев", "Николаева"), ("Макаров", "Макарова"), ("Андреев", "Андреева"), ("Ковалёв", "Ковалёва"),
           ("Ильин", "Ильина"), ("Гусев", "Гусева"), ("Титов", "Титова"), ("Кузьмин", "Кузьмина"),
           ("Шарипов", "Шарипова"), ("Данилов", "Данилова"), ("Жуков", "Жукова"), ("Тарасов", "Тарасова")]
TRANSLIT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
            "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "",
            "э": "e", "ю": "yu", "я": "ya"}
RU_MAIL = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru", "rambler.ru", "ya.ru"]

EN_MALE = ["James", "Thomas", "Oliver", "Mark", "Ryan", "Lukas", "Tom", "Chris", "Ahmed", "Peter"]
EN_FEMALE = ["Emma", "Laura", "Hannah", "Jessica", "Sophie", "Rachel", "Anna", "Kate", "Maria", "Olivia"]
EN_LAST = ["Brown", "Wilson", "Taylor", "Walker", "Green", "Schmidt", "Evans", "Baker", "Hall", "Wright", "Khan",
           "Fischer", "Young", "Clarke", "Novak"]
EN_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me"]

STREETS = ["ул. Садовая", "Невский пр.", "ул. Ленина", "ул. Гагарина", "пр. Просвещения", "ул. Типанова",
           "Комендантский пр.", "ул. Савушкина", "ул. Бассейная", "Ленинский пр.", "ул. Дыбенко", "ул. Большая Морская"]
DISTRICTS = ["Приморском районе", "Кудрово", "Мурино", "Выборгском районе", "центре", "Колпино", "Купчино", "Девяткино"]
DEVICES_RU = ["смартфон Xiaomi Redmi Note 13", "роутер Keenetic Giga", "ТВ-приставку", "iPhone 15", "Samsung Galaxy A55",
              "наушники JBL Tune 520", "умную колонку", "планшет Huawei MatePad", "смарт-часы Amazfit"]
DEVICES_EN = ["Xiaomi Redmi Note 13", "Keenetic router", "TV set-top box", "iPhone 15", "Samsung Galaxy A55",
              "pair of JBL headphones", "Huawei tablet"]
PHONES_RU = ["смартфон Xiaomi Redmi Note 13", "iPhone 15", "Samsung Galaxy A55", "смартфон Honor X8b", "телефон Tecno Spark 20"]
PHONES_EN = ["Xiaomi Redmi Note 13", "iPhone 15", "Samsung Galaxy A55", "Honor X8b"]
TARIFFS = ["Ладога Безлимит", "Домашний 500", "Ладога Смарт", "Всё в одном", "Ладога Макс"]
TARIFFS_EN = ["Ladoga Unlimited", "Home 500", "Ladoga Smart", "All-in-One"]
CARD_BINS = ["427638", "220220", "546938", "404136", "220070", "553691"]
