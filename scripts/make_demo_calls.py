"""Make the demo call recordings, their sidecar CSV and reference transcripts.

    .venv/bin/python scripts/make_demo_calls.py            # demo night + test fixtures
    .venv/bin/python scripts/make_demo_calls.py --rate 8000

Reads the dialogue scripts in ``scripts/demo_calls.yaml``, synthesises each turn (Russian with
Festival + festvox-ru ``voice_msu_ru_nsh_clunits``, English with espeak-ng), places the turns on a
timeline (pauses, holds, overlaps), puts the agent on the left channel and the customer on the
right, and writes:

- ``demo/nights/<night>/calls/<call_id>.flac`` and ``calls.csv`` (sidecar for the call adapter),
  plus one deliberately corrupt recording;
- ``demo/calls_reference/<call_id>.json``: reference turns (speaker, text, start_s, end_s);
- ``tests/fixtures/audio/<id>.flac`` + ``<id>.json``: short clips for the tests.

Needs ``apt-get install festival festvox-ru espeak-ng sox`` only to regenerate: the outputs are
committed, so the demo and the tests need no synthesiser.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import shutil
import subprocess
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import soundfile as sf
import yaml
from scipy.signal import resample_poly
from tqdm import tqdm

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = Path(__file__).resolve().parent / "demo_calls.yaml"
WORK_RATE = 16_000
DEFAULT_PAUSE_S = 0.7
LEAD_IN_S = 0.5
TAIL_S = 0.8
CSV_COLUMNS = [
    "call_id", "started_at", "ended_at", "agent_id", "agent_name", "customer_id", "customer_phone",
    "direction", "queue", "channel_layout", "audio_file", "queue_wait_s", "hold_s", "wrap_up_s",
]


def _check_tools() -> None:
    missing = [t for t in ("text2wave", "espeak-ng", "sox") if shutil.which(t) is None]
    if missing:
        raise SystemExit(f"missing {', '.join(missing)}: apt-get install festival festvox-ru espeak-ng sox")


def _read_wav(path: Path) -> np.ndarray:
    data, rate = sf.read(path, dtype="float32", always_2d=True)
    mono = data.mean(axis=1)
    if rate != WORK_RATE:
        g = np.gcd(rate, WORK_RATE)
        mono = resample_poly(mono, WORK_RATE // g, rate // g).astype(np.float32)
    return mono


def synthesise(text: str, voice: dict, cache: Path) -> np.ndarray:
    """One utterance at 16 kHz (cached by text and voice, so re-runs are quick)."""
    key = hashlib.sha256(json.dumps([text, voice], sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:20]
    out = cache / f"{key}.wav"
    if not out.exists():
        raw = cache / f"{key}.raw.wav"
        if voice["engine"] == "festival":
            txt = cache / f"{key}.txt"
            txt.write_text(text, encoding="utf-8")
            subprocess.run(["text2wave", "-eval", f"({voice['voice']})", str(txt), "-o", str(raw)], check=True, capture_output=True)
        else:
            subprocess.run(
                ["espeak-ng", "-v", voice["voice"], "-s", str(voice.get("speed", 160)), "-w", str(raw), text],
                check=True, capture_output=True,
            )
        cents = int(voice.get("pitch_cents", 0))
        effects = ["pitch", str(cents)] if cents else []
        subprocess.run(["sox", str(raw), "-r", str(WORK_RATE), "-c", "1", str(out), *effects, "norm", "-3"], check=True, capture_output=True)
    return _read_wav(out)


def _voice(voices: dict, call: dict, speaker: str) -> dict:
    table = voices[call["language"]]
    person = call["agent_id"] if speaker == "a" else call["customer_id"]
    return table.get(person) or table["agent" if speaker == "a" else "customer"]


def render(call: dict, voices: dict, cache: Path) -> tuple[np.ndarray, list[dict], float]:
    """(stereo int16-ready float array [n, 2], reference turns, hold seconds) of one dialogue."""
    pieces = []
    cursor, prev_end = LEAD_IN_S, LEAD_IN_S
    hold = 0.0
    for i, turn in enumerate(call["turns"]):
        audio = synthesise(turn["t"], _voice(voices, call, turn["s"]), cache)
        if "overlap" in turn:
            start = prev_end - float(turn["overlap"])
        else:
            gap = float(turn.get("hold", turn.get("pause", DEFAULT_PAUSE_S if i else 0.0)))
            hold = max(hold, float(turn.get("hold", 0.0)))
            start = cursor + gap
        end = start + len(audio) / WORK_RATE
        pieces.append((turn, start, end, audio))
        prev_end = end
        cursor = max(cursor, end)
    total = cursor + TAIL_S
    track = np.zeros((int(total * WORK_RATE) + 1, 2), dtype=np.float32)
    reference = []
    for index, (turn, start, end, audio) in enumerate(pieces):
        ch = 0 if turn["s"] == "a" else 1
        at = int(round(start * WORK_RATE))
        track[at : at + len(audio), ch] += audio
        reference.append({
            "index": index, "speaker": "agent" if turn["s"] == "a" else "customer", "text": turn["t"],
            "start_s": round(start, 2), "end_s": round(end, 2),
        })
    return np.clip(track, -1, 1), reference, hold


def write_flac(path: Path, track: np.ndarray, rate: int) -> None:
    if rate != WORK_RATE:
        g = np.gcd(rate, WORK_RATE)
        track = resample_poly(track, rate // g, WORK_RATE // g, axis=0).astype(np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, np.clip(track, -1, 1), rate, format="FLAC", subtype="PCM_16")


def _reference_doc(call: dict, turns: list[dict], duration: float, hold: float) -> dict:
    overlaps = [
        {"by": "agent" if t["s"] == "a" else "customer", "overlap_s": t["overlap"]}
        for t in call["turns"] if "overlap" in t
    ]
    return {
        "call_id": call["call_id"], "language": call["language"], "duration_s": round(duration, 2),
        "standards": call.get("standards"), "hold_s": hold, "interruptions": overlaps, "turns": turns,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=int, default=16_000, help="sample rate of the FLAC files (8000 or 16000)")
    parser.add_argument("--out", type=Path, default=ROOT / "demo", help="demo folder")
    parser.add_argument("--fixtures", type=Path, default=ROOT / "tests" / "fixtures" / "audio")
    parser.add_argument("--synth-cache", type=Path, default=Path(tempfile.gettempdir()) / "servicelens-tts")
    args = parser.parse_args()
    _check_tools()
    spec = yaml.safe_load(SCRIPTS.read_text(encoding="utf-8"))
    voices, people = spec["voices"], spec["people"]
    args.synth_cache.mkdir(parents=True, exist_ok=True)
    calls_dir = args.out / "nights" / spec["night"] / "calls"
    ref_dir = args.out / "calls_reference"
    calls_dir.mkdir(parents=True, exist_ok=True)
    ref_dir.mkdir(parents=True, exist_ok=True)

    rows = []
    for call in tqdm(spec["calls"], desc="demo calls", unit="call"):
        track, turns, hold = render(call, voices, args.synth_cache)
        duration = len(track) / WORK_RATE
        audio_file = f"{call['call_id']}.flac"
        write_flac(calls_dir / audio_file, track, args.rate)
        doc = _reference_doc(call, turns, duration, hold)
        (ref_dir / f"{call['call_id']}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        started = datetime.fromisoformat(call["started_at"])
        customer = people["customers"][call["customer_id"]]
        rows.append({
            "call_id": call["call_id"], "started_at": started.isoformat(),
            "ended_at": (started + timedelta(seconds=round(duration))).isoformat(),
            "agent_id": call["agent_id"], "agent_name": people["agents"][call["agent_id"]],
            "customer_id": call["customer_id"], "customer_phone": customer["phone"],
            "direction": call["direction"], "queue": call["queue"], "channel_layout": "stereo_agent_left",
            "audio_file": audio_file, "queue_wait_s": call.get("queue_wait_s", 0),
            "hold_s": call.get("hold_s", 0), "wrap_up_s": call.get("wrap_up_s", 0),
        })

    bad = spec["corrupt"]
    rng = np.random.default_rng(13)
    (calls_dir / f"{bad['call_id']}.flac").write_bytes(b"fLaC" + rng.integers(0, 256, 4096, dtype=np.uint8).tobytes())
    started = datetime.fromisoformat(bad["started_at"])
    rows.append({
        "call_id": bad["call_id"], "started_at": started.isoformat(), "ended_at": (started + timedelta(seconds=60)).isoformat(),
        "agent_id": bad["agent_id"], "agent_name": people["agents"][bad["agent_id"]], "customer_id": bad["customer_id"],
        "customer_phone": people["customers"][bad["customer_id"]]["phone"], "direction": "inbound", "queue": bad["queue"],
        "channel_layout": "stereo_agent_left", "audio_file": f"{bad['call_id']}.flac", "queue_wait_s": 25, "hold_s": 0, "wrap_up_s": 10,
    })
    rows.sort(key=lambda r: r["started_at"])
    with open(calls_dir / "calls.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)

    args.fixtures.mkdir(parents=True, exist_ok=True)
    for clip in tqdm(spec["fixtures"], desc="test clips", unit="clip"):
        track, turns, hold = render(clip, voices, args.synth_cache)
        if clip.get("mono"):
            track = track.sum(axis=1, keepdims=True)
        write_flac(args.fixtures / f"{clip['call_id']}.flac", track, 16_000)
        doc = _reference_doc(clip, turns, len(track) / WORK_RATE, hold)
        (args.fixtures / f"{clip['call_id']}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    sizes = sum(p.stat().st_size for p in calls_dir.glob("*.flac"))
    print(f"{len(rows)} calls in {calls_dir} ({sizes / 1e6:.1f} MB), references in {ref_dir}, clips in {args.fixtures}")


if __name__ == "__main__":
    main()
