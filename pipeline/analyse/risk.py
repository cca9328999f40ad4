"""Risk signals from the customer's words: escalation, churn, legal threat, abuse.

Lexicons live in ``rules/risk.yaml`` as phrases; Russian phrases are lemmatised at load with the
shared :class:`~pipeline.nlp.lemmas.Lemmatizer` and matched on the lemmas of customer turns, so a
phrase covers every inflection. Matching allows a few words between the words of a phrase, stays
inside a sentence, and (per signal) ignores negated matches («не буду расторгать договор»).

:class:`PhraseLexicon` is the reusable matcher (the complaint lexicon uses it too);
:class:`RiskDetector` turns matches into :class:`~pipeline.model.SignalResult` s with evidence spans
in the (redacted) turn text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, field_validator

from pipeline.config import load_rules
from pipeline.config import RulesModel
from pipeline.model import Evidence, Interaction, SignalResult, Speaker, Turn
from pipeline.nlp.lemmas import Lemmatizer, Token, get_lemmatizer

RISK_SIGNALS = ("escalation", "churn", "legal", "abuse")
_SENTENCE_BREAK_RE = re.compile(r"[.!?;\n]")
_CLAUSE_BREAK_RE = re.compile(r"[.!?;,\n]|\s[-—–]\s|\bно\b|\bbut\b|\bа\b", re.IGNORECASE)
_SET_REF_RE = re.compile(r"\{(\w+)\}")


# ---- settings ---------------------------------------------------------------------------------------
class Phrase(RulesModel):
    phrase: str
    weight: float | None = Field(None, gt=0, le=1)


def _phrases(value: list) -> list[Phrase]:
    return [Phrase(phrase=v) if isinstance(v, str) else Phrase.model_validate(v) for v in value or []]


class LexiconSettings(RulesModel):
    """Phrases of one signal, per language, with a default weight and a decision threshold."""

    weight: float = Field(0.85, gt=0, le=1)
    threshold: float = Field(0.5, gt=0, le=1)
    negation: bool = True
    ru: list[Phrase] = Field(default_factory=list)
    en: list[Phrase] = Field(default_factory=list)

    @field_validator("ru", "en", mode="before")
    @classmethod
    def _coerce(cls, value: list) -> list[Phrase]:
        return _phrases(value)


class ComplaintSettings(LexiconSettings):
    sentiment_weight: float = Field(0.55, ge=0, le=1)
    worst_turn_weight: float = Field(0.25, ge=0, le=1)
    signal_weights: dict[str, float] = Field(default_factory=dict)
    model_weight: float = Field(0.7, ge=0, le=1)


class MatchingSettings(RulesModel):
    max_gap: int = Field(2, ge=0, le=6)
    negation_window: int = Field(3, ge=0, le=8)
    negations: list[str] = Field(default_factory=list)


class SentimentSettings(RulesModel):
    positive_at: float = 0.2
    negative_at: float = -0.2
    edge_turns: int = Field(2, ge=1)
    trajectory_threshold: float = Field(0.3, gt=0, le=2)


class RiskSettings(RulesModel):
    """``rules/risk.yaml``."""

    matching: MatchingSettings = Field(default_factory=MatchingSettings)
    absent_confidence: float = Field(0.85, gt=0, le=1)
    sets: dict[str, list[str]] = Field(default_factory=dict)
    signals: dict[str, LexiconSettings]
    complaint: ComplaintSettings
    sentiment: SentimentSettings = Field(default_factory=SentimentSettings)

    @field_validator("signals")
    @classmethod
    def _known(cls, value: dict[str, LexiconSettings]) -> dict[str, LexiconSettings]:
        unknown = sorted(set(value) - set(RISK_SIGNALS))
        if unknown:
            raise ValueError(f"unknown signals {unknown}; known: {list(RISK_SIGNALS)}")
        return value


def load_risk_settings(rules_dir: str | Path | None = None) -> RiskSettings:
    return load_rules(rules_dir, "risk", RiskSettings)


# ---- matching ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Word:
    """One word of a compiled phrase: an exact lemma, a prefix (``x*``) or an infix (``*x*``)."""

    value: str
    kind: str  # "exact" | "prefix" | "infix"

    def matches(self, lemma: str) -> bool:
        if self.kind == "exact":
            return lemma == self.value
        if self.kind == "prefix":
            return lemma.startswith(self.value)
        return self.value in lemma


@dataclass(frozen=True, slots=True)
class _Pattern:
    words: tuple[_Word, ...]
    weight: float
    source: str  # the phrase as written in the rules


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in a turn: token range, character span and weight."""

    turn_index: int
    start: int
    end: int
    text: str
    weight: float
    phrase: str
    negated: bool


