"""What a theme is about: c-TF-IDF keywords over lemmas (Russian lemmatised) and representative examples.

c-TF-IDF (as in BERTopic): all texts of a theme form one document; a term's weight in a theme is its
frequency there times ``log(1 + A / f)``, with ``f`` the term's frequency over all themes and ``A`` the
average number of words per theme, so words frequent everywhere ("добрый", "please") sink.
"""

from __future__ import annotations

import math
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.lang.ru.stop_words import STOP_WORDS as RU_STOP

from pipeline.nlp.lemmas import PLACEHOLDER_RE, get_lemmatizer

STOP = {w.lower() for w in RU_STOP | EN_STOP} | {"здравствуйте", "добрый", "день", "спасибо", "пожалуйста",
                                                 "hello", "hi", "thanks", "thank", "please"}


def terms(text: str) -> list[str]:
    """Content lemmas of ``text`` plus their adjacent pairs (phrases)."""
    words = [lemma for lemma in get_lemmatizer().lemmas(text, None)
             if len(lemma) >= 3 and lemma.isalpha() and lemma not in STOP and not PLACEHOLDER_RE.fullmatch(lemma)]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:]) if a != b]


def keywords(texts_by_theme: dict[str, list[str]], n: int) -> dict[str, list[str]]:
    """Top ``n`` c-TF-IDF terms per theme; a phrase shadows its single words when it ranks higher."""
    counts = {key: Counter(t for text in texts for t in terms(text)) for key, texts in texts_by_theme.items()}
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    words_per_theme = sum(sum(c.values()) for c in counts.values()) / max(len(counts), 1)
    out: dict[str, list[str]] = {}
    for key, c in counts.items():
        size = max(sum(c.values()), 1)
        ranked = sorted(c, key=lambda t: (-(c[t] / size) * math.log(1 + words_per_theme / total[t]), t))
        chosen: list[str] = []
        for term in ranked:
            if c[term] < 2 and len(ranked) > n:
                continue
            if any(term in kept.split(" ") or kept in term.split(" ") for kept in chosen):
                continue
            chosen.append(term)
            if len(chosen) == n:
                break
        out[key] = chosen
    return out


def excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
