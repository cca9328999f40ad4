"""Charset decoding for email: bytes in a declared, mislabelled or undeclared charset → ``str``.

:func:`decode_bytes` reads message bodies (UTF-8, Windows-1251, KOI8-R, Latin; a wrong Cyrillic
label is overruled by :func:`cyrillic_score`), :func:`decode_header_value` raw header values
(RFC 2047 encoded words and raw 8-bit bytes). Used by :mod:`pipeline.ingest.email_text`.
"""

from __future__ import annotations

import codecs
import math
import re
from email.header import decode_header


# Labels seen in real mail that Python's codec registry does not know.
_CHARSET_ALIASES = {
    "win-1251": "cp1251", "win1251": "cp1251", "cp-1251": "cp1251", "x-cp1251": "cp1251",
    "windows1251": "cp1251", "x-win-1251": "cp1251", "koi8r": "koi8-r", "x-koi8-r": "koi8-r",
    "koi8": "koi8-r", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-mac-cyrillic": "mac-cyrillic",
}
# Labels that mean "we do not know": treated as undeclared.
_UNKNOWN_CHARSETS = frozenset({"unknown-8bit", "x-unknown", "unknown", "x-user-defined", "default", "charset"})
# Single-byte codecs that many mailers put on Russian text they did not really convert.
_LATIN_CODECS = frozenset({"ascii", "iso8859-1", "cp1252", "iso8859-15"})
_CYRILLIC_CODECS = ("cp1251", "koi8-r")
_SINGLE_BYTE = _LATIN_CODECS | frozenset({"cp1251", "koi8-r", "koi8-u", "cp866", "iso8859-5", "mac-cyrillic"})
# Score above which a Windows-1251 / KOI8-R reading counts as real Russian text.
_CYRILLIC_CONFIDENT = 0.8
_CYRILLIC_PLAUSIBLE = 0.5
# How much better the other Cyrillic codec must read before a declared one is overruled.
_CYRILLIC_MARGIN = 0.25
# Letter frequencies of Russian text (%); a wrong single-byte codec permutes letters away from them.
_RU_LETTER_PERCENT = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73, "в": 4.54,
    "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74,
    "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64,
    "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
}
_RU_LOG_P = {c: math.log(p / 100) for c, p in _RU_LETTER_PERCENT.items()}
_RU_LOG_P_OTHER = math.log(0.0001)  # Ukrainian/Belarusian letters, or a letter a wrong codec made
# Mean log-probability per letter of real Russian text (about -3.1) and of a permuted reading
# (about -3.5 and below): the letter score runs from 0 at _LL_FLOOR to 1 at _LL_REAL.
_LL_REAL, _LL_FLOOR = -3.3, -4.5
# Common Russian words of two letters or more (one-letter words can survive a wrong codec:
# Windows-1251 "с" is KOI8-R "Я"): a fifth of running text, scrambled by a wrong codec.
_RU_COMMON_WORDS = frozenset(
    "не на что по это как но за от мы вы вас нас вам нам для из до же то бы так все всё "
    "если мне меня уже или при он она они его её ее их был была было есть нет да ли только еще ещё "
    "когда где почему можно нужно очень спасибо здравствуйте добрый день пожалуйста ваш ваша наш "
    "счет счёт деньги номер договор вопрос ответ".split()
)
_COMMON_WORDS_FULL = 0.15  # share of common words at which that part of the score is full
_SCORE_SAMPLE = 4000  # characters scored: plenty to tell codecs apart, cheap on long bodies
_WORD_RE = re.compile(r"[^\W\d_]+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")

def codec_name(label: str | None) -> str | None:
    """Python codec name for a MIME charset label; None when missing or unknown."""
    if not label:
        return None
    key = str(label).strip().strip("\"'").lower()
    if not key or key in _UNKNOWN_CHARSETS:
        return None
    key = _CHARSET_ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _case_ok(word: str) -> bool:
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def cyrillic_score(text: str) -> float:
    """How much ``text`` reads like Russian, 0..1 (near 1 for real text, low for a wrong codec).

    A wrong single-byte codec permutes letters (so their frequencies stop looking Russian),
    scrambles letter case inside words ("пРИВЕТ"), mixes Latin and Cyrillic letters in one word
    and turns punctuation into box-drawing characters.
    """
    text = text[:_SCORE_SAMPLE]
    words = [w for w in _WORD_RE.findall(text) if any(_is_cyrillic(c) for c in w)]
    if not words:
        return 0.0
    good = sum(1 for w in words if all(_is_cyrillic(c) for c in w) and (len(w) == 1 or _case_ok(w)))
    common = sum(1 for w in words if w.lower() in _RU_COMMON_WORDS) / len(words)
    letters = [c.lower() for w in words for c in w if _is_cyrillic(c)]
    mean_ll = sum(_RU_LOG_P.get(c, _RU_LOG_P_OTHER) for c in letters) / len(letters)
    letter_score = min(1.0, max(0.0, (mean_ll - _LL_FLOOR) / (_LL_REAL - _LL_FLOOR)))
    non_ascii = [c for c in text if ord(c) > 127]
    junk = sum(1 for c in non_ascii if "\u2500" <= c <= "\u259f" or c == "\ufffd") / max(1, len(non_ascii))
    score = 0.4 * min(1.0, common / _COMMON_WORDS_FULL) + 0.3 * letter_score + 0.3 * good / len(words)
    return max(0.0, score - junk)


