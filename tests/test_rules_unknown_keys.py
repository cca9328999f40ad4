"""Every rules file refuses unknown (mistyped) keys, naming the file, the line and the key."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

import pytest
from pydantic import BaseModel

from pipeline.analyse.risk import RiskSettings, load_risk_settings
from pipeline.scoring.scorecard_rules import Scorecard, load_scorecard_file
from pipeline.analyse.taxonomy import Taxonomy, load_taxonomy
from pipeline.config import ConfigError
from pipeline.flows.run_config import PipelineConfig, load_pipeline_config
from pipeline.customers.merging import IdentityConfig, load_identity_config
from pipeline.ingest import load_ingest_config
from pipeline.ingest.email_text import EmailTextRules, load_email_text_rules
from pipeline.nlp.language import LanguageSettings
from pipeline.nlp.pii import PiiSettings, load_pii_settings
from pipeline.kpi.config import KpiConfig, load_kpi_config
from pipeline.scoring.flags import FlagRules, load_flag_rules
from pipeline.transcribe.options import TranscribeOptions, load_options

PROJECT_RULES = Path(__file__).resolve().parent.parent / "rules"

LOADERS: dict[str, Callable[[Path], object]] = {
    "pipeline.yaml": load_pipeline_config,
    "identity.yaml": load_identity_config,
    "kpi.yaml": load_kpi_config,
    "pii.yaml": load_pii_settings,
    "risk.yaml": load_risk_settings,
    "flags.yaml": load_flag_rules,
    "transcribe.yaml": load_options,
    "email_text.yaml": load_email_text_rules,
    "topics/default.yaml": lambda rules: load_taxonomy("default", rules),
    "scorecards/en.yaml": lambda rules: load_scorecard_file(rules / "scorecards" / "en.yaml"),
    "scorecards/ru.yaml": lambda rules: load_scorecard_file(rules / "scorecards" / "ru.yaml"),
}


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(PROJECT_RULES, target)
    return target


def test_the_shipped_rules_files_load(rules: Path):
    for load in LOADERS.values():
        load(rules)
    load_ingest_config(rules)


@pytest.mark.parametrize("name", list(LOADERS))
def test_a_mistyped_top_level_key_names_file_line_and_key(rules: Path, name: str):
    path = rules / name
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    line = text.count("\n") + 1
    path.write_text(text + "mistyped_kee: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        LOADERS[name](rules)
    assert f"{name}:{line}: unknown key 'mistyped_kee'" in str(info.value)


def test_identity_key_file_typo_is_refused(rules: Path):
    path = rules / "identity.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, ln in enumerate(lines) if ln.startswith("key_file:"))
    lines[index] = "key_fiel: outputs/secrets/identity.key"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"identity\.yaml:{index + 1}: unknown key 'key_fiel'"):
        load_identity_config(rules)


def test_a_nested_typo_names_its_section(rules: Path):
    path = rules / "kpi.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, ln in enumerate(lines) if ln.startswith("repeat:"))
    lines.insert(index + 1, "  default_windw: 7d")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"kpi\.yaml:{index + 2}: unknown key 'default_windw' in repeat"):
        load_kpi_config(rules)


def test_pipeline_yaml_typo_is_refused_by_the_ingest_loader_too(rules: Path):
    path = rules / "pipeline.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  timezone:", "  time_zone:"), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pipeline\.yaml:\d+: unknown key 'time_zone' in ingest"):
        load_ingest_config(rules)


def _models(root: type[BaseModel], seen: set) -> set:
    """Every pydantic model reachable from ``root`` through its fields' annotations."""
    import typing

    if root in seen:
        return seen
    seen.add(root)
    for field in root.model_fields.values():
        stack = [field.annotation]
        while stack:
            tp = stack.pop()
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                _models(tp, seen)
            stack.extend(typing.get_args(tp))
    return seen


def test_every_rules_model_forbids_unknown_keys():
    roots = [PipelineConfig, IdentityConfig, KpiConfig, PiiSettings, RiskSettings, FlagRules, TranscribeOptions,
             EmailTextRules, Taxonomy, Scorecard, LanguageSettings]
    models: set = set()
    for root in roots:
        _models(root, models)
    lax = sorted(m.__name__ for m in models if m.model_config.get("extra") != "forbid")
    assert len(models) > 20 and lax == []
