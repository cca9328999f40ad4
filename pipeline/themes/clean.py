"""The text a contact is embedded from: its redacted customer text without what is not its problem.

Two complaints about the same problem differ by the address, the house and flat numbers, the date, the
number of an earlier appeal, the greeting and the portal's formulas («Прошу принять меры», «Спасибо»,
a law cited by article); the encoder sees those words too, so near-identical problems drift apart and
unrelated ones with the same formula drift together. :func:`embedding_text` removes, in order:

* PII placeholders (``[ADDRESS]``, ``[СКРЫТО]``...) and postal addresses (:mod:`pipeline.nlp.addresses`);
* the patterns of ``clean_patterns`` in ``rules/themes.yaml`` (case-insensitive regular expressions:
  greetings, thanks, formulas, dates, numbers);

then collapses whitespace and stray punctuation (a text with nothing removed stays as written, so its
cached vector is reused). A text that would keep fewer than
``clean_min_chars`` characters is embedded as written (a bare «Мусор на газоне. Спасибо!» stays
itself rather than becoming a word). Keywords and examples still come from the text as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from pipeline.nlp.addresses import AddressFinder
from pipeline.themes.config import ThemeConfig

_PLACEHOLDER = re.compile(r"\[[^\[\]\s]{2,24}\]")
_SPACES = re.compile(r"\s+")
_STRAY = re.compile(r"(?:\s*[,.;:!?()\-–—/№#\"«»]+\s*)+(?=[,.;:!?]|$)|^[\s,.;:!?()\-–—/№#]+")


@lru_cache(maxsize=1)
def _addresses() -> AddressFinder:
    return AddressFinder()


@lru_cache(maxsize=8)
def _patterns(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def clean_text(text: str, patterns: Sequence[str] = (), min_chars: int = 0) -> str:
    """``text`` without placeholders, addresses and the ``patterns``; as written when too little is left."""
    out = _PLACEHOLDER.sub(" ", text)
    spans = _addresses().address_spans(out)
    for start, end in sorted(spans, reverse=True):
        out = out[:start] + " " + out[end:]
    compiled = _patterns(tuple(patterns))
    if compiled is not None:
        out = compiled.sub(" ", out)
    if out == text:
        return text
    out = _STRAY.sub("", _SPACES.sub(" ", out)).strip()
    return out if len(out) >= min_chars else text


def embedding_text(text: str, config: ThemeConfig) -> str:
    """What the encoder reads for one contact (``text`` already cut to ``max_chars``)."""
    if not config.clean_text:
        return text
    return clean_text(text, config.clean_patterns, config.clean_min_chars)


def embedding_texts(texts: Sequence[str], config: ThemeConfig) -> list[str]:
    return [embedding_text(t, config) for t in texts]
