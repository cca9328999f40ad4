"""Loading the YAML files under ``rules/`` into typed, validated settings."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

T = TypeVar("T", bound=BaseModel)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RULES_DIR = PROJECT_ROOT / "rules"
DEFAULT_MODELS_DIR = PROJECT_ROOT / "models"
DEFAULT_OUTPUTS_DIR = PROJECT_ROOT / "outputs"
DEFAULT_WAREHOUSE_URL = f"duckdb:///{DEFAULT_OUTPUTS_DIR / 'warehouse.duckdb'}"


class ConfigError(ValueError):
    """A rules file is missing or invalid; the message names the file and what is wrong."""


def read_yaml(path: Path) -> dict:
    """Read one YAML mapping, with an error that names the file."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level, got {type(data).__name__}")
    return data


def load_rules(rules_dir: str | Path | None, name: str, model: type[T]) -> T:
    """Load ``rules_dir/name`` (``.yaml`` added when missing) into ``model``.

    Validation errors are re-raised as :class:`ConfigError` naming the file and each bad field.
    """
    base = Path(rules_dir) if rules_dir else DEFAULT_RULES_DIR
    path = base / (name if name.endswith((".yaml", ".yml")) else f"{name}.yaml")
    data = read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"{path}: {problems}") from exc


def check_regexes(patterns: list[str]) -> list[str]:
    """For rules validators: every pattern must compile; the error names the pattern."""
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"regular expression {pattern!r} does not compile: {exc}") from exc
    return patterns


def tree_version(path: str | Path, pattern: str = "**/*") -> str:
    """A short content hash of every file under ``path``: records which rules/models a run used."""
    base = Path(path)
    digest = hashlib.sha256()
    if base.is_file():
        digest.update(base.read_bytes())
        return digest.hexdigest()[:12]
    for file in sorted(p for p in base.glob(pattern) if p.is_file()):
        digest.update(str(file.relative_to(base)).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:12]
