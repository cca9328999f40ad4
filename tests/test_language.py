"""Language identification: ru / en / other per turn and per interaction."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.model import Channel, Interaction, Speaker, Turn
from pipeline.nlp.language import LanguageDetector, LanguageSettings, detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Здравствуйте, у меня третий день не работает интернет", "ru"),
        ("роутер TP-Link не видит сеть 5 ГГц", "ru"),
        ("Спасибо большое!", "ru"),
        ("Hello, my internet has not been working since yesterday", "en"),
        ("I was charged twice for order #12345", "en"),
        ("Добрий день, у мене не працює інтернет", "other"),  # Ukrainian
        ("Сәлеметсіз бе, интернет жұмыс істемейді", "other"),  # Kazakh
        ("Guten Tag, mein Internet funktioniert seit gestern nicht", "other"),
        ("Hola, mi internet no funciona desde ayer", "other"),
        ("Bonjour, je voudrais annuler mon abonnement", "other"),
        ("你好，我的网络坏了", "other"),
    ],
)
def test_detects_language_of_a_text(text: str, expected: str) -> None:
    guess = detect_language(text)
    assert guess.language == expected
    assert 0.0 < guess.confidence <= 1.0


def test_longer_texts_are_more_confident() -> None:
    short = detect_language("Привет")
    long = detect_language("Здравствуйте, у меня не работает интернет уже третий день, помогите пожалуйста")
    assert long.confidence > short.confidence


def test_no_letters_means_no_decision() -> None:
    assert detect_language("+++ 123 !!!").language is None


def _chat(*texts: str) -> Interaction:
    turns = [Turn(i, Speaker.CUSTOMER if i % 2 else Speaker.AGENT, t) for i, t in enumerate(texts)]
    return Interaction("chat:1", Channel.CHAT, datetime(2026, 11, 20), turns=turns)


def test_short_turns_inherit_the_interaction_language() -> None:
    detector = LanguageDetector()
    chat = _chat("Здравствуйте, меня зовут Ольга, чем могу помочь?", "ok",
                 "Подскажите номер договора, пожалуйста", "да", "Спасибо, проверяю информацию по вашему договору")
    overall = detector.detect_interaction(chat)
    assert overall.language == "ru" and chat.language == "ru"
    assert chat.language_confidence == overall.confidence > 0.8
    assert [t.language for t in chat.turns] == ["ru"] * 5
    # an inherited language is less certain than a read one
    assert chat.turns[1].language_confidence < chat.turns[0].language_confidence

    english = _chat("Hello, this is Kate from support, how can I help?", "да", "Could you give me your order number?")
    detector.detect_interaction(english)
    assert english.language == "en" and english.turns[1].language == "en"


def test_interaction_language_is_a_length_weighted_vote() -> None:
    chat = _chat("Hello!", "Здравствуйте, у меня не приходят смс с кодом подтверждения на телефон",
                 "Sorry, could you write in English?", "Нет, я пишу по-русски, мне так удобнее")
    LanguageDetector().detect_interaction(chat)
    assert chat.language == "ru"
    assert chat.turns[2].language == "en"  # a long enough turn keeps its own language
    assert 0.3 < chat.language_confidence < 0.9  # mixed contact: less certain


def test_only_short_turns_are_judged_together() -> None:
    chat = _chat("да", "ок", "нет")
    LanguageDetector(LanguageSettings()).detect_interaction(chat)
    assert chat.language == "ru"
    assert all(t.language == "ru" for t in chat.turns)


def test_empty_contact_keeps_source_language() -> None:
    chat = _chat("...", "!!!")
    chat.language = "en"
    LanguageDetector().detect_interaction(chat)
    assert chat.language == "en"


def test_bulk_turns_without_py3langid() -> None:
    """The script-only detector on many turns (speed: ``bench/language_routing_bench.py``)."""
    detector = LanguageDetector(LanguageSettings(use_py3langid=False))
    texts = [f"Здравствуйте, у меня не работает интернет, договор {i}" for i in range(300)]
    texts += [f"Hello, my order {i} has not arrived yet, can you check?" for i in range(300)]
    assert [detector.detect(text).language for text in texts] == ["ru"] * 300 + ["en"] * 300


# ---- issue 11: judge the language part of the text only -----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # URLs, @mentions and bare domains used to outnumber the Cyrillic letters (routed to English)
        ("RT @sberbank_online_help: отличный http://t.co/AbCdEfGh", "ru"),
        ("@tele2_russia @beeline_ru @megafon_sz ну и где?", "ru"),
        ("напишите на support.team@example.com [СКРЫТО] [PHONE]", "ru"),
        # a Latin brand name inside a short Russian sentence: mixed scripts, decided by py3langid
        ("Sberbank Online не пускает", "ru"),
        ("@user I love this http://t.co/xyz", "en"),
    ],
)
def test_language_of_the_text_without_urls_mentions_and_placeholders(text: str, expected: str) -> None:
    assert LanguageDetector().detect(text).language == expected


def test_language_text_removes_what_carries_no_language() -> None:
    from pipeline.nlp.language import language_text

    cleaned = language_text("RT @ivan: см. https://t.co/x и www.sberbank.ru, пишите a.b@mail.ru [CARD] {NAME} #МТС")
    for gone in ("@ivan", "http", "sberbank", "mail.ru", "[CARD]", "{NAME}", "RT", "#"):
        assert gone not in cleaned, (gone, cleaned)
    assert "см." in cleaned and "пишите" in cleaned and "МТС" in cleaned
