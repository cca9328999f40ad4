#!/usr/bin/env python3
"""Generate the Servicelens demo nights: chats, emails, surveys and agents of «Ладога Телеком».

    python scripts/make_demo_data.py                 # writes demo/nights/<date>/...
    python scripts/make_demo_data.py --out /tmp/x    # somewhere else

Three nights: 2026-11-18 and 2026-11-19 (small) and 2026-11-20 (the main day). The seed is
fixed and nothing depends on the clock, the hash seed or the machine, so every run rewrites the
same bytes. Only the standard library is used; the phrase banks live in ``scripts/demo_content``.
The ``calls/`` sub-folder of each night is written by the call-audio generator and is never touched
here. What is in the data, and which files are broken on purpose, is described in demo/README.md.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as email_charset
from email.header import Header
from email.message import EmailMessage
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_content import en as EN  # noqa: E402
from demo_content import people as P  # noqa: E402
from demo_content import ru as RU  # noqa: E402

SEED = 20261120
MSK = timezone(timedelta(hours=3))
NIGHTS = {  # date: (chats, email threads)
    "2026-11-18": (50, 25),
    "2026-11-19": (50, 25),
    "2026-11-20": (212, 106),
}
TOPIC_WEIGHTS = {
    "technical_problem": 20, "payment_charges": 16, "order_delivery": 14, "information_request": 11,
    "refund_return": 9, "tariff_pricing": 9, "account_access": 8, "product_defect": 7, "cancellation": 6,
    "staff_behaviour": 5,
}
# An incident per night: topic -> (weight multiplier, extra share of angry customers). On the main day
# a failed autopay run charged customers twice, so billing complaints rise (the trends report finds it).
INCIDENTS = {"2026-11-20": {"payment_charges": (4.0, 0.45)}}
CHAT_FIELDS = ["conversation_id", "timestamp", "author_role", "author_id", "text", "queue", "customer_id",
               "customer_phone", "customer_email", "customer_name", "agent_name"]
SUPPORT_ADDR = "support@ladoga-telecom.ru"
AGENT_DOMAIN = "support.ladoga-telecom.ru"
BANK = {"ru": RU, "en": EN}
AGENTS = {a["agent_id"]: a for a in P.AGENTS}
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def luhn_complete(prefix: str, rng: random.Random, length: int = 16) -> str:
    digits = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


def inn12(rng: random.Random) -> str:
    d = [rng.randrange(10) for _ in range(10)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(w1, d)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(w2, d)) % 11 % 10)
    return "".join(map(str, d))


def snils(rng: random.Random) -> str:
    d = [rng.randrange(10) for _ in range(9)]
    s = sum(x * (9 - i) for i, x in enumerate(d))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101)
    c = 0 if c in (100, 101) else c
    n = "".join(map(str, d))
    return f"{n[:3]}-{n[3:6]}-{n[6:]} {c:02d}"


def phone_formats(e164: str, rng: random.Random) -> str:
    """The same phone as people type it."""
    if e164.startswith("+7"):
        n = e164[2:]
        a, b, c, d = n[:3], n[3:6], n[6:8], n[8:]
        return rng.choice([
            f"+7 {a} {b}-{c}-{d}", f"8({a}){b}-{c}-{d}", f"8{n}", f"+7 ({a}) {b} {c} {d}", f"8 {a} {b} {c} {d}",
            e164, f"{a}-{b}-{c}-{d}", f"8-{a}-{b}{c}{d}", f"+7{a}{b}{c}{d}",
        ])
    if e164.startswith("+44"):
        n = e164[3:]
        return rng.choice([f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}", e164])
    n = e164[2:]
    return rng.choice([f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", e164])


def translit(s: str) -> str:
    return "".join(P.TRANSLIT.get(ch, ch) for ch in s.lower())


def working_hours(t: datetime, rng: random.Random) -> datetime:
    """Agents answer mail between 08:00 and 22:00 Moscow time."""
    local = t.astimezone(MSK)
    if local.hour < 8:
        return local.replace(hour=8, minute=0, second=0) + timedelta(seconds=rng.randrange(40 * 60))
    return t


def fits_time(text: str, hour: int) -> bool:
    """Greetings and goodbyes that match the time of day."""
    low = text.lower()
    if ("утро" in low or "morning" in low) and hour >= 12:
        return False
    if ("вечер" in low or "evening" in low) and hour < 17:
        return False
    if ("добрый день" in low or "хорошего дня" in low or "afternoon" in low) and (hour < 10 or hour >= 20):
        return False
    return True


GENDER_RE = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")
SLOT_RE = re.compile(r"\{([a-z_0-9]+)\}")


def render(template: str, slots: dict, gender: str) -> str:
    text = GENDER_RE.sub(lambda m: m.group(1) if gender == "m" else m.group(2), template)

    def sub(m: re.Match) -> str:
        key = m.group(1)
        if key not in slots:
            raise KeyError(f"slot {key!r} missing for template {template!r}")
        return str(slots[key])

    return SLOT_RE.sub(sub, text)


def iso(ts: datetime) -> str:
    return ts.astimezone(MSK).isoformat(timespec="seconds")


# ----------------------------------------------------------------------------------------------
# the world: customers and cases
# ----------------------------------------------------------------------------------------------
@dataclass
class Customer:
    customer_id: str
    first: str
    patronymic: str
    last: str
    gender: str
    lang: str
    phone: str
    email: str
    style: str = "neat"  # neat | casual | sloppy: how they type in chats
    recurring: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def formal(self) -> str:  # how a polite Russian agent addresses them
        return f"{self.first} {self.patronymic}".strip() if self.patronymic else self.first


@dataclass
class Contact:
    night: str
    channel: str  # chat | email
    customer: Customer
    topic: str
    lang: str
    agent_id: str
    resolved: bool | None = None  # forced outcome, else drawn
    previous: Contact | None = None  # the earlier contact of the same case
    slots: dict = field(default_factory=dict)
    start: datetime | None = None
    # filled when generated
    interaction_id: str = ""
    end: datetime | None = None
    quality: float = 0.0
    outcome_resolved: bool = False


class World:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.customers: list[Customer] = []
        self.by_id: dict[str, Customer] = {}
        self.used_phones: set[str] = set()
        self.used_emails: set[str] = set()
        self.serial = 0
        for c in P.SHARED_CUSTOMERS:
            self._add(Customer(c["customer_id"], c["first"], c["patronymic"], c["last"], c["gender"], c["lang"],
                               c["phone"], c["email"], style=rng.choice(["neat", "casual", "sloppy"]), recurring=True))
        # Recurring generated customers: 28 Russian, 12 English.
        for i in range(40):
            self.new_customer("ru" if i < 28 else "en", recurring=True, cid=f"C-{3001 + i}")

    def _add(self, c: Customer) -> Customer:
        self.customers.append(c)
        self.by_id[c.customer_id] = c
        self.used_phones.add(c.phone)
        self.used_emails.add(c.email)
        return c

    def new_customer(self, lang: str, recurring: bool = False, cid: str | None = None) -> Customer:
        rng = self.rng
        self.serial += 1
        cid = cid or f"C-{5000 + self.serial}"
        gender = rng.choice("mf")
        if lang == "ru":
            first, patr = rng.choice(P.RU_MALE if gender == "m" else P.RU_FEMALE)
            last = rng.choice(P.RU_LAST)[0 if gender == "m" else 1]
            while True:
                phone = "+79" + "".join(str(rng.randrange(10)) for _ in range(9))
                if phone not in self.used_phones:
                    break
            local = rng.choice([f"{translit(first)}.{translit(last)}", f"{translit(first[0])}.{translit(last)}",
                                f"{translit(last)}{rng.randrange(60, 99)}", f"{translit(first)}{rng.randrange(1, 999)}",
                                f"{translit(first)}_{translit(last)[:4]}"])
            domain = rng.choice(P.RU_MAIL)
        else:
            first = rng.choice(P.EN_MALE if gender == "m" else P.EN_FEMALE)
            patr = ""
            last = rng.choice(P.EN_LAST)
            while True:
                kind = rng.choices(["uk", "us", "ru"], [5, 3, 2])[0]
                if kind == "uk":
                    phone = f"+447700900{rng.randrange(1000):03d}"
                elif kind == "us":
                    phone = f"+1{rng.choice(['202', '312', '415'])}5550{rng.randrange(100, 200):03d}"
                else:
                    phone = "+79" + "".join(str(rng.randrange(10)) for _ in range(9))
                if phone not in self.used_phones:
                    break
            local = rng.choice([f"{first.lower()}.{last.lower()}", f"{first[0].lower()}{last.lower()}",
                                f"{first.lower()}{rng.randrange(70, 99)}"])
            domain = rng.choice(P.EN_MAIL)
        email = f"{local}@{domain}"
        while email in self.used_emails:
            email = f"{local}{rng.randrange(2, 99)}@{domain}"
        style = rng.choices(["neat", "casual", "sloppy"], [4, 4, 2] if lang == "ru" else [5, 4, 1])[0]
        return self._add(Customer(cid, first, patr, last, gender, lang, phone, email, style, recurring))


def make_slots(c: Customer, night: str, rng: random.Random) -> dict:
    """Values a conversation refers to; kept on the case so a repeat contact mentions the same order."""
    d = date.fromisoformat(night)
    past = d - timedelta(days=rng.randint(1, 9))
    nxt = d + timedelta(days=1)
    deadline = d + timedelta(days=7)
    card = luhn_complete(rng.choice(P.CARD_BINS), rng)
    card_fmt = rng.choice([" ".join(card[i:i + 4] for i in range(0, 16, 4)), card])
    pser = f"{rng.randint(40, 46)}{rng.randint(0, 24):02d}"
    pnum = f"{rng.randint(100000, 999999)}"
    return {
        "order": f"LT-{rng.randint(4100000, 4999999)}",
        "amount": rng.choice(["450", "590", "650", "790", "890", "1 150", "1 290", "2 490", "3 990", "12 990", "24 990"]),
        "date": f"{past.day} {RU.MONTH_GEN[past.month - 1]}",
        "date_en": f"{past.day} {MONTH_EN[past.month - 1]}",
        "next_date": f"{nxt.day} {RU.MONTH_GEN[nxt.month - 1]}",
        "next_date_en": f"{nxt.day} {MONTH_EN[nxt.month - 1]}",
        "deadline": f"{deadline.day} {RU.MONTH_GEN[deadline.month - 1]}",
        "deadline_en": f"{deadline.day} {MONTH_EN[deadline.month - 1]}",
        "month_name": RU.MONTH_NAME[d.month - 1],
        "month_en": MONTH_EN[d.month - 1],
        "device": rng.choice(P.DEVICES_RU),
        "device_en": rng.choice(P.DEVICES_EN),
        "phone_model": rng.choice(P.PHONES_RU),
        "phone_model_en": rng.choice(P.PHONES_EN),
        "tariff": rng.choice(P.TARIFFS) if c.lang == "ru" else rng.choice(P.TARIFFS_EN),
        "address": f"{rng.choice(P.STREETS)}, д. {rng.randint(1, 140)}" + (f", кв. {rng.randint(1, 300)}" if rng.random() < 0.7 else ""),
        "district": rng.choice(P.DISTRICTS),
        "store": f"{rng.choice(P.STREETS)}, {rng.randint(1, 90)}",
        "card": card_fmt,
        "card4": card[-4:],
        "account": f"{rng.randint(77, 78)}{rng.randint(10000000, 99999999)}",
        "ticket": f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}",
        "serial": f"{rng.choice('ABCDEFGHJK')}{rng.randint(10**8, 10**9 - 1)}",
        "passport": rng.choice([f"{pser[:2]} {pser[2:]} {pnum}", f"{pser} {pnum}", f"серия {pser} номер {pnum}"]),
        "passport_en": rng.choice([f"{pser} {pnum}", f"{pser[:2]} {pser[2:]} {pnum}"]),
        "inn": inn12(rng),
        "snils": snils(rng),
        "email": c.email,
        "cust_full": c.full,
        "cust_first": c.first,
    }


# ----------------------------------------------------------------------------------------------
# chat style
# ----------------------------------------------------------------------------------------------
def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 2)
    kind = rng.random()
    if kind < 0.45:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind < 0.8:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def chatify(text: str, style: str, mood: str, lang: str, rng: random.Random) -> str:
    """Make a customer line look typed into a chat window."""
    if style == "neat":
        if rng.random() < 0.2:
            text = text.rstrip(".")
        return text
    if style == "casual":
        if rng.random() < 0.5 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        text = re.sub(r"\.$", "", text)
        if rng.random() < 0.06 and len(text) > 12 and sum(ch.isdigit() for ch in text) < 4:
            text = text + " " + rng.choice(BANK[lang].EMOJI_BAD if mood == "angry" else BANK[lang].EMOJI_GOOD)
        return text
    # sloppy
    text = text.lower().replace("ё", "е")
    text = re.sub(r"[.!]$", "", text)
    text = re.sub(r"[«»]", "", text)
    if rng.random() < 0.35:
        words = text.split(" ")
        cand = [k for k, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if cand:
            k = rng.choice(cand)
            words[k] = typo(words[k], rng)
            text = " ".join(words)
    if mood == "angry" and rng.random() < 0.3:
        text += rng.choice(["!!!", "!!", "?!"])
    if rng.random() < 0.05 and len(text) > 12 and sum(ch.isdigit() for ch in text) < 4:
        text = text + " " + rng.choice(BANK[lang].EMOJI_BAD if mood == "angry" else BANK[lang].EMOJI_GOOD)
    return text


# ----------------------------------------------------------------------------------------------
# one contact's script (shared by chats and emails)
# ----------------------------------------------------------------------------------------------
@dataclass
class Line:
    role: str  # customer | agent | bot | system
    text: str
    kind: str = ""  # step name, used for timing and for email assembly
    emoji_ok: bool = False


class Scripter:
    """Draws the behaviour of one contact and writes its lines."""

    def __init__(self, contact: Contact, rng: random.Random):
        self.c = contact
        self.rng = rng
        self.bank = BANK[contact.lang]
        self.topic = self.bank.TOPICS[contact.topic]
        scenarios = self.topic["scenarios"]
        self.scen = scenarios[contact.slots.get("_scenario", 0) % len(scenarios)]
        self.hour = contact.start.astimezone(MSK).hour
        self.agent = AGENTS[contact.agent_id]
        cust = contact.customer
        self.slots = dict(contact.slots)
        self.slots.update(agent=self.agent["first_name"], agent_full=self.agent["agent_name"],
                          phone_fmt=phone_formats(cust.phone, rng))
        # behaviour draws
        a = self.agent
        self.b = {k: rng.random() < a[k] for k in ("greet", "name", "clarify", "empathy", "fix", "confirm", "more", "bye")}
        self.b.update({k: rng.random() < a[k] for k in ("jargon", "blame", "rude")})
        if contact.resolved is not None:
            self.resolved = contact.resolved
            if contact.resolved and not self.b["fix"]:
                self.b["fix"] = True
            if not contact.resolved and a["resolve"] > 0.7:
                self.b["fix"] = rng.random() < 0.5  # a good agent whose fix will not hold
        else:
            self.resolved = self.b["fix"] and rng.random() < a["resolve"] / max(a["fix"], 0.01)
        base_angry = {"staff_behaviour": 0.6, "technical_problem": 0.3, "payment_charges": 0.3, "refund_return": 0.35,
                      "information_request": 0.03, "tariff_pricing": 0.2}.get(contact.topic, 0.2)
        if self.scen.get("calm"):
            base_angry = 0.03
        if contact.previous is not None:
            base_angry += 0.35
        base_angry += INCIDENTS.get(contact.night, {}).get(contact.topic, (1.0, 0.0))[1]
        r = rng.random()
        self.mood = "angry" if r < base_angry else ("annoyed" if r < base_angry + 0.3 else "calm")
        if contact.lang == "ru":
            self.name = cust.formal if (cust.patronymic and rng.random() < 0.55) else cust.first
        else:
            self.name = cust.first if rng.random() < 0.8 else f"{'Mr' if cust.gender == 'm' else 'Ms'} {cust.last}"
        self.slots["name"] = self.name
        self.threat = self.mood == "angry" and rng.random() < 0.5

    # -- text helpers ------------------------------------------------------------------------
    def say(self, role: str, options, kind: str = "") -> Line:
        if isinstance(options, list):
            fitting = [o for o in options if fits_time(o, self.hour)]
            tmpl = self.rng.choice(fitting or options)
        else:
            tmpl = options
        gender = self.c.customer.gender if role == "customer" else self.agent["gender"]
        return Line(role, render(tmpl, self.slots, gender), kind)

    def quality(self) -> float:
        b = self.b
        good = sum([b["greet"], b["name"], b["clarify"], b["fix"], b["confirm"], b["more"], b["bye"]]) / 7
        bad = 0.25 * b["rude"] + 0.15 * b["blame"] + 0.1 * b["jargon"]
        q = 0.45 * good + 0.45 * (1.0 if self.resolved else 0.0) + 0.1 - bad
        return max(0.0, min(1.0, q))

    def opening_text(self) -> str:
        parts = []
        if self.c.previous is not None:
            prev = self.c.previous
            bank = self.bank.PREV_TODAY_PREFIX if prev.night == self.c.night else self.bank.PREV_CHANNEL_PREFIX
            parts.append(render(self.rng.choice(bank[prev.channel]), self.slots, self.c.customer.gender))
            follow = self.scen["open"] if prev.channel == "call" else self.scen["repeat"]  # a call: new topic
            parts.append(self.say("customer", follow).text)
        if "_open" in self.slots:  # a story fixes the opening
            parts[-1:] = [render(self.slots["_open"], self.slots, self.c.customer.gender)]
        elif self.c.previous is None:
            parts.append(self.say("customer", self.scen["open"]).text)
        return " ".join(parts)

    def extra_pii(self) -> str | None:
        """Occasionally the customer volunteers more personal data than needed."""
        if self.rng.random() > 0.14:
            return None
        money = self.c.topic in ("payment_charges", "refund_return", "order_delivery")
        formal = self.c.topic in ("account_access", "cancellation", "refund_return", "staff_behaviour")
        if self.c.lang == "ru":
            alt = phone_formats("+79" + "".join(str(self.rng.randrange(10)) for _ in range(9)), self.rng)
            opts = [f"Если что, перезвоните на {alt}, это второй номер.", "Почта для ответа {email}."]
            if money:
                opts += ["Карта, с которой платил[|а]: {card}.", "Номер карты {card}, срок до 08/28."]
            if formal:
                opts += ["Мой паспорт {passport}, если нужно.", "СНИЛС {snils}, вдруг понадобится."]
            if self.c.topic in ("refund_return", "cancellation"):
                opts += ["ИНН {inn}, если нужно для возврата."]
        else:
            opts = ["You can also reach me at {email}.", f"You can also call me on {phone_formats(self.c.customer.phone, self.rng)}."]
            if money:
                opts += ["The card I paid with is {card}."]
            if formal:
                opts += ["My passport number is {passport_en} if you need it."]
        return render(self.rng.choice(opts), self.slots, self.c.customer.gender)

    # -- the agent's answer to the problem ---------------------------------------------------
    def agent_solution(self) -> list[Line]:
        out = []
        if self.b["fix"]:
            out.append(self.say("agent", self.scen["fix"], "fix"))
        elif self.agent["fix"] >= 0.8 and not (self.b["jargon"] or self.b["blame"]):
            out.append(self.say("agent", self.bank.AG_SOFT_NOFIX, "fix_soft"))
        else:
            pool = list(self.topic["fix_poor"])
            if self.b["jargon"]:
                out.append(self.say("agent", self.bank.AG_JARGON, "jargon"))
            if self.b["blame"]:
                out.append(self.say("agent", self.bank.AG_BLAME, "blame"))
            out.append(self.say("agent", pool, "fix_poor"))
        return out


# ----------------------------------------------------------------------------------------------
# chats
# ----------------------------------------------------------------------------------------------
def build_chat(contact: Contact, rng: random.Random, source: str) -> list[dict]:
    s = Scripter(contact, rng)
    cust, agent, bank = contact.customer, s.agent, s.bank
    lines: list[tuple[str, str, str, float]] = []  # role, text, kind, delay-before (s)

    def cust_say(text: str, delay: float, kind: str = "customer"):
        lines.append(("customer", chatify(text, cust.style, s.mood, contact.lang, rng), kind, delay))

    def typed_delay(text: str, lo: float = 8, per_char: float = 0.25) -> float:
        return lo + len(text) * per_char * rng.uniform(0.6, 1.6)

    has_bot = source in ("web", "tg") or (source == "app" and rng.random() < 0.3)
    opening = s.opening_text()
    first_resp = rng.uniform(*agent["first_resp"])
    if s.b["greet"] is False and agent["first_resp"][1] > 1000:
        first_resp *= rng.uniform(1.0, 1.3)
    if has_bot:
        lines.append(("bot", s.say("bot", bank.BOT_OPEN).text, "bot", 0))
        if rng.random() < 0.5:
            cust_say(rng.choice(s.topic["bot_intent"]), rng.uniform(6, 40))
            if rng.random() < 0.6:
                lines.append(("bot", s.say("bot", bank.BOT_ASK_PHONE).text, "bot", rng.uniform(1, 3)))
                cust_say(s.slots["phone_fmt"], rng.uniform(8, 30))
            handoff = render(rng.choice(bank.BOT_HANDOFF), {"wait_min": max(1, round(first_resp / 60))}, agent["gender"])
            lines.append(("bot", handoff, "bot", rng.uniform(1, 3)))
            cust_say(opening, typed_delay(opening))
        else:
            cust_say(opening, rng.uniform(15, 60))
            handoff = render(rng.choice(bank.BOT_HANDOFF), {"wait_min": max(1, round(first_resp / 60))}, agent["gender"])
            lines.append(("bot", handoff, "bot", rng.uniform(2, 5)))
    else:
        if rng.random() < 0.3:
            cust_say(s.say("customer", bank.CUST_HELLO).text, 0)
            cust_say(opening, typed_delay(opening, 5))
        else:
            sentences = re.split(r"(?<=[.!?]) ", opening)
            if len(sentences) > 1 and cust.style != "neat" and rng.random() < 0.5:
                cust_say(sentences[0], 0)
                cust_say(" ".join(sentences[1:]), typed_delay(" ".join(sentences[1:]), 4, 0.2))
            else:
                cust_say(opening, 0)

    # abandoned: slow agent, impatient customer
    if first_resp > 900 and rng.random() < 0.35 and not contact.slots.get("_story"):
        cust_say(rng.choice(bank.CUST_WAITING), rng.uniform(300, 600))
        if rng.random() < 0.5:
            cust_say(rng.choice(bank.CUST_WAITING), rng.uniform(240, 400))
        lines.append(("system", rng.choice(bank.SYS_CLOSED_CUSTOMER), "closed", rng.uniform(60, 300)))
        contact.outcome_resolved = False
        s.resolved = False
        s.b = {k: False for k in s.b}
        return finish_chat(contact, s, lines, rng, abandoned=True)
    if first_resp > 420 and rng.random() < 0.6:
        cust_say(rng.choice(bank.CUST_WAITING), first_resp * rng.uniform(0.5, 0.8))
        first_resp *= rng.uniform(0.3, 0.5)

    lines.append(("system", s.say("system", bank.SYS_JOIN).text, "join", first_resp))

    # greeting
    if s.b["greet"]:
        hello = s.say("agent", bank.AG_HELLO if s.b["name"] else bank.AG_HELLO_NONAME).text
        intro = s.say("agent", bank.AG_INTRO).text
        parts = [hello, intro]
        if first_resp > 240:
            parts.append(s.say("agent", bank.AG_THANKS_WAIT).text)
        if contact.previous is not None and agent["style"].startswith(("excellent", "good")):
            parts.append(s.say("agent", bank.AG_FOLLOWUP_GOOD).text)
        greet = " ".join(parts)
        if agent.get("emoji") and rng.random() < agent["emoji"]:
            greet += " 🙂"
        lines.append(("agent", greet, "greet", rng.uniform(3, 8)))
    elif agent["greet"] < 0.7 and rng.random() < 0.6:  # careless agents open curtly; good ones just get to work
        lines.append(("agent", s.say("agent", bank.AG_HELLO_POOR).text, "greet_poor", rng.uniform(3, 8)))

    # clarifying question
    if s.b["clarify"] and s.scen["qa"]:
        ask, answers = rng.choice(s.scen["qa"])
        q = s.say("agent", ask).text
        lines.append(("agent", q, "clarify", typed_delay(q, 5, 0.1)))
        a = s.say("customer", [s.slots["_answer"]] if "_answer" in s.slots else answers).text
        cust_say(a, typed_delay(a, 10))
        pii = s.extra_pii()
        if pii:
            cust_say(pii, typed_delay(pii, 4))
    elif rng.random() < 0.4:
        ask_id = bank.AG_ASK_POOR if agent["greet"] < 0.7 else bank.AG_ASK_ID_POLITE
        lines.append(("agent", s.say("agent", ask_id).text, "ask_poor", rng.uniform(10, 40)))
        cust_say(s.say("customer", bank.CUST_ID_ANSWER).text, rng.uniform(10, 30))

    # upset customer
    if s.mood == "angry":
        ang = s.say("customer", s.topic["angry"] + bank.CUST_ANGRY).text
        cust_say(ang, typed_delay(ang, 5))
        if s.b["empathy"]:
            lines.append(("agent", s.say("agent", bank.AG_EMPATHY).text, "empathy", rng.uniform(15, 50)))
        elif s.b["rude"]:
            lines.append(("agent", s.say("agent", bank.AG_RUDE).text, "rude", rng.uniform(20, 90)))
    elif s.mood == "annoyed" and s.b["empathy"] and rng.random() < 0.5:
        lines.append(("agent", s.say("agent", bank.AG_EMPATHY).text, "empathy", rng.uniform(10, 30)))

    if s.b["fix"] or rng.random() < 0.5:
        lines.append(("agent", s.say("agent", bank.AG_HOLD).text, "hold", rng.uniform(5, 20)))
    sol = s.agent_solution()
    for i, ln in enumerate(sol):
        lines.append(("agent", ln.text, ln.kind, rng.uniform(60, 240) if i == 0 else rng.uniform(5, 20)))

    # customer reaction
    if s.resolved:
        if sol[-1].text.rstrip().endswith("?"):
            cust_say(s.say("customer", bank.CUST_AGREE).text, rng.uniform(10, 40))
            lines.append(("agent", s.say("agent", bank.AG_DONE).text, "done", rng.uniform(30, 90)))
        elif "подожду" in sol[-1].text or "I'll wait" in sol[-1].text:
            cust_say(s.say("customer", bank.CUST_WORKED).text, rng.uniform(40, 120))
        else:
            thanks = [x for x in bank.CUST_THANKS if contact.topic in ("technical_problem", "account_access")
                      or not ("заработ" in x or "working" in x)]
            cust_say(rng.choice(thanks if rng.random() < 0.6 else bank.CUST_OK), rng.uniform(10, 60))
    else:
        t = s.say("customer", bank.CUST_UNSATISFIED).text
        cust_say(t, typed_delay(t, 5))
        if s.b["rude"] and not s.b["fix"]:
            lines.append(("agent", s.say("agent", bank.AG_RUDE).text, "rude", rng.uniform(20, 80)))
        elif s.b["blame"] and not any(k == "blame" for _, _, k, _ in lines):
            lines.append(("agent", s.say("agent", bank.AG_BLAME).text, "blame", rng.uniform(20, 80)))
        elif s.b["fix"]:
            extra = ("Я понимаю. Я поставил[|а] заявку на контроль и лично проверю статус завтра." if contact.lang == "ru"
                     else "I understand. I've flagged the case and will personally check on it tomorrow.")
            lines.append(("agent", render(extra, s.slots, agent["gender"]), "followup", rng.uniform(20, 60)))
        if s.mood == "angry" or (s.threat and rng.random() < 0.7):
            th = s.say("customer", bank.CUST_THREAT).text
            cust_say(th, typed_delay(th, 3))
            if s.b["empathy"] and s.b["fix"]:
                lines.append(("agent", s.say("agent", bank.AG_MANAGER_GOOD).text, "manager", rng.uniform(30, 90)))
            elif rng.random() < 0.5 and not (s.b["more"] or s.b["bye"]):
                lines.append(("agent", s.say("agent", bank.AG_BYE_POOR).text, "bye_poor", rng.uniform(20, 60)))

    # closing
    if s.b["confirm"] and s.resolved:
        lines.append(("agent", s.say("agent", bank.AG_CONFIRM).text, "confirm", rng.uniform(10, 30)))
        cust_say(rng.choice(bank.CUST_CONFIRM_YES), rng.uniform(15, 120))
    if s.b["more"]:
        lines.append(("agent", s.say("agent", bank.AG_MORE_HELP).text, "more", rng.uniform(5, 20)))
        cust_say(rng.choice(bank.CUST_MORE_NO if s.resolved else bank.CUST_MORE_NO_UNHAPPY), rng.uniform(8, 40))
    if s.b["bye"]:
        byes = [b for b in bank.AG_BYE if s.resolved or not ("помочь" in b or "Glad" in b)]
        bye = s.say("agent", byes).text
        if agent.get("emoji") and rng.random() < agent["emoji"]:
            bye += " 😊"
        lines.append(("agent", bye, "bye", rng.uniform(5, 20)))
        if rng.random() < 0.35:
            cust_say(rng.choice(bank.CUST_BYE if s.resolved else bank.CUST_OK), rng.uniform(5, 30))
    elif s.resolved and rng.random() < 0.3:
        lines.append(("agent", s.say("agent", bank.AG_BYE_POOR).text, "bye_poor", rng.uniform(5, 20)))
    if s.b["bye"] or s.b["more"]:
        closing = rng.choice(bank.SYS_CLOSED_AGENT)
    else:
        closing = rng.choice(bank.SYS_CLOSED_CUSTOMER + bank.SYS_CLOSED_TIMEOUT)
    lines.append(("system", closing, "closed", rng.uniform(20, 120) if "15" not in closing else 900))
    return finish_chat(contact, s, lines, rng)


def finish_chat(contact: Contact, s: Scripter, lines, rng: random.Random, abandoned: bool = False) -> list[dict]:
    cust = contact.customer
    ts = contact.start
    out = []
    src = contact.slots["_source"]
    visitor = "visitor-" + hashlib.sha1(f"{cust.customer_id}{contact.night}{src}".encode()).hexdigest()[:8]
    for role, text, _kind, delay in lines:
        ts = ts + timedelta(seconds=round(delay))
        if role == "customer":
            author = cust.customer_id if src == "app" else (visitor if src == "web" else f"tg-{abs(hash_int(cust.phone)) % 10**9}")
        elif role == "agent":
            author = contact.agent_id
        elif role == "bot":
            author = "bot-lada"
        else:
            author = "system"
        out.append({"conversation_id": contact.interaction_id, "timestamp": iso(ts), "author_role": role,
                    "author_id": author, "text": text})
    contact.end = ts
    contact.outcome_resolved = bool(s.resolved) and not abandoned
    contact.quality = 0.05 if abandoned else s.quality()
    # metadata on the first line of the conversation
    meta = {"queue": s.topic["queue"], "customer_id": "", "customer_phone": "", "customer_email": "",
            "customer_name": "", "agent_name": "" if abandoned else s.agent["agent_name"]}
    if src == "app":
        meta.update(customer_id=cust.customer_id, customer_phone=cust.phone, customer_name=cust.full)
    elif src == "web":  # pre-chat form: what the visitor typed
        if rng.random() < 0.7:
            meta["customer_phone"] = phone_formats(cust.phone, rng)
        if rng.random() < 0.6 or not meta["customer_phone"]:
            meta["customer_email"] = cust.email.upper() if rng.random() < 0.05 else cust.email
        meta["customer_name"] = cust.first if rng.random() < 0.6 else cust.full
        if cust.recurring and rng.random() < 0.4:
            meta["customer_id"] = cust.customer_id
    else:  # telegram: phone shared by the messenger
        meta.update(customer_phone=cust.phone.lstrip("+"), customer_name=cust.first)
    out[0].update(meta)
    return out


def hash_int(s: str) -> int:
    return int(hashlib.sha1(s.encode()).hexdigest()[:12], 16)


# ----------------------------------------------------------------------------------------------
# emails
# ----------------------------------------------------------------------------------------------
@dataclass
class Mail:
    from_name: str
    from_addr: str
    to_name: str
    to_addr: str
    date: datetime
    subject: str
    body: str
    message_id: str
    in_reply_to: str | None
    references: list[str]
    role: str  # customer | agent | auto
    charset: str = "utf-8"
    cte: str = "8bit"
    form: str = "plain"  # plain | html | alternative
    headers: dict = field(default_factory=dict)
    tz: timezone = MSK


def quote_block(prev: Mail, style: str, lang: str) -> str:
    d = prev.date.astimezone(prev.tz)
    if style == "outlook":
        hdr = ("-----Original Message-----\n" if lang == "en" or prev.role != "agent" else "-----Original Message-----\n")
        hdr += (f"From: {prev.from_name} <{prev.from_addr}>\nSent: {format_datetime(d)}\n"
                f"To: {prev.to_addr}\nSubject: {prev.subject}\n\n")
        return hdr + prev.body
    fields = dict(dow_ru=RU.DOW[d.weekday()], dow_short_ru=RU.DOW_SHORT[d.weekday()], day=d.day,
                  month_gen=RU.MONTH_GEN[d.month - 1], month_short_ru=RU.MONTH_SHORT[d.month - 1], year=d.year,
                  hhmm=d.strftime("%H:%M"), d2=f"{d.day:02d}", m2=f"{d.month:02d}", from_name=prev.from_name,
                  from_addr=prev.from_addr, dow_en=d.strftime("%a"), month_en_short=d.strftime("%b"))
    bank = BANK[lang]
    header = bank.EM_QUOTE_HEADERS[style].format(**fields)
    quoted = "\n".join((">" + ln if ln.startswith(">") else "> " + ln) if ln else ">" for ln in prev.body.split("\n"))
    return header + "\n" + quoted


def build_email_thread(contact: Contact, rng: random.Random) -> list[Mail]:
    s = Scripter(contact, rng)
    cust, agent, bank, lang = contact.customer, s.agent, s.bank, contact.lang
    cg = cust.gender
    ag_addr = f"{agent['email']}@{AGENT_DOMAIN}"
    company_name = "Ладога Телеком" if lang == "ru" else "Ladoga Telecom Support"
    cust_domain = cust.email.split("@")[1]
    # customer mail client decides quoting style and charset
    if lang == "ru":
        client = rng.choices(["mailru", "gmail", "yandex", "outlook"], [4, 3, 3, 2])[0]
        charset = rng.choices(["utf-8", "windows-1251", "koi8-r"], [75, 17, 8])[0]
    else:
        client = rng.choices(["gmail", "iphone", "outlook"], [5, 3, 2])[0]
        charset = "utf-8"
    cust_form = "html" if rng.random() < 0.08 else ("alternative" if client in ("gmail", "outlook") and rng.random() < 0.4 else "plain")
    cust_tz = MSK if lang == "ru" or rng.random() < 0.6 else timezone.utc

    def cust_cte() -> str:
        if charset != "utf-8":
            return rng.choice(["quoted-printable", "base64"])
        return rng.choices(["8bit", "quoted-printable", "base64"], [5, 3, 2])[0]

    def mid(domain: str, t: datetime) -> str:
        token = hashlib.sha1(f"{contact.interaction_id}{t.isoformat()}{domain}{rng.random()}".encode()).hexdigest()
        if domain == "ladoga-telecom.ru":
            return f"<crm.{token[:6]}.{token[6:12]}.{token[12:16]}@ladoga-telecom.ru>"
        # what the customer's mail service would write; short digit runs only, so that no id looks
        # like a phone or a card number to a PII scanner
        if cust_domain in ("mail.ru", "bk.ru", "list.ru", "inbox.ru"):
            return f"<{int(t.timestamp())}.{int(token[:8], 16) % 10**9}@f{int(token[8:11], 16) % 900 + 100}.i.mail.ru>"
        if cust_domain == "gmail.com":
            alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
            return "<CA" + "".join(alphabet[int(token[k:k + 2], 16) % 64] for k in range(0, 40, 2)) + "@mail.gmail.com>"
        return f"<{token[:6]}.{token[6:12]}.{token[12:18]}@{cust_domain}>"

    mails: list[Mail] = []
    t = contact.start
    subject = render(rng.choice(s.scen["subjects"]), s.slots, cg)

    def cust_mail(body: str, t: datetime) -> Mail:
        prev = mails[-1] if mails else None
        refs = (prev.references + [prev.message_id]) if prev else []
        subj = subject if not prev else (("RE: " if client == "outlook" else "Re: ") + subject)
        if prev:
            style = client if client in bank.EM_QUOTE_HEADERS or client == "outlook" else "gmail"
            body = body + "\n\n" + quote_block(prev, style, lang)
        if charset != "utf-8":
            body = legacy_safe(body, charset)
        return Mail(cust.full, cust.email, company_name, SUPPORT_ADDR, t, subj, body, mid(cust_domain, t),
                    prev.message_id if prev else None, refs, "customer", charset, cust_cte(), cust_form, tz=cust_tz)

    def agent_mail(body: str, t: datetime, poor: bool) -> Mail:
        prev = next(m for m in reversed(mails) if m.role == "customer")
        refs = prev.references + [prev.message_id]
        body = body + "\n\n" + quote_block(prev, "crm", lang)
        form = "alternative" if rng.random() < 0.5 else "plain"
        # short display names: long non-ASCII names get folded mid-word, which some parsers mangle
        if rng.random() < 0.6:
            from_name, addr = agent["agent_name"], ag_addr
        else:
            from_name, addr = (company_name if lang == "ru" else "Ladoga Telecom"), SUPPORT_ADDR
        hdrs = {"X-Agent-Id": contact.agent_id, "X-Queue": s.topic["queue"]}
        if rng.random() < 0.8:
            hdrs["X-Customer-Id"] = cust.customer_id
        return Mail(from_name, addr, cust.full, cust.email, t, "Re: " + subject, body, mid("ladoga-telecom.ru", t),
                    prev.message_id, refs, "agent", "utf-8", rng.choice(["quoted-printable", "base64", "8bit"]), form,
                    hdrs)

    def cust_sign(body: str) -> str:
        sign = render(rng.choice(bank.EM_CUST_SIGNOFF), s.slots, cg)
        dev = rng.choice(bank.EM_CLIENT_SIG) if client in ("mailru", "yandex", "iphone", "gmail") else ""
        if client == "mailru" and lang == "ru":
            dev = rng.choice(["Отправлено из мобильной Почты Mail.ru", ""])
        if client == "iphone":
            dev = "Sent from my iPhone" if lang == "en" else "Отправлено с iPhone"
        return body + "\n\n" + sign + (f"\n\n{dev}" if dev else "")

    # 1. the customer's first message
    greet = s.say("customer", bank.EM_CUST_GREET).text
    body = s.opening_text()
    detail_line = ""
    id_slots = ("{phone_fmt}", "{account}", "{order}", "{card}", "{card4}", "{passport}", "{passport_en}")
    with_data = [a for _, answers in s.scen["qa"] for a in answers if any(k in a for k in id_slots)]
    if with_data and rng.random() < 0.6:
        details = render(rng.choice(with_data), s.slots, cg).rstrip(".")
        detail_line = (f"Мои данные: {details}." if lang == "ru" else f"My details: {details}.")
    pii = s.extra_pii()
    angry = render(rng.choice(s.topic["angry"]), s.slots, cg) if s.mood == "angry" else ""
    threat = render(rng.choice(bank.CUST_THREAT), s.slots, cg) if s.threat else ""
    paras = [p for p in [greet, body, " ".join(x for x in [detail_line, pii or ""] if x), " ".join(x for x in [angry, threat] if x),
                         render(rng.choice(bank.EM_CUST_ASK), s.slots, cg)] if p]
    mails.append(cust_mail(cust_sign("\n\n".join(paras)), t))

    # optional auto-reply
    if rng.random() < 0.3:
        t_auto = t + timedelta(seconds=rng.randint(5, 60))
        auto = Mail(company_name, "noreply@ladoga-telecom.ru", cust.full, cust.email, t_auto,
                    ("Ваше обращение зарегистрировано: " if lang == "ru" else "Request received: ") + subject,
                    render(bank.EM_AUTOREPLY, s.slots, "f"), mid("ladoga-telecom.ru", t_auto), mails[0].message_id,
                    [mails[0].message_id], "auto", "utf-8", "quoted-printable", "plain",
                    {"Auto-Submitted": "auto-replied", "X-Queue": s.topic["queue"]})
        mails.append(auto)

    # 2. agent reply
    slow = agent["first_resp"][1] > 1000
    delay = rng.uniform(3 * 3600, 9 * 3600) if slow else rng.uniform(20 * 60, 3 * 3600)
    t = t + timedelta(seconds=delay)
    t = min(t, datetime.fromisoformat(contact.night + "T21:45:00+03:00") + timedelta(seconds=rng.randint(0, 600)))
    if t <= mails[-1].date:
        t = mails[-1].date + timedelta(minutes=rng.randint(20, 60))
    t = working_hours(t, rng)
    poor = not s.b["fix"]
    parts = []
    s.hour = t.astimezone(MSK).hour
    if s.b["greet"]:
        parts.append(s.say("agent", bank.EM_AG_GREET if s.b["name"] else bank.AG_HELLO_NONAME).text)
        parts.append(" ".join([render(rng.choice(bank.EM_AG_THANKS), s.slots, agent["gender"]),
                               render(rng.choice(bank.AG_INTRO), s.slots, agent["gender"])]))
    elif rng.random() < 0.5:
        parts.append(s.say("agent", ["Здравствуйте.", "Добрый день."] if lang == "ru" else ["Hello.", "Hi."]).text)
    if contact.previous is not None and s.b["greet"] and s.b["empathy"]:
        parts.append(render(rng.choice(bank.AG_FOLLOWUP_GOOD), s.slots, agent["gender"]))
    if s.mood != "calm" and s.b["empathy"]:
        parts.append(render(rng.choice(bank.AG_EMPATHY), s.slots, agent["gender"]))
    elif s.mood == "angry" and s.b["rude"]:
        parts.append(render(rng.choice(bank.AG_RUDE), s.slots, agent["gender"]))
    parts.append(" ".join(ln.text for ln in s.agent_solution()))
    if s.b["more"]:
        parts.append(render(rng.choice(bank.EM_AG_MORE), s.slots, agent["gender"]))
    if s.b["bye"]:
        parts.append(render(bank.EM_AG_SIGN, s.slots, agent["gender"]))
    else:
        sig = rng.choice(bank.EM_AG_SIGN_POOR)
        if sig:
            parts.append(sig)
    mails.append(agent_mail("\n\n".join(parts), t, poor))

    # 3. customer's answer (optional) and the rest of the thread
    n_more = rng.choices([0, 1, 2, 3], [35, 35, 20, 10])[0]
    resolved = s.resolved
    day_end = datetime.fromisoformat(contact.night + "T23:50:00+03:00")
    for k in range(n_more):
        t = t + timedelta(seconds=rng.uniform(15 * 60, 4 * 3600))
        if k % 2 == 1:
            t = working_hours(t, rng)
        if t > day_end:
            break
        if k % 2 == 0:  # customer
            if resolved:
                txt = render(rng.choice(bank.EM_CUST_THANKS), s.slots, cg)
            else:
                txt = render(rng.choice(bank.EM_CUST_NOT_SOLVED), s.slots, cg)
                if s.mood == "angry" or rng.random() < 0.4:
                    txt += " " + render(rng.choice(bank.CUST_THREAT), s.slots, cg)
            mails.append(cust_mail(cust_sign(txt), t))
            if resolved:
                break
        else:  # agent again
            if s.b["fix"]:
                said = mails[-2].body if len(mails) >= 2 else ""
                fresh = [f for f in s.scen["fix"] if render(f, s.slots, agent["gender"])[:60] not in said]
                txt = render(rng.choice(fresh or bank.AG_MANAGER_GOOD), s.slots, agent["gender"])
                if s.b["empathy"]:
                    txt = render(rng.choice(bank.AG_EMPATHY), s.slots, agent["gender"]) + " " + txt
                body = "\n\n".join([render(rng.choice(bank.EM_AG_GREET), s.slots, agent["gender"]), txt,
                                    render(bank.EM_AG_SIGN, s.slots, agent["gender"])])
                resolved = rng.random() < 0.7
            else:
                pool = (bank.AG_BLAME if s.b["blame"] else []) + (bank.AG_RUDE if s.b["rude"] else []) + \
                    (bank.AG_JARGON if s.b["jargon"] else [])
                lead = [render(rng.choice(pool), s.slots, agent["gender"])] if pool else []
                body = " ".join(lead + [render(rng.choice(s.topic["fix_poor"]), s.slots, agent["gender"])])
            mails.append(agent_mail(body, t, not s.b["fix"]))
    s.resolved = resolved
    contact.end = mails[-1].date
    contact.outcome_resolved = bool(resolved)
    contact.quality = s.quality()
    contact.interaction_id = mails[0].message_id.strip("<>")
    return mails


LEGACY_MAP = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "—": "-", "–": "-", "…": "...",
                            "₽": "руб.", "→": "->", "№": "N"})


def legacy_safe(text: str, charset: str) -> str:
    """What an old mail client in a one-byte charset can actually send."""
    text = text.translate(LEGACY_MAP)
    return text.encode(charset, errors="replace").decode(charset)


def text_to_html(text: str) -> str:
    out, quote_depth = [], 0
    for ln in text.split("\n"):
        depth = len(ln) - len(ln.lstrip(">"))
        content = ln.lstrip(">").lstrip(" ")
        while quote_depth < depth:
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">")
            quote_depth += 1
        while quote_depth > depth:
            out.append("</blockquote>")
            quote_depth -= 1
        esc = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(f"<div>{esc or '<br>'}</div>")
    out.extend(["</blockquote>"] * quote_depth)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "\n".join(out) + "</body></html>")


def set_thread_headers(msg, m: Mail, date_hdr: str) -> None:
    """Date, Message-ID, the reply chain and any extra headers (X-Agent-Id, X-Queue...)."""
    msg["Date"] = date_hdr
    msg["Message-ID"] = m.message_id
    if m.in_reply_to:
        msg["In-Reply-To"] = m.in_reply_to
        msg["References"] = " ".join(m.references)
    for k, v in m.headers.items():
        msg[k] = v


def encode_mail(m: Mail, boundary_seed: str) -> bytes:
    boundary = "----=_Part_" + hashlib.sha1(boundary_seed.encode()).hexdigest()[:24]
    date_hdr = format_datetime(m.date.astimezone(m.tz))
    if m.charset != "utf-8":
        # legacy charsets through the compat32 API; headers encoded in the same charset
        cs = email_charset.Charset(m.charset)
        cs.body_encoding = email_charset.BASE64 if m.cte == "base64" else email_charset.QP
        html = m.form == "html"
        msg = MIMENonMultipart("text", "html" if html else "plain")
        msg["From"] = formataddr((m.from_name, m.from_addr), charset=m.charset)
        msg["To"] = formataddr((m.to_name, m.to_addr), charset=m.charset)
        msg["Subject"] = Header(legacy_safe(m.subject, m.charset), m.charset)
        set_thread_headers(msg, m, date_hdr)
        body = legacy_safe(m.body, m.charset)
        payload = text_to_html(body).replace("charset=utf-8", f"charset={m.charset}") if html else body
        msg.set_payload(payload, cs)
        return msg.as_bytes()

    msg = EmailMessage()
    msg["From"] = formataddr((m.from_name, m.from_addr))
    msg["To"] = formataddr((m.to_name, m.to_addr))
    msg["Subject"] = m.subject
    set_thread_headers(msg, m, date_hdr)
    cte = m.cte
    if m.form == "html":
        msg.set_content(text_to_html(m.body), subtype="html", charset="utf-8", cte=cte if cte != "8bit" else "quoted-printable")
    elif m.form == "alternative":
        msg.set_content(m.body, charset="utf-8", cte=cte)
        msg.add_alternative(text_to_html(m.body), subtype="html", charset="utf-8", cte="quoted-printable")
        msg.set_boundary(boundary)
    else:
        msg.set_content(m.body, charset="utf-8", cte=cte)
    return msg.as_bytes()


# ----------------------------------------------------------------------------------------------
# planning the nights
# ----------------------------------------------------------------------------------------------
def pick_topic(rng: random.Random, night: str) -> str:
    incident = INCIDENTS.get(night, {})
    weights = [w * incident.get(t, (1.0, 0.0))[0] for t, w in TOPIC_WEIGHTS.items()]
    return rng.choices(list(TOPIC_WEIGHTS), weights)[0]


def pick_agent(lang: str, rng: random.Random) -> str:
    if lang == "en":
        return rng.choices(["A-201", "A-202", "A-203"], [4, 4, 3])[0]
    return rng.choices(["A-101", "A-102", "A-103", "A-104", "A-105", "A-106", "A-107"], [5, 5, 4, 4, 4, 4, 4])[0]


def start_time(night: str, channel: str, rng: random.Random) -> datetime:
    # contact-centre day: peaks late morning and early evening
    if channel == "chat":
        hour = rng.choices(range(8, 23), [2, 5, 8, 9, 8, 7, 6, 6, 6, 7, 8, 8, 6, 4, 2])[0]
    else:
        hour = rng.choices(range(0, 22), [1, 1, 0, 0, 0, 0, 1, 3, 6, 8, 8, 7, 7, 6, 6, 5, 5, 4, 4, 3, 2, 1])[0]
    return datetime.fromisoformat(night + "T00:00:00+03:00") + timedelta(hours=hour, seconds=rng.randrange(3600))


def plan(world: World, rng: random.Random) -> dict[str, list[Contact]]:
    nights = list(NIGHTS)
    contacts: dict[str, list[Contact]] = {n: [] for n in nights}
    cases: dict[tuple[str, str], dict] = {}

    def case_slots(c: Customer, topic: str, night: str) -> dict:
        key = (c.customer_id, topic)
        if key not in cases:
            cases[key] = make_slots(c, night, rng)
            cases[key]["_scenario"] = rng.randrange(12)
        return cases[key]

    last_contact: dict[tuple[str, str], Contact] = {}
    # shared customers follow fixed stories
    story_items = []
    for cid, story in P.SHARED_STORIES.items():
        for night, channel, topic, resolved, agent, hhmm, outside in story:
            story_items.append((night, cid, channel, topic, resolved, agent, hhmm, outside))
            if (cid, topic) in P.STORY_SLOTS and (cid, topic) not in cases:
                cases[(cid, topic)] = dict(make_slots(world.by_id[cid], night, rng), **P.STORY_SLOTS[(cid, topic)])
    recurring = [c for c in world.customers if c.recurring and not c.customer_id.startswith(("C-1", "C-2"))]
    for night in nights:
        n_chat, n_mail = NIGHTS[night]
        todo: list[Contact] = []
        for sn, cid, channel, topic, resolved, agent, hhmm, outside in story_items:
            if sn == night:
                c = world.by_id[cid]
                prev = last_contact.get((cid, topic))
                if outside:  # the previous contact is a call in the call-audio data
                    prev = Contact(night, outside, c, topic, c.lang, agent)
                todo.append(Contact(night, channel, c, topic, c.lang, agent, resolved, prev,
                                    dict(case_slots(c, topic, night), _story=True, _time=hhmm)))
        # follow-ups of unresolved earlier contacts (generated recurring customers)
        for (cid, topic), prev in sorted(last_contact.items()):
            if cid.startswith(("C-1", "C-2")) or prev.outcome_resolved or prev.night == night:
                continue
            if rng.random() < 0.65:
                c = world.by_id[cid]
                ch = rng.choice(["chat", "chat", "email"])
                todo.append(Contact(night, ch, c, topic, c.lang, pick_agent(c.lang, rng), None, prev,
                                    case_slots(c, topic, night)))
        # recurring customers with a new contact
        share = 0.35 if night != "2026-11-20" else 0.3
        for c in recurring:
            if rng.random() < share and not any(t.customer is c for t in todo):
                topic = pick_topic(rng, night)
                ch = rng.choice(["chat", "chat", "email"])
                todo.append(Contact(night, ch, c, topic, c.lang, pick_agent(c.lang, rng), None,
                                    last_contact.get((c.customer_id, topic)), case_slots(c, topic, night)))
        # fill with one-off customers to the target counts, steering the language split to ~70/30
        for channel, target in (("chat", n_chat), ("email", n_mail)):
            have = [t for t in todo if t.channel == channel]
            while len(have) < target:
                en_share = sum(t.lang == "en" for t in have) / max(len(have), 1)
                lang = "en" if en_share < 0.3 and rng.random() < 0.6 else "ru"
                c = world.new_customer(lang)
                topic = pick_topic(rng, night)
                t = Contact(night, channel, c, topic, lang, pick_agent(lang, rng), None, None, case_slots(c, topic, night))
                todo.append(t)
                have.append(t)
        # times: a follow-up comes after its predecessor
        for t in todo:
            t.start = start_time(night, t.channel, rng)
        by_customer: dict[str, list[Contact]] = {}
        for t in todo:
            by_customer.setdefault(t.customer.customer_id, []).append(t)
        for lst in by_customer.values():  # insertion order = story order
            if any(t.slots.get("_time") for t in lst):
                for t in lst:
                    if t.slots.get("_time"):
                        t.start = datetime.fromisoformat(f"{night}T{t.slots['_time']}:00+03:00") + timedelta(
                            seconds=rng.randrange(50))
                continue
            if len(lst) > 1:
                t0 = datetime.fromisoformat(night + "T08:30:00+03:00") + timedelta(seconds=rng.randrange(5 * 3600))
                for k, t in enumerate(lst):
                    if k:
                        t0 = t0 + timedelta(seconds=rng.randrange(90 * 60, 4 * 3600))
                    t.start = t0
            for a, b in zip(lst, lst[1:]):
                if b.previous is None and b.topic == a.topic:
                    b.previous = a
        if night == max(NIGHTS):  # the main day: some customers come back the same day, often elsewhere
            morning = [t for t in todo if t.customer.recurring and not t.customer.customer_id.startswith(("C-1", "C-2"))
                       and t.start.hour < 14 and len(by_customer[t.customer.customer_id]) == 1]
            for t in rng.sample(morning, min(12, len(morning))):
                t.resolved = False
                ch = rng.choice(["chat", "email", "email"] if t.channel == "chat" else ["chat", "chat", "email"])
                again = Contact(night, ch, t.customer, t.topic, t.lang, pick_agent(t.lang, rng), None, t, t.slots)
                again.start = t.start + timedelta(seconds=rng.randrange(2 * 3600, 6 * 3600))
                todo.append(again)
        todo.sort(key=lambda x: (x.start, x.customer.customer_id))
        contacts[night] = todo
        # generate now, so that outcomes drive the next night's follow-ups
        yield night, todo
        for t in todo:
            last_contact[(t.customer.customer_id, t.topic)] = t


# ----------------------------------------------------------------------------------------------
# writing a night
# ----------------------------------------------------------------------------------------------
def chat_source(contact: Contact, rng: random.Random) -> str:
    if contact.lang == "en":
        return rng.choice(["web", "app"])
    return rng.choices(["web", "app", "tg"], [5, 4, 2])[0]


def write_csv(path: Path, rows: list[dict], fields: list[str], encoding: str = "utf-8", bom: bool = False) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore", lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k, "") for k in fields})
    text = buf.getvalue()
    if encoding != "utf-8":
        text = legacy_safe(text, encoding)
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


def jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def mbox_bytes(items: list[tuple[Mail, bytes]]) -> bytes:
    out = bytearray()
    for m, raw in items:
        d = m.date.astimezone(timezone.utc)
        out += f"From {m.from_addr} {d.strftime('%a %b %d %H:%M:%S %Y')}\n".encode()
        for ln in raw.split(b"\n"):
            if re.match(rb"^>*From ", ln):
                ln = b">" + ln
            out += ln + b"\n"
        out += b"\n"
    return bytes(out)


def write_night(night: str, contacts: list[Contact], out_dir: Path, rng: random.Random, world: World) -> dict:
    nd = out_dir / night
    chats_dir, mail_dir, surv_dir = nd / "chats", nd / "emails", nd / "surveys"
    for d in (chats_dir, mail_dir, surv_dir):
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            if f.is_file():
                f.unlink()
    ymd = night.replace("-", "")
    stats = {"chats": 0, "emails": 0, "email_messages": 0, "ru": 0, "en": 0, "broken": []}
    per_source: dict[str, list[list[dict]]] = {"web": [], "app": [], "tg": []}
    counters = {"web": 0, "app": 0, "tg": 0}
    threads: list[tuple[Contact, list[Mail]]] = []
    for c in contacts:
        crng = random.Random(f"{SEED}|{night}|{c.customer.customer_id}|{c.topic}|{c.channel}|{c.start.isoformat()}")
        if c.channel == "chat":
            src = chat_source(c, crng)
            counters[src] += 1
            prefix = {"web": "wc", "app": "app", "tg": "tg"}[src]
            c.interaction_id = f"{prefix}-{ymd}-{counters[src]:04d}"
            c.slots = dict(c.slots, _source=src)
            per_source[src].append(build_chat(c, crng, src))
            stats["chats"] += 1
        else:
            threads.append((c, build_email_thread(c, crng)))
            stats["emails"] += 1
        stats[c.lang] += 1

    # --- chats -------------------------------------------------------------------------------
    web_rows = sorted((r for conv in per_source["web"] for r in conv), key=lambda r: (r["timestamp"], r["conversation_id"]))
    app_rows = [r for conv in per_source["app"] for r in conv]  # grouped per conversation
    tg_rows = []
    for conv in per_source["tg"]:  # CSV export repeats the metadata on every row
        meta = {k: conv[0].get(k, "") for k in CHAT_FIELDS[5:]}
        tg_rows.extend(dict(meta, **r) for r in conv)
    broken = stats["broken"]

    # broken: a duplicated message (same conversation id + timestamp + text twice)
    dup_conv = per_source["web"][len(per_source["web"]) // 2]
    dup_line = next(r for r in dup_conv if r["author_role"] == "customer")
    idx = web_rows.index(dup_line)
    web_rows.insert(idx + 1, {k: v for k, v in dup_line.items()})
    dup_json = json.dumps(dup_line, ensure_ascii=False)
    broken.append(("chats/webchat_%s.jsonl" % ymd, "DUPLINE",
                   f"duplicate of the previous line (conversation {dup_line['conversation_id']}, same timestamp and text)",
                   "keep the message once (deduplicate); the conversation loads normally"))
    web_text = jsonl(web_rows)
    lines = web_text.split("\n")
    # broken: a malformed JSON line in the middle and a line missing required fields
    bad_at = len(lines) // 3
    lines.insert(bad_at, '{"conversation_id": "wc-%s-9001", "timestamp": "%sT13:02:11+03:00", "author_role": "customer", '
                         '"author_id": "visitor-0000", "text": "алло, вы меня слышите? \\"' % (ymd, night))
    broken.append((f"chats/webchat_{ymd}.jsonl", f"line {bad_at + 1}", "malformed JSON (unterminated string)",
                   "reject the line (quarantine), keep reading the file"))
    miss_at = (2 * len(lines)) // 3
    lines.insert(miss_at, json.dumps({"conversation_id": f"wc-{ymd}-9002", "author_role": "customer",
                                      "text": "Здравствуйте, у меня не работает интернет"}, ensure_ascii=False))
    broken.append((f"chats/webchat_{ymd}.jsonl", f"line {miss_at + 1}", "required fields missing (timestamp, author_id)",
                   "reject the line (quarantine); conversation wc-…-9002 has no other lines, so it does not exist"))
    dup_positions = [k for k, ln in enumerate(lines) if ln == dup_json]
    broken[-3] = broken[-3][:1] + (f"line {dup_positions[1] + 1}",) + broken[-3][2:]
    bad_pos = next(k for k, ln in enumerate(lines) if f"wc-{ymd}-9001" in ln)
    broken[-2] = broken[-2][:1] + (f"line {bad_pos + 1}",) + broken[-2][2:]
    (chats_dir / f"webchat_{ymd}.jsonl").write_text("\n".join(lines), encoding="utf-8")

    app_text = jsonl(app_rows)
    if night == "2026-11-20":
        # broken: the export was cut off mid-line (truncated last line)
        extra = json.dumps({"conversation_id": f"app-{ymd}-{counters['app']:04d}", "timestamp": f"{night}T23:59:58+03:00",
                            "author_role": "customer", "author_id": "C-9999", "text": "И ещё один вопрос по тарифу, подскажите пожалуйста"},
                           ensure_ascii=False)
        app_text += extra[: len(extra) // 2]
        broken.append((f"chats/mobile_app_{ymd}.jsonl", "last line", "truncated JSON (file cut off mid-line, no newline)",
                       "reject the last line; every complete line before it loads"))
    else:
        # broken: an internal agent note exported as a chat line, with a role the contract does not know
        pos = app_text.find("\n", len(app_text) // 2) + 1
        bad = json.dumps({"conversation_id": f"app-{ymd}-9003", "timestamp": f"{night}T15:40:00+03:00",
                          "author_role": "internal_note", "author_id": "A-102",
                          "text": "Клиент звонит третий раз, проверить историю списаний"}, ensure_ascii=False) + "\n"
        app_text = app_text[:pos] + bad + app_text[pos:]
        broken.append((f"chats/mobile_app_{ymd}.jsonl", f"line {app_text[:pos].count(chr(10)) + 1}",
                       "author_role 'internal_note' is not one of customer|agent|bot|system (an internal note)",
                       "reject the line (quarantine); conversation app-…-9003 has no other lines, so it does not exist"))
    (chats_dir / f"mobile_app_{ymd}.jsonl").write_text(app_text, encoding="utf-8")
    # Telegram export as CSV (UTF-8 with BOM, CRLF: the way spreadsheet tools write it — valid)
    write_csv(chats_dir / f"telegram_export_{ymd}.csv", tg_rows, CHAT_FIELDS, bom=True)

    if night == "2026-11-20":
        # broken: a legacy CRM export in cp1251 (no BOM, no declaration) — not valid UTF-8
        legacy = [build_legacy_chat(i, night, rng, world) for i in range(3)]
        write_csv(chats_dir / f"crm_legacy_export_{ymd}.csv", [r for conv in legacy for r in conv], CHAT_FIELDS,
                  encoding="cp1251")
        broken.append((f"chats/crm_legacy_export_{ymd}.csv", "whole file",
                       "cp1251 bytes in a .csv that must be UTF-8 (3 conversations lg-20261120-000[1-3])",
                       "quarantine the file as an encoding error, or decode it with a cp1251 fallback and load its "
                       "3 conversations with correct Cyrillic; never load mojibake"))
        # broken: a CSV from another tool with unknown columns and none of the required ones
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["ChatID", "Time", "Sender", "Message Body", "Rating"])
        w.writerow(["jv-88121", "20.11.2026 14:05", "Клиент", "Здравствуйте, не приходит SMS с кодом", "5"])
        w.writerow(["jv-88121", "20.11.2026 14:07", "Оператор", "Добрый день! Сейчас проверю.", ""])
        (chats_dir / f"jivo_export_{ymd}.csv").write_text(buf.getvalue(), encoding="utf-8")
        broken.append((f"chats/jivo_export_{ymd}.csv", "whole file",
                       "unknown columns (ChatID, Time, Sender, Message Body, Rating); required columns missing",
                       "quarantine the file with the list of missing columns"))

    # --- emails ------------------------------------------------------------------------------
    mbox_threads = {id(t) for t, _ in threads[1::max(2, len(threads) // 8)][:8]}
    mbox_items: list[tuple[Mail, bytes]] = []
    n_files = 0
    first_eml: tuple[str, bytes] | None = None
    for ti, (c, mails) in enumerate(threads, start=1):
        for mi, m in enumerate(mails, start=1):
            raw = encode_mail(m, f"{m.message_id}{mi}")
            stats["email_messages"] += 1
            if id(c) in mbox_threads:
                mbox_items.append((m, raw))
            else:
                name = f"{ymd}_{ti:03d}_{mi}.eml"
                (mail_dir / name).write_bytes(raw)
                n_files += 1
                if first_eml is None and m.role == "customer" and mi == 1:
                    first_eml = (name, raw)
    (mail_dir / f"support_inbox_{ymd}.mbox").write_bytes(mbox_bytes(mbox_items))
    # broken: empty file, a message without From/Date, a duplicate Message-ID
    (mail_dir / f"{ymd}_empty.eml").write_bytes(b"")
    broken.append((f"emails/{ymd}_empty.eml", "whole file", "empty file (0 bytes)", "quarantine"))
    if night != "2026-11-19":
        nohdr = EmailMessage()
        nohdr["To"] = SUPPORT_ADDR
        nohdr["Subject"] = "Черновик: не работает интернет"
        nohdr["Message-ID"] = f"<draft.{ymd}.0001@mail.ru>"
        nohdr.set_content("Здравствуйте, с утра нет интернета, адрес ул. Типанова, д. 21. Перезвоните мне.", charset="utf-8",
                          cte="quoted-printable")
        (mail_dir / f"{ymd}_draft_no_from.eml").write_bytes(nohdr.as_bytes())
        broken.append((f"emails/{ymd}_draft_no_from.eml", "whole file", "no From and no Date header",
                       "quarantine (no sender, no time)"))
    if first_eml:
        dup_name = first_eml[0].replace(".eml", "-1.eml")  # exported twice by the mail archiver
        (mail_dir / dup_name).write_bytes(first_eml[1])
        broken.append((f"emails/{dup_name}", "whole file",
                       f"byte-identical copy of {first_eml[0]} (same Message-ID)",
                       "keep one copy in the thread; report the second as a duplicate"))

    # --- surveys -----------------------------------------------------------------------------
    rows = []
    for c in contacts:
        q = c.quality
        p = 0.22 + 0.2 * abs(q - 0.5)  # people answer more after very good or very bad service
        if rng.random() >= p:
            continue
        stype = rng.choices(["csat", "ces", "nps"], [75, 15, 10] if c.channel == "chat" else [50, 30, 20])[0]
        noise = rng.gauss(0, 0.6)
        if stype == "csat":
            score = max(1, min(5, round(1 + 4 * q + noise)))
        elif stype == "ces":
            score = max(1, min(7, round(1 + 6 * q + noise * 1.3)))
        else:
            score = max(0, min(10, round(10 * q + noise * 2)))
        resp = c.end + timedelta(minutes=rng.randint(2, 240))
        cap = datetime.fromisoformat(night + "T23:59:00+03:00")
        if resp > cap:
            resp = cap - timedelta(minutes=rng.randint(0, 20))
            resp = max(resp, c.end + timedelta(minutes=1))
        rows.append({"interaction_id": f"{c.channel}:{c.interaction_id}", "survey_type": stype, "score": score,
                     "responded_at": iso(resp)})
    rows.sort(key=lambda r: (r["responded_at"], r["interaction_id"]))
    # a few responses identified by customer + time only (survey sent by SMS, no interaction id)
    for c in [c for c in contacts if c.channel == "chat" and c.slots.get("_source") == "app"][5:8]:
        rows.append({"interaction_id": "", "customer_id": c.customer.customer_id, "customer_phone": "",
                     "survey_type": "csat", "score": max(1, min(5, round(1 + 4 * c.quality))),
                     "responded_at": iso(c.end + timedelta(minutes=30))})
    # broken: an out-of-range score and an unknown interaction
    rows.append({"interaction_id": f"chat:{contacts[0].interaction_id if contacts[0].channel == 'chat' else 'wc-' + ymd + '-0001'}",
                 "survey_type": "csat", "score": 9, "responded_at": f"{night}T22:10:00+03:00"})
    broken.append(("surveys/surveys.csv", "second-to-last row", "csat score 9 outside 1–5", "reject the row"))
    rows.append({"interaction_id": f"chat:wc-{ymd}-7777", "survey_type": "nps", "score": 3,
                 "responded_at": f"{night}T22:15:00+03:00"})
    broken.append(("surveys/surveys.csv", "last row", "interaction chat:wc-%s-7777 does not exist" % ymd,
                   "keep as an orphan survey or quarantine; never invent an interaction"))
    write_csv(surv_dir / "surveys.csv", rows, ["interaction_id", "customer_id", "customer_phone", "survey_type", "score",
                                               "responded_at"])
    stats["surveys"] = len(rows)

    # --- agents ------------------------------------------------------------------------------
    write_csv(nd / "agents.csv", P.AGENTS, ["agent_id", "agent_name", "first_name", "team"])
    stats["chat_messages"] = len(web_rows) + len(app_rows) + len(tg_rows)
    stats["chats_by_file"] = {f"webchat_{ymd}.jsonl": len(per_source["web"]), f"mobile_app_{ymd}.jsonl": len(per_source["app"]),
                              f"telegram_export_{ymd}.csv": len(per_source["tg"])}
    if night == "2026-11-20":
        stats["chats_by_file"][f"crm_legacy_export_{ymd}.csv"] = 3
    stats["chats_lang"] = {lang: sum(1 for c in contacts if c.channel == "chat" and c.lang == lang) for lang in ("ru", "en")}
    stats["emails_lang"] = {lang: sum(1 for c in contacts if c.channel == "email" and c.lang == lang) for lang in ("ru", "en")}
    stats["mbox_messages"] = len(mbox_items)
    stats["mbox_threads"] = len(mbox_threads)
    stats["survey_types"] = {t: sum(1 for r in rows if r["survey_type"] == t) for t in ("csat", "nps", "ces")}
    stats["repeats"] = sum(1 for c in contacts if c.previous is not None)
    stats["files"] = n_files
    expected = {
        "night": night,
        "chats": {"conversations": stats["chats"], "by_file": stats["chats_by_file"], "language": stats["chats_lang"],
                  "note": ("conversations counts the valid files only; crm_legacy_export (cp1251, see broken) "
                           "holds 3 more") if night == "2026-11-20" else "conversations in the valid files"},
        "emails": {"threads": stats["emails"], "messages": stats["email_messages"], "eml_files": n_files,
                   "mbox_messages": len(mbox_items), "language": stats["emails_lang"]},
        "surveys": {"rows": len(rows), "by_type": stats["survey_types"]},
        "repeat_contacts_scripted": stats["repeats"],
        "broken": [{"file": f, "where": w, "problem": p, "expected": e} for f, w, p, e in broken],
    }
    (nd / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    # the contact reason each contact was written for: ground truth for topic evaluation
    # (bench/topics_demo_eval.py); emails are named by their root Message-ID, as surveys do
    labels = [{"interaction_id": f"{c.channel}:{c.interaction_id}", "channel": c.channel, "language": c.lang,
               "topic": c.topic} for c in contacts if c.interaction_id]
    write_csv(nd / "labels.csv", labels, ["interaction_id", "channel", "language", "topic"])
    return stats


def build_legacy_chat(i: int, night: str, rng: random.Random, world: World) -> list[dict]:
    c = world.new_customer("ru")
    topic = ["information_request", "tariff_pricing", "technical_problem"][i]
    slots = dict(make_slots(c, night, rng), _scenario=i)
    contact = Contact(night, "chat", c, topic, "ru", ["A-105", "A-101", "A-102"][i], True, None,
                      slots, start=datetime.fromisoformat(f"{night}T1{i}:2{i}:00+03:00"))
    contact.interaction_id = f"lg-{night.replace('-', '')}-{i + 1:04d}"
    contact.slots["_source"] = "app"
    rows = build_chat(contact, random.Random(f"{SEED}|legacy|{i}"), "app")
    meta = {k: rows[0].get(k, "") for k in CHAT_FIELDS[5:]}
    return [dict(meta, **r) for r in rows]


# ----------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "demo" / "nights"),
                    help="output folder (default: demo/nights)")
    args = ap.parse_args(argv)
    out = Path(args.out)
    rng = random.Random(SEED)
    world = World(random.Random(f"{SEED}|world"))
    summary = {}
    everyone: dict[str, list[Contact]] = {}
    for night, contacts in plan(world, rng):
        summary[night] = write_night(night, contacts, out, random.Random(f"{SEED}|{night}|write"), world)
        for c in contacts:
            everyone.setdefault(c.customer.customer_id, []).append(c)
    for night, st in summary.items():
        print(f"{night}: {st['chats']} chats ({st['chat_messages']} messages), {st['emails']} email threads "
              f"({st['email_messages']} messages), {st['surveys']} survey rows, ru {st['ru']} / en {st['en']}, "
              f"{st['repeats']} repeat contacts, {len(st['broken'])} broken items")
    multi = [v for v in everyone.values() if len(v) > 1]
    print(f"customers: {len(everyone)}, {len(multi)} with more than one chat/email contact "
          f"({sum(len(v) for v in multi)} contacts); {sum(1 for v in multi if len({c.channel for c in v}) > 1)} of them "
          f"across channels, {sum(1 for v in multi if len({c.night for c in v}) > 1)} across nights, "
          f"{sum(1 for v in multi if len(v) > len({c.night for c in v}))} twice on the same night")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
