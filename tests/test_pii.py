"""PII redaction: typed placeholders for cards, phones, emails, documents, accounts and names."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import yaml

from pipeline.config import DEFAULT_RULES_DIR, ConfigError
from pipeline.model import Channel, CustomerRef, Interaction, Speaker, Turn
from pipeline.nlp.names import KeptNames
from pipeline.nlp.pii import PiiRedactor, inn_ok, load_pii_settings, luhn_ok, snils_ok


@pytest.fixture(scope="module")
def redactor() -> PiiRedactor:
    return PiiRedactor()


def test_checksums() -> None:
    assert luhn_ok("4276380012345679") and not luhn_ok("4276380012345678")
    assert inn_ok("7707083893") and inn_ok("500100732259")
    assert not inn_ok("7707083894") and not inn_ok("500100732258")
    assert snils_ok("11223344595") and not snils_ok("11223344596")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Карта 4276 3800 1234 5679, спишите с неё", "Карта [CARD], спишите с неё"),
        ("card 4111-1111-1111-1111 please", "card [CARD] please"),
        ("номер 4111111111111111", "номер [CARD]"),
        ("телефон +7 (916) 123-45-67", "телефон [PHONE]"),
        ("звоните 8 916 123 45 67 после обеда", "звоните [PHONE] после обеда"),
        ("мой 89161234567", "мой [PHONE]"),
        ("мой 9161234567", "мой [PHONE]"),
        ("call +44 20 7946 0958 or +1 (555) 123-4567", "call [PHONE] or [PHONE]"),
        ("городской 123-45-67", "городской [PHONE]"),
        ("mobile 07700 900894", "mobile [PHONE]"),
        ("пишите на ivan.petrov@mail.ru!", "пишите на [EMAIL]!"),
        ("паспорт 4510 123456 выдан 12.03.2015", "паспорт [PASSPORT] выдан 12.03.2015"),
        ("серия 45 10 номер 123456", "серия [PASSPORT]"),
        ("ИНН 7707083893", "ИНН [INN]"),
        ("инн: 500100732259", "инн: [INN]"),
        ("СНИЛС 112-233-445 95", "СНИЛС [SNILS]"),
        ("счёт 40817810099910004312", "счёт [ACCOUNT]"),
        ("номер 11223344595", "номер [SNILS]"),
    ],
)
def test_structured_entities(redactor: PiiRedactor, text: str, expected: str) -> None:
    assert redactor.redact(text, "ru").text == expected


@pytest.mark.parametrize(
    "text",
    [
        "заказ 123456789 от 12.03.2024 на сумму 1500 руб",
        "номер 4276380012345678",  # 16 digits, no grouping, fails Luhn
        "тариф за 450 рублей, 100 ГБ, с 1 по 30 число",
        "order #12345 shipped on 2024-03-12",
        "ИНН не помню",
    ],
)
def test_ordinary_numbers_stay(redactor: PiiRedactor, text: str) -> None:
    assert redactor.redact(text, "ru").text == text


def test_two_numbers_side_by_side_are_split(redactor: PiiRedactor) -> None:
    red = redactor.redact("заказ 12345 89161234567", "ru")
    assert red.text == "заказ 12345 [PHONE]"


def test_russian_names_by_ner_and_cues(redactor: PiiRedactor) -> None:
    assert redactor.redact("Я Иванов Петр Сергеевич, договор на меня", "ru").text == "Я [NAME], договор на меня"
    assert redactor.redact("Передайте Марии Петровой, что я звонил", "ru").text == "Передайте [NAME], что я звонил"
    assert redactor.redact("меня зовут ольга петрова", "ru").text == "меня зовут [NAME]"


def test_english_names_by_cues(redactor: PiiRedactor) -> None:
    assert redactor.redact("Hi, my name is John Smith", "en").text == "Hi, my name is [NAME]"
    assert redactor.redact("Dear Mr Brown, thanks", "en").text == "Dear Mr [NAME], thanks"
    assert redactor.redact("Regards,\nLinda", "en").text == "Regards,\n[NAME]"
    # capitalised words that are no names stay
    assert redactor.redact("This is Support, I am Very sorry", "en").text == "This is Support, I am Very sorry"


def test_known_customer_name_in_any_inflection(redactor: PiiRedactor) -> None:
    red = redactor.redact("звонили иваном и насчёт петрова", "ru", known_names=["Иван Петров"])
    assert red.text == "звонили [NAME] и насчёт [NAME]"


def _interaction() -> Interaction:
    turns = [
        Turn(0, Speaker.AGENT, "Здравствуйте! Меня зовут Ольга Смирнова, чем могу помочь?", language="ru"),
        Turn(1, Speaker.CUSTOMER, "Добрый день, Ольга. Я Иван Петров, мой телефон +7 916 123-45-67", language="ru"),
        Turn(2, Speaker.CUSTOMER, "Карта 4276 3800 1234 5679, почта petrov@mail.ru", language="ru"),
        Turn(3, Speaker.AGENT, "Спасибо, Иван! Ольга Смирнова всё проверит.", language="ru"),
    ]
    return Interaction("chat:42", Channel.CHAT, datetime(2026, 11, 20), customer=CustomerRef(name="Иван Петров"),
                       turns=turns, metadata={"agent_name": "Ольга Смирнова"}, language="ru",
                       subject="Жалоба от Петрова, тел. 8 903 111 22 33")


def test_interaction_redacted_in_place(redactor: PiiRedactor) -> None:
    it = _interaction()
    assert redactor.redact_interactions([it]) == [None]
    texts = [t.text for t in it.turns]
    # the agent's first name stays (the scorecard checks the introduction), the surname goes
    assert texts[0] == "Здравствуйте! Меня зовут Ольга [NAME], чем могу помочь?"
    assert texts[1] == "Добрый день, Ольга. Я [NAME], мой телефон [PHONE]"
    assert texts[2] == "Карта [CARD], почта [EMAIL]"
    assert texts[3] == "Спасибо, [NAME]! Ольга [NAME] всё проверит."
    assert it.subject == "Жалоба от [NAME], тел. [PHONE]"
    assert it.customer.name is None
    assert it.pii_counts == {"card": 1, "email": 1, "name": 5, "phone": 2}


def test_agent_self_introduction_kept_without_metadata(redactor: PiiRedactor) -> None:
    it = _interaction()
    it.metadata = {}
    redactor.redact_interactions([it])
    assert it.turns[0].text.startswith("Здравствуйте! Меня зовут Ольга ")


def _rules_with(tmp_path: Path, **changes) -> Path:
    rules = tmp_path / "rules"
    rules.mkdir()
    data = yaml.safe_load((DEFAULT_RULES_DIR / "pii.yaml").read_text(encoding="utf-8"))
    for key, value in changes.items():
        node = data
        *path, last = key.split("__")
        for part in path:
            node = node[part]
        node[last] = value
    (rules / "pii.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return rules


def test_placeholders_and_entities_are_configurable(tmp_path: Path) -> None:
    rules = _rules_with(tmp_path, entities__phone={"enabled": True, "placeholder": "<ТЕЛЕФОН>"},
                        entities__email={"enabled": False, "placeholder": "[EMAIL]"},
                        keep_agent_first_name=False, names__use_natasha=False)
    red = PiiRedactor(load_pii_settings(rules))
    assert red.redact("тел +7 916 123-45-67, почта a@b.ru", "ru").text == "тел <ТЕЛЕФОН>, почта a@b.ru"
    it = _interaction()
    red.redact_interactions([it])
    assert it.turns[0].text == "Здравствуйте! Меня зовут [NAME], чем могу помочь?"


def test_invalid_rules_name_the_field(tmp_path: Path) -> None:
    rules = _rules_with(tmp_path, entities__ssn={"enabled": True, "placeholder": "[SSN]"})
    with pytest.raises(ConfigError, match="pii.yaml.*entities.*ssn"):
        load_pii_settings(rules)


def test_natasha_runs_only_on_candidate_turns(redactor: PiiRedactor) -> None:
    finder = redactor.name_finder
    assert finder is not None
    assert not finder.needs_ner("Здравствуйте, у меня не работает интернет")
    assert not finder.needs_ner("Меня зовут Ольга, слушаю вас", keep={"ольга"})
    assert not finder.needs_ner("Ухожу к Билайну")  # a brand in names.not_names
    assert finder.needs_ner("Я Иванов Петр, договор на меня")
    before = finder.ner_calls
    redactor.redact_interactions([_interaction() for _ in range(3)])
    # natasha reads only the sentences with a name that is not kept, per contact:
    # «…Ольга Смирнова…», «Я Иван Петров…», «Спасибо, Иван!», «Ольга Смирнова всё проверит.» and
    # the subject; not «Добрый день, Ольга.» (kept agent name) nor the card turn
    assert finder.ner_calls - before == 3 * 5
    segments = finder.candidate_segments("Спасибо.\nДобрый день, Ольга. Я Иван Петров, звоню", KeptNames(["Ольга"]))
    assert segments == [(28, 49)]  # " Я Иван Петров, звоню"


def test_free_text_metadata_is_redacted(redactor: PiiRedactor) -> None:
    it = _interaction()
    it.metadata["note"] = "перезвонить на 8 903 111 22 33"
    it.metadata["notes"] = ["клиент просил писать на a@b.ru", 5]
    redactor.redact_interactions([it])
    assert it.metadata["note"] == "перезвонить на [PHONE]"
    assert it.metadata["notes"] == ["клиент просил писать на [EMAIL]", 5]
    assert it.metadata["agent_name"] == "Ольга Смирнова"  # not a free-text key


def test_kept_names_match_case_endings_only() -> None:
    kept = KeptNames(["Мария", "Билайн"])
    assert all(w in kept for w in ["Мария", "Марии", "Марией", "Билайну", "билайна"])
    assert not any(w in kept for w in ["Марина", "Марианна", "Билайновский"])


def test_customer_sharing_the_agents_name_is_still_redacted(redactor: PiiRedactor) -> None:
    it = Interaction("email:1", Channel.EMAIL, datetime(2026, 11, 20), language="ru",
                     customer=CustomerRef(name="Ольга Ким"), metadata={"agent_name": "Ольга"},
                     turns=[Turn(0, Speaker.CUSTOMER, "Интернет не работает.\n\nОльга", language="ru"),
                            Turn(1, Speaker.AGENT, "Здравствуйте! Это Мария, разберусь.", language="ru"),
                            Turn(2, Speaker.CUSTOMER, "Спасибо, Мария!\nМарина Ким", language="ru")])
    redactor.redact_interactions([it])
    assert it.turns[0].text == "Интернет не работает.\n\n[NAME]"
    assert it.turns[1].text == "Здравствуйте! Это Мария, разберусь."
    assert it.turns[2].text.startswith("Спасибо, Мария!\n[NAME]") and "Марина" not in it.turns[2].text


def test_introduction_is_the_name_right_after_the_cue(redactor: PiiRedactor) -> None:
    finder = redactor.name_finder
    assert finder.introduced_name("Hello Mr Fischer! This is James from support", "en") == "James"
    assert finder.introduced_name("I understand how frustrating this is, Mr Fischer", "en") is None
    assert finder.introduced_name("Добрый день! На связи Екатерина, служба поддержки", "ru") == "Екатерина"
