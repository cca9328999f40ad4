"""Who spoke when on a one-channel recording: spectral clustering of voice features.

A mono call holds both parties on one stream, so roles cannot come from the channel. Here:

1. **Features**: MFCCs (20, without the energy coefficient, so level and normalisation do not
   matter) over 25 ms frames; for each window of ``window_s`` (hop ``hop_s``) inside the VAD's
   speech, the mean of each coefficient describes the voice there (adding standard deviations
   or a pitch estimate separated voices no better on our mixes and made one voice look like two).
2. **Two voices or one**: windows are standardised and split in two by spectral clustering
   (scikit-learn, nearest-neighbour affinity). The split is kept only when it is clear: silhouette
   at least ``min_silhouette`` and the smaller voice holds at least ``min_speaker_share`` of the
   windows; otherwise the call is one speaker (a single reader stays one speaker).
3. **Words**: each word takes the voice of the windows around its middle (overlap-weighted vote).
4. **Roles**: the agent is the voice that says a greeting of ``agent_phrases`` in the first
   ``opening_s`` seconds; if neither or both do, the first voice is ``mono_first_speaker``.

Every mono turn stays ``role_inferred=True``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from pipeline.model import Speaker
from pipeline.transcribe.audio import SAMPLE_RATE
from pipeline.transcribe.engine import SpeechSegment, WordTiming
from pipeline.transcribe.guard import phantom_key
from pipeline.transcribe.options import DiarizationOptions

FRAME = 400  # 25 ms at 16 kHz
HOP = 160  # 10 ms
N_FFT = 512
N_MELS = 40
N_MFCC = 20


@dataclass(slots=True)
class VoiceWindow:
    start: float
    end: float
    features: np.ndarray


@dataclass(slots=True)
class Diarization:
    """The voice (0 or 1) of each word, in the order given, and how many voices were found."""

    labels: list[int]
    speakers: int
    silhouette: float | None


def _mel_filterbank() -> np.ndarray:
    def hz_to_mel(f):
        return 2595.0 * np.log10(1.0 + f / 700.0)

    def mel_to_hz(m):
        return 700.0 * (10 ** (m / 2595.0) - 1.0)

    mels = np.linspace(hz_to_mel(60.0), hz_to_mel(SAMPLE_RATE / 2 * 0.95), N_MELS + 2)
    bins = np.floor((N_FFT + 1) * mel_to_hz(mels) / SAMPLE_RATE).astype(int)
    fb = np.zeros((N_MELS, N_FFT // 2 + 1))
    for m in range(1, N_MELS + 1):
        lo, mid, hi = bins[m - 1], bins[m], bins[m + 1]
        for k in range(lo, mid):
            fb[m - 1, k] = (k - lo) / max(mid - lo, 1)
        for k in range(mid, hi):
            fb[m - 1, k] = (hi - k) / max(hi - mid, 1)
    return fb


_FB = _mel_filterbank()


def mfcc(audio: np.ndarray) -> np.ndarray:
    """MFCC 1..20 of 25 ms frames every 10 ms (frames x 20)."""
    from scipy.fft import dct

    if len(audio) < FRAME:
        return np.zeros((0, N_MFCC))
    emphasised = np.append(audio[0], audio[1:] - 0.97 * audio[:-1]).astype(np.float32)
    frames = np.lib.stride_tricks.sliding_window_view(emphasised, FRAME)[::HOP] * np.hamming(FRAME).astype(np.float32)
    power = np.abs(np.fft.rfft(frames, N_FFT)) ** 2
    mel = power @ _FB.T
    # a floor relative to each frame's loudest band (not an absolute one): the level does not matter
    log_mel = np.log(np.maximum(mel, 1e-6 * mel.max(axis=1, keepdims=True)) + 1e-20)
    return dct(log_mel, type=2, norm="ortho", axis=1)[:, 1 : N_MFCC + 1]


def voice_windows(audio: np.ndarray, speech: list[tuple[float, float]], options: DiarizationOptions) -> list[VoiceWindow]:
    """Feature vectors of overlapping windows inside the speech chunks."""
    coeffs = mfcc(audio)
    per_s = SAMPLE_RATE / HOP
    out: list[VoiceWindow] = []
    for s, e in speech:
        starts = np.arange(s, max(s, e - options.window_s) + 1e-9, options.hop_s) if e - s > options.window_s else [s]
        for w0 in starts:
            w1 = min(e, w0 + options.window_s)
            a, b = int(w0 * per_s), int(w1 * per_s)
            block = coeffs[a:b]
            if len(block) < 10:  # under 0.1 s of frames: no voice estimate
                continue
            out.append(VoiceWindow(float(w0), float(w1), block.mean(axis=0)))
    return out


def cluster_voices(windows: list[VoiceWindow], options: DiarizationOptions) -> tuple[np.ndarray, int, float | None]:
    """Voice label per window, the number of voices (1 or 2) and the silhouette of the split."""
    n = len(windows)
    if n < 4:
        return np.zeros(n, dtype=int), 1, None
    from sklearn.cluster import SpectralClustering
    from sklearn.metrics import silhouette_score

    x = np.stack([w.features for w in windows])
    x = (x - x.mean(axis=0)) / (x.std(axis=0) + 1e-8)
    model = SpectralClustering(
        n_clusters=2, affinity="nearest_neighbors", n_neighbors=min(options.neighbours, n - 1),
        assign_labels="cluster_qr", random_state=0,
    )
    labels = model.fit_predict(x)
    if len(set(labels)) < 2:
        return np.zeros(n, dtype=int), 1, None
    score = float(silhouette_score(x, labels))
    share = min(np.mean(labels == 0), np.mean(labels == 1))
    if score < options.min_silhouette or share < options.min_speaker_share:
        return np.zeros(n, dtype=int), 1, score
    return labels.astype(int), 2, score


def label_words(words: list[WordTiming], windows: list[VoiceWindow], labels: np.ndarray) -> list[int]:
    """Each word's voice: overlap-weighted vote of the windows around it (nearest window if none)."""
    if not windows:
        return [0] * len(words)
    starts = np.array([w.start for w in windows])
    ends = np.array([w.end for w in windows])
    centres = (starts + ends) / 2
    out = []
    for word in words:
        lo, hi = word.start, max(word.end, word.start + 0.05)
        overlap = np.clip(np.minimum(ends, hi) - np.maximum(starts, lo), 0, None)
        if overlap.sum() > 0:
            votes = np.bincount(labels, weights=overlap, minlength=2)
            out.append(int(np.argmax(votes)))
        else:
            out.append(int(labels[int(np.argmin(np.abs(centres - (lo + hi) / 2)))]))
    return out


