"""Loading the YAML files under ``rules/`` into typed, validated settings."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

T = TypeVar("T", bound=BaseModel)

PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_DIR = PACKAGE_DIR / "defaults"  # rules/, models/, demo/ inside an installed wheel (see setup.py)
HOME_ENV = "SERVICELENS_HOME"


def find_home() -> Path:
    """The folder whose ``rules/``, ``models/`` and ``outputs/`` the pipeline uses by default.

    ``$SERVICELENS_HOME`` when set; else the source checkout the package runs from (an editable
    install); else the current folder (a non-editable ``pip install .``). In the last two cases a
    missing ``rules/`` or ``models/`` falls back to the copies bundled in the package."""
    configured = os.environ.get(HOME_ENV)
    if configured:
        return Path(configured).expanduser().resolve()
    checkout = PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "rules").is_dir():
        return checkout
    return Path.cwd()


def home_folder(name: str, home: Path) -> Path:
    """``home/name`` when it exists, else the bundled copy (when the package carries one)."""
    own = home / name
    bundled = BUNDLED_DIR / name
    return bundled if not own.is_dir() and bundled.is_dir() else own


PROJECT_ROOT = find_home()
DEFAULT_RULES_DIR = home_folder("rules", PROJECT_ROOT)
DEFAULT_MODELS_DIR = home_folder("models", PROJECT_ROOT)
DEFAULT_DEMO_DIR = home_folder("demo", PROJECT_ROOT)
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

    Validation errors are re-raised as :class:`ConfigError` naming the file, the line and each bad
    field; an unknown (mistyped) key reads ``identity.yaml:3: unknown key 'slat'``.
    """
    base = Path(rules_dir) if rules_dir else DEFAULT_RULES_DIR
    path = base / (name if name.endswith((".yaml", ".yml")) else f"{name}.yaml")
    data = read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(describe_errors(path, exc)) from exc


def yaml_lines(path: Path) -> dict[tuple, int]:
    """1-based line of every key and list item of a YAML file, by its path (``("sla", "chat")``).

    Uses PyYAML's node tree (``yaml.compose``), which keeps the marks that ``safe_load`` drops.
    """
    try:
        with open(path, encoding="utf-8") as fh:
            root = yaml.compose(fh, Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return {}
    lines: dict[tuple, int] = {}

    def walk(node, prefix: tuple) -> None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key = key_node.value
                lines[prefix + (key,)] = key_node.start_mark.line + 1
                walk(value_node, prefix + (key,))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                lines[prefix + (i,)] = item.start_mark.line + 1
                walk(item, prefix + (i,))

    if root is not None:
        walk(root, ())
    return lines


def _line_of(lines: dict[tuple, int], loc: tuple) -> int | None:
    """The line of ``loc`` or of its nearest parent the file has (pydantic adds model names to some)."""
    loc = tuple(str(p) if not isinstance(p, int) else p for p in loc)
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
        as_text = tuple(str(p) for p in loc[:end])
        if as_text in lines:
            return lines[as_text]
    return None


def describe_errors(path: Path, exc: ValidationError, only_unknown_keys: bool = False) -> str:
    """One line per problem: ``file:line: unknown key 'x'`` or ``file: a.b: message (line n)``."""
    lines = yaml_lines(path)
    problems = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        line = _line_of(lines, loc)
        if err["type"] == "extra_forbidden" and loc:
            parent = ".".join(str(p) for p in loc[:-1])
            where = f"{path}:{line}" if line else str(path)
            problems.append(f"{where}: unknown key {str(loc[-1])!r}" + (f" in {parent}" if parent else ""))
        elif not only_unknown_keys:
            at = f" (line {line})" if line else ""
            problems.append(f"{path}: {'.'.join(str(p) for p in loc) or '<root>'}: {err['msg']}{at}")
    return "\n".join(problems)


class RulesModel(BaseModel):
    """Base of every model read from ``rules/``: unknown keys are errors, never silently ignored."""

    model_config = ConfigDict(extra="forbid")


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
