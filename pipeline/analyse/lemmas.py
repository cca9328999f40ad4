"""Russian lemmas for the nightly sentiment head: «кредитами» → «кредит», «работает» → «работать».

pymorphy3 (already a dependency) gives each word's most likely normal form; lemmas are cached per
word (one dictionary lookup per word once a word has been seen), so a lemma block costs little at night.
A word of the later period in a form the tweets never showed («списали» when only «списал» was seen)
lands on the lemma the head has learnt. Words without Cyrillic letters are kept as they are.
"""

from __future__ import annotations

import functools
import re

from pipeline.analyse.word_vectors import words

_CYRILLIC = re.compile("[а-яё]")


@functools.lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=300_000)
def lemma(word: str) -> str:
    """The most likely normal form of a lower-cased word (``ё`` → ``е``)."""
    if not _CYRILLIC.search(word):
        return word
    return _morph().parse(word)[0].normal_form.replace("ё", "е")


def lemmatise(text: str) -> str:
    """The words of ``text`` (lower-cased letters and inner hyphens) as lemmas, space-separated.

    >>> lemmatise("кредитами не доволен")
    'кредит не довольный'
    """
    return " ".join(lemma(w) for w in words(text))
