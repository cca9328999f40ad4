"""A generic rudeness vote for ``no_rudeness``: cues per sentence of an agent turn, not a phrase list.

The phrase rule of the scorecard catches known insults; unseen wording of rudeness ("As stated in
our previous email, which you obviously did not read…") carries grammatical and tonal signs instead.
Each sentence of an agent turn is checked for these cues (``rules/rudeness_cues.yaml``):

* ``imperative``   — it opens with a second-person imperative ("Ждите", "Call them");
* ``familiar_you`` — «ты» to a customer who says «вы»;
* ``shouting``     — a word of 5+ letters in capitals (not a ``[NAME]`` placeholder), or "!!" / "?!";
* ``sarcasm``, ``blame_you`` ("вы сами", "you should have"), ``reproach`` ("as I said");
* ``negative_tone`` — the project's sentiment model scores the agent's own sentence negative.

A sentence with a politeness marker (please, sorry, пожалуйста, извините…) is never a finding.
An agent turn whose sentences carry ``min_cues`` different cues fails the contact; the evidence is
the sentence of that turn with the most cues (the deciding sentence).
Registered as the scorecard classifier ``rudeness_cues``: it only ever votes *fail* (with a
confidence above the rule's pass), so the rule's own failures stand.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.config import DEFAULT_RULES_DIR, ConfigError, describe_errors, read_yaml
from pipeline.model import Interaction, Speaker
from pipeline.scoring.rule_engine import Match

CUES_FILE = "rudeness_cues.yaml"
CLASSIFIER_NAME = "rudeness_cues"
VOTE_CONFIDENCE = 0.9
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_SHOUT = re.compile(r"(?<!\[)\b[A-ZА-ЯЁ]{5,}\b(?!\])|!!|\?!|!\?")
_VY = re.compile(r"\b(?:вы|вас|вам|вами|ваш\w*)\b", re.IGNORECASE)


class LanguageCues(BaseModel):
    model_config = ConfigDict(extra="forbid")
    polite: list[str] = Field(default_factory=list)
    imperative: str | None = None
    familiar_you: str | None = None
    sarcasm: list[str] = Field(default_factory=list)
    blame_you: list[str] = Field(default_factory=list)
    reproach: list[str] = Field(default_factory=list)

    @field_validator("imperative", "familiar_you")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"regex {value!r} does not compile: {exc}") from exc
        return value


class RudenessCues(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_cues: int = Field(default=2, ge=1)
    sentiment_negative_at: float | None = Field(default=-0.6, ge=-1, le=0)
    languages: dict[str, LanguageCues]


@dataclass(frozen=True, slots=True)
class SentenceCues:
    """The cues one sentence carries (empty when a politeness marker cancels them)."""

    start: int
    end: int
    text: str
    cues: tuple[str, ...]


def load_rudeness_cues(rules_dir: str | Path | None = None) -> RudenessCues:
    path = Path(rules_dir or DEFAULT_RULES_DIR) / CUES_FILE
    try:
        return RudenessCues.model_validate(read_yaml(path) or {})
    except ValidationError as exc:
        raise ConfigError(describe_errors(path, exc)) from exc


def sentence_cues(text: str, lang: str, cues: RudenessCues, customer_says_vy: bool,
                  tone: "ToneScorer | None" = None) -> list[SentenceCues]:
    """Every sentence of an agent text with the rudeness cues it carries."""
    table = cues.languages.get(lang) or cues.languages.get("ru")
    out: list[SentenceCues] = []
    if table is None:
        return out
    for m in _SENTENCE.finditer(text or ""):
        raw = m.group(0).strip()
        if not raw:
            continue
        low = raw.lower()
        if any(p in low for p in table.polite):
            continue
        found: list[str] = []
        if table.imperative and re.search(table.imperative, low):
            found.append("imperative")
        if table.familiar_you and customer_says_vy and re.search(table.familiar_you, low):
            found.append("familiar_you")
        if _SHOUT.search(raw):
            found.append("shouting")
        for name in ("sarcasm", "blame_you", "reproach"):
            if any(p in low for p in getattr(table, name)):
                found.append(name)
        if tone is not None and found and cues.sentiment_negative_at is not None \
                and tone(raw, lang) <= cues.sentiment_negative_at:
            found.append("negative_tone")
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        out.append(SentenceCues(start, start + len(raw), raw, tuple(found)))
    return out


class ToneScorer:
    """Sentiment score of one sentence from the project's sentiment model (None when absent)."""

    def __init__(self) -> None:
        from pipeline.analyse.sentiment import SentimentModel, load_sentiment_model

        self._model: SentimentModel | None
        try:
            self._model = load_sentiment_model()
        except (FileNotFoundError, OSError):
            self._model = None

    def __call__(self, text: str, lang: str) -> float:
        if self._model is None:
            return 0.0
        return float(self._model.predict([text], [lang])[0].score)


class RudenessVoter:
    """The ``rudeness_cues`` classifier: fail on the first agent turn with enough different cues."""

    def __init__(self, cues: RudenessCues, tone: ToneScorer | None = None):
        self.cues = cues
        self.tone = tone

    def __call__(self, interaction: Interaction, criterion: object) -> tuple[str, float, Match | None] | None:
        lang = (interaction.language or "ru").lower()[:2]
        customer_says_vy = any(_VY.search(t.text or "") for t in interaction.turns_by(Speaker.CUSTOMER))
        for turn in interaction.turns_by(Speaker.AGENT):
            found = [sc for sc in sentence_cues(turn.text or "", lang, self.cues, customer_says_vy, self.tone)
                     if sc.cues]
            kinds = sorted({c for sc in found for c in sc.cues})
            if len(kinds) >= self.cues.min_cues:
                deciding = max(found, key=lambda sc: len(sc.cues))
                return "fail", VOTE_CONFIDENCE, Match(turn.index, deciding.start, deciding.end, deciding.text,
                                                      "rudeness cues: " + ", ".join(kinds))
        return None


@functools.cache
def _default_voter() -> RudenessVoter:
    cues = load_rudeness_cues()
    return RudenessVoter(cues, ToneScorer() if cues.sentiment_negative_at is not None else None)


def register_rudeness() -> None:
    """Register the project's ``rudeness_cues`` classifier (rules/rudeness_cues.yaml)."""
    from pipeline.scoring.scorecard_engine import register_classifier

    register_classifier(CLASSIFIER_NAME, lambda inter, crit: _default_voter()(inter, crit))
