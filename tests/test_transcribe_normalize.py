"""Normalised text: numbers written as digits and as words meet; WER on normalised text."""

from __future__ import annotations

import pytest

from pipeline.transcribe.normalize import normalize_text
from pipeline.transcribe.wer import call_word_errors, edit_distance, wer


@pytest.mark.parametrize(
    "digits, words",
    [
        ("Сумма 2 000 рублей.", "сумма две тысячи рублей"),
        ("Сумма 2500 рублей", "Сумма две тысячи пятьсот рублей"),
        ("вернули 2000 рублей", "вернули двух тысяч рублей"),  # case forms
        ("до 5 декабря", "до пятого декабря"),  # ordinals
        ("25 числа", "двадцать пятого числа"),
        ("скидка 20% на 3 месяца", "скидка двадцать процентов на три месяца"),
        ("about 2,000 rubles", "about two thousand rubles"),
        ("It costs 2500.", "it costs two thousand five hundred"),
        ("Тариф за 600 рублей", "тариф за шестьсот рублей"),
        ("заказ 3240", "заказ три тысячи двести сорок"),
        ("120 pounds", "one hundred and twenty pounds"),
    ],
)
def test_digits_and_number_words_normalise_alike(digits, words):
    a, b = normalize_text(digits), normalize_text(words)
    # "%" is punctuation, "процентов" a word: compare the number tokens and the rest separately
    assert [t for t in a.split() if t.isdigit()] == [t for t in b.split() if t.isdigit()]
    assert set(a.split()) - {"процентов"} <= set(b.split())


def test_separate_numbers_stay_separate():
    assert normalize_text("пять три") == "5 3"
    assert normalize_text("twenty twenty") == "20 20"
    assert normalize_text("one and two") == "1 and 2"


def test_case_punctuation_and_yo():
    assert normalize_text("Всё ХОРОШО, спасибо!") == "все хорошо спасибо"
    assert normalize_text("кто-то") == "кто то"
    assert normalize_text("") == ""


def test_wer():
    assert edit_distance("a b c".split(), "a x c d".split()) == 2
    assert wer("две тысячи рублей", "2 000 рублей.") == 0.0
    assert wer("один два три четыре", "один два три") == pytest.approx(0.25)
    assert wer("", "") == 0.0


def test_call_errors_are_counted_per_speaker():
    ref = [("agent", "добрый день"), ("customer", "алло"), ("agent", "слушаю вас")]
    # the customer's word placed elsewhere in time costs nothing; a wrong word costs one
    hyp = [("customer", "алло"), ("agent", "добрый день слушаю нас")]
    assert call_word_errors(ref, hyp) == (1, 5)