def diarize(segments: list[SpeechSegment], audio: np.ndarray, speech: list[tuple[float, float]], options: DiarizationOptions) -> Diarization:
    words = [w for seg in segments for w in seg.words]
    windows = voice_windows(audio, speech, options)
    labels, speakers, score = cluster_voices(windows, options)
    if speakers == 1:
        return Diarization([0] * len(words), 1, score)
    return Diarization(label_words(words, windows, labels), 2, score)


def agent_voice(words: list[WordTiming], labels: list[int], first_speaker: str, options: DiarizationOptions) -> int:
    """The voice label of the agent (see the module docstring)."""
    if not words:
        return 0
    first = labels[0]
    greeting = [re.compile(p) for p in options.agent_phrases]
    said: dict[int, str] = {0: "", 1: ""}
    for w, lab in zip(words, labels):
        if w.start <= words[0].start + options.opening_s:
            said[lab] += " " + w.word
    greets = {lab for lab, text in said.items() if text and any(p.search(phantom_key(text)) for p in greeting)}
    if len(greets) == 1:
        return greets.pop()
    return first if first_speaker == "agent" else 1 - first


def speaker_segments(segments: list[SpeechSegment], labels: list[int], agent: int) -> list[tuple[Speaker, SpeechSegment]]:
    """Segments cut where the voice changes between words, each with its role."""
    out: list[tuple[Speaker, SpeechSegment]] = []
    k = 0
    for seg in segments:
        if not seg.words:
            continue
        run: list[WordTiming] = []
        run_label = labels[k]
        for w in seg.words:
            if labels[k] != run_label and run:
                out.append((_role(run_label, agent), _piece(seg, run)))
                run = []
            run_label = labels[k]
            run.append(w)
            k += 1
        out.append((_role(run_label, agent), _piece(seg, run)))
    return out


def _role(label: int, agent: int) -> Speaker:
    return Speaker.AGENT if label == agent else Speaker.CUSTOMER


def _piece(seg: SpeechSegment, words: list[WordTiming]) -> SpeechSegment:
    return SpeechSegment(words[0].start, words[-1].end, " ".join(w.word for w in words), list(words), seg.avg_logprob, seg.no_speech_prob)
