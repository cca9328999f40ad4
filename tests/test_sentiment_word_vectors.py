"""Wave 4 of issue 11: navec mean word vectors as dense features of the nightly Russian head, and
negation marking in the word TF-IDF block."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.analyse.text_features import TextTfidf, mark_negation, normalise_text

navec = pytest.importorskip("navec")


def test_mark_negation_binds_the_negation_to_the_next_word_only():
    assert mark_negation("мне не нравится ваш сервис") == "мне не не_нравится ваш сервис"
    assert mark_negation("нет связи, без ответа") == "нет не_связи, без не_ответа"
    assert mark_negation("this is not good at all") == "this is not not_good at all"
    assert mark_negation("хорошо работает") == "хорошо работает"
    # a word that merely contains «не» is not a negation
    assert mark_negation("нельзя дозвониться, некогда ждать") == "нельзя дозвониться, некогда ждать"


def test_negation_feature_separates_liked_from_not_liked_in_the_word_block():
    texts = ["мне нравится тариф", "мне не нравится тариф"]
    plain = TextTfidf(negation=False).fit(texts)
    marked = TextTfidf(negation=True).fit(texts)
    assert "не_нравится" in marked.word_.vocabulary_ and "не_нравится" not in plain.word_.vocabulary_
    # the char block never sees the marker
    assert not any("_" in g for g in marked.char_.vocabulary_)
    x = marked.transform(texts)
    assert np.allclose(np.asarray((x.multiply(x)).sum(axis=1)).ravel(), 1.0, atol=1e-5)


def test_navec_mean_vectors_place_later_words_near_learnt_ones():
    from pipeline.analyse.word_vectors import navec_mean, navec_path, word_vector_features

    assert navec_path().name == "navec_news_v1_1B_250K_300d_100q.tar"
    texts = ["Ужасный сервис, отвратительная поддержка",
             "Кошмарное обслуживание, мерзкая служба поддержки",
             "Отличный сервис, прекрасная поддержка",
             "Подскажите адрес офиса",
             "123 456 !!!",  # no word at all: a zero row, never NaN
             ""]
    v = word_vector_features("navec", [normalise_text(t) for t in texts])
    assert v.shape == (6, 300) and v.dtype == np.float32 and np.isfinite(v).all()
    assert np.allclose(np.linalg.norm(v[:4], axis=1), 1.0, atol=1e-5)
    assert not v[4].any() and not v[5].any()
    # two complaints that share no word are closer to each other than to praise or a question
    assert v[0] @ v[1] > v[1] @ v[2] and v[0] @ v[1] > v[1] @ v[3]
    # «ё» falls back to «е» when only that spelling is known
    m = navec_mean()
    assert m.word_id("ёлка") is not None and m.word_id("несуществующееслово") is None
    with pytest.raises(ValueError, match="navec"):
        word_vector_features("glove", ["x"])


def test_linear_head_with_navec_features_learns_a_word_it_never_saw():
    from pipeline.analyse.linear_text import LinearTextClassifier

    neg = ["ужасный сервис", "отвратительная связь", "кошмарный тариф", "мерзкое обслуживание", "плохой интернет"]
    pos = ["отличный сервис", "прекрасная связь", "замечательный тариф", "чудесное обслуживание", "хороший интернет"]
    model = LinearTextClassifier(C=10.0, word_vectors="navec", word_vector_weight=3.0, char_ngrams=(5, 5))
    model.fit(neg + pos, ["negative"] * 5 + ["positive"] * 5)
    # adjectives absent from the training texts: only the word vectors know their polarity
    assert model.predict(["омерзительный провайдер", "великолепный провайдер"]).tolist() == ["negative", "positive"]
