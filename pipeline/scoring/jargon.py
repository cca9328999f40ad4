"""Generic jargon detectors of the ``clear_language`` criterion, beside its domain lexicons.

* **Unexplained abbreviations**: a word of capitals («ГВС», «ТСОДД», "HEVC") that is not widely
  known (the scorecard's list plus the ``known_abbreviations`` of its jargon domain files: «ТСН»,
  «ФГУП», «ОГИБДД» for public services), not explained in the same text («… (далее – ИТП)», «…
  анализа (КХА)», «ИТП (тепловой пункт)»), not part of an organisation's name (after a name marker
  such as «ООО», «ГКУ», «СПб», inside quotes, or numbered: «ЖСК-284», «ЖКС №2»), not the type of a
  cited document («РД 34.20.504-94») or a piece of a file code («1-626/Б/КР/2020») and not a plain
  word written in capitals («ГОДА»).
* **Rare technical terms**: a long word whose lemma is rare in a general word list
  (``wordfreq``'s Zipf frequency: 0 = unseen, 3 = once per million words) — «развоздушивание»,
  «оплуживание», «транскодирование».

* **Trade notations**: signs no word list holds, as the settings' regular expressions — the room
  notation «2-Н», the unit «кг/см2».

Neither of the first two counts when the customer used the word first (an abbreviation only where
``customer_excuses_abbreviations`` says so): it is their own vocabulary. Settings:
:class:`~pipeline.scoring.scorecard_rules.JargonSettings`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.scoring.rule_engine import Match, TurnTokens
from pipeline.scoring.scorecard_rules import JargonSettings
from pipeline.nlp.normalize import fold

_ABBREVIATION = re.compile(r"(?<![\w\[])([A-ZА-ЯЁ][A-ZА-ЯЁ0-9]+)(?![\w\]])")
_DEFINED_LATER = re.compile(r"далее\s*[-–—:]?\s*[«\"“]?([A-ZА-ЯЁ][A-ZА-ЯЁ0-9]+)", re.IGNORECASE)
_DEFINED_IN_BRACKETS = re.compile(r"[а-яёa-z]{3,}[^()]{0,80}\(\s*([A-ZА-ЯЁ][A-ZА-ЯЁ0-9]+)\s*\)")
_EXPLAINED_AFTER = re.compile(r"([A-ZА-ЯЁ][A-ZА-ЯЁ0-9]+)\s*\(\s*[а-яёa-z]{3,}")
_NUMBERED = re.compile(r"\s*(№|N\s*\d)")  # «ЖКС №2» names a body; «ЭУ-3» is a unit code to explain
_PART_OF_NUMBER = re.compile(r"(\d\s*[-/]\s*|№\s*)$")  # «№ 175-ОПР», «А56-…»
# a document designation: the type's letters, then a dotted number («РД 34.20.504-94», «СП 54.13330»):
# a reference, which the guide counts as plain
_DOCUMENT_NUMBER = re.compile(r"\s+(?!(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{2,4})\d+\.\d+")
_QUOTES = (("«", "»"), ("\"", "\""), ("“", "”"), ("„", "“"))
_QUOTE_REACH = 320
_PLAIN_WORD_ZIPF = 4.0  # «ГОДА» 6.2, «ОКНО» 4.7 — but «ОПС» 3.0, «АР» 3.9 are abbreviations


@dataclass(frozen=True, slots=True)
class CustomerWords:
    """What the customer wrote, to excuse the agent repeating it."""

    lemmas: frozenset[str]
    surfaces: frozenset[str]

    @classmethod
    def of(cls, turns: Iterable[TurnTokens]) -> CustomerWords:
        lemmas: set[str] = set()
        surfaces: set[str] = set()
        for tt in turns:
            lemmas.update(tt.lemmas)
            surfaces.update(tt.surfaces)
        return cls(frozenset(lemmas), frozenset(surfaces))

    def used(self, lemma: str, surface: str) -> bool:
        return lemma in self.lemmas or surface in self.surfaces

    def said(self, tt: TurnTokens, start: int, end: int) -> bool:
        """Every word of the span [start, end) of a turn was used by the customer."""
        inside = [i for i, tok in enumerate(tt.tokens) if tok.start >= start and tok.end <= end]
        return bool(inside) and all(self.used(tt.lemmas[i], tt.surfaces[i]) for i in inside)


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``wordfreq``'s general list (0 when unseen)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


def _inside_quotes(text: str, pos: int) -> bool:
    """Inside a quoted name or title: a quoted category title runs to ~300 characters."""
    before = text[max(0, pos - _QUOTE_REACH):pos]
    for open_q, close_q in _QUOTES:
        if open_q == close_q:
            if before.count(open_q) % 2 == 1:
                return True
        elif before.rfind(open_q) > before.rfind(close_q):
            return True
    return False


def _after_name_marker(text: str, start: int, markers: frozenset[str]) -> bool:
    words = re.findall(r"[\w\-]+", text[max(0, start - 40):start])
    return any(w.upper() in markers for w in words[-3:])


def _in_file_code(text: str, start: int, end: int) -> bool:
    """A piece of a code written with slashes and digits: «№ 1-626/Б/КР/2020» (not «ГВС/ХВС»)."""
    left = re.search(r"\S*$", text[:start])
    right = re.match(r"\S*", text[end:])
    code = (left.group(0) if left else "") + (right.group(0) if right else "")
    return "/" in code and any(ch.isdigit() for ch in code)


def _in_capitals_run(text: str, start: int, end: int) -> bool:
    """The word stands beside another word written in capitals («ДОМ ТОЧКА», «ВО ДВОРЕ»)."""
    before = re.search(r"([^\W\d_]+)[^\w]{1,3}$", text[max(0, start - 40):start])
    after = re.match(r"[^\w]{1,3}([^\W\d_]+)", text[end:end + 40])
    return any(w is not None and len(w.group(1)) >= 2 and w.group(1).isupper() for w in (before, after))


def notations(text: str, turn_index: int, settings: JargonSettings) -> list[Match]:
    """Trade notations of the settings' regular expressions: «пом. 2-Н», «2,2 кг/см2»."""
    out: list[Match] = []
    for rx in settings.notations:
        for m in re.finditer(rx, text):
            out.append(Match(turn_index, m.start(), m.end(), m.group(0), "notation", phrase="trade notation"))
    return out