def _best_cyrillic(data: bytes) -> tuple[str, str, float]:
    best = ("", "cp1251", -1.0)
    for codec in _CYRILLIC_CODECS:
        text = data.decode(codec, errors="replace")
        score = cyrillic_score(text)
        if score > best[2]:
            best = (text, codec, score)
    return best


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, codec used) for ``data`` labelled with charset ``declared`` (may be None or wrong).

    Valid UTF-8 wins over a single-byte label (a Cyrillic single-byte text is never valid UTF-8);
    a Windows-1251 text labelled KOI8-R (or the reverse) or labelled Latin-1 is read in the codec
    that gives real words; undeclared 8-bit data is read as UTF-8, else the better of
    Windows-1251 / KOI8-R, else Windows-1252. Never raises: undecodable bytes become U+FFFD.
    """
    if not data:
        return "", "ascii"
    codec = codec_name(declared)
    if data.isascii() and (codec is None or codec in _SINGLE_BYTE or codec == "utf-8"):
        return data.decode("ascii"), "ascii"
    if codec is not None and codec not in _SINGLE_BYTE and codec != "utf-8":
        try:  # UTF-16, Shift-JIS, GB2312...: trust the label
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if codec in _CYRILLIC_CODECS or codec in ("koi8-u", "cp866", "iso8859-5", "mac-cyrillic"):
        text = data.decode(codec, errors="replace")
        own = cyrillic_score(text)
        other_text, other, score = _best_cyrillic(data)
        if other != codec and score >= _CYRILLIC_CONFIDENT and score - own >= _CYRILLIC_MARGIN:
            return other_text, other
        return text, codec
    text, cyr_codec, score = _best_cyrillic(data)
    if codec in _LATIN_CODECS:
        if score >= _CYRILLIC_PLAUSIBLE:  # Western text read as Cyrillic mixes scripts in words
            return text, cyr_codec
        return data.decode(codec if codec != "ascii" else "cp1252", errors="replace"), codec
    if codec == "utf-8" and score < _CYRILLIC_CONFIDENT:
        return data.decode("utf-8", errors="replace"), "utf-8"
    if score >= _CYRILLIC_PLAUSIBLE:
        return text, cyr_codec
    return data.decode("cp1252", errors="replace"), "cp1252"


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly not text (NULs, control characters, replacement marks)."""
    if not text:
        return False
    if "\x00" in text:
        return True
    return len(_CONTROL_RE.findall(text)) > 0.05 * len(text)


_FOLD_RE = re.compile(r"\r?\n(?=[ \t])")


def decode_header_value(raw: str | None) -> str:
    """Readable text of a raw header value: RFC 2047 encoded words (``=?koi8-r?B?...?=``) and raw
    8-bit bytes (kept by the parser as surrogate escapes) decoded; folding removed."""
    if raw is None:
        return ""
    value = _FOLD_RE.sub("", str(raw))
    if "=?" in value:
        try:
            chunks = decode_header(value)
        except (ValueError, UnicodeError, LookupError):
            chunks = [(value, None)]
    else:
        chunks = [(value, None)]
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            chunk = chunk.encode("ascii", errors="surrogateescape")
        elif charset is None and b"\\udc" in chunk:
            # decode_header wrote the raw 8-bit bytes next to encoded words as \\udcXX escapes
            try:
                chunk = chunk.decode("raw-unicode-escape").encode("ascii", errors="surrogateescape")
            except UnicodeError:
                pass
        out.append(decode_bytes(chunk, charset)[0])
    return re.sub(r"\s+", " ", "".join(out)).strip()
