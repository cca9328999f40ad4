"""Text normalisation shared by every analyser: one folded form for matching.

Chats are typed in a hurry, emails carry typography and call transcripts come out of ASR
(digits instead of words, little or no punctuation, everything lower-case). Matching must not
depend on any of that, so both the rules and the texts are folded the same way:

* ``ё`` → ``е`` (Russian writers use either), case folded;
* typographic quotes, dashes and apostrophes mapped to plain ones;
* punctuation removed (it never carries meaning for phrase matching), whitespace collapsed;
* digits and PII placeholders such as ``[NAME]`` kept.

:func:`fold` works on one word (no punctuation stripping), :func:`normalize_text` on a text.
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

# Anything that is not a letter, a digit, an apostrophe inside a word or a placeholder bracket.
_PUNCT_RE = re.compile(r"[^\w\s']+|(?<!\w)'|'(?!\w)|_+")
_SPACE_RE = re.compile(r"\s+")


def fold(word: str) -> str:
    """Fold one token: ``ё`` → ``е``, typographic characters → plain, case folded."""
    return unicodedata.normalize("NFC", word).translate(_TRANSLATE).casefold()


def normalize_text(text: str) -> str:
    """Folded, punctuation-free, single-spaced form of ``text`` for matching and deduplication.

    >>> normalize_text("Здравствуйте!  Меня зовут Алёна, «Ладога Телеком».")
    'здравствуйте меня зовут алена ладога телеком'
    >>> normalize_text("звоните 8-800-555-35-35")
    'звоните 8 800 555 35 35'
    """
    if not text:
        return ""
    parts: list[str] = []
    last = 0
    for match in PLACEHOLDER_RE.finditer(text):
        parts.append(_fold_plain(text[last : match.start()]))
        parts.append(match.group(0).lower())
        last = match.end()
    parts.append(_fold_plain(text[last:]))
    return _SPACE_RE.sub(" ", " ".join(parts)).strip()


def _fold_plain(text: str) -> str:
    return _PUNCT_RE.sub(" ", fold(text))


def is_word(token_text: str) -> bool:
    """True when a token carries a letter, a digit or is a PII placeholder (not pure punctuation)."""
    if PLACEHOLDER_RE.fullmatch(token_text):
        return True
    return any(ch.isalnum() for ch in token_text)