def explained_abbreviations(text: str) -> set[str]:
    """Abbreviations the text spells out: «… (далее – ИТП)», «тепловой пункт (ИТП)», «ИТП (тепловой пункт)».

    A bracket after the abbreviation explains it only when one of its words starts with one of the
    abbreviation's letters: «МКД (парадная №3)» is a place, not an explanation."""
    found = {m.upper() for rx in (_DEFINED_LATER, _DEFINED_IN_BRACKETS) for m in rx.findall(text)}
    for m in _EXPLAINED_AFTER.finditer(text):
        inside = text[m.end(1):text.find(")", m.end(1)) if ")" in text[m.end(1):] else m.end(1) + 80]
        initials = {w[0].lower() for w in re.findall(r"[^\W\d_]{3,}", inside)}
        if initials & set(m.group(1).lower()):
            found.add(m.group(1).upper())
    return found


def unexplained_abbreviations(text: str, tt: TurnTokens, turn_index: int, settings: JargonSettings,
                              customer: CustomerWords, lang: str) -> list[Match]:
    known = frozenset(a.upper() for a in settings.known_abbreviations)
    markers = frozenset(m.upper() for m in settings.name_markers)
    explained = explained_abbreviations(text)
    out: list[Match] = []
    for m in _ABBREVIATION.finditer(text):
        word = m.group(1)
        letters = sum(ch.isalpha() for ch in word)
        if not 2 <= letters <= settings.max_abbreviation_length or word.upper() in known | explained | markers:
            continue
        if zipf(word.lower(), lang) >= _PLAIN_WORD_ZIPF and (letters >= 4 or _in_capitals_run(text, m.start(), m.end())):
            continue  # «ГОДА», «ВНИМАНИЕ», «НЕ РАБОТАЕТ»: words in capitals; a lone «ВО» is an abbreviation
        if settings.customer_excuses_abbreviations and customer.used(word.lower(), fold(word)):
            continue
        if _NUMBERED.match(text, m.end()) \
                or _DOCUMENT_NUMBER.match(text, m.end()) or _in_file_code(text, m.start(), m.end()) \
                or _PART_OF_NUMBER.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _after_name_marker(text, m.start(), markers) or _inside_quotes(text, m.start()):
            continue
        out.append(Match(turn_index, m.start(), m.end(), word, "abbreviation", phrase="unexplained abbreviation"))
    return out


def rare_terms(tt: TurnTokens, turn_index: int, settings: JargonSettings, customer: CustomerWords,
               lang: str) -> list[Match]:
    known = frozenset(fold(t) for t in settings.known_terms)
    out: list[Match] = []
    for tok, lemma, surface in zip(tt.tokens, tt.lemmas, tt.surfaces):
        if len(surface) < settings.rare_min_length or not surface.isalpha() or not tok.text[:1].islower():
            continue
        if lemma in known or surface in known or customer.used(lemma, surface):
            continue
        if max(zipf(lemma, lang), zipf(surface, lang)) < settings.rare_zipf_below:
            out.append(Match(turn_index, tok.start, tok.end, tok.text, "rare_term", phrase="rare technical term"))
    return out
