"""The literal text a regex's every match must contain (pipeline/scoring/regex_literals.py): read
right from the pattern, and never the reason a regex that would match is skipped, whatever the case
and the characters ``re`` treats as equal under IGNORECASE."""

from __future__ import annotations

import random
import re

from pipeline.nlp.normalize import fold_same_length
from pipeline.scoring.regex_literals import caseless, required_literals


def _literals(pattern: str, flags: int = re.IGNORECASE) -> tuple[str, ...] | None:
    return required_literals(re.compile(pattern, flags))


def test_the_longest_required_run_of_letters_is_taken():
    assert _literals(r"\bне\s+моя\s+вина\b") == ("вина",)
    assert _literals(r"\b(куда|как)\s+хотите\s*,?\s+(туда|так)\b") == ("хотите",)
    assert _literals(r"it'?s\s+not\s+my\s+(job|problem)") == ("not",)  # as long as "job", and one string
    assert _literals(r"it'?s\s+not\s+my\s+(responsibility|problem)") == ("responsibility", "problem")
    assert _literals(r"\bthat's\s+the\s+(?:seller|courier)'s\s+(?:call|decision)") == ("that's",)
    assert _literals(r"(?:x\s+)+заявк\w+") == ("заявк",)  # a repeat of at least once still counts


def test_every_branch_must_name_its_text():
    assert _literals(r"\b(refund|money\s+back)\b") == ("refund", "money")
    assert _literals(r"\b(refund|return)ed\b") == ("fund", "turn")  # re's parser takes the shared "re" out
    assert _literals(r"\b(?:не\s+ко\s+мне|not\s+my\s+department)") == ("мне", "department")
    assert _literals(r"\b(?:вина|\d+)\b") is None  # one branch holds no text: nothing is required


def test_optional_parts_lookarounds_and_classes_give_nothing():
    assert _literals(r"(?:позвоните\s+)?\d{3}") is None
    assert _literals(r"(?<=вина\s)\d+(?=\sрубл)") is None
    assert _literals(r"[вд]ина") == ("ина",)
    assert _literals(r"(\w+)\s+когда\s+\1") == ("когда",)  # a back-reference ends the run, the rest counts
    assert _literals(r"\ba\b") is None  # one letter rejects almost nothing


def test_only_case_insensitive_regexes_get_literals():
    assert _literals(r"вина", 0) is None
    assert _literals(r"вина", re.IGNORECASE | re.ASCII) is None
    assert _literals(r"(?-i:вина)\s+\d") is None
    assert _literals(r"(?i)ВИНА") == ("вина",)


def test_caseless_text_keeps_positions_or_gives_none():
    assert caseless("Не МОЯ вина") == "не моя вина"
    assert caseless("İstanbul") is None  # lower-casing «İ» adds a character
    assert caseless("ſ") == caseless("s") and caseless("ᲀ") == caseless("в") and caseless("ς") == caseless("σ")


_ALPHABET = "аАвВᲀдДоОсСтТъеЕёЁsSſkKKiIıσςΣ "
_PIECES = ["вина", "ВОДА", "сто", "ёлка", "ts", "kiss", "σος", r"\s+", r"\w", "[вд]", "(?:да|нет)", r"\b", "."]


def test_a_regex_that_matches_is_never_skipped():
    """Random regexes (case-insensitive, as every rule is) over random texts of the letters re folds
    in unusual ways («ᲀ» = «в», "ſ" = "s", Kelvin "K" = "k", final "ς" = "σ", «ё»): wherever a regex
    finds a match in the turn's folded text, its literals are found in the turn's caseless text."""
    rng = random.Random(7)
    checked = matched = 0
    for _ in range(3000):
        pattern = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 3)))
        rx = re.compile(pattern, re.IGNORECASE)
        literals = required_literals(rx)
        if literals is None:
            continue
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30)))
        if rng.random() < 0.5:  # plant the pattern's text, case changed, so that matches are common
            text += " " + rng.choice(literals).upper()
        folded = fold_same_length(text)
        found = rx.search(folded) is not None
        seen = caseless(folded)
        if found:
            assert seen is None or any(lit in seen for lit in literals), (pattern, text)
        checked += 1
        matched += found
    assert checked > 1000 and matched > 300
