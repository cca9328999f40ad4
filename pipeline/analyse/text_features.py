"""Text normalisation and sparse features shared by the topic and sentiment models.

Fast (pure regex + scikit-learn TF-IDF): this is what runs per turn in the nightly path.
"""

from __future__ import annotations

import re

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer

_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:ru|com|net|org|рф)\b(?:/\S*)?")
_MENTION = re.compile(r"@\w+")
_HASH = re.compile(r"#(\w+)")
_RT = re.compile(r"^\s*rt\b[:\s]*", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_REPEAT = re.compile(r"(\w)\1{2,}")
_SPACES = re.compile(r"\s+")

# Organisations the SentiRuEval tweets are about, our own brand, and generic operator/bank names.
# Replacing them with one placeholder stops a model from learning "company X is bad" (the test
# period differs from the training period) and lets it transfer to «Ладога Телеком».
_COMPANIES = [
    r"сбер\w*", r"sber\w*", r"втб\s*24", r"втб\w*", r"vtb\s*24", r"vtb\w*", r"газпромбанк\w*",
    r"gazprombank", r"альфа[\s-]*банк\w*", r"альфа\w*", r"alfa[\s-]*bank", r"alfabank", r"банк\w*\s+москвы",
    r"райф+айзен\w*", r"raiffeisen\w*", r"уралсиб\w*", r"uralsib", r"россельхозбанк\w*", r"рсхб",
    r"билайн\w*", r"beeline\w*", r"мтс\w*", r"mts\w*", r"мегафон\w*", r"megafon\w*", r"теле2", r"tele2",
    r"tele\s2", r"ростелеком\w*", r"rostelecom\w*", r"rt\.ru", r"комстар\w*", r"skylink\w*", r"скайлинк\w*",
    r"ладог\w*\s+телеком\w*", r"ладога\w*", r"ladoga\s+telecom", r"ladoga",
]
_COMPANY = re.compile(r"\b(?:" + "|".join(_COMPANIES) + r")\b")  # applied to lower-cased text


def normalise_text(text: str) -> str:
    """Lower-case, ``ё``→``е``, placeholders for URLs, @mentions, company names and numbers.

    >>> normalise_text("RT @ivan: Сбербанк опять списал 100 руб!!! http://t.co/x")
    'ment : company опять списал 0 руб!!! url'
    """
    text = (text or "").lower().replace("ё", "е")
    text = _RT.sub("", text)
    if "." in text:
        text = _URL.sub(" url ", text)
    if "@" in text:
        text = _MENTION.sub(" ment ", text)
    if "#" in text:
        text = _HASH.sub(r" \1 ", text)
    text = _COMPANY.sub(" company ", text)
    text = _NUMBER.sub("0", text)
    text = _REPEAT.sub(r"\1\1", text)
    return _SPACES.sub(" ", text).strip()


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*")  # no domain needed: a sentence split may cut it at a dot


def mask_identifiers(text: str) -> str:
    """Lower-case with e-mail addresses, URLs and numbers as placeholders: the TF-IDF ``preprocessor`` of
    models trained on real replies, so that no appeal number, house number, phone or address of the
    training texts becomes a vocabulary entry of a shipped model.

    >>> mask_identifiers("Обращение 3133266 от 12.03.2021, ответ: Info@gov.spb.ru, https://gu.spb.ru/x")
    'обращение 0 от 0.0, ответ: email, url'
    """
    text = (text or "").lower()
    if "@" in text:
        text = _EMAIL.sub("email", text)
    if "." in text:
        text = _URL.sub("url", text)
    return _NUMBER.sub("0", text)


_NEGATED = re.compile(r"\b(не|ни|нет|без|not|no|never|dont|don't|cannot|can't|isn't|doesn't|didn't|won't)\s+(\w+)")


def mark_negation(text: str) -> str:
    """Bind a negation to the word after it: «не нравится» → «не не_нравится», "not good" →
    "not not_good" (the plain word stays, the bound one is a feature of its own).

    >>> mark_negation("мне не нравится, not good")
    'мне не не_нравится, not not_good'
    """
    return _NEGATED.sub(lambda m: f"{m.group(1)} {'не' if m.group(1)[0] in 'нб' else 'not'}_{m.group(2)}", text)


class TextTfidf(BaseEstimator, TransformerMixin):
    """Word (1..word_max) + char_wb (char_min..char_max) TF-IDF of normalised text, L2-normalised.

    The two blocks are each L2-normalised and scaled by 1/√2, so the whole row has unit norm and
    can be concatenated with a unit-norm sentence embedding.
    """

    def __init__(
        self,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] = (2, 5),
        min_df: int = 1,
        char_min_df: int = 2,
        max_features: int | None = None,
        normalise: bool = True,
        negation: bool = False,
    ):
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.char_min_df = char_min_df
        self.max_features = max_features
        self.normalise = normalise
        self.negation = negation

    def _prep(self, texts) -> list[str]:
        return [normalise_text(t) for t in texts] if self.normalise else [(t or "").lower() for t in texts]

    def _words(self, prepped: list[str]) -> list[str]:
        """The word block's input: with ``negation``, negated words bound to their negation."""
        if getattr(self, "negation", False):  # absent in artifacts pickled before it existed
            return [mark_negation(t) for t in prepped]
        return prepped

    def fit(self, texts, y=None):
        prepped = self._prep(texts)
        self.word_ = TfidfVectorizer(
            ngram_range=tuple(self.word_ngrams), sublinear_tf=True, min_df=self.min_df,
            max_features=self.max_features, token_pattern=r"(?u)\b\w+\b|[!?]+|[:;]-?[()DPp]+",
            lowercase=False, dtype=np.float32,
        ).fit(self._words(prepped))
        self.char_ = TfidfVectorizer(
            analyzer="char_wb", ngram_range=tuple(self.char_ngrams), sublinear_tf=True,
            min_df=min(self.char_min_df, max(1, len(prepped) // 50) if len(prepped) < 100 else self.char_min_df),
            max_features=self.max_features, lowercase=False, dtype=np.float32,
        ).fit(prepped)
        return self

    def transform(self, texts):
        return self.transform_prepared(self._prep(texts))

    def prepare(self, texts) -> list[str]:
        """The texts as the vectorisers see them (normalised, or lower-cased when ``normalise`` is off)."""
        return self._prep(texts)

    def transform_prepared(self, prepped: list[str]):
        """:meth:`transform` of texts already passed through :meth:`prepare` (no second normalisation)."""
        scale = np.float32(1 / np.sqrt(2))
        return sp.hstack([self.word_.transform(self._words(prepped)) * scale, self.char_.transform(prepped) * scale]).tocsr()
