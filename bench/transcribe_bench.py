"""Benchmark of the transcription stage on the demo calls (one run, prints a table).

    .venv/bin/python bench/transcribe_bench.py            # all modes
    .venv/bin/python bench/transcribe_bench.py --calls 4  # first 4 calls only (quick look)

Each mode runs in its own process, so peak memory (``ru_maxrss``) is that mode's alone:

- ``direct``: faster-whisper called directly on each channel of each call, same model and
  options (``WhisperModel.transcribe`` with VAD inside, language detected by faster-whisper);
- ``stage-c1``: ``transcribe_stage`` (decode, hash, VAD, language once per call, transcription,
  merge, metrics; no transcript cache), one call at a time with all cores;
- ``stage-c2``: the stage with two calls at once, one CPU thread each.

Reported: real-time factor (wall seconds / call seconds, model load excluded) and CPU seconds
per call second (less sensitive to other work on a shared machine), stage overhead vs
direct, throughput in audio-minutes per wall-minute, peak memory, WER per language against
``demo/calls_reference`` (per speaker, normalised text).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

MODES = ("direct", "stage-c1", "stage-c2")


def _options(concurrency: int, threads: int):
    from pipeline.transcribe.options import load_options

    return load_options().model_copy(
        update={"cache_dir": None, "progress": True, "concurrency": concurrency, "cpu_threads": threads}
    )


def _items(limit: int | None):
    from demo_calls import demo_interactions, reference

    items = [i for i in demo_interactions() if reference(i.interaction_id.split(":", 1)[1])]
    return items[:limit] if limit else items


def _warm_up(model) -> None:
    import numpy as np

    list(model.transcribe(np.zeros(16000, dtype=np.float32), language="en")[0])


def run_mode(mode: str, limit: int | None) -> dict:
    from faster_whisper import decode_audio
    from tqdm import tqdm

    from pipeline.transcribe.engine import FasterWhisperTranscriber, load_whisper_model, transcribe_kwargs
    from pipeline.transcribe.stage import transcribe_stage

    concurrency = 2 if mode == "stage-c2" else 1
    options = _options(concurrency, 0)  # 0: cores / concurrency threads per worker
    threads = options.threads_per_worker()
    items = _items(limit)
    t0 = time.perf_counter()
    model, model_id = load_whisper_model(options)
    load_s = time.perf_counter() - t0
    _warm_up(model)
    audio_s = 0.0
    result: dict = {"mode": mode, "calls": len(items), "concurrency": concurrency, "cpu_threads": threads}
    cpu0 = _cpu_s()
    if mode == "direct":
        kwargs = transcribe_kwargs(options)
        t0 = time.perf_counter()
        for item in tqdm(items, desc="direct", unit="call"):
            left, right = decode_audio(item.audio.path, split_stereo=True)
            audio_s += len(left) / 16000
            for channel in (left, right):
                segments, _ = model.transcribe(channel, language=None, **kwargs)
                list(segments)
        wall = time.perf_counter() - t0
    else:
        engine = FasterWhisperTranscriber(options, model=model, model_id=model_id)
        t0 = time.perf_counter()
        out = transcribe_stage(items, options, transcriber=engine)
        wall = time.perf_counter() - t0
        audio_s = sum(i.audio.duration_s for i in out.interactions)
        result["rejected"] = len(out.rejected)
        result["wer"] = _wer(out.interactions)
    cpu = _cpu_s() - cpu0
    result.update(
        cpu_s=round(cpu, 2),
        cpu_rtf=round(cpu / audio_s, 4),
        load_s=round(load_s, 2),
        audio_s=round(audio_s, 1),
        wall_s=round(wall, 2),
        rtf=round(wall / audio_s, 4),
        audio_min_per_wall_min=round(audio_s / wall, 2),
        peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    )
    return result


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _wer(interactions) -> dict:
    from demo_calls import reference

    from pipeline.transcribe.wer import call_word_errors

    totals: dict[str, list[int]] = {}
    for item in interactions:
        ref = reference(item.interaction_id.split(":", 1)[1])
        errors, words = call_word_errors(
            [(t["speaker"], t["text"]) for t in ref["turns"]], [(t.speaker.value, t.text) for t in item.turns]
        )
        bucket = totals.setdefault(ref["language"], [0, 0])
        bucket[0] += errors
        bucket[1] += words
    return {lang: {"wer": round(e / n, 4), "words": n} for lang, (e, n) in sorted(totals.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description="transcription benchmark on the demo calls")
    parser.add_argument("--mode", choices=MODES, help="run one mode in this process and print JSON")
    parser.add_argument("--calls", type=int, default=None, help="only the first N demo calls")
    args = parser.parse_args()
    if args.mode:
        print("RESULT " + json.dumps(run_mode(args.mode, args.calls)))
        return
    results = {}
    for mode in MODES:
        cmd = [sys.executable, __file__, "--mode", mode] + (["--calls", str(args.calls)] if args.calls else [])
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True)
        line = next(l for l in proc.stdout.splitlines() if l.startswith("RESULT "))
        results[mode] = json.loads(line[len("RESULT ") :])
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"{'mode':<10} {'calls':>5} {'conc':>4} {'thr':>3} {'audio s':>8} {'wall s':>7} {'RTF':>6} {'CPU s':>7} {'CPU-RTF':>7} {'aud-min/min':>11} {'peak MB':>8}")
    for r in results.values():
        print(
            f"{r['mode']:<10} {r['calls']:>5} {r['concurrency']:>4} {r['cpu_threads']:>3} {r['audio_s']:>8} "
            f"{r['wall_s']:>7} {r['rtf']:>6.3f} {r['cpu_s']:>7} {r['cpu_rtf']:>7.3f} {r['audio_min_per_wall_min']:>11} {r['peak_rss_mb']:>8}"
        )
    overhead = results["stage-c1"]["wall_s"] / results["direct"]["wall_s"] - 1
    cpu_overhead = results["stage-c1"]["cpu_s"] / results["direct"]["cpu_s"] - 1
    print(f"stage overhead vs direct faster-whisper: wall {overhead:+.1%}, CPU {cpu_overhead:+.1%} (target <= +10%)")
    print(f"model load: {results['direct']['load_s']} s")
    for lang, w in results["stage-c1"]["wer"].items():
        print(f"WER {lang}: {w['wer']:.3f} over {w['words']} reference words")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
