"""Contact timings derived from turns: handle time and first response time.

First response = first agent turn after the first customer turn (chats, emails). Bots and system
messages do not count as a response.
"""

from __future__ import annotations

from pipeline.model import Channel, Interaction, Speaker


def handle_time_seconds(interaction: Interaction) -> float | None:
    """Wall time from the first to the last turn (chats, emails) or the recording length (calls)."""
    if interaction.channel == Channel.CALL:
        if interaction.audio_metrics is not None:
            return interaction.audio_metrics.duration_s
        if interaction.ended_at and interaction.started_at:
            return (interaction.ended_at - interaction.started_at).total_seconds()
        return None
    times = [t.started_at for t in interaction.turns if t.started_at is not None]
    if len(times) < 2:
        return None
    return (max(times) - min(times)).total_seconds()


def first_response_seconds(interaction: Interaction) -> float | None:
    """Seconds from the customer's first message to the first agent reply; None if none."""
    first_customer = None
    for turn in interaction.turns:
        if turn.started_at is None:
            continue
        if first_customer is None:
            if turn.speaker == Speaker.CUSTOMER:
                first_customer = turn.started_at
        elif turn.speaker == Speaker.AGENT:
            return max(0.0, (turn.started_at - first_customer).total_seconds())
    return None
