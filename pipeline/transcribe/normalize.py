"""A normalised form of transcript text for matching (scorecard phrases, WER, search).

Whisper writes numbers as digits ("2 000 рублей", "5 декабря") while scripts, references and
phrase lists often spell them out ("две тысячи рублей", "пятого декабря"). The choice here is
**words → digits**: number words are parsed into their value and written as digits, and digit
groups split by spaces or commas ("2 000", "2,000") are joined ("2000"). Going the other way
(digits → words) would have to guess the grammatical case of Russian numerals ("двух тысяч",
"двумя тысячами"), while the lemma of every case form maps to one value, so both spellings meet
in one token.

Besides numbers: lower case, ``ё`` → ``е``, punctuation dropped (a decimal point between digits
is kept), hyphens split words. Russian number words are recognised in any case form via the
pymorphy3 lemma (cardinals, and ordinals such as "пятого" → 5); English cardinals by a word list.
"""

from __future__ import annotations

import re
from functools import lru_cache

_RU_CARDINALS = {
    "ноль": 0, "нуль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40,
    "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
    "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "тысяча": 1000, "миллион": 1_000_000, "миллиард": 1_000_000_000,
}
_RU_ORDINALS = {
    "первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4, "пятый": 5,
    "шестой": 6, "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10, "одиннадцатый": 11,
    "двенадцатый": 12, "тринадцатый": 13, "четырнадцатый": 14, "пятнадцатый": 15,
    "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18, "девятнадцатый": 19,
    "двадцатый": 20, "тридцатый": 30,
}
_EN_CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
}
_MULTIPLIERS = {1000, 1_000_000, 1_000_000_000}

_DIGIT_GROUPS = re.compile(r"(?<![\d.,])(\d{1,3})((?:[ \u00a0\u202f,]\d{3})+)(?![\d])")
_DECIMAL = re.compile(r"(\d)[,.](\d)")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def number_value(word: str) -> tuple[int, bool] | None:
    """(value, is_ordinal) of one lower-case number word, or None."""
    if word in _EN_CARDINALS:
        return _EN_CARDINALS[word], False
    if not re.search("[а-я]", word):
        return None
    for parse in _morph().parse(word):
        lemma = parse.normal_form.replace("ё", "е")
        tag = parse.tag
        if lemma in _RU_CARDINALS and ("NUMR" in tag or "NOUN" in tag or "ADJF" in tag):
            return _RU_CARDINALS[lemma], False
        if lemma in _RU_ORDINALS and "ADJF" in tag:
            return _RU_ORDINALS[lemma], True
    return None


def _slot(value: int) -> int:
    """Position of an additive number word: 3 hundreds, 2 tens, 1 units and teens."""
    if value >= 100:
        return 3
    if value >= 20:
        return 2
    return 1


def _words_to_digits(tokens: list[str]) -> list[str]:
    """Replace each run of number words by its value; a run ends where the grammar of numbers
    would restart ("пять три" is two numbers, "двадцать пять" one)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if number_value(tokens[i]) is None:
            out.append(tokens[i])
            i += 1
            continue
        total, group, last_add, big = 0, 0, None, None
        j = i
        while j < len(tokens):
            if tokens[j] == "and" and last_add is not None and last_add >= 100 and j + 1 < len(tokens):
                following = number_value(tokens[j + 1])  # "one hundred and twenty"
                if following is not None and following[0] < 100:
                    j += 1
                    continue
            parsed = number_value(tokens[j])
            if parsed is None:
                break
            value, ordinal = parsed
            if value in _MULTIPLIERS:
                if big is not None and value >= big:
                    break
                total += max(group, 1) * value
                group, last_add, big = 0, None, value
            elif value == 100 and last_add is not None and 1 <= group <= 9:
                group *= 100  # English "five hundred"
                last_add = 100
            else:
                if last_add is not None and _slot(value) >= _slot(last_add):
                    break
                group += value
                last_add = value
            j += 1
            if ordinal:
                break  # an ordinal ends a number ("двадцать пятого")
        out.append(str(total + group))
        i = j
    return out


def normalize_text(text: str, language: str | None = None) -> str:
    """Lower-case, punctuation-free text with numbers as digits (see the module docstring).

    ``language`` is accepted for callers that know it; Russian and English number words are
    recognised by script, so mixed text works without it.
    """
    if not text:
        return ""
    s = text.lower().replace("ё", "е")
    s = _DIGIT_GROUPS.sub(lambda m: m.group(1) + re.sub(r"[^\d]", "", m.group(2)), s)
    s = _DECIMAL.sub(r"\1.\2", s)
    tokens = _TOKEN.findall(s)
    return " ".join(_words_to_digits(tokens))


_EN_FUNCTION_WORDS = frozenset(
    "a an the and or but to of for with at in on by from as so if than that".split()
)


@lru_cache(maxsize=50_000)
def is_function_word(word: str) -> bool:
    """A preposition, conjunction or particle: a word a sentence does not end with."""
    w = word.strip(".,!?;:\"'«»()").lower()
    if not w:
        return False
    if w in _EN_FUNCTION_WORDS:
        return True
    if not re.search("[а-яё]", w):
        return False
    parse = _morph().parse(w)[0]
    return parse.tag.POS in {"PREP", "CONJ", "PRCL"}
