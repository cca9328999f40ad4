"""Channel segments → ordered turns with speaker roles.

Stereo: each channel is one party (mapping from the call's ``agent_channel``), so roles are known.
Whisper segments are first cut where their words pause (a segment can run across the other party's
turn), a preposition or conjunction left dangling at such a cut rejoins its sentence, then segments
of both channels are sorted by start time and consecutive segments of the same speaker closer than
``join_gap_s`` become one turn.

Mono: Whisper does not separate voices, so roles are *guessed* and every turn is marked
``role_inferred=True``. Heuristic (documented in rules/transcribe.yaml): the first voice is
``mono_first_speaker`` (the agent answers an inbound call and opens an outbound one); the speaker
changes at a pause of at least ``mono_turn_gap_s`` or after a segment that ends with a question
mark; otherwise the segment continues the current turn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from pipeline.model import Speaker, Turn
from pipeline.transcribe.engine import SpeechSegment, WordTiming
from pipeline.transcribe.normalize import is_function_word
from pipeline.transcribe.options import MergeOptions


@dataclass(slots=True)
class SpeakerSegment:
    """A segment with the party who said it."""

    speaker: Speaker
    segment: SpeechSegment


@dataclass(slots=True)
class DraftTurn:
    speaker: Speaker
    start: float
    end: float
    texts: list[str] = field(default_factory=list)
    words: list[WordTiming] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(t for t in self.texts if t)


def _other(speaker: Speaker) -> Speaker:
    return Speaker.CUSTOMER if speaker == Speaker.AGENT else Speaker.AGENT


def split_on_pauses(segments: list[SpeechSegment], gap_s: float) -> list[SpeechSegment]:
    """Cut segments where consecutive words pause at least ``gap_s``.

    Whisper decodes 30-second windows, so one segment of a channel can run across the other
    party's turn; its word timings show the pause. Segments without words stay whole.
    """
    out: list[SpeechSegment] = []
    for seg in segments:
        if len(seg.words) < 2:
            out.append(seg)
            continue
        piece = [seg.words[0]]
        for word in seg.words[1:]:
            if word.start - piece[-1].end >= gap_s:
                out.append(_piece(seg, piece))
                piece = []
            piece.append(word)
        out.append(_piece(seg, piece) if len(piece) < len(seg.words) else seg)
    return out


def reattach_dangling_words(pieces: list[SpeechSegment], is_function_word) -> list[SpeechSegment]:
    """Move a preposition or conjunction that ends a piece to the next piece of the same channel.

    Whisper times short words next to a pause badly, so after a split "...в течение десяти дней до"
    | "свидания." can happen. A piece that ends with a function word and no punctuation, followed by
    a piece that continues the sentence (starts in lower case or with a digit), gives that word to
    the next piece. Content words are left alone: "...проверю ваш счёт" | "вижу..." is a real cut.
    """
    out = sorted(pieces, key=lambda s: (s.start, s.end))
    for k in range(len(out) - 1):
        current, following = out[k], out[k + 1]
        if len(current.words) < 2 or not following.words:
            continue
        last = current.words[-1]
        first_char = following.text.lstrip()[:1]
        if last.word[-1:] in ".,!?;:…" or not (first_char.islower() or first_char.isdigit()):
            continue
        if not is_function_word(last.word):
            continue
        at = following.words[0].start
        moved = WordTiming(last.word, at, at, last.probability)
        out[k] = _piece(current, current.words[:-1])
        out[k + 1] = _piece(following, [moved] + following.words)
    return out


def _piece(seg: SpeechSegment, words: list[WordTiming]) -> SpeechSegment:
    return SpeechSegment(
        start=words[0].start,
        end=words[-1].end,
        text=" ".join(w.word for w in words),
        words=list(words),
        avg_logprob=seg.avg_logprob,
        no_speech_prob=seg.no_speech_prob,
    )


def label_stereo(
    segments_by_channel: list[list[SpeechSegment]], agent_channel: int, options: MergeOptions
) -> list[SpeakerSegment]:
    """Roles from the channel: ``agent_channel`` is the agent, the other channel the customer."""
    out: list[SpeakerSegment] = []
    for channel, segments in enumerate(segments_by_channel):
        speaker = Speaker.AGENT if channel == agent_channel else Speaker.CUSTOMER
        pieces = reattach_dangling_words(split_on_pauses(segments, options.split_gap_s), is_function_word)
        out.extend(SpeakerSegment(speaker, s) for s in pieces)
    return out


def label_mono(segments: list[SpeechSegment], options: MergeOptions) -> list[SpeakerSegment]:
    """Roles guessed for a single stream (see the module docstring)."""
    out: list[SpeakerSegment] = []
    speaker = Speaker(options.mono_first_speaker)
    previous: SpeechSegment | None = None
    pieces = split_on_pauses(segments, min(options.split_gap_s, options.mono_turn_gap_s))
    pieces = reattach_dangling_words(pieces, is_function_word)
    for seg in sorted(pieces, key=lambda s: (s.start, s.end)):
        if previous is not None:
            gap = seg.start - previous.end
            if gap >= options.mono_turn_gap_s or previous.text.rstrip().endswith("?"):
                speaker = _other(speaker)
        out.append(SpeakerSegment(speaker, seg))
        previous = seg
    return out


def label_mono_voices(
    segments: list[SpeechSegment], audio, speech: list[tuple[float, float]] | None, options: MergeOptions
) -> tuple[list[SpeakerSegment], int]:
    """Roles of a single stream from its voices (:mod:`.diarize`); the number of voices found.

    Falls back to :func:`label_mono` when voices cannot be told (method ``pauses``, no word timings,
    no VAD speech)."""
    from pipeline.transcribe.diarize import agent_voice, diarize, speaker_segments

    opts = options.diarization
    pieces = reattach_dangling_words(split_on_pauses(segments, options.split_gap_s), is_function_word)
    pieces = sorted(pieces, key=lambda s: (s.start, s.end))
    if opts.method == "pauses" or not speech or not pieces or any(not p.words for p in pieces):
        return label_mono(segments, options), 0
    result = diarize(pieces, audio, speech, opts)
    words = [w for p in pieces for w in p.words]
    agent = agent_voice(words, result.labels, options.mono_first_speaker, opts)
    return [SpeakerSegment(sp, seg) for sp, seg in speaker_segments(pieces, result.labels, agent)], result.speakers


def group_turns(labelled: list[SpeakerSegment], options: MergeOptions) -> list[DraftTurn]:
    """Order by start time and join one speaker's consecutive, close segments into turns."""
    drafts: list[DraftTurn] = []
    for item in sorted(labelled, key=lambda x: (x.segment.start, x.segment.end, x.speaker.value)):
        seg = item.segment
        last = drafts[-1] if drafts else None
        if last is not None and last.speaker == item.speaker and seg.start - last.end < options.join_gap_s:
            last.texts.append(seg.text)
            last.words.extend(seg.words)
            last.end = max(last.end, seg.end)
            continue
        drafts.append(DraftTurn(item.speaker, seg.start, seg.end, [seg.text], list(seg.words)))
    return drafts


def to_turns(
    drafts: list[DraftTurn],
    started_at: datetime,
    language: str | None,
    language_confidence: float | None,
    role_inferred: bool,
    normalize,
) -> list[Turn]:
    """Contract :class:`Turn` s: absolute ``started_at`` = call start + offset."""
    return [
        Turn(
            index=i,
            speaker=d.speaker,
            text=d.text,
            started_at=started_at + timedelta(seconds=float(d.start)),
            start_s=round(float(d.start), 3),
            end_s=round(float(d.end), 3),
            language=language,
            language_confidence=language_confidence,
            role_inferred=role_inferred,
            normalized_text=normalize(d.text, language),
        )
        for i, d in enumerate(drafts)
    ]
