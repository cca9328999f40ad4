"""Which literal text every match of a regex must contain: a cheap first look before running it.

A scorecard group holds up to a few hundred regexes, and most turns match none of them. Nearly every
regex names a word that any match of it contains (``\\bне\\s+моя\\s+вина\\b`` cannot match a turn
without «вина»), and looking for a plain string (``str.find``) costs a fraction of running the regex.
:func:`required_literals` reads that string (or the strings of which one must occur, for an
alternation) from the parsed pattern; :func:`caseless` is the form of a turn's text such strings are
looked for in, so that a turn the check rejects is one the regex finds nothing in.

Only case-insensitive regexes get literals (all of the project's rules are): their literals are
compared as :func:`caseless` text, lower-cased with the characters ``re`` treats as equal under
``IGNORECASE`` beyond lower-casing («в» and «ᲀ», "s" and "ſ", "σ" and "ς") folded to one. A regex
whose literals cannot be read (a case-sensitive, ASCII or locale regex, a pattern that only
alternates character classes, a Python whose ``re`` internals differ) gets None and always runs.
"""

from __future__ import annotations

import re

try:  # the parser and case tables of CPython's re (3.11+), read to skip work, never to match
    from re import _casefix, _constants, _parser  # type: ignore[attr-defined]

    _EXTRA_CASES: dict[int, tuple[int, ...]] | None = _casefix._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - another Python: every regex runs
    _EXTRA_CASES = None

# each character that IGNORECASE matches beyond lower-casing → one representative of its class (the
# common letters are their class's representative: «в» stands for «ᲀ», "s" for "ſ"; only the rest map)
_CASE_CLASS = {k: r for k, v in (_EXTRA_CASES or {}).items() if (r := min((k, *v))) != k}
# texts without any of them (nearly all) skip the translation
_NEEDS_CASE_CLASS = re.compile("[" + "".join(map(chr, _CASE_CLASS)) + "]") if _CASE_CLASS else None
# shorter literals are not worth the look (and a one-letter one rejects almost nothing)
MIN_LITERAL = 2


def caseless(text: str) -> str | None:
    """``text`` lower-cased with IGNORECASE's extra equal characters folded to one, same length
    (positions stay valid); None when lower-casing changes the length (e.g. «İ»): then every regex runs."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return lowered.translate(_CASE_CLASS) if _NEEDS_CASE_CLASS and _NEEDS_CASE_CLASS.search(lowered) else lowered


def required_literals(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings (in :func:`caseless` form) one of which occurs inside every match of ``rx``, or None
    when no such strings of at least :data:`MIN_LITERAL` characters can be read from the pattern."""
    if _EXTRA_CASES is None or not rx.flags & re.IGNORECASE or rx.flags & (re.ASCII | re.LOCALE):
        return None
    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
    except Exception:  # pragma: no cover - compiled already, so parsing again should not fail
        return None
    found = _requirement(list(parsed))
    return found if found and min(map(len, found)) >= MIN_LITERAL else None


def _better(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The requirement that rejects more: the longer shortest alternative, then fewer alternatives."""
    if not a or not b:
        return a or b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _requirement(items: list) -> tuple[str, ...] | None:
    """The best requirement of a sequence of parsed items: a run of consecutive literals, or the
    requirement of a part every match passes through (a group, a repeat of at least one, every
    branch of an alternation). Lookarounds, classes and back-references end a run and give nothing."""
    best: tuple[str, ...] | None = None
    run = ""
    for op, av in items:
        if op is _constants.LITERAL:
            char = chr(av).lower()
            if len(char) == 1:
                run += char.translate(_CASE_CLASS)
                continue
        if run:
            best, run = _better(best, (run,)), ""
        if op is _constants.SUBPATTERN and not av[1] and not av[2]:  # a group with no flags of its own
            best = _better(best, _requirement(list(av[3])))
        elif op is _constants.ATOMIC_GROUP:
            best = _better(best, _requirement(list(av)))
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = _better(best, _requirement(list(av[2])))
        elif op is _constants.BRANCH:
            branches = [_requirement(list(branch)) for branch in av[1]]
            if all(branches):
                best = _better(best, tuple(dict.fromkeys(s for branch in branches if branch for s in branch)))
    if run:
        best = _better(best, (run,))
    return best
