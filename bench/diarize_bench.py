"""Speaker separation on one-channel calls: role accuracy per word and diarisation error rate.

    .venv/bin/python bench/diarize_bench.py             # all demo calls
    .venv/bin/python bench/diarize_bench.py --calls 4   # a quick look

Two-speaker mixes are built from the demo calls (our own synthesised voices: Festival ru with the
customer pitched up, espeak-ng en-us / en-gb and female variants): both channels summed to one.
Single-speaker streams are one channel alone (the agent's). Each stream is transcribed once by the
stage's engine (transcripts cached under outputs/cache/bench-transcripts), then both methods of
``merge.diarization.method`` label the words:

- ``pauses``: the old heuristic (speaker changes at a pause or after a question);
- ``voices``: spectral clustering of MFCC statistics (pipeline/transcribe/diarize.py).

Reported per language: role accuracy per word (words whose middle lies in exactly one reference
turn; the role as the pipeline assigns it, no relabelling), DER over 10 ms frames (missed speech +
false alarm + speaker confusion over reference speech, 0.25 s collar around reference turn edges,
overlapped speech excluded; roles as assigned), and on single-speaker streams the share of words
given to a second speaker and how many streams were kept as one voice.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

FRAME_S = 0.01
COLLAR_S = 0.25


def _labelled(path: Path, options, engine, cache, model_id):
    """Words with their assigned role for a mono recording (the stage's steps up to the merge)."""
    from pipeline.transcribe.audio import load_audio
    from pipeline.transcribe.cache import cache_key
    from pipeline.transcribe.guard import GuardReport, guard_channel
    from pipeline.transcribe.merge import label_mono_voices
    from pipeline.transcribe.stage import _prepare

    audio = load_audio(path, options.max_duration_s)
    prepared = _prepare(audio.channels[0], options)
    key = cache_key(audio.sha256, model_id, options.cache_fingerprint(), "mono")
    transcript = cache.get(key)
    if transcript is None:
        transcript = engine.transcribe_call([prepared.audio], options.language, options.languages, speech=[prepared.speech])
        cache.put(key, transcript)
    segments = guard_channel(transcript.channels[0], prepared.speech, options.guard, GuardReport())
    labelled, voices = label_mono_voices(segments, prepared.audio, prepared.speech, options.merge)
    words = [(x.speaker.value, w) for x in labelled for w in x.segment.words]
    return words, voices


def _ref_speaker(turns, t: float) -> str | None:
    hits = [tr["speaker"] for tr in turns if tr["start_s"] <= t < tr["end_s"]]
    return hits[0] if len(hits) == 1 else None


def _der(turns, words, duration: float) -> tuple[float, float]:
    """(errors, scored reference seconds) over 10 ms frames."""
    n = int(duration / FRAME_S) + 1
    ref = np.full(n, "", dtype=object)
    count = np.zeros(n, dtype=int)
    scored = np.ones(n, dtype=bool)
    for tr in turns:
        a, b = int(tr["start_s"] / FRAME_S), int(tr["end_s"] / FRAME_S)
        ref[a:b] = tr["speaker"]
        count[a:b] += 1
        c = int(COLLAR_S / FRAME_S)
        scored[max(0, a - c) : a + c] = False
        scored[max(0, b - c) : b + c] = False
    scored &= count <= 1
    hyp = np.full(n, "", dtype=object)
    for speaker, w in words:  # close the gaps between a speaker's words shorter than 0.3 s
        a, b = int(w.start / FRAME_S), int(max(w.end, w.start + FRAME_S) / FRAME_S)
        hyp[a:b] = speaker
    for k in range(1, len(words)):
        (s0, w0), (s1, w1) = words[k - 1], words[k]
        if s0 == s1 and 0 < w1.start - w0.end < 0.3:
            hyp[int(w0.end / FRAME_S) : int(w1.start / FRAME_S)] = s0
    ref_speech = scored & (ref != "")
    miss = ref_speech & (hyp == "")
    false_alarm = scored & (ref == "") & (hyp != "")
    confusion = ref_speech & (hyp != "") & (hyp != ref)
    return float(miss.sum() + false_alarm.sum() + confusion.sum()) * FRAME_S, float(ref_speech.sum()) * FRAME_S


def main() -> None:
    from faster_whisper import decode_audio

    from demo_calls import demo_interactions, reference
    from pipeline.transcribe.cache import TranscriptCache
    from pipeline.transcribe.engine import FasterWhisperTranscriber
    from pipeline.transcribe.options import load_options

    parser = argparse.ArgumentParser(description="speaker separation on one-channel mixes of the demo calls")
    parser.add_argument("--calls", type=int, default=None, help="only the first N demo calls")
    parser.add_argument("--held-out", action="store_true", help="only the even-numbered demo calls (the odd ones tuned the thresholds)")
    args = parser.parse_args()
    base = load_options().model_copy(update={"progress": False, "concurrency": 1})
    cache = TranscriptCache(ROOT / "outputs" / "cache" / "bench-transcripts")
    engine = FasterWhisperTranscriber(base)
    items = [i for i in demo_interactions() if reference(i.interaction_id.split(":", 1)[1])]
    items = items[: args.calls] if args.calls else items
    if args.held_out:
        items = [i for i in items if int(i.interaction_id[-3:]) % 2 == 0]
    stats: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for item in items:
            call_id = item.interaction_id.split(":", 1)[1]
            ref = reference(call_id)
            left, right = decode_audio(item.audio.path, split_stereo=True)
            agent = left if item.audio.agent_channel == 0 else right
            mix_path, solo_path = Path(tmp) / f"{call_id}_mix.wav", Path(tmp) / f"{call_id}_solo.wav"
            sf.write(mix_path, (left + right) / 2, 16000)
            sf.write(solo_path, agent, 16000)
            for method in ("pauses", "voices"):
                options = base.model_copy(deep=True)
                options.merge.diarization.method = method
                s = stats.setdefault((ref["language"], method), {"ok": 0, "words": 0, "err": 0.0, "ref": 0.0, "solo_words": 0, "solo_other": 0, "solo_one": 0, "solo": 0})
                words, _ = _labelled(mix_path, options, engine, cache, engine.model_id)
                for speaker, w in words:
                    truth = _ref_speaker(ref["turns"], (w.start + w.end) / 2)
                    if truth is not None:
                        s["words"] += 1
                        s["ok"] += truth == speaker
                err, scored = _der(ref["turns"], words, ref["duration_s"])
                s["err"] += err
                s["ref"] += scored
                solo_words, _ = _labelled(solo_path, options, engine, cache, engine.model_id)
                other = sum(sp != "agent" for sp, _ in solo_words)
                s["solo"] += 1
                s["solo_words"] += len(solo_words)
                s["solo_other"] += other
                s["solo_one"] += other == 0
                print(f"{call_id} {ref['language']} {method:<6} DER {err / max(scored, 1e-9):.3f} solo words given to a 2nd speaker: {other}/{len(solo_words)}", flush=True)
    print(f"\n{'lang':<4} {'method':<7} {'words':>5} {'role acc':>8} {'DER':>6} {'solo 2nd-spk words':>18} {'solo kept 1 voice':>17}")
    for (lang, method), s in sorted(stats.items()):
        print(
            f"{lang:<4} {method:<7} {s['words']:>5} {s['ok'] / max(s['words'], 1):>8.3f} {s['err'] / max(s['ref'], 1e-9):>6.3f} "
            f"{s['solo_other'] / max(s['solo_words'], 1):>18.3f} {s['solo_one']:>8}/{s['solo']:<8}"
        )
    print(json.dumps({f"{k[0]}-{k[1]}": v for k, v in stats.items()}))


if __name__ == "__main__":
    main()
