"""Tokens, lemmas and normalisation for Russian and English (pipeline.nlp.lemmas / normalize)."""

from __future__ import annotations

import pytest

from pipeline.nlp.lemmas import Token, english_lemma, get_lemmatizer
from pipeline.nlp.normalize import fold, fold_same_length


@pytest.fixture(scope="module")
def lem():
    return get_lemmatizer()


def test_singleton():
    assert get_lemmatizer() is get_lemmatizer()


def test_russian_lemmas_and_offsets(lem):
    text = "Здравствуйте, Алёна! Звоните в другой отдел, пожалуйста."
    toks = lem.tokens(text, "ru")
    assert [t.lemma for t in toks] == [
        "здравствуйте", "алена", "звонить", "в", "другой", "отдел", "пожалуйста",
    ]
    for t in toks:
        assert text[t.start : t.end] == t.text
    assert isinstance(toks[0], Token)


def test_yo_folding_and_case(lem):
    assert lem.lemmas("ЕЩЁ раз", "ru") == lem.lemmas("еще РАЗ", "ru") == ["еще", "раз"]
    assert fold("Ёлка") == "елка"


def test_inflected_forms_share_a_lemma(lem):
    forms = ["решили", "решу", "решим", "решила"]
    assert {lem.lemmas(f, "ru")[0] for f in forms} == {"решить"}
    assert lem.lemmas("извините", "ru") == lem.lemmas("извиняюсь", "ru")[:0] + ["извинить"]


def test_placeholder_is_one_token(lem):
    text = "Спасибо, [NAME]. Ваш номер [PHONE]."
    toks = lem.tokens(text, "ru")
    assert [t.lemma for t in toks if t.lemma.startswith("[")] == ["[name]", "[phone]"]
    name = next(t for t in toks if t.lemma == "[name]")
    assert text[name.start : name.end] == "[NAME]"


def test_asr_output_digits_no_punctuation(lem):
    toks = lem.tokens("звоните на номер 8 800 555 35 35 вам помогут", "ru")
    assert [t.lemma for t in toks][:5] == ["звонить", "на", "номер", "8", "800"]


def test_punctuation_kept_only_on_request(lem):
    assert all(t.is_word for t in lem.tokens("Да! Нет?..", "ru"))
    assert any(t.text == "!" for t in lem.tokens("Да! Нет?..", "ru", keep_punct=True))


def test_english_contractions_and_suffixes(lem):
    assert lem.lemmas("I can't help, it wasn't my fault", "en") == [
        "i", "can", "not", "help", "it", "be", "not", "my", "fault",
    ]
    for form, lemma in [("resolved", "resolve"), ("resolving", "resolve"), ("issues", "issue"),
                        ("stopped", "stop"), ("apologized", "apologize"), ("replies", "reply"),
                        ("thanks", "thank"), ("transferred", "transfer"), ("changed", "change")]:
        assert english_lemma(form) == lemma, form


def test_script_decides_lemmatizer_in_mixed_text(lem):
    lemmas = lem.lemmas("перезагрузите роутер, затем routers", "ru")
    assert lemmas == ["перезагрузить", "роутер", "затем", "router"]


def test_fold_same_length_keeps_spans():
    text = "Всё ГОТОВО, Ёлка"
    folded = fold_same_length(text)
    assert folded == "все готово, елка"
    assert len(folded) == len(text)
