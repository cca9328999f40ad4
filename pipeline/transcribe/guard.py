"""Hallucination guard and the check for speech that got no text.

Whisper invents text where nobody speaks: over silence, noise, hold music, codec artefacts and most
often right after the last speech ("you", "Продолжение следует...", "Субтитры сделал ..."). Two
rules, applied to every channel's segments after decoding (and to cached transcripts alike):

1. **VAD coverage**: a word must lie on speech the VAD found (chunks widened by ``speech_pad_s``)
   for at least ``min_word_speech_overlap`` of its length; a segment left without words is dropped.
2. **Known phantoms**: a segment whose whole text (lower case, ё→е, punctuation and extra spaces
   removed) matches one of ``phantom_phrases`` (regular expressions) is dropped.

The reverse failure (speech the VAD found but no text came back) is never silent:
:func:`unrecognised_speech` lists those stretches, and the stage stores them on the call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.transcribe.engine import SpeechSegment, WordTiming
from pipeline.transcribe.options import GuardOptions

Interval = tuple[float, float]
_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES = re.compile(r"\s+")


def phantom_key(text: str) -> str:
    """Text as phantom phrases are matched: lower case, ё→е, no punctuation, single spaces."""
    return _SPACES.sub(" ", _PUNCT.sub(" ", text.lower().replace("ё", "е"))).strip()


@lru_cache(maxsize=32)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.UNICODE) for p in patterns)


def is_phantom(text: str, patterns: list[str]) -> bool:
    key = phantom_key(text)
    return any(p.fullmatch(key) for p in _compiled(tuple(patterns)))


@dataclass(slots=True)
class GuardReport:
    """What the guard removed from one call (counts only: the text itself is not kept)."""

    phantom_segments: int = 0
    words_off_speech: int = 0
    by_channel: list[int] = field(default_factory=list)  # segments dropped per channel

    @property
    def dropped(self) -> int:
        return sum(self.by_channel)


def _overlap(start: float, end: float, speech: list[Interval]) -> float:
    return sum(max(0.0, min(end, e) - max(start, s)) for s, e in speech if e > start and s < end)


def _on_speech(word: WordTiming, speech: list[Interval], min_share: float) -> bool:
    length = word.end - word.start
    if length <= 0:  # a zero-length word: is its instant on speech?
        return any(s <= word.start <= e for s, e in speech)
    return _overlap(word.start, word.end, speech) >= min_share * length


def guard_channel(
    segments: list[SpeechSegment], speech: list[Interval] | None, options: GuardOptions, report: GuardReport
) -> list[SpeechSegment]:
    """``segments`` without phantoms and without text off the VAD's speech (``speech`` None: VAD off,
    only the phantom rule applies)."""
    padded = None
    if speech is not None:
        padded = [(s - options.speech_pad_s, e + options.speech_pad_s) for s, e in speech]
    kept: list[SpeechSegment] = []
    dropped = 0
    for seg in segments:
        if is_phantom(seg.text, options.phantom_phrases):
            report.phantom_segments += 1
            dropped += 1
            continue
        if padded is not None:
            if seg.words:
                words = [w for w in seg.words if _on_speech(w, padded, options.min_word_speech_overlap)]
                report.words_off_speech += len(seg.words) - len(words)
                if not words:
                    dropped += 1
                    continue
                if len(words) < len(seg.words):
                    seg = SpeechSegment(
                        start=words[0].start,
                        end=words[-1].end,
                        text=" ".join(w.word for w in words),
                        words=words,
                        avg_logprob=seg.avg_logprob,
                        no_speech_prob=seg.no_speech_prob,
                    )
            elif _overlap(seg.start, seg.end, padded) < options.min_word_speech_overlap * max(seg.end - seg.start, 1e-6):
                dropped += 1
                continue
        kept.append(seg)
    report.by_channel.append(dropped)
    return kept


def unrecognised_speech(speech: list[Interval], segments: list[SpeechSegment], min_s: float) -> list[Interval]:
    """VAD speech chunks at least ``min_s`` long that no kept word (or word-less segment) touches."""
    spans = [(w.start, w.end) for seg in segments for w in seg.words] or []
    spans += [(seg.start, seg.end) for seg in segments if not seg.words]
    out = []
    for s, e in speech:
        if e - s < min_s:
            continue
        if not any(ws <= e and we >= s for ws, we in spans):
            out.append((round(s, 3), round(e, 3)))
    return out
