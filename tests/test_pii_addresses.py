"""Postal addresses and IBANs are redacted (Russian and English), typed [ADDRESS] / [IBAN]."""

from __future__ import annotations

import pytest

from pipeline.nlp.addresses import iban_ok
from pipeline.nlp.pii import PiiRedactor


@pytest.fixture(scope="module")
def redactor() -> PiiRedactor:
    return PiiRedactor()


@pytest.mark.parametrize("text, expected", [
    ("Доставьте на ул. Ленина, д. 5, кв. 12, пожалуйста", "Доставьте на [ADDRESS], пожалуйста"),
    ("Адрес: г. Москва, пр-т Мира 10", "Адрес: [ADDRESS]"),
    ("Мой адрес 101000, г. Москва, ул. Мясницкая, д. 20, корп. 2, кв. 7.", "Мой адрес [ADDRESS]."),
    ("Садовая ул., 12, кв. 5 — там никого", "[ADDRESS] — там никого"),
    ("живу на улице Гагарина 14", "живу на [ADDRESS]"),
    ("пишите ул лесная 3 кв 8", "пишите [ADDRESS]"),
    ("это д. 5, кв. 12 во дворе", "это [ADDRESS] во дворе"),
    ("почтовый индекс 190000, спасибо", "почтовый индекс [ADDRESS], спасибо"),
])
def test_russian_addresses(redactor: PiiRedactor, text: str, expected: str) -> None:
    assert redactor.redact(text, lang="ru").text == expected


@pytest.mark.parametrize("text, expected", [
    ("I live at 221B Baker Street now", "I live at [ADDRESS] now"),
    ("Send it to 12 High St, London SW1A 1AA please", "Send it to [ADDRESS] please"),
    ("Flat 3, 14 Park Road, Leeds LS6 2QA", "[ADDRESS]"),
    ("Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500.", "Ship to [ADDRESS]."),
    ("My ZIP code is 94105 and the state is CA", "My ZIP code is [ADDRESS] and the state is CA"),
    ("Springfield, IL 62704", "Springfield, [ADDRESS]"),
    ("Mail it to PO Box 4410", "Mail it to [ADDRESS]"),
    ("postcode EH1 1YZ", "postcode [ADDRESS]"),
])
def test_english_addresses(redactor: PiiRedactor, text: str, expected: str) -> None:
    assert redactor.redact(text, lang="en").text == expected


@pytest.mark.parametrize("text", [
    "Заказ 4471 от 20.11.2026 на сумму 12 500 ₽, тариф «Мира 10»",
    "I need 2 Pro cards and 3 more by Friday",
    "My card was charged 25 dollars at 10 Downing",  # no street suffix: not an address
    "Top up 500 rubles, code 123456",
    "Delivery Status Notification (Failure)",
])
def test_no_address_where_there_is_none(redactor: PiiRedactor, text: str) -> None:
    assert "[ADDRESS]" not in redactor.redact(text).text


@pytest.mark.parametrize("iban", ["DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432",
                                  "FR14 2004 1010 0505 0001 3M02 606", "KZ86125KZT5004100100"])
def test_iban_is_typed_whole(redactor: PiiRedactor, iban: str) -> None:
    assert redactor.redact(f"IBAN: {iban}, спасибо").text == "IBAN: [IBAN], спасибо"


def test_iban_checksum() -> None:
    assert iban_ok("DE89 3704 0044 0532 0130 00")
    assert not iban_ok("DE88 3704 0044 0532 0130 00")  # one check digit off
    assert not iban_ok("XX00")


def test_counts_include_the_new_types(redactor: PiiRedactor) -> None:
    red = redactor.redact("IBAN GB82WEST12345698765432, address 221B Baker Street")
    assert red.counts == {"iban": 1, "address": 1}
