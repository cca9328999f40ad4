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

``--demo``: the stereo demo calls instead (12 calls, 8 min), each made telephone-quality with sox
at run time (needs sox): G.711 μ-law and A-law at 8 kHz, and a GSM round trip of each channel.

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


def _demo_clips(tmp: Path) -> list[tuple[Path, str, str, dict]]:
    """Telephone versions of the demo calls (stereo), with their references."""
    import subprocess

    sys.path.insert(0, str(ROOT / "bench"))
    from demo_calls import demo_interactions, reference

    clips = []
    for item in demo_interactions():
        call_id = item.interaction_id.split(":", 1)[1]
        ref = reference(call_id)
        if not ref:
            continue
        src = item.audio.path
        band = ["sinc", "300-3400", "rate", "8000"]
        clips.append((Path(src), "stereo", "clean", ref))
        for codec, enc in (("ulaw", ["-e", "mu-law", "-b", "8"]), ("alaw", ["-e", "a-law", "-b", "8"])):
            out = tmp / f"{call_id}_{codec}.wav"
            subprocess.run(["sox", src, *enc, str(out), *band], check=True)
            clips.append((out, "stereo", codec, ref))
        sides = []
        for k in (1, 2):
            gsm = tmp / f"{call_id}_{k}.gsm"
            subprocess.run(["sox", src, "-c", "1", "-r", "8000", str(gsm), "remix", str(k), *band[:2]], check=True)
            back = tmp / f"{call_id}_{k}_gsm.wav"
            subprocess.run(["sox", str(gsm), "-e", "signed", "-b", "16", str(back)], check=True)
            sides.append(str(back))
        out = tmp / f"{call_id}_gsm.wav"
        subprocess.run(["sox", "-M", *sides, str(out)], check=True)
        clips.append((out, "stereo", "gsm", ref))
    return clips


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
    parser.add_argument("--demo", action="store_true", help="the demo calls through the codecs (needs sox)")
    args = parser.parse_args()
    import tempfile

    from pipeline.transcribe.wer import call_word_errors

    tmpdir = tempfile.TemporaryDirectory()
    clips = _demo_clips(Path(tmpdir.name)) if args.demo else [
        (p, layout, codec, json.loads((FX / f"{r}.json").read_text(encoding="utf-8"))) for p, layout, codec, r in CLIPS
    ]
    base = load_options().model_copy(update={"cache_dir": None, "progress": False, "concurrency": 1})
    model, model_id = load_whisper_model(base)
    table: dict[tuple[str, str, str], list[int]] = {}
    for name in args.configs:
        options = _config(name, base)
        engine = FasterWhisperTranscriber(options, model=model, model_id=model_id)
        items = [
            Interaction(interaction_id=f"call:{k}", channel=Channel.CALL, status=Status.AWAITING_TRANSCRIPTION,
                        started_at=datetime(2026, 11, 20, tzinfo=timezone.utc), audio=AudioRef(path=str(p), layout=layout, agent_channel=0))
            for k, (p, layout, _, _) in enumerate(clips)
        ]
        u0 = resource.getrusage(resource.RUSAGE_SELF)
        result = transcribe_stage(items, options, transcriber=engine)
        u1 = resource.getrusage(resource.RUSAGE_SELF)
        cpu = u1.ru_utime + u1.ru_stime - u0.ru_utime - u0.ru_stime
        for item, (_, _layout, codec, ref) in zip(result.interactions, clips):
            if args.demo:  # stereo calls: per speaker, as the stage's roles come from the channels
                e, n = call_word_errors([(t["speaker"], t["text"]) for t in ref["turns"]], [(t.speaker.value, t.text) for t in item.turns])
            else:
                e, n = word_errors(" ".join(t["text"] for t in ref["turns"]), " ".join(t.text for t in item.turns))
            cell = table.setdefault((name, ref["language"], codec), [0, 0])
            cell[0] += e
            cell[1] += n
        audio_s = sum(i.audio.duration_s for i in result.interactions)
        print(name, {f"{lang}-{codec}": round(e / n, 3) for (c, lang, codec), (e, n) in table.items() if c == name},
              f"CPU-RTF {cpu / audio_s:.3f}", flush=True)
    codecs = ["clean", "ulaw", "alaw", "gsm"]
    print(f"\n{'config':<8} {'lang':<4} " + " ".join(f"{c:>6}" for c in codecs))
    for name in args.configs:
        for lang in ("en", "ru"):
            cells = [table[(name, lang, c)][0] / table[(name, lang, c)][1] if (name, lang, c) in table else None for c in codecs]
            print(f"{name:<8} {lang:<4} " + " ".join(f"{c:>6.3f}" if c is not None else f"{'-':>6}" for c in cells))


if __name__ == "__main__":
    main()