class PhraseLexicon:
    """Compiled phrases of one signal (both languages), matched on lemma sequences."""

    def __init__(self, settings: LexiconSettings, matching: MatchingSettings, sets: dict[str, list[str]],
                 lemmatizer: Lemmatizer) -> None:
        self.settings = settings
        self.matching = matching
        self._by_first: dict[str, list[_Pattern]] = {}
        self._wild_first: list[_Pattern] = []
        self._wild_cache: dict[str, list[_Pattern]] = {}
        self._negations = frozenset(n.lower() for n in matching.negations)
        for lang, phrases in (("ru", settings.ru), ("en", settings.en)):
            for ph in phrases:
                for text in _expand_sets(ph.phrase, sets):
                    words = _compile(text, lang, lemmatizer)
                    if not words:
                        continue
                    pattern = _Pattern(words, ph.weight or settings.weight, ph.phrase)
                    if words[0].kind == "exact":
                        self._by_first.setdefault(words[0].value, []).append(pattern)
                    else:
                        self._wild_first.append(pattern)

    def find(self, text: str, tokens: list[Token], turn_index: int) -> list[Match]:
        """Every match in one turn (negated ones flagged), longest per start position."""
        out: list[Match] = []
        lemmas = [t.lemma for t in tokens]
        covered = -1  # a phrase inside a longer match is not counted twice
        for i, lemma in enumerate(lemmas):
            if i <= covered:
                continue
            candidates = self._by_first.get(lemma, [])
            if self._wild_first:
                wild = self._wild_for(lemma)
                if wild:
                    candidates = candidates + wild
            best: tuple[int, _Pattern] | None = None
            for pattern in candidates:
                end = self._match_at(pattern, text, tokens, lemmas, i)
                if end is not None and (best is None or end > best[0]):
                    best = (end, pattern)
            if best is None:
                continue
            end_idx, pattern = best
            covered = end_idx
            start, stop = tokens[i].start, tokens[end_idx].end
            negated = self.settings.negation and self._negated(text, tokens, lemmas, i, end_idx, pattern)
            out.append(Match(turn_index, start, stop, text[start:stop], pattern.weight, pattern.source, negated))
        return out

    def _wild_for(self, lemma: str) -> list[_Pattern]:
        """Patterns whose first word is a wildcard matching ``lemma`` (cached per lemma)."""
        found = self._wild_cache.get(lemma)
        if found is None:
            if len(self._wild_cache) > 200_000:
                self._wild_cache.clear()
            found = [p for p in self._wild_first if p.words[0].matches(lemma)]
            self._wild_cache[lemma] = found
        return found

    def _match_at(self, pattern: _Pattern, text: str, tokens: list[Token], lemmas: list[str], i: int) -> int | None:
        pos = i
        for word in pattern.words[1:]:
            found = None
            for j in range(pos + 1, min(len(lemmas), pos + 2 + self.matching.max_gap)):
                if _SENTENCE_BREAK_RE.search(text, tokens[j - 1].end, tokens[j].start):
                    break
                if word.matches(lemmas[j]):
                    found = j
                    break
            if found is None:
                return None
            pos = found
        return pos

    def _negated(self, text: str, tokens: list[Token], lemmas: list[str], i: int, end: int,
                 pattern: _Pattern) -> bool:
        pattern_has_negation = any(w.value in self._negations for w in pattern.words)
        # negation words skipped inside the match ("расторгать я не буду договор" is rare; "не" inside is)
        if not pattern_has_negation and any(lemmas[k] in self._negations for k in range(i + 1, end)):
            return True
        if pattern_has_negation:
            return False
        for k in range(i - 1, max(-1, i - 1 - self.matching.negation_window), -1):
            if _CLAUSE_BREAK_RE.search(text, tokens[k].end, tokens[k + 1].start):
                return False
            if lemmas[k] in self._negations or tokens[k].text.lower() in self._negations:
                return True
        return False


