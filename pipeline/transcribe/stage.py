"""Transcription stage: calls awaiting transcription → turns, language, audio metrics.

For each call: decode and hash the audio (bad audio → :class:`Rejected`), look the transcript up in
the cache (audio sha256 + model + options), otherwise detect the language on the whole call
(restricted to the configured languages) and transcribe each stereo channel on its own; then merge
segments into turns (:mod:`.merge`), compute :class:`AudioMetrics` (:mod:`.metrics`) and mark the
call ``transcribed``. Other interactions pass through untouched, in their order.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import timedelta

import numpy as np
from tqdm import tqdm

from pipeline.model import Interaction, Rejected, Speaker, Status
from pipeline.model import StageResult
from pipeline.transcribe.audio import BadAudio, DecodedAudio, load_audio
from pipeline.transcribe.cache import TranscriptCache, cache_key
from pipeline.transcribe.engine import Transcriber
from pipeline.transcribe.guard import GuardReport, guard_channel, unrecognised_speech
from pipeline.transcribe.levels import ChannelLevel, normalise_channel
from pipeline.transcribe.merge import group_turns, label_mono_voices, label_stereo, to_turns
from pipeline.transcribe.metrics import compute_metrics, speech_intervals
from pipeline.transcribe.normalize import normalize_text
from pipeline.transcribe.options import TranscribeOptions, load_options
from pipeline.transcribe.vad import speech_chunks
from pipeline.transcribe.weights import ModelNotAvailable, resolve_model_dir

log = logging.getLogger(__name__)
STAGE = "transcribe"


@dataclass(slots=True)
class _Engine:
    """The transcriber, created on the first cache miss only (a fully cached night loads no model)."""

    options: TranscribeOptions
    transcriber: Transcriber | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self) -> Transcriber:
        with self._lock:
            if self.transcriber is None:
                from pipeline.transcribe.engine import FasterWhisperTranscriber

                self.transcriber = FasterWhisperTranscriber(self.options)
            return self.transcriber


def _needs_transcription(item: Interaction) -> bool:
    return item.status == Status.AWAITING_TRANSCRIPTION and item.audio is not None


def _audio_path(item: Interaction) -> str:
    """The recording of a call that ``_needs_transcription``, i.e. has one."""
    assert item.audio is not None
    return item.audio.path


def _streams(audio: DecodedAudio, stereo: bool) -> list[np.ndarray]:
    if stereo or len(audio.channels) == 1:
        return audio.channels if stereo else [audio.channels[0]]
    return [np.mean(audio.channels, axis=0).astype(np.float32)]  # stereo file of a mono call


@dataclass(slots=True)
class _PreparedStream:
    """One stream ready for the engine: level-normalised audio, its levels before, its speech."""

    audio: np.ndarray
    level: ChannelLevel
    speech: list[tuple[float, float]] | None  # None: VAD off


def _prepare(stream: np.ndarray, options: TranscribeOptions) -> _PreparedStream:
    audio, level = normalise_channel(stream, options.levels)
    speech = speech_chunks(audio, options.vad_min_silence_ms) if options.vad else None
    return _PreparedStream(audio, level, speech)


def _process(item: Interaction, options: TranscribeOptions, engine: _Engine, model_id: str, cache: TranscriptCache) -> Interaction:
    """Fill one call in place; :class:`BadAudio` for a recording that cannot be used."""
    ref = item.audio
    assert ref is not None
    audio = load_audio(ref.path, options.max_duration_s)
    stereo = ref.layout == "stereo" and audio.is_stereo
    key = cache_key(audio.sha256, model_id, options.cache_fingerprint(), "stereo" if stereo else "mono")
    prepared = [_prepare(s, options) for s in _streams(audio, stereo)]
    transcript = cache.get(key)
    if transcript is None:
        speech = [p.speech or [] for p in prepared] if options.vad else None
        transcript = engine.get().transcribe_call([p.audio for p in prepared], options.language, options.languages, speech=speech)
        cache.put(key, transcript)
    guard = GuardReport()
    channels = [guard_channel(segs, p.speech, options.guard, guard) for segs, p in zip(transcript.channels, prepared)]
    missed = [
        {"channel": k, "start_s": s, "end_s": e}
        for k, (segs, p) in enumerate(zip(channels, prepared))
        for s, e in unrecognised_speech(p.speech or [], segs, options.guard.unrecognised_min_s)
    ]
    if missed:
        log.warning("%s: %d stretch(es) of speech got no text (see metadata.transcription.unrecognised_speech)",
                    item.interaction_id, len(missed))
    # the adapter knows the layout (stereo_agent_left/right); the rules default covers a call without one
    agent_channel = ref.agent_channel if ref.agent_channel in (0, 1) else options.agent_channel_default
    voices = None
    if stereo:
        labelled = label_stereo(channels, agent_channel, options.merge)
    else:
        labelled, voices = label_mono_voices(channels[0], prepared[0].audio, prepared[0].speech, options.merge)
    drafts = group_turns(labelled, options.merge)
    language, confidence = transcript.language, transcript.language_confidence
    item.turns = to_turns(drafts, item.started_at, language, confidence, not stereo, normalize_text)

    by_speaker = {sp: [x.segment for x in labelled if x.speaker == sp] for sp in (Speaker.AGENT, Speaker.CUSTOMER)}
    gap = options.metrics.speech_join_gap_s
    agent_words = sum(len(t.text.split()) for t in item.turns if t.speaker == Speaker.AGENT)
    item.audio_metrics = compute_metrics(
        speech_intervals(by_speaker[Speaker.AGENT], gap),
        speech_intervals(by_speaker[Speaker.CUSTOMER], gap),
        audio.duration_s,
        agent_words,
        options.metrics,
    )
    item.language = language
    item.language_confidence = confidence
    ref.sha256 = audio.sha256
    ref.duration_s = round(audio.duration_s, 3)
    if item.ended_at is None:
        item.ended_at = item.started_at + timedelta(seconds=audio.duration_s)
    # content only: whether this run hit the cache, or how long it took, is not part of the call
    # (it would make an identical re-run look changed to the idempotent loader)
    item.metadata["transcription"] = {
        "model": model_id,
        "roles": "channel" if stereo else "inferred",
        "voices": voices,  # mono: voices told apart (0: fell back to pause alternation)
        "channel_levels": [asdict(p.level) for p in prepared],
        "phantom_segments_dropped": guard.phantom_segments,
        "words_off_speech_dropped": guard.words_off_speech,
        "unrecognised_speech": missed,
        "speech_without_text": bool(missed),
    }
    item.status = Status.TRANSCRIBED
    return item


def transcribe_stage(
    interactions: list[Interaction],
    options: TranscribeOptions | None = None,
    transcriber: Transcriber | None = None,
) -> StageResult:
    """Transcribe every call awaiting transcription; everything else passes through unchanged.

    ``transcriber`` replaces the faster-whisper engine (tests, other engines). A call whose audio
    cannot be used is returned in ``rejected`` and not passed on; the other calls go on.
    """
    options = options or load_options()
    todo = [i for i in interactions if _needs_transcription(i)]
    if not todo:
        return StageResult(interactions=list(interactions))
    rejected: dict[str, Rejected] = {}
    try:
        model_id = transcriber.model_id if transcriber is not None else resolve_model_dir(options.model_dir, options.model_cache_dir)[1]
    except ModelNotAvailable as exc:
        # a configuration problem, not a bad call: every call waits in quarantine with the fix,
        # chats and emails of the night go on
        log.error("transcription unavailable: %s", exc)
        from pipeline.runtime import degradation

        degradation.note(f"transcription unavailable, {len(todo)} calls quarantined: {exc}")
        for item in todo:
            rejected[item.interaction_id] = Rejected(_audio_path(item), item.interaction_id, STAGE, str(exc))
        return StageResult([i for i in interactions if i.interaction_id not in rejected], list(rejected.values()))

    engine = _Engine(options, transcriber)
    cache = TranscriptCache.from_options(options)  # encrypted, purged by retention

    def work(item: Interaction) -> None:
        try:
            _process(item, options, engine, model_id, cache)
        except BadAudio as exc:
            rejected[item.interaction_id] = Rejected(_audio_path(item), item.interaction_id, STAGE, str(exc))
        except ModelNotAvailable as exc:
            rejected[item.interaction_id] = Rejected(_audio_path(item), item.interaction_id, STAGE, str(exc))
        except Exception as exc:  # one bad call never stops the night
            log.exception("transcription of %s failed", item.interaction_id)
            rejected[item.interaction_id] = Rejected(
                _audio_path(item), item.interaction_id, STAGE, f"transcription failed: {exc.__class__.__name__}: {exc}"
            )

    bar = tqdm(total=len(todo), desc="transcribe", unit="call", disable=not options.progress)
    with ThreadPoolExecutor(max_workers=options.concurrency) as pool:
        for _ in pool.map(work, todo):
            bar.update(1)
    bar.close()
    failed = {id(i) for i in todo if i.interaction_id in rejected}
    kept = [i for i in interactions if id(i) not in failed]
    return StageResult(interactions=kept, rejected=[rejected[i.interaction_id] for i in todo if id(i) in failed])
