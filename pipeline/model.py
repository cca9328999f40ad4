"""The data contract shared by every stage of the pipeline.

An :class:`Interaction` is one customer contact (a call, a chat, an email thread, a web-form
complaint) normalised into ordered :class:`Turn` s. Ingest adapters create interactions; later
stages fill the result fields (``topics``, ``sentiment``, ``criteria``...) in place and the
warehouse loader turns the whole object into rows. Adapters that cannot read an item yield a
:class:`Rejected` instead, which lands in ``etl_quarantine``.

Plain ``dataclasses`` with ``slots`` keep the 100k-interaction ingest fast; every field is typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any


class Channel(str, Enum):
    """Where a contact came from."""

    CALL = "call"
    CHAT = "chat"
    EMAIL = "email"
    WEBFORM = "webform"


class Speaker(str, Enum):
    """Who said a turn. ``bot`` is an automated assistant, ``system`` a platform message."""

    AGENT = "agent"
    CUSTOMER = "customer"
    SYSTEM = "system"
    BOT = "bot"


class Status(str, Enum):
    """Processing state of an interaction as stored in ``fct_interaction.status``."""

    INGESTED = "ingested"
    AWAITING_TRANSCRIPTION = "awaiting_transcription"
    TRANSCRIBED = "transcribed"
    ANALYSED = "analysed"


@dataclass(slots=True)
class Evidence:
    """Where a result was found: turn index and character span in the (redacted) turn text."""

    turn_index: int
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"turn_index": self.turn_index, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class SentimentResult:
    """Sentiment of one text: label negative/neutral/positive and score in [-1, 1]."""

    label: str
    score: float
    confidence: float = 0.0


@dataclass(slots=True)
class Turn:
    """One message or utterance.

    ``started_at`` is absolute wall-clock time (chats, emails); ``start_s``/``end_s`` are offsets
    in seconds from the start of a call recording. ``role_inferred`` marks speaker roles guessed by
    a heuristic (mono calls) rather than known from the source.
    """

    index: int
    speaker: Speaker
    text: str
    author_id: str | None = None
    started_at: datetime | None = None
    start_s: float | None = None
    end_s: float | None = None
    language: str | None = None
    language_confidence: float | None = None
    sentiment: SentimentResult | None = None
    role_inferred: bool = False
    normalized_text: str | None = None


@dataclass(slots=True)
class CustomerRef:
    """What the source says about the customer; identity keys are normalised by the adapters.

    ``phone`` is E.164 (``+79161234567``), ``email`` lower-cased. Raw identifiers never reach the
    warehouse: :mod:`pipeline.customers.identity` turns them into salted hashes.
    """

    customer_id: str | None = None
    phone: str | None = None
    email: str | None = None
    name: str | None = None


@dataclass(slots=True)
class AudioRef:
    """A call recording handed to the transcription stage."""

    path: str
    layout: str = "stereo"  # "stereo" (one party per channel) or "mono"
    agent_channel: int = 0  # which stereo channel carries the agent (0 = left)
    sha256: str | None = None
    duration_s: float | None = None


@dataclass(slots=True)
class AudioMetrics:
    """Per-call speech statistics computed from the transcript timings."""

    duration_s: float
    talk_agent_s: float
    talk_customer_s: float
    talk_ratio: float  # agent talk / (agent + customer talk)
    silence_ratio: float
    longest_silence_s: float
    longest_silence_at_s: float
    overtalk_s: float
    interruptions_by_agent: int
    interruptions_by_customer: int
    agent_words_per_minute: float


@dataclass(slots=True)
class TopicResult:
    """One contact reason of a taxonomy with its confidence (multi-label: several per contact)."""

    topic: str
    confidence: float
    taxonomy: str = "default"


@dataclass(slots=True)
class SignalResult:
    """A binary signal found in the text: complaint, escalation, churn, legal threat, abuse."""

    signal: str
    detected: bool
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class CriterionResult:
    """Outcome of one scorecard criterion: ``pass`` / ``fail`` / ``na`` with evidence."""

    criterion_id: str
    result: str
    confidence: float
    weight: float = 1.0
    critical: bool = False
    scorecard: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    note: str | None = None


@dataclass(slots=True)
class Flag:
    """A reason for a QA reviewer to look at an interaction (priority 1 = most urgent)."""

    flag: str
    priority: int
    reason: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class InteractionSentiment:
    """Customer sentiment over the contact: overall, at the start, at the end and the trend."""

    label: str
    score: float
    customer_start: float | None = None
    customer_end: float | None = None
    trajectory: str | None = None  # "improved" | "worsened" | "stable"


@dataclass(slots=True)
class Interaction:
    """One customer contact in any channel, plus the results the later stages attach to it.

    ``interaction_id`` is stable and comes from the source (conversation id, root Message-ID,
    call id), prefixed by channel so ids never collide across channels.
    """

    interaction_id: str
    channel: Channel
    started_at: datetime
    ended_at: datetime | None = None
    customer: CustomerRef = field(default_factory=CustomerRef)
    agent_id: str | None = None
    queue: str | None = None
    language: str | None = None
    turns: list[Turn] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    source_path: str | None = None
    status: Status = Status.INGESTED
    audio: AudioRef | None = None
    subject: str | None = None
    # filled by the analysis stages
    language_confidence: float | None = None
    audio_metrics: AudioMetrics | None = None
    topics: list[TopicResult] = field(default_factory=list)
    sentiment: InteractionSentiment | None = None
    signals: list[SignalResult] = field(default_factory=list)
    criteria: list[CriterionResult] = field(default_factory=list)
    qa_score: float | None = None
    flags: list[Flag] = field(default_factory=list)
    pii_counts: dict[str, int] = field(default_factory=dict)

    def turns_by(self, speaker: Speaker) -> list[Turn]:
        return [t for t in self.turns if t.speaker == speaker]

    def signal(self, name: str) -> SignalResult | None:
        return next((s for s in self.signals if s.signal == name), None)


@dataclass(slots=True)
class Rejected:
    """An input item an adapter or stage could not use, with a reason a person can act on."""

    source: str
    item: str
    stage: str
    reason: str
    detail: str | None = None


@dataclass(slots=True)
class StageResult:
    """Output of one stage: the interactions it passes on and the items it rejected.

    A stage never raises for a single bad item: it rejects it here."""

    interactions: list[Interaction] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
