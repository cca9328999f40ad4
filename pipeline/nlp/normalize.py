"""The one normaliser of the rule engine: one folded form for matching rules to text.

Chats are typed in a hurry, emails carry typography and call transcripts come out of ASR
(little or no punctuation, everything lower-case). Matching must not depend on any of that, so
the rules and the texts are folded the same way: ``ё`` → ``е`` (Russian writers use either),
case folded, typographic quotes, dashes and apostrophes mapped to plain ones.

:func:`fold` folds one word (phrase words, token surfaces, negation words);
:func:`fold_same_length` folds a whole text for the regexes without changing its length, so the
spans found in it are spans of the original text. (``pipeline.transcribe.normalize`` is not a
second one: it spells numbers for word-error rates. ``analyse.text_features.normalise_text`` makes
model features, not rule matches.)
"""

from __future__ import annotations

import re
import unicodedata

# Placeholders written by PII redaction, e.g. ``[NAME]``, ``[PHONE]``, ``[CARD_NUMBER]``.
PLACEHOLDER_RE = re.compile(r"\[[A-Z][A-Z0-9_]*\]")

_TRANSLATE = str.maketrans(
    {
        "ё": "е",
        "Ё": "е",
        "\u2019": "'",  # right single quote
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00a0": " ",  # no-break space
        "\u2009": " ",
        "\u202f": " ",
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
    }
)


def fold(word: str) -> str:
    """Fold one token: ``ё`` → ``е``, typographic characters → plain, case folded."""
    return unicodedata.normalize("NFC", word).translate(_TRANSLATE).casefold()


def fold_same_length(text: str) -> str:
    """Lower-case with ``ё`` → ``е`` without changing the length (spans stay valid)."""
    lowered = text.lower().replace("ё", "е")
    return lowered if len(lowered) == len(text) else text.replace("ё", "е").replace("Ё", "Е")


def is_word(token_text: str) -> bool:
    """True when a token carries a letter, a digit or is a PII placeholder (not pure punctuation)."""
    if PLACEHOLDER_RE.fullmatch(token_text):
        return True
    return any(ch.isalnum() for ch in token_text)
