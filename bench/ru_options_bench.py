"""Russian accuracy: decoding options that cost nothing, measured against the base settings.

    .venv/bin/python bench/ru_options_bench.py
    .venv/bin/python bench/ru_options_bench.py --configs base prompt

Russian clips (our Festival voices): the ru_stereo test clip clean, as 8 kHz μ-law and as GSM
(mono), and two demo calls (CL-20261120-002, -008). Each configuration transcribes all of them
through the stage (no cache, one call at a time); printed: WER (per speaker for stereo, whole text
for mono), CPU seconds per audio second. Configurations:

- ``base``: rules/transcribe.yaml as it is;
- ``prompt``: ``initial_prompt`` with the company's vocabulary;
- ``hotwords``: the company name as ``hotwords``;
- ``no_fallback``: temperature 0 only (no re-decoding of doubtful windows);
- ``condition``: ``condition_on_previous_text`` on;
- ``beam1``: greedy decoding.

Caveat: the vocabulary names the demo company, so ``prompt``/``hotwords`` are measured on calls
that say those words: an upper bound of what a real company's vocabulary would bring.
"""

from __future__ import annotations

import argparse
import resource
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

VOCABULARY = "Ладога Телеком. Оператор, абонент, тариф, роуминг, списание, возврат, рабочих дней, рублей."
CONFIGS = {
    "base": {},
    "prompt": {"initial_prompt": VOCABULARY},
    "hotwords": {"hotwords": "Ладога Телеком"},
    "no_fallback": {"temperature_fallback": False},
    "condition": {"condition_on_previous_text": True},
    "beam1": {"beam_size": 1},
}


def _cpu_s() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def _clips():
    import json

    from demo_calls import CALLS_DIR, reference

    fx = ROOT / "tests" / "fixtures" / "audio"
    ru = json.loads((fx / "ru_stereo.json").read_text(encoding="utf-8"))["turns"]
    clips = [(fx / "ru_stereo.flac", "stereo", ru), (fx / "telephony" / "ru_stereo_ulaw.wav", "stereo", ru),
             (fx / "telephony" / "ru_mono_gsm.wav", "mono", ru)]
    for call_id in ("CL-20261120-002", "CL-20261120-008"):
        clips.append((CALLS_DIR / f"{call_id}.flac", "stereo", reference(call_id)["turns"]))
    return clips


def main() -> None:
    from pipeline.model import AudioRef, Channel, Interaction, Status
    from pipeline.transcribe.engine import FasterWhisperTranscriber, load_whisper_model
    from pipeline.transcribe.options import load_options
    from pipeline.transcribe.stage import transcribe_stage
    from pipeline.transcribe.wer import call_word_errors, word_errors

    parser = argparse.ArgumentParser(description="Russian WER of free decoding options")
    parser.add_argument("--configs", nargs="+", default=list(CONFIGS), choices=list(CONFIGS))
    args = parser.parse_args()
    clips = _clips()
    base = load_options().model_copy(update={"cache_dir": None, "progress": False, "concurrency": 1, "language": "ru"})
    model, model_id = load_whisper_model(base)
    print(f"{'config':<12} {'WER':>6} {'errors':>6} {'words':>5} {'CPU-RTF':>7}")
    for name in args.configs:
        options = base.model_copy(update=CONFIGS[name])
        engine = FasterWhisperTranscriber(options, model=model, model_id=model_id)
        items = [
            Interaction(interaction_id=f"call:{k}", channel=Channel.CALL, status=Status.AWAITING_TRANSCRIPTION,
                        started_at=datetime(2026, 11, 20, tzinfo=timezone.utc), audio=AudioRef(path=str(p), layout=layout, agent_channel=0))
            for k, (p, layout, _) in enumerate(clips)
        ]
        c0 = _cpu_s()
        result = transcribe_stage(items, options, transcriber=engine)
        cpu = _cpu_s() - c0
        errors = words = 0
        for item, (_, layout, turns) in zip(result.interactions, clips):
            if layout == "stereo":
                e, n = call_word_errors([(t["speaker"], t["text"]) for t in turns], [(t.speaker.value, t.text) for t in item.turns])
            else:
                e, n = word_errors(" ".join(t["text"] for t in turns), " ".join(t.text for t in item.turns))
            errors, words = errors + e, words + n
        audio_s = sum(i.audio.duration_s for i in result.interactions)
        print(f"{name:<12} {errors / words:>6.3f} {errors:>6} {words:>5} {cpu / audio_s:>7.3f}", flush=True)


if __name__ == "__main__":
    main()
