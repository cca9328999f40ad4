"""Risk signals from the customer's words: escalation, churn, legal threat, abuse.

Lexicons live in ``rules/risk.yaml`` as phrases in the one rule syntax (``docs/RULES.md``),
compiled and matched by the one rule engine (:mod:`pipeline.scoring.rule_engine`) on the lemmas of
customer turns, so a phrase covers every inflection; per signal, the engine's negation rule
drops negated matches («не буду расторгать договор»).

:func:`compile_lexicon` builds the engine's :class:`~pipeline.scoring.rule_engine.Lexicon` of one
signal (the complaint cues use it too); :class:`RiskDetector` turns matches into
:class:`~pipeline.model.SignalResult` s with evidence spans in the (redacted) turn text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from pipeline.scoring.rule_engine import (
    NO_NEGATION,
    Lexicon,
    Match,
    TurnTokens,
    compile_phrase,
    expand_sets,
    negation_guard,
)
from pipeline.config import load_rules
from pipeline.config import RulesModel
from pipeline.model import Evidence, Interaction, SignalResult, Speaker, Turn
from pipeline.nlp.lemmas import Lemmatizer, Token, get_lemmatizer

RISK_SIGNALS = ("escalation", "churn", "legal", "abuse")
PROBLEM = "complaint_problem"  # matches of the problem-report cues (the complaint definition allows them)
__all__ = ["Match", "RiskDetector", "compile_lexicon", "combine", "decide", "load_risk_settings"]


# ---- settings ---------------------------------------------------------------------------------------
class Phrase(RulesModel):
    phrase: str
    weight: float | None = Field(None, gt=0, le=1)


def _phrases(value: list) -> list[Phrase]:
    return [Phrase(phrase=v) if isinstance(v, str) else Phrase.model_validate(v) for v in value or []]


class PhraseLists(RulesModel):
    """Phrases per language (plain strings or ``{phrase, weight}``) and whether negation cancels them."""

    negation: bool = True
    ru: list[Phrase] = Field(default_factory=list)
    en: list[Phrase] = Field(default_factory=list)

    @field_validator("ru", "en", mode="before")
    @classmethod
    def _coerce(cls, value: list) -> list[Phrase]:
        return _phrases(value)


class LexiconSettings(PhraseLists):
    """Phrases of one signal, per language, with a default weight and a decision threshold."""

    weight: float = Field(0.85, gt=0, le=1)
    threshold: float = Field(0.5, gt=0, le=1)


COMPLAINT_DEFINITIONS = ("dissatisfaction_or_problem", "dissatisfaction_only")


class ProblemCues(PhraseLists):
    """Problem-report cues («не работает», "was charged"...): a complaint under the default definition."""

    weight: float = Field(0.6, gt=0, le=1)


class ComplaintSettings(LexiconSettings):
    # what counts as a complaint in this deployment: any dissatisfaction or problem report (default),
    # or expressed dissatisfaction only (a plain fault report is then not a complaint)
    definition: Literal["dissatisfaction_or_problem", "dissatisfaction_only"] = "dissatisfaction_or_problem"
    problem: ProblemCues = Field(default_factory=ProblemCues)
    sentiment_weight: float = Field(0.55, ge=0, le=1)
    worst_turn_weight: float = Field(0.25, ge=0, le=1)
    signal_weights: dict[str, float] = Field(default_factory=dict)
    model_weight: float = Field(0.7, ge=0, le=1)

    @property
    def counts_problems(self) -> bool:
        return self.definition == "dissatisfaction_or_problem"


class MatchingSettings(RulesModel):
    max_gap: int = Field(2, ge=0, le=6)
    negation_window: int = Field(3, ge=0, le=8)
    negations: list[str] = Field(default_factory=list)


class SentimentSettings(RulesModel):
    positive_at: float = 0.2
    negative_at: float = -0.2
    edge_turns: int = Field(2, ge=1)
    trajectory_threshold: float = Field(0.3, gt=0, le=2)
    # share of Russian turns (the fast head's least confident, by a margin threshold fixed at training time)
    # re-decided by the e5 head (pipeline/analyse/sentiment_cascade.py); 0 (the default) switches the cascade off
    e5_cascade_share: float = Field(0.0, ge=0, le=1)


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


# ---- matching (the one rule engine) ------------------------------------------------------------------
def compile_lexicon(name: str, settings: LexiconSettings | ProblemCues, matching: MatchingSettings, sets: dict[str, list[str]],
                    lemmatizer: Lemmatizer) -> Lexicon:
    """The phrases of one signal, both languages, as the rule engine's weighted lexicon."""
    phrases = []
    for lang, entries in (("ru", settings.ru), ("en", settings.en)):
        for ph in entries:
            for text in expand_sets(ph.phrase, sets):
                phrases.append(compile_phrase(text, lemmatizer, lang, matching.max_gap, ph.weight or settings.weight))
    guard = negation_guard(matching.negations, matching.negation_window, lemmatizer) if settings.negation \
        else NO_NEGATION
    return Lexicon(name, phrases, guard)


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
            name: compile_lexicon(name, cfg, s.matching, s.sets, self.lemmatizer) for name, cfg in s.signals.items()
        }
        self.complaint_lexicon = compile_lexicon("complaint", s.complaint, s.matching, s.sets, self.lemmatizer)
        # problem-report cues count only where the deployment's definition says so
        self.problem_lexicon = (compile_lexicon(PROBLEM, s.complaint.problem, s.matching, s.sets, self.lemmatizer)
                                if s.complaint.counts_problems else None)

    def tokens(self, turn: Turn, language: str | None) -> list[Token]:
        return self.lemmatizer.tokens(turn.text, turn.language or language or "ru")

    def matches(self, interaction: Interaction) -> dict[str, list[Match]]:
        """Non-negated matches per signal (``complaint`` included) over the customer's turns."""
        lexicons = [*self.lexicons.items(), ("complaint", self.complaint_lexicon)]
        if self.problem_lexicon is not None:
            lexicons.append((PROBLEM, self.problem_lexicon))
        out: dict[str, list[Match]] = {name: [] for name, _ in lexicons}
        for turn in customer_turns(interaction):
            tokens = TurnTokens(turn.text, self.tokens(turn, interaction.language))  # once for every lexicon
            for name, lexicon in lexicons:
                out[name].extend(lexicon.find(turn.text, tokens, turn.index))
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
