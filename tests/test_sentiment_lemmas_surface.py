"""Wave 5 of issue 11: a pymorphy3 lemma block and surface columns in the nightly Russian head."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.analyse.text_features import normalise_text

pytest.importorskip("pymorphy3")


def test_lemmas_fold_inflected_forms_and_keep_latin_words():
    from pipeline.analyse.lemmas import lemma, lemmatise

    assert lemmatise("Кредитами, кредиту и кредит") == "кредит кредит и кредит"
    assert lemma("списали") == lemma("списал") == "списать"
    assert lemma("ёлки") == "елка"  # ё folded like the rest of the normalised text
    assert lemmatise("iphone 6 за 0 рублей") == "iphone за рубль"  # numbers are not words; Latin kept
    assert lemmatise("") == ""


def test_surface_features_see_replies_companies_retweets_and_headlines():
    from pipeline.analyse.surface_features import COLUMNS, surface_features

    raw = ["@ivan Здравствуйте! Ваше обращение передано специалистам.",
           "RT @news: «Сбербанк» и ВТБ снизили ставки по вкладам http://t.co/x",
           "МТС опять без связи?! Сколько можно!!!",
           ""]
    x = surface_features(raw, [normalise_text(t) for t in raw])
    assert x.shape == (4, len(COLUMNS)) and x.dtype == np.float32
    assert ((x >= 0) & (x <= 1)).all()
    col = {name: x[:, i] for i, name in enumerate(COLUMNS)}
    # a retweet loses its «RT» in normalisation, so it starts with its author's @mention like a reply
    assert col["reply"].tolist() == [1, 1, 0, 0]
    assert col["retweet"].tolist() == [0, 1, 0, 0]
    assert col["companies"][1] == pytest.approx(2 / 3) and col["companies"][2] == pytest.approx(1 / 3)
    assert col["url"].tolist() == [0, 1, 0, 0] and col["quoted"].tolist() == [0, 1, 0, 0]
    assert col["bank_topic"].tolist() == [0, 1, 0, 0]
    assert col["exclamations"][2] == 1.0 and col["questions"][2] == pytest.approx(1 / 3)
    assert not x[3].any()


def test_lemma_block_lets_the_head_generalise_to_an_unseen_inflection():
    from pipeline.analyse.linear_text import LinearTextClassifier

    neg = ["деньги списали", "списали без спроса", "опять списали", "зачем списали", "списали дважды"]
    neu = ["деньги вернули", "вернули документы", "документы вернули", "когда вернули", "вернули вовремя"]

    def fit(lemmas: bool) -> LinearTextClassifier:
        m = LinearTextClassifier(C=10.0, lemmas=lemmas, char_ngrams=(9, 9))  # no char n-gram to fall back on
        return m.fit(neg + neu, ["negative"] * 5 + ["neutral"] * 5)

    unseen = ["спишут деньги", "вернут деньги"]  # other forms of «списать» and «вернуть»
    assert fit(lemmas=True).predict(unseen).tolist() == ["negative", "neutral"]
    with_lemmas = fit(lemmas=True).decision_function(unseen[:1])[0]
    without = fit(lemmas=False).decision_function(unseen[:1])[0]
    assert with_lemmas[0] - with_lemmas[1] > without[0] - without[1]


def test_surface_columns_reach_the_head():
    from pipeline.analyse.linear_text import LinearTextClassifier

    texts = ["@a ок", "@b ок", "@c ок", "ок", "ок ок", "ок да"]
    labels = ["neutral"] * 3 + ["negative"] * 3
    m = LinearTextClassifier(C=10.0, surface=True).fit(texts, labels)
    assert m.predict(["@zzz ок", "ок"]).tolist() == ["neutral", "negative"]
