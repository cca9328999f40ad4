"""Made-up contacts for the scorecard tests: one customer turn, then the agent's turns."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pipeline.model import Channel, Interaction, SignalResult, Speaker, Status, Turn
from pipeline.scoring.scorecard_engine import ScorecardEngine

T0 = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)
# an upset customer's complaint, for the criteria that apply only then (empathy, complaint handling)
UPSET = {"ru": "Это безобразие, я очень расстроена, жалоба!",
         "en": "This is a disgrace, I want to complain, I am really upset!"}


def verdict(engine: ScorecardEngine, lang: str, criterion: str, *agent_turns: str,
            channel: Channel = Channel.CHAT, customer: str = "...", complaint: bool = False) -> str:
    """Result of ``criterion`` for the contact; calls get turn spans, chats and emails send times."""
    inter = contact(lang, *agent_turns, channel=channel, customer=customer, complaint=complaint)
    return {r.criterion_id: r.result for r in engine.evaluate(inter)}[criterion]


def contact(lang: str, *agent_turns: str, channel: Channel = Channel.CHAT, customer: str = "...",
            complaint: bool = False) -> Interaction:
    """The customer's turn, then the agent's turns; calls get turn spans, chats and emails send times."""
    turns = [(Speaker.CUSTOMER, customer)] + [(Speaker.AGENT, t) for t in agent_turns]
    if channel == Channel.CALL:
        built = [Turn(i, s, t, start_s=10.0 * i, end_s=10.0 * i + 8) for i, (s, t) in enumerate(turns)]
    else:
        built = [Turn(i, s, t, started_at=T0 + timedelta(seconds=30 * i)) for i, (s, t) in enumerate(turns)]
    inter = Interaction(f"{channel.value}:test", channel, T0, turns=built, language=lang,
                        status=Status.TRANSCRIBED if channel == Channel.CALL else Status.INGESTED)
    if complaint:
        inter.signals = [SignalResult("complaint", True, 1.0)]
    return inter
