"""A small night full of personal data of our own (not from the demo), for the privacy tests.

``PLANTED`` lists every raw value that must never appear outside the redacted text: the scan
tests look for each one (and its digits alone) in the warehouse, exports, cache and logs.
"""

from __future__ import annotations

import json
from pathlib import Path

NIGHT = "2026-11-20"

# raw value → kind; names are checked as whole words
PLANTED: dict[str, str] = {
    "+7 916 204-55-17": "phone", "+79162045517": "phone", "8 (903) 771-42-08": "phone",
    "+44 7700 900461": "phone", "+79161112233": "phone",
    "svetlana.kuz@yandex.ru": "email", "m.thornton@example.co.uk": "email",
    "petr.vasiliev@mail.ru": "email", "ivan.petrovsky@post.example.com": "email",
    "5469 3800 4418 2292": "card", "2200700112345672": "card", "4111 1111 1111 1111": "card",
    "4519 284613": "passport", "500100732259": "inn", "7707083893": "inn",
    "DE89 3704 0044 0532 0130 00": "iban", "GB82WEST12345698765432": "iban",
    "ул. Ленина, д. 5, кв. 12": "address", "пр-т Мира 10": "address", "221B Baker Street": "address",
    "12 High St": "address", "SW1A 1AA": "address", "NW1 6XE": "address", "101000": "postcode",
    "Кузнецова": "name", "Thornton": "name", "Васильев": "name", "Petrovsky": "name",
    "Горбунов": "name", "Whitfield": "name",
}


def _encoded(name: str) -> str:
    from email.header import Header

    return Header(name, "utf-8").encode()


def _jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def write_night(root: Path) -> Path:
    """Chats (good and bad lines), emails (good and one without an address) and a bad call row."""
    night = root / NIGHT
    (night / "chats").mkdir(parents=True)
    (night / "emails").mkdir()
    (night / "calls").mkdir()
    ru = [
        {"conversation_id": "p-ru", "timestamp": "2026-11-20T10:00:00+03:00", "author_role": "customer",
         "author_id": "cust-p1", "customer_name": "Светлана Кузнецова", "customer_phone": "+7 916 204-55-17",
         "text": "Здравствуйте, меня зовут Светлана Кузнецова, мой телефон +7 916 204-55-17, "
                 "почта svetlana.kuz@yandex.ru"},
        {"conversation_id": "p-ru", "timestamp": "2026-11-20T10:01:00+03:00", "author_role": "agent",
         "author_id": "A-101", "agent_name": "Ольга Смирнова",
         "text": "Добрый день, меня зовут Ольга. Назовите адрес доставки и номер карты."},
        {"conversation_id": "p-ru", "timestamp": "2026-11-20T10:02:00+03:00", "author_role": "customer",
         "author_id": "cust-p1",
         "text": "Адрес: 101000, г. Москва, ул. Ленина, д. 5, кв. 12. Карта 5469 3800 4418 2292, "
                 "паспорт 4519 284613, ИНН 500100732259, для перевода IBAN DE89 3704 0044 0532 0130 00"},
        {"conversation_id": "p-ru", "timestamp": "2026-11-20T10:03:00+03:00", "author_role": "customer",
         "author_id": "cust-p1", "text": "Запасной номер 8 (903) 771-42-08, мой муж Андрей Горбунов в курсе"},
    ]
    en = [
        {"conversation_id": "p-en", "timestamp": "2026-11-20T11:00:00+03:00", "author_role": "customer",
         "author_id": "cust-p2", "customer_name": "Margaret Thornton", "customer_email": "m.thornton@example.co.uk",
         "text": "Hi, my name is Margaret Thornton. I moved to 221B Baker Street, London NW1 6XE, please "
                 "update it. Call me on +44 7700 900461 or write to m.thornton@example.co.uk"},
        {"conversation_id": "p-en", "timestamp": "2026-11-20T11:02:00+03:00", "author_role": "customer",
         "author_id": "cust-p2",
         "text": "The refund goes to IBAN GB82WEST12345698765432, card 2200700112345672. "
                 "Old address was 12 High St, London SW1A 1AA. Dear Mr Whitfield promised it yesterday."},
    ]
    bad = [
        {"conversation_id": "p-bad", "timestamp": "2026-11-20T12:00:00+03:00", "author_role": "visitor",
         "author_id": "x", "customer_name": "Пётр Васильев", "customer_phone": "+79161112233",
         "text": "Я Пётр Васильев, карта 4111 1111 1111 1111, ИНН 7707083893, живу пр-т Мира 10"},
        {"conversation_id": "p-bad", "timestamp": "not a time", "author_role": "customer", "author_id": "x",
         "customer_email": "petr.vasiliev@mail.ru",
         "text": "Меня зовут Пётр Васильев, пишите petr.vasiliev@mail.ru или 8 (903) 771-42-08"},
    ]
    (night / "chats" / "web.jsonl").write_text(_jsonl(ru + en + bad), encoding="utf-8")
    (night / "emails" / "good.eml").write_text(
        f"From: {_encoded('Пётр Васильев')} <petr.vasiliev@mail.ru>\n"
        "To: support@ladoga-telecom.ru\n"
        "Subject: Возврат на карту 4111 1111 1111 1111, пр-т Мира 10\n"
        "Date: Fri, 20 Nov 2026 08:12:00 +0300\n"
        "Message-ID: <pii-1@mail.ru>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Здравствуйте! Верните деньги на карту 4111 1111 1111 1111.\n"
        "Доставка: г. Москва, пр-т Мира 10, кв. 7, индекс 129090. Телефон +79161112233.\n\n"
        "--\nПётр Васильев\n", encoding="utf-8")
    (night / "emails" / "no_address.eml").write_text(
        "From: Ivan Petrovsky\nTo: support@ladoga-telecom.ru\nSubject: Delivery Status Notification\n"
        "Date: Fri, 20 Nov 2026 09:00:00 +0300\nMessage-ID: <pii-2@post.example.com>\n\n"
        "Reply to ivan.petrovsky@post.example.com, card 5469 3800 4418 2292\n", encoding="utf-8")
    (night / "calls" / "calls.csv").write_text(
        "call_id,started_at,agent_id,customer_phone,direction,queue,channel_layout,audio_file\n"
        "k-9,yesterday at noon,A-102,+79161112233,inbound,billing,stereo_agent_left,missing.flac\n",
        encoding="utf-8")
    return root


def digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def leaks_in(text: str, planted: dict[str, str] | None = None) -> list[str]:
    """Planted values found in ``text`` (as written, or their digits alone for numbers)."""
    import re

    found = []
    squeezed = re.sub(r"[\s\-()]", "", text)
    for value, kind in (planted or PLANTED).items():
        if kind == "name":
            if re.search(rf"(?<!\w){re.escape(value)}", text):
                found.append(f"{kind} {value!r}")
        elif value in text:
            found.append(f"{kind} {value!r}")
        elif kind in ("phone", "card", "passport", "inn", "iban") and len(digits(value)) >= 7 \
                and digits(value) in squeezed:
            found.append(f"{kind} digits of {value!r}")
    return found
