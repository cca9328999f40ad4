"""WER per language and telephone codec, before and after this issue's changes, and VAD settings.

    .venv/bin/python bench/codec_bench.py
    .venv/bin/python bench/codec_bench.py --configs after vad300

Clips: the committed test clips clean (``tests/fixtures/audio``) and their telephone versions
(``tests/fixtures/audio/telephony``: 8 kHz μ-law, A-law, GSM). Configurations:

- ``before``: the previous behaviour (no level normalisation, 30 s padding, no phantom list,
  pause-alternation roles on mono);
- ``after``: rules/transcribe.yaml as it is;
- ``vad300`` / ``vad1000``: ``after`` with ``vad_min_silence_ms`` 300 / 1000 (default 500);
- ``beam1``: ``after`` with greedy decoding;
- ``after_pad30`` / ``after_nonorm``: ``after`` with 30 s padding / without level normalisation
  (which change moves the WER); ``pad5`` / ``pad10``: other pad-free margins.

WER is on the words of the whole call (roles are measured by bench/diarize_bench.py), so a mono
clip and a stereo clip are scored alike.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FX = ROOT / "tests" / "fixtures" / "audio"
CLIPS = [  # (file, layout, codec, reference json)
    (FX / "en_mono.flac", "mono", "clean", "en_mono"),
    (FX / "telephony" / "en_mono_ulaw.wav", "mono", "ulaw", "en_mono"),
    (FX / "telephony" / "en_mono_alaw.wav", "mono", "alaw", "en_mono"),
    (FX / "telephony" / "en_mono_gsm.wav", "mono", "gsm", "en_mono"),
    (FX / "ru_stereo.flac", "stereo", "clean", "ru_stereo"),
    (FX / "telephony" / "ru_stereo_ulaw.wav", "stereo", "ulaw", "ru_stereo"),
    (FX / "telephony" / "ru_mono_gsm.wav", "mono", "gsm", "ru_stereo"),
]


def _config(name: str, base):
    if name == "before":
        opts = base.model_copy(deep=True, update={"pad_margin_s": None})
        opts.levels.normalise = False
        opts.guard.phantom_phrases = []
        opts.merge.diarization.method = "pauses"
        return opts
    if name == "after_pad30":
        return base.model_copy(update={"pad_margin_s": None})
    if name == "after_nonorm":
        opts = base.model_copy(deep=True)
        opts.levels.normalise = False
        return opts
    if name.startswith("pad"):
        return base.model_copy(update={"pad_margin_s": float(name[3:])})
    update = {"after": {}, "vad300": {"vad_min_silence_ms": 300}, "vad1000": {"vad_min_silence_ms": 1000}, "beam1": {"beam_size": 1}}[name]
    return base.model_copy(update=update)


def main() -> None:
    from pipeline.model import AudioRef, Channel, Interaction, Status
    from pipeline.transcribe.engine import FasterWhisperTranscriber, load_whisper_model
    from pipeline.transcribe.options import load_options
    from pipeline.transcribe.stage import transcribe_stage
    from pipeline.transcribe.wer import word_errors

    parser = argparse.ArgumentParser(description="WER per language and telephone codec")
    parser.add_argument("--configs", nargs="+", default=["before", "after", "vad300", "vad1000"],
                        choices=["before", "after", "after_pad30", "after_nonorm", "pad5", "pad10", "vad300", "vad1000", "beam1"])
    args = parser.parse_args()
    base = load_options().model_copy(update={"cache_dir": None, "progress": False, "concurrency": 1})
    model, model_id = load_whisper_model(base)
    refs = {n: json.loads((FX / f"{n}.json").read_text(encoding="utf-8")) for n in ("en_mono", "ru_stereo")}
    table: dict[tuple[str, str, str], float] = {}
    for name in args.configs:
        options = _config(name, base)
        engine = FasterWhisperTranscriber(options, model=model, model_id=model_id)
        items = [
            Interaction(interaction_id=f"call:{k}", channel=Channel.CALL, status=Status.AWAITING_TRANSCRIPTION,
                        started_at=datetime(2026, 11, 20, tzinfo=timezone.utc), audio=AudioRef(path=str(p), layout=layout, agent_channel=0))
            for k, (p, layout, _, _) in enumerate(CLIPS)
        ]
        u0 = resource.getrusage(resource.RUSAGE_SELF)
        result = transcribe_stage(items, options, transcriber=engine)
        u1 = resource.getrusage(resource.RUSAGE_SELF)
        cpu = u1.ru_utime + u1.ru_stime - u0.ru_utime - u0.ru_stime
        for item, (_, _, codec, ref_name) in zip(result.interactions, CLIPS):
            ref = refs[ref_name]
            e, n = word_errors(" ".join(t["text"] for t in ref["turns"]), " ".join(t.text for t in item.turns))
            table[(name, ref["language"], codec)] = e / n
        audio_s = sum(i.audio.duration_s for i in result.interactions)
        print(name, {f"{lang}-{codec}": round(w, 3) for (c, lang, codec), w in table.items() if c == name},
              f"CPU-RTF {cpu / audio_s:.3f}", flush=True)
    codecs = ["clean", "ulaw", "alaw", "gsm"]
    print(f"\n{'config':<8} {'lang':<4} " + " ".join(f"{c:>6}" for c in codecs))
    for name in args.configs:
        for lang in ("en", "ru"):
            cells = [table.get((name, lang, c)) for c in codecs]
            print(f"{name:<8} {lang:<4} " + " ".join(f"{c:>6.3f}" if c is not None else f"{'-':>6}" for c in cells))


if __name__ == "__main__":
    main()
