"""Per-call speech statistics (:class:`AudioMetrics`) from speech intervals of each party.

Intervals come from the word timestamps of the transcript (:func:`speech_intervals`): words closer
than ``join_gap_s`` form one stretch of speech. Definitions (all in seconds):

- talk time of a party: length of the union of its intervals; talk ratio = agent / (agent + customer);
- silence: time in ``[0, duration]`` where nobody speaks; ``silence_ratio`` = silence / duration;
- longest silence (the hold): the longest gap *between* speech (leading ring time and trailing
  hang-up time are not holds), with the offset where it starts;
- overtalk: time both parties speak at once;
- interruption: judged on turns (speech with pauses shorter than ``turn_join_gap_s`` closed): a
  party starts a turn while the other has been speaking for at least ``interruption_min_lead_s``,
  had itself been silent when the other began, and both then talk together for at least
  ``interruption_min_overlap_s`` (shorter overlaps are back-channel or timestamp jitter); it is
  counted for the party who cut in (``interruptions_by_agent`` = the agent cut the customer off);
- agent words per minute = agent words / agent talk time in minutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pipeline.model import AudioMetrics
from pipeline.transcribe.engine import SpeechSegment
from pipeline.transcribe.options import MetricsOptions

Interval = tuple[float, float]


def union(intervals: Iterable[Interval], join_gap_s: float = 0.0) -> list[Interval]:
    """Sorted, non-overlapping intervals; gaps shorter than ``join_gap_s`` are closed."""
    out: list[list[float]] = []
    for start, end in sorted((float(s), float(e)) for s, e in intervals if e > s):
        if out and start - out[-1][1] <= join_gap_s:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def total(intervals: Sequence[Interval]) -> float:
    return sum(e - s for s, e in intervals)


def intersection(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """Pairwise overlaps of two sorted, non-overlapping interval lists."""
    out: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if end > start:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def speech_intervals(segments: Iterable[SpeechSegment], join_gap_s: float = 0.3) -> list[Interval]:
    """Speech of one party from word timings (segment spans when a segment has no words)."""
    spans: list[Interval] = []
    for seg in segments:
        if seg.words:
            spans.extend((w.start, w.end) for w in seg.words)
        else:
            spans.append((seg.start, seg.end))
    return union(spans, join_gap_s)


def count_interruptions(starter: Sequence[Interval], other: Sequence[Interval], options: MetricsOptions) -> int:
    """How many times ``starter`` cut in: began while ``other`` had been talking for at least
    ``interruption_min_lead_s``, although ``starter`` had been silent when ``other`` began (a party
    who keeps talking over the other is being interrupted, not interrupting), and both then talked
    together for at least ``interruption_min_overlap_s``."""
    count = 0
    for k, (s_start, s_end) in enumerate(starter):
        previous_end = starter[k - 1][1] if k else float("-inf")
        for o_start, o_end in other:
            if o_start + options.interruption_min_lead_s <= s_start < o_end:
                if previous_end < o_start and min(s_end, o_end) - s_start >= options.interruption_min_overlap_s:
                    count += 1
                break
    return count


def compute_metrics(
    agent: Sequence[Interval],
    customer: Sequence[Interval],
    duration_s: float,
    agent_words: int,
    options: MetricsOptions | None = None,
) -> AudioMetrics:
    """:class:`AudioMetrics` of one call from each party's speech intervals."""
    options = options or MetricsOptions()
    a = union((max(0.0, s), min(duration_s, e)) for s, e in agent)
    c = union((max(0.0, s), min(duration_s, e)) for s, e in customer)
    talk_a, talk_c = total(a), total(c)
    speech = union(list(a) + list(c))
    silence = max(0.0, duration_s - total(speech))
    longest, longest_at = 0.0, 0.0
    for (_, prev_end), (next_start, _) in zip(speech, speech[1:]):
        if next_start - prev_end > longest:
            longest, longest_at = next_start - prev_end, prev_end
    if not speech:  # nobody spoke: the whole recording is one silence
        longest, longest_at = duration_s, 0.0
    overtalk = total(intersection(a, c))
    # interruptions are judged on turns: short pauses inside one party's speech are closed
    turns_a, turns_c = union(a, options.turn_join_gap_s), union(c, options.turn_join_gap_s)
    return AudioMetrics(
        duration_s=round(duration_s, 3),
        talk_agent_s=round(talk_a, 3),
        talk_customer_s=round(talk_c, 3),
        talk_ratio=round(talk_a / (talk_a + talk_c), 4) if talk_a + talk_c > 0 else 0.0,
        silence_ratio=round(silence / duration_s, 4) if duration_s > 0 else 0.0,
        longest_silence_s=round(longest, 3),
        longest_silence_at_s=round(longest_at, 3),
        overtalk_s=round(overtalk, 3),
        interruptions_by_agent=count_interruptions(turns_a, turns_c, options),
        interruptions_by_customer=count_interruptions(turns_c, turns_a, options),
        agent_words_per_minute=round(agent_words / (talk_a / 60.0), 1) if talk_a > 0 else 0.0,
    )