def _expand_sets(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    refs = _SET_REF_RE.findall(phrase)
    if not refs:
        return [phrase]
    for ref in refs:
        if ref not in sets:
            raise ValueError(f"phrase {phrase!r} refers to an unknown set {{{ref}}}")
    out = []
    for combo in itertools.product(*(sets[r] for r in refs)):
        text = phrase
        for ref, value in zip(refs, combo):
            text = text.replace("{" + ref + "}", str(value), 1)
        out.append(text)
    return out


def _compile(phrase: str, lang: str, lemmatizer: Lemmatizer) -> tuple[_Word, ...]:
    words: list[_Word] = []
    for raw in phrase.split():
        low = raw.lower().replace("ё", "е")
        if low.startswith("*") and low.endswith("*") and len(low) > 2:
            words.append(_Word(low.strip("*"), "infix"))
        elif low.endswith("*") and len(low) > 1:
            words.append(_Word(low.rstrip("*"), "prefix"))
        else:
            words.extend(_Word(t.lemma, "exact") for t in lemmatizer.tokens(raw, lang))
    return tuple(words)


# ---- signals ------------------------------------------------------------------------------------------
def combine(weights: list[float]) -> float:
    """Independent evidence: 1 - Π(1 - w)."""
    p = 1.0
    for w in weights:
        p *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - p


def decide(signal: str, weights: list[float], threshold: float, evidence: list[Evidence],
           absent_confidence: float) -> SignalResult:
    """A signal from its evidence weights: detected at ``threshold``; confidence of the decision."""
    p = combine(weights)
    if p >= threshold:
        return SignalResult(signal, True, round(p, 3), evidence)
    return SignalResult(signal, False, round(min(1.0 - p, absent_confidence), 3), evidence if p > 0 else [])


def customer_turns(interaction: Interaction) -> list[Turn]:
    return [t for t in interaction.turns if t.speaker == Speaker.CUSTOMER and t.text]


class RiskDetector:
    """Escalation, churn, legal and abuse signals of one interaction (customer turns only)."""

    def __init__(self, settings: RiskSettings | None = None, lemmatizer: Lemmatizer | None = None) -> None:
        self.settings = settings or load_risk_settings()
        self.lemmatizer = lemmatizer or get_lemmatizer()
        s = self.settings
        self.lexicons = {
            name: PhraseLexicon(cfg, s.matching, s.sets, self.lemmatizer) for name, cfg in s.signals.items()
        }
        self.complaint_lexicon = PhraseLexicon(s.complaint, s.matching, s.sets, self.lemmatizer)

    def tokens(self, turn: Turn, language: str | None) -> list[Token]:
        return self.lemmatizer.tokens(turn.text, turn.language or language or "ru")

    def matches(self, interaction: Interaction) -> dict[str, list[Match]]:
        """Non-negated matches per signal (``complaint`` included) over the customer's turns."""
        out: dict[str, list[Match]] = {name: [] for name in [*self.lexicons, "complaint"]}
        for turn in customer_turns(interaction):
            tokens = self.tokens(turn, interaction.language)
            for name, lexicon in [*self.lexicons.items(), ("complaint", self.complaint_lexicon)]:
                out[name].extend(m for m in lexicon.find(turn.text, tokens, turn.index) if not m.negated)
        return out

    def signals(self, matches: dict[str, list[Match]]) -> list[SignalResult]:
        """One :class:`SignalResult` per configured risk signal (detected or not)."""
        results = []
        for name, cfg in self.settings.signals.items():
            found = matches.get(name, [])
            evidence = [Evidence(m.turn_index, m.start, m.end, m.text) for m in found]
            results.append(decide(name, [m.weight for m in found], cfg.threshold, evidence,
                                  self.settings.absent_confidence))
        return results

    def detect(self, interaction: Interaction) -> list[SignalResult]:
        return self.signals(self.matches(interaction))
