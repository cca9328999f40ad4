"""Identity hashes are keyed (HMAC) with a per-deployment secret that is never in the repository."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest
import yaml

from pipeline.config import ConfigError, PROJECT_ROOT
from pipeline.customers.identity import identity_hash
from pipeline.customers.identity_key import (
    DEMO_IDENTITY_KEY, DemoKeyRefused, is_demo_source, resolve_identity_key,
)
from pipeline.customers.merging import IdentityConfig, load_identity_config

ENV = "SERVICELENS_TEST_ONLY_IDENTITY_KEY"


def test_rules_hold_no_salt_or_key() -> None:
    data = yaml.safe_load((PROJECT_ROOT / "rules" / "identity.yaml").read_text(encoding="utf-8"))
    assert "salt" not in data and "key" not in data
    config = load_identity_config(PROJECT_ROOT / "rules")
    assert config.key_env == "SERVICELENS_IDENTITY_KEY"
    assert not Path(config.key_file).is_absolute() and config.key_file.startswith("outputs/")


def test_a_salt_in_the_rules_is_an_error_that_says_why() -> None:
    with pytest.raises(ValueError, match="no longer use a salt"):
        IdentityConfig.model_validate({"salt": "servicelens-demo"})


def test_hash_differs_per_key_and_is_an_hmac() -> None:
    a = identity_hash("phone", "+79161234567", "key-one-0123456789")
    b = identity_hash("phone", "+79161234567", "key-two-0123456789")
    assert a != b and a.startswith("phone:") and len(a) == len("phone:") + 16
    assert a == identity_hash("phone", "+79161234567", "key-one-0123456789")  # stable
    # the old construction sha256(salt|kind|value) no longer matches: a known salt reveals nothing
    old = hashlib.sha256(b"key-one-0123456789|phone|+79161234567").hexdigest()[:16]
    assert a != f"phone:{old}"


def test_key_file_is_created_with_mode_0600_and_reused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    path = tmp_path / "secrets" / "identity.key"
    key, origin = resolve_identity_key(ENV, path)
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(key) >= 32 and "key file" in origin
    assert resolve_identity_key(ENV, path)[0] == key  # the same key on the next run


def test_key_file_readable_by_others_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    path = tmp_path / "identity.key"
    path.write_text("a-long-enough-secret-key-1234567890\n")
    path.chmod(0o644)
    with pytest.raises(ConfigError, match="readable by others"):
        resolve_identity_key(ENV, path)


def test_environment_wins_over_the_key_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(ENV, "an-environment-secret-0123456789")
    key, origin = resolve_identity_key(ENV, tmp_path / "identity.key")
    assert key == "an-environment-secret-0123456789" and ENV in origin
    assert not (tmp_path / "identity.key").exists()


def test_real_run_with_the_demo_key_refuses_to_start(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(ENV, DEMO_IDENTITY_KEY)
    with pytest.raises(DemoKeyRefused, match="public demo key"):
        resolve_identity_key(ENV, tmp_path / "identity.key")
    # the demo itself uses it
    assert resolve_identity_key(ENV, tmp_path / "identity.key", demo=True)[0] == DEMO_IDENTITY_KEY


def test_demo_source_is_only_the_bundled_demo(tmp_path: Path) -> None:
    assert is_demo_source(PROJECT_ROOT / "demo" / "nights")
    assert not is_demo_source(tmp_path)
    assert not is_demo_source(PROJECT_ROOT / "tests" / "fixtures" / "night_small")


def test_night_with_demo_key_on_real_data_writes_nothing(tmp_path: Path, monkeypatch, fixtures: Path) -> None:
    from pipeline.flows.nightly import run_night

    monkeypatch.setenv("SERVICELENS_IDENTITY_KEY", DEMO_IDENTITY_KEY)
    url = f"duckdb:///{tmp_path / 'wh.duckdb'}"
    with pytest.raises(DemoKeyRefused):
        run_night("2026-11-20", fixtures / "night_small", warehouse_url=url, use_prefect=False)
    assert not (tmp_path / "wh.duckdb").exists()  # refused before the warehouse was touched


def test_cli_refusal_is_a_clear_message(monkeypatch, fixtures: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    monkeypatch.setenv("SERVICELENS_IDENTITY_KEY", DEMO_IDENTITY_KEY)
    result = CliRunner().invoke(main, ["run", "--date", "2026-11-20", "--source", str(fixtures / "night_small"),
                                       "--warehouse", f"duckdb:///{tmp_path / 'wh.duckdb'}", "--no-prefect"])
    assert result.exit_code != 0
    assert "public demo key" in result.output and "Traceback" not in result.output
