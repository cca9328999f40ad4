"""Cost by call length: 30 s padded decoding vs pad-free decoding (``pad_margin_s``).

    .venv/bin/python bench/call_length_bench.py
    .venv/bin/python bench/call_length_bench.py --margins none 1 3 --skip-long

Calls, built from the demo recordings (stereo, our synthesised voices):
- ``5s``: the agent's opening turn of every other demo call cut out on its own (5-8 s each);
- ``30s``: the two demo calls of about 30 s (CL-20261120-008 ru, -010 en);
- ``5min``: six demo calls played one after another (about 300 s).

For each ``pad_margin_s`` (none = faster-whisper's 30 s padding) the stage transcribes every call
(no cache, one call at a time, all cores): wall RTF (wall s / audio s), CPU RTF (CPU s / audio s:
less sensitive to other work on a shared machine) and WER per language against the references.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
RATE = 16_000


def _cpu_s() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def build_calls(tmp: Path) -> dict[str, list[tuple[Path, list[dict], str]]]:
    """Length class -> [(stereo file, reference turns, language)]."""
    from faster_whisper import decode_audio

    from demo_calls import demo_interactions, reference

    items = [(i, reference(i.interaction_id.split(":", 1)[1])) for i in demo_interactions()]
    items = [(i, r) for i, r in items if r]
    out: dict[str, list] = {"5s": [], "30s": [], "5min": []}
    long_parts, long_turns, offset = [], [], 0.0
    for item, ref in items:
        left, right = decode_audio(item.audio.path, split_stereo=True)
        stereo = np.stack([left, right], axis=1)
        first = ref["turns"][0]
        a, b = 0, int((first["end_s"] + 0.4) * RATE)
        path = tmp / f"{ref['call_id']}_5s.wav"
        sf.write(path, stereo[a:b], RATE)
        if int(ref["call_id"][-3:]) % 2:  # every other call: six 5 s calls are enough for the figure
            out["5s"].append((path, [first], ref["language"]))
        if ref["call_id"] in ("CL-20261120-008", "CL-20261120-010"):
            path = tmp / f"{ref['call_id']}.wav"
            sf.write(path, stereo, RATE)
            out["30s"].append((path, ref["turns"], ref["language"]))
        if ref["language"] == "ru" and len(long_parts) < 6:
            long_parts.append(stereo)
            long_turns += [{**t, "start_s": t["start_s"] + offset, "end_s": t["end_s"] + offset} for t in ref["turns"]]
            offset += len(stereo) / RATE
    path = tmp / "long_5min.wav"
    sf.write(path, np.concatenate(long_parts), RATE)
    out["5min"].append((path, long_turns, "ru"))
    return out


def main() -> None:
    from pipeline.model import AudioRef, Channel, Interaction, Status
    from pipeline.transcribe.engine import FasterWhisperTranscriber
    from pipeline.transcribe.options import load_options
    from pipeline.transcribe.stage import transcribe_stage
    from pipeline.transcribe.wer import call_word_errors
    from datetime import datetime, timezone

    parser = argparse.ArgumentParser(description="transcription cost by call length, padded vs pad-free")
    parser.add_argument("--margins", nargs="+", default=["none", "3"], help="pad_margin_s values ('none' = 30 s padding)")
    parser.add_argument("--skip-long", action="store_true", help="leave out the 5 min call")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        calls = build_calls(Path(tmp))
        if args.skip_long:
            calls.pop("5min")
        rows = []
        for margin in args.margins:
            pad = None if margin == "none" else float(margin)
            options = load_options().model_copy(update={"cache_dir": None, "progress": False, "concurrency": 1, "pad_margin_s": pad})
            engine = FasterWhisperTranscriber(options)
            # warm-up (model first use, Silero VAD load) outside the timing
            path, _, _ = calls["5s"][0]
            transcribe_stage([Interaction(interaction_id="call:warm-up", channel=Channel.CALL, status=Status.AWAITING_TRANSCRIPTION,
                                          started_at=datetime(2026, 11, 20, tzinfo=timezone.utc),
                                          audio=AudioRef(path=str(path), layout="stereo", agent_channel=0))], options, transcriber=engine)
            for length, group in calls.items():
                items = [
                    Interaction(
                        interaction_id=f"call:{p.stem}", channel=Channel.CALL, status=Status.AWAITING_TRANSCRIPTION,
                        started_at=datetime(2026, 11, 20, tzinfo=timezone.utc), audio=AudioRef(path=str(p), layout="stereo", agent_channel=0),
                    )
                    for p, _, _ in group
                ]
                t0, c0 = time.perf_counter(), _cpu_s()
                result = transcribe_stage(items, options, transcriber=engine)
                wall, cpu = time.perf_counter() - t0, _cpu_s() - c0
                audio_s = sum(i.audio.duration_s for i in result.interactions)
                wer: dict[str, list[int]] = {}
                for item, (_, turns, lang) in zip(result.interactions, group):
                    e, n = call_word_errors([(t["speaker"], t["text"]) for t in turns], [(t.speaker.value, t.text) for t in item.turns])
                    wer.setdefault(lang, [0, 0])
                    wer[lang][0] += e
                    wer[lang][1] += n
                rows.append((margin, length, len(items), audio_s, wall / audio_s, cpu / audio_s, {k: round(e / n, 3) for k, (e, n) in wer.items()}))
                print(rows[-1], flush=True)
    print(f"\n{'margin':<6} {'length':<6} {'calls':>5} {'audio s':>8} {'RTF':>6} {'CPU-RTF':>7}  WER")
    for margin, length, n, audio_s, rtf, cpu_rtf, wer in rows:
        print(f"{margin:<6} {length:<6} {n:>5} {audio_s:>8.1f} {rtf:>6.3f} {cpu_rtf:>7.3f}  {wer}")


if __name__ == "__main__":
    main()
