"""Telephone-quality versions of the synthesised test clips (tests/fixtures/audio/telephony).

    .venv/bin/python scripts/make_telephony_fixtures.py

From the committed clips made by ``make_demo_calls.py`` (our own Festival / espeak-ng voices),
sox writes 8 kHz G.711 μ-law and A-law WAV files and GSM 06.10 round trips (GSM-in-WAV, mono):
what a contact centre's recorder stores. Each output gets the reference JSON of its source clip.
Needs ``apt-get install sox`` only to regenerate: the outputs are committed (about 0.6 MB).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "fixtures" / "audio"
OUT = SOURCE / "telephony"

# output name -> (source clip, channels, sox encoding options)
CLIPS = {
    "en_mono_ulaw.wav": ("en_mono", 1, ["-e", "mu-law", "-b", "8"]),
    "en_mono_alaw.wav": ("en_mono", 1, ["-e", "a-law", "-b", "8"]),
    "en_mono_gsm.wav": ("en_mono", 1, ["-e", "gsm-full-rate"]),
    "ru_stereo_ulaw.wav": ("ru_stereo", 2, ["-e", "mu-law", "-b", "8"]),
    "ru_mono_gsm.wav": ("ru_stereo", 1, ["-e", "gsm-full-rate"]),
}


def main() -> None:
    if shutil.which("sox") is None:
        raise SystemExit("missing sox: apt-get install sox")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (source, channels, encoding) in CLIPS.items():
            # telephone band first (300-3400 Hz), then 8 kHz and the codec
            band = Path(tmp) / f"{name}.band.wav"
            subprocess.run(
                ["sox", str(SOURCE / f"{source}.flac"), "-c", str(channels), str(band), "sinc", "300-3400", "rate", "8000"],
                check=True,
            )
            subprocess.run(["sox", str(band), *encoding, str(OUT / name)], check=True)
            shutil.copy(SOURCE / f"{source}.json", OUT / f"{Path(name).stem}.json")
            print(f"{name}: {(OUT / name).stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
